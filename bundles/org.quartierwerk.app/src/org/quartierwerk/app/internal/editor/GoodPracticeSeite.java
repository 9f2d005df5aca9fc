package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.analyse.GoodPractice;

/**
 * Page Good Practice: the self-assessment by the twelve Good-Practice-Kriterien (docs/fachmodell.md §11), one row per
 * criterion with its Bewertung (nicht angegeben, erfüllt, teilweise, nicht erfüllt) and its Begründung. A criterion's
 * entry is made by its first Bewertung or Begründung and removed again when both are taken back, each as one command
 * on the editor's stack, so undo restores exactly what was there.
 */
final class GoodPracticeSeite {

	private final Praxisbeispiel beispiel;
	private final EditingDomain domain;
	private final Composite seite;
	final Map<GoodPracticeKriterium, ComboViewer> bewertungen = new EnumMap<>(GoodPracticeKriterium.class);
	final Map<GoodPracticeKriterium, Text> begruendungen = new EnumMap<>(GoodPracticeKriterium.class);
	/** While the page shows the model, its own listeners make no commands. */
	private boolean zeigt;

	GoodPracticeSeite(Composite parent, Praxisbeispiel beispiel, EditingDomain domain, Messages texte) {
		this.beispiel = beispiel;
		this.domain = domain;
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(seite);
		Label erklaerung = new Label(seite, SWT.WRAP);
		erklaerung.setText(texte.goodPracticeErklaerung);
		GridDataFactory.fillDefaults().span(3, 1).hint(600, SWT.DEFAULT).grab(true, false).applyTo(erklaerung);
		for (String kopf : List.of(texte.spalteKriterium, texte.spalteBewertung, texte.spalteBegruendung)) {
			Label label = new Label(seite, SWT.NONE);
			label.setText(kopf);
			label.setFont(JFaceResources.getBannerFont());
			// above its column: the drop-downs and fields are indented like those of the other pages
			GridDataFactory.fillDefaults().indent(kopf == texte.spalteKriterium ? 0 : 8, 0).applyTo(label);
		}
		List<Object> grade = new ArrayList<>(List.of(Spalten.NICHT_ANGEGEBEN));
		grade.addAll(Erfuellungsgrad.VALUES);
		for (GoodPracticeKriterium kriterium : GoodPracticeKriterium.VALUES) {
			String name = Bezeichnungen.von(kriterium);
			Label label = new Label(seite, SWT.NONE);
			label.setText(name);
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);
			ComboViewer bewertung = new ComboViewer(seite, SWT.READ_ONLY | SWT.DROP_DOWN);
			bewertung.setContentProvider(ArrayContentProvider.getInstance());
			bewertung.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return element == Spalten.NICHT_ANGEGEBEN ? texte.nichtAngegeben : Bezeichnungen.von((Erfuellungsgrad) element);
				}
			});
			bewertung.setInput(grade);
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).indent(8, 0).applyTo(bewertung.getControl());
			Zugaenglich.benenne(bewertung.getControl(), Messages.format(texte.goodPracticeBewertungVon, name));
			Text begruendung = new Text(seite, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(360, 40).applyTo(begruendung);
			Zugaenglich.benenne(begruendung, Messages.format(texte.goodPracticeBegruendungVon, name));
			Zugaenglich.tabVerlaesst(begruendung);
			bewertungen.put(kriterium, bewertung);
			begruendungen.put(kriterium, begruendung);

			bewertung.addSelectionChangedListener(e -> {
				if (!zeigt) {
					Object gewaehlt = bewertung.getStructuredSelection().getFirstElement();
					setzeBewertung(kriterium, gewaehlt instanceof Erfuellungsgrad grad ? grad : null);
				}
			});
			// a Begründung is one command when the field is left, so undo takes back the text, not each letter
			begruendung.addListener(SWT.FocusOut, e -> {
				if (!zeigt) {
					setzeBegruendung(kriterium, begruendung.getText());
				}
			});
		}
		aktualisiere();
	}

	Control control() {
		return seite;
	}

	/** The control of an entry: the Bewertung of its criterion (the first row while it names none). */
	Control control(EObject eintrag) {
		GoodPracticeKriterium kriterium = eintrag instanceof Kriteriumsbewertung b && b.isSetKriterium() ? b.getKriterium()
				: GoodPracticeKriterium.KONZEPTION;
		return bewertungen.get(kriterium).getControl();
	}

	/** Shows the model's state: after undo, redo or any other change. */
	void aktualisiere() {
		zeigt = true;
		try {
			for (GoodPracticeKriterium kriterium : GoodPracticeKriterium.VALUES) {
				Object grad = GoodPractice.bewertung(beispiel, kriterium).<Object>map(g -> g).orElse(Spalten.NICHT_ANGEGEBEN);
				ComboViewer bewertung = bewertungen.get(kriterium);
				if (bewertung.getStructuredSelection().getFirstElement() != grad) {
					bewertung.setSelection(new StructuredSelection(grad));
				}
				String text = GoodPractice.eintrag(beispiel, kriterium).map(Kriteriumsbewertung::getBegruendung).orElse(null);
				Text begruendung = begruendungen.get(kriterium);
				if (!begruendung.getText().equals(Objects.requireNonNullElse(text, ""))) {
					begruendung.setText(Objects.requireNonNullElse(text, ""));
				}
			}
		} finally {
			zeigt = false;
		}
	}

	/** Sets or (null) unsets the criterion's Bewertung as one command. */
	void setzeBewertung(GoodPracticeKriterium kriterium, Erfuellungsgrad grad) {
		Kriteriumsbewertung eintrag = GoodPractice.eintrag(beispiel, kriterium).orElse(null);
		if (eintrag == null) {
			if (grad != null) {
				Kriteriumsbewertung neu = neu(kriterium);
				neu.setBewertung(grad);
				fuehreAus(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__GOOD_PRACTICE, neu));
			}
		} else if (grad == null) {
			fuehreAus(leer(eintrag.getBegruendung()) ? RemoveCommand.create(domain, eintrag)
					: SetCommand.create(domain, eintrag, Literals.KRITERIUMSBEWERTUNG__BEWERTUNG, SetCommand.UNSET_VALUE));
		} else if (!eintrag.isSetBewertung() || eintrag.getBewertung() != grad) {
			fuehreAus(SetCommand.create(domain, eintrag, Literals.KRITERIUMSBEWERTUNG__BEWERTUNG, grad));
		}
	}

	/** Sets the criterion's Begründung as one command; an empty one is no Begründung. */
	void setzeBegruendung(GoodPracticeKriterium kriterium, String text) {
		String neu = leer(text) ? null : text;
		Kriteriumsbewertung eintrag = GoodPractice.eintrag(beispiel, kriterium).orElse(null);
		if (eintrag == null) {
			if (neu != null) {
				Kriteriumsbewertung angelegt = neu(kriterium);
				angelegt.setBegruendung(neu);
				fuehreAus(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__GOOD_PRACTICE, angelegt));
			}
		} else if (neu == null && !eintrag.isSetBewertung()) {
			fuehreAus(RemoveCommand.create(domain, eintrag));
		} else if (!Objects.equals(neu, eintrag.getBegruendung())) {
			fuehreAus(SetCommand.create(domain, eintrag, Literals.KRITERIUMSBEWERTUNG__BEGRUENDUNG, neu));
		}
	}

	private static Kriteriumsbewertung neu(GoodPracticeKriterium kriterium) {
		Kriteriumsbewertung neu = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		neu.setKriterium(kriterium);
		return neu;
	}

	private void fuehreAus(Command befehl) {
		domain.getCommandStack().execute(befehl);
	}

	private static boolean leer(String text) {
		return text == null || text.isBlank();
	}
}
