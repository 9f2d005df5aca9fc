package org.quartierwerk.app.internal.editor;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Zugaenglich;

/** Building blocks the editor's pages share: labelled text fields bound by commands, headings, tables, button rows. */
final class Felder {

	/** Typing is recorded as one change after a short pause (and on leaving the field), so undo takes back words. */
	static final int VERZOEGERUNG_MS = 400;

	/** A label and a text field in a two-column grid; multi-line fields get room for a few lines. */
	static Text text(Composite seite, String beschriftung, boolean mehrzeilig) {
		Label label = new Label(seite, SWT.NONE);
		label.setText(beschriftung);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);
		Text text = new Text(seite, mehrzeilig ? SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(300, mehrzeilig ? 60 : SWT.DEFAULT).applyTo(text);
		Zugaenglich.benenne(text, label);
		if (mehrzeilig) {
			Zugaenglich.tabVerlaesst(text);
		}
		return text;
	}

	/** Binds a text field to a String feature; each pause in typing is one command. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void binde(DataBindingContext bindings, Text text, EditingDomain domain, EObject objekt, EStructuralFeature feature) {
		IObservableValue ziel = WidgetProperties.text(SWT.Modify).observeDelayed(VERZOEGERUNG_MS, text);
		IObservableValue modell = EMFEditProperties.value(domain, feature).observe(bindings.getValidationRealm(), objekt);
		bindings.bindValue(ziel, modell);
	}

	static Label ueberschrift(Composite seite, String text) {
		Label label = new Label(seite, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(((GridLayout) seite.getLayout()).numColumns, 1).indent(0, 6)
				.applyTo(label);
		return label;
	}

	/** A table spanning the page's columns, the decoration's room on its left; named after the heading just before it. */
	static TableViewer tabelle(Composite seite, int hoehe) {
		TableViewer viewer = new TableViewer(seite, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).indent(8, 0).hint(SWT.DEFAULT, hoehe)
				.span(((GridLayout) seite.getLayout()).numColumns, 1).applyTo(viewer.getControl());
		Zugaenglich.benenneNachLabel(viewer.getControl());
		return viewer;
	}

	/** A row for buttons below a table. */
	static Composite leiste(Composite seite) {
		Composite leiste = new Composite(seite, SWT.NONE);
		RowLayout zeile = new RowLayout();
		zeile.marginLeft = zeile.marginTop = zeile.marginBottom = 0;
		zeile.center = true;
		leiste.setLayout(zeile);
		GridDataFactory.fillDefaults().indent(8, 0).span(((GridLayout) seite.getLayout()).numColumns, 1)
				.applyTo(leiste);
		return leiste;
	}

	static Button knopf(Composite leiste, String text, Runnable aktion) {
		Button knopf = new Button(leiste, SWT.PUSH);
		knopf.setText(text);
		knopf.addListener(SWT.Selection, e -> aktion.run());
		return knopf;
	}

	private Felder() {
	}
}
