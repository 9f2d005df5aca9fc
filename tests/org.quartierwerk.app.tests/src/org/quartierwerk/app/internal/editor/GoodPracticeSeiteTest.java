package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.analyse.GoodPractice;
import org.quartierwerk.model.validierung.Validierung;

/**
 * Page Good Practice: twelve rows of Bewertung and Begründung, each change one command (undo, redo), "nicht
 * angegeben" takes a Bewertung back, a Begründung alone is a Hinweis, and what is saved shows again after reloading.
 */
class GoodPracticeSeiteTest {

	private final Editorbank bank = new Editorbank("Editortest Good Practice");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void zwoelfKriterienBewertenBegruendenRueckgaengigSpeichern() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Gesund alt werden im Quartier Kirchberg");
		GoodPracticeSeite seite = editor.goodPractice();
		editor.seiten().setSelection(6);
		bank.settle();
		assertEquals("Good Practice", editor.seiten().getItem(6).getText());
		Praxisbeispiel beispiel = editor.beispiel();

		// twelve rows in the order of the Kooperationsverbund, all "nicht angegeben" at first, each named for a screen reader
		assertEquals(Arrays.asList(GoodPracticeKriterium.values()), List.copyOf(seite.bewertungen.keySet()));
		for (GoodPracticeKriterium kriterium : GoodPracticeKriterium.VALUES) {
			Combo combo = seite.bewertungen.get(kriterium).getCombo();
			assertEquals("nicht angegeben", combo.getText(), kriterium.getName());
			assertEquals(List.of("nicht angegeben", "erfüllt", "teilweise", "nicht erfüllt"), List.of(combo.getItems()));
		}
		assertEquals("Setting-Ansatz: Bewertung", seite.bewertungen.get(GoodPracticeKriterium.SETTING_ANSATZ).getControl()
				.getData(Zugaenglich.NAME));
		assertEquals("Kosten-Wirksamkeit: Begründung", seite.begruendungen.get(GoodPracticeKriterium.KOSTEN_WIRKSAMKEIT)
				.getData(Zugaenglich.NAME));
		assertTrue(beispiel.getGoodPractice().isEmpty(), "nothing is recorded before the user assesses");

		bank.waehle(seite.bewertungen.get(GoodPracticeKriterium.PARTIZIPATION).getCombo(), "erfüllt");
		bank.tippe(seite.begruendungen.get(GoodPracticeKriterium.PARTIZIPATION), "Bewohnerbeirat entscheidet über das Quartiersbudget");
		bank.waehle(seite.bewertungen.get(GoodPracticeKriterium.NACHHALTIGKEIT).getCombo(), "teilweise");
		bank.tippe(seite.begruendungen.get(GoodPracticeKriterium.KONZEPTION), "Konzept wird mit der Gemeinde abgestimmt");
		assertEquals(Erfuellungsgrad.ERFUELLT, GoodPractice.bewertung(beispiel, GoodPracticeKriterium.PARTIZIPATION).orElseThrow());
		assertEquals("Bewohnerbeirat entscheidet über das Quartiersbudget",
				GoodPractice.eintrag(beispiel, GoodPracticeKriterium.PARTIZIPATION).orElseThrow().getBegruendung());
		Kriteriumsbewertung konzeption = GoodPractice.eintrag(beispiel, GoodPracticeKriterium.KONZEPTION).orElseThrow();
		assertFalse(konzeption.isSetBewertung(), "a Begründung alone records no Bewertung");
		assertEquals(3, beispiel.getGoodPractice().size());
		Diagnostic befunde = Validierung.pruefe(beispiel);
		assertEquals(List.of(), Validierung.meldungen(befunde, Diagnostic.ERROR));
		assertTrue(Validierung.meldungen(befunde, Diagnostic.INFO).stream()
				.anyMatch(m -> m.contains("„Konzeption“ gibt es eine Begründung, aber keine Bewertung")), "a Hinweis");
		bank.screenshot("editor-good-practice.png");

