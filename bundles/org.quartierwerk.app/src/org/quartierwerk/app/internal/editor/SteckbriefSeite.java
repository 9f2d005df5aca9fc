package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/** Page Steckbrief: title, short description, Herausforderung, Unterthema, Bundesland, bound to the model by commands. */
final class SteckbriefSeite {

	/** Typing is recorded as one change after a short pause (and on leaving the field), so undo takes back words, not letters. */
	private static final int VERZOEGERUNG_MS = 400;

	private final Composite seite;
	private final Messages texte;
	final Text titel;
	final Text kurzbeschreibung;
	final ComboViewer herausforderung;
	final Text unterthema;
	final ComboViewer bundesland;

	SteckbriefSeite(Composite parent, Praxisbeispiel beispiel, EditingDomain domain, DataBindingContext bindings, Messages texte) {
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(seite);
		titel = text(texte.feldTitel, SWT.BORDER);
		kurzbeschreibung = text(texte.feldKurzbeschreibung, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(400, 90).applyTo(kurzbeschreibung);
		Zugaenglich.tabVerlaesst(kurzbeschreibung);
		this.texte = texte;
		herausforderung = auswahl(texte.feldHerausforderung, Herausforderung.VALUES.toArray());
		unterthema = text(texte.feldUnterthema, SWT.BORDER);
		bundesland = auswahl(texte.feldBundesland, Bundesland.VALUES.toArray());

		bindeText(bindings, titel, domain, beispiel, Literals.PRAXISBEISPIEL__TITEL);
		bindeText(bindings, kurzbeschreibung, domain, beispiel, Literals.PRAXISBEISPIEL__KURZBESCHREIBUNG);
		bindeText(bindings, unterthema, domain, beispiel, Literals.PRAXISBEISPIEL__UNTERTHEMA);
		bindeAuswahl(bindings, herausforderung, domain, beispiel, Literals.PRAXISBEISPIEL__HERAUSFORDERUNG);
		bindeAuswahl(bindings, bundesland, domain, beispiel, Literals.PRAXISBEISPIEL__BUNDESLAND);
	}

	Control control() {
		return seite;
	}

	private Text text(String beschriftung, int stil) {
		Label label = new Label(seite, SWT.NONE);
		label.setText(beschriftung);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);
		Text text = new Text(seite, stil);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(text);
		Zugaenglich.benenne(text, label);
		return text;
	}

	/** A drop-down whose first entry, "nicht angegeben", leaves the choice open (docs/fachmodell.md §10.9). */
	private ComboViewer auswahl(String beschriftung, Object[] werte) {
		Label label = new Label(seite, SWT.NONE);
		label.setText(beschriftung);
		ComboViewer viewer = new ComboViewer(seite, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == Spalten.NICHT_ANGEGEBEN ? texte.nichtAngegeben : Bezeichnungen.von((Enumerator) element);
			}
		});
		List<Object> eintraege = new ArrayList<>();
		eintraege.add(Spalten.NICHT_ANGEGEBEN);
		eintraege.addAll(Arrays.asList(werte));
		viewer.setInput(eintraege);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(viewer.getControl());
		Zugaenglich.benenne(viewer.getControl(), label);
		return viewer;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void bindeText(DataBindingContext bindings, Text text, EditingDomain domain, Praxisbeispiel beispiel,
			EStructuralFeature feature) {
		IObservableValue ziel = WidgetProperties.text(SWT.Modify).observeDelayed(VERZOEGERUNG_MS, text);
		IObservableValue modell = EMFEditProperties.value(domain, feature).observe(bindings.getValidationRealm(), beispiel);
		bindings.bindValue(ziel, modell);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void bindeAuswahl(DataBindingContext bindings, ComboViewer viewer, EditingDomain domain, Praxisbeispiel beispiel,
			EStructuralFeature feature) {
		IObservableValue ziel = ViewerProperties.singleSelection().observe(viewer);
		IObservableValue modell = EMFEditProperties.value(domain, feature).observe(bindings.getValidationRealm(), beispiel);
		// an unset choice reads as its first literal in EMF; it shows "nicht angegeben", and choosing that unsets it
		UpdateValueStrategy zumFeld = new UpdateValueStrategy().setConverter(
				IConverter.create(Object.class, Object.class, wert -> beispiel.eIsSet(feature) ? wert : Spalten.NICHT_ANGEGEBEN));
		UpdateValueStrategy zumModell = new UpdateValueStrategy().setConverter(
				IConverter.create(Object.class, Object.class, wert -> wert == Spalten.NICHT_ANGEGEBEN ? SetCommand.UNSET_VALUE : wert));
		bindings.bindValue(ziel, modell, zumModell, zumFeld);
	}
}