		// each change is one command: undo takes back the Bewertung Nachhaltigkeit, and the page shows it
		bank.undo(editor);
		bank.undo(editor);
		assertTrue(GoodPractice.eintrag(beispiel, GoodPracticeKriterium.NACHHALTIGKEIT).isEmpty());
		assertEquals("nicht angegeben", seite.bewertungen.get(GoodPracticeKriterium.NACHHALTIGKEIT).getCombo().getText());
		assertTrue(GoodPractice.eintrag(beispiel, GoodPracticeKriterium.KONZEPTION).isEmpty());
		assertEquals("", seite.begruendungen.get(GoodPracticeKriterium.KONZEPTION).getText());
		bank.redo(editor);
		assertEquals(Erfuellungsgrad.TEILWEISE, GoodPractice.bewertung(beispiel, GoodPracticeKriterium.NACHHALTIGKEIT).orElseThrow());
		assertEquals("teilweise", seite.bewertungen.get(GoodPracticeKriterium.NACHHALTIGKEIT).getCombo().getText());

		// "nicht angegeben" takes the Bewertung back; the Begründung stays, and without one the entry goes
		bank.waehle(seite.bewertungen.get(GoodPracticeKriterium.PARTIZIPATION).getCombo(), "nicht angegeben");
		assertFalse(GoodPractice.eintrag(beispiel, GoodPracticeKriterium.PARTIZIPATION).orElseThrow().isSetBewertung());
		bank.waehle(seite.bewertungen.get(GoodPracticeKriterium.NACHHALTIGKEIT).getCombo(), "nicht angegeben");
		assertTrue(GoodPractice.eintrag(beispiel, GoodPracticeKriterium.NACHHALTIGKEIT).isEmpty());
		bank.undo(editor);
		bank.undo(editor);
		assertEquals(Erfuellungsgrad.ERFUELLT, GoodPractice.bewertung(beispiel, GoodPracticeKriterium.PARTIZIPATION).orElseThrow());
		assertEquals("erfüllt", seite.bewertungen.get(GoodPracticeKriterium.PARTIZIPATION).getCombo().getText());

		// a second entry for one criterion (as a file may hold one) is a Fehler, marked at that criterion's Bewertung
		Kriteriumsbewertung doppelt = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		doppelt.setKriterium(GoodPracticeKriterium.PARTIZIPATION);
		doppelt.setBewertung(Erfuellungsgrad.NICHT_ERFUELLT);
		editor.domain().getCommandStack().execute(AddCommand.create(editor.domain(), beispiel, Literals.PRAXISBEISPIEL__GOOD_PRACTICE, doppelt));
		bank.settle();
		ControlDecoration marke = editor.markierung(seite.bewertungen.get(GoodPracticeKriterium.PARTIZIPATION).getControl());
		assertNotNull(marke, "the Fehler is marked at the criterion's Bewertung");
		assertTrue(marke.isVisible() && marke.getDescriptionText().contains("„Partizipation“ ist mehrfach bewertet"),
				marke.getDescriptionText());
		assertEquals("erfüllt", seite.bewertungen.get(GoodPracticeKriterium.PARTIZIPATION).getCombo().getText(), "the first counts");
		editor.seiten().setSelection(0);
		assertTrue(editor.zeige(doppelt, Literals.KRITERIUMSBEWERTUNG__KRITERIUM), "the Probleme view leads to the page");
		assertEquals(6, editor.seiten().getSelectionIndex());
		bank.undo(editor);
		assertFalse(marke.isVisible());

		editor.save();
		Praxisbeispiel geladen = bank.store.load("Editortest Good Practice");
		assertEquals(Erfuellungsgrad.ERFUELLT, GoodPractice.bewertung(geladen, GoodPracticeKriterium.PARTIZIPATION).orElseThrow());
		assertEquals(Erfuellungsgrad.TEILWEISE, GoodPractice.bewertung(geladen, GoodPracticeKriterium.NACHHALTIGKEIT).orElseThrow());
		PraxisbeispielEditor wieder = bank.oeffne();
		assertEquals("erfüllt", wieder.goodPractice().bewertungen.get(GoodPracticeKriterium.PARTIZIPATION).getCombo().getText());
		assertEquals("Bewohnerbeirat entscheidet über das Quartiersbudget",
				wieder.goodPractice().begruendungen.get(GoodPracticeKriterium.PARTIZIPATION).getText());
		assertEquals("nicht angegeben", wieder.goodPractice().bewertungen.get(GoodPracticeKriterium.EMPOWERMENT).getCombo().getText());
	}
}
