package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Teildatum;

/**
 * The Einsparungen on the page Ziele & Wirkung (docs/fachmodell.md §4.1): rows added, edited, marked, undone, saved and
 * reloaded; the line with Präventionsfaktor and Netto-Konsolidierung follows every change and says why a figure is not given.
 */
class EinsparungenSeiteTest {

	private final Editorbank bank = new Editorbank("Editortest Einsparungen");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void einsparungenWerdenBearbeitetGespeichertUndGeladenUndDerPraeventionsfaktorFolgt() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Pr\u00E4vention in der Hilfe zur Erziehung");
		ZieleSeite seite = editor.ziele();
		Einsparungen einsparungen = seite.einsparungen;
		Composite flaeche = (Composite) seite.control();
		editor.seiten().setSelection(1);
		bank.settle();
		assertEquals("Einsparungen: nicht angegeben (keine Einsparung erfasst) \u00B7 Pr\u00E4ventionsfaktor: nicht angegeben "
				+ "(keine Einsparung erfasst) \u00B7 Netto-Konsolidierung: nicht angegeben (keine Einsparung erfasst)",
				einsparungen.kennzahlen.getText());

		bank.klicke(flaeche, "Ein&sparung hinzuf\u00FCgen");
		Praxisbeispiel beispiel = editor.beispiel();
		Einsparung einsparung = beispiel.getEinsparungen().get(0);
		assertNull(einsparung.getBetrag(), "a new row starts open");
		assertTrue(einsparungen.kennzahlen.getText().startsWith("Einsparungen: nicht angegeben (eine Einsparung hat keinen Betrag)"),
				einsparungen.kennzahlen.getText());
		bank.tippe(einsparungen.tabelle, einsparung, 0, "Vermiedene Heimunterbringungen");
		bank.tippe(einsparungen.tabelle, einsparung, 1, "5.760.000");
		bank.tippe(einsparungen.tabelle, einsparung, 1, "viel Geld"); // no amount: the Betrag stays
		bank.tippe(einsparungen.tabelle, einsparung, 2, "2005");
		bank.tippe(einsparungen.tabelle, einsparung, 3, "2011");
		bank.tippe(einsparungen.tabelle, einsparung, 3, "sp\u00E4ter"); // no date: the end stays
		bank.tippe(einsparungen.tabelle, einsparung, 4, "Fallkostenvergleich Hilfe zur Erziehung");
		bank.tippe(einsparungen.tabelle, einsparung, 5, "Bericht an den Rat");
		bank.waehle(einsparungen.tabelle, einsparung, 6, "ja");
		assertEquals("Vermiedene Heimunterbringungen", einsparung.getBezeichnung());
		assertEquals(0, new BigDecimal("5760000").compareTo(einsparung.getBetrag()));
		assertEquals(Teildatum.jahr(2005), einsparung.getZeitraum().getBeginn());
		assertEquals(Teildatum.jahr(2011), einsparung.getZeitraum().getEnde());
		assertEquals(Boolean.TRUE, einsparung.getMitVorbehalt());
		assertEquals("5.760.000,00 \u20AC", einsparungen.tabelle.getTable().getItem(0).getText(1));
		assertEquals("Einsparungen: 5.760.000,00 \u20AC \u00B7 Pr\u00E4ventionsfaktor: nicht angegeben (der Finanzierungsplan "
				+ "nennt keine Ausgaben) \u00B7 Netto-Konsolidierung: nicht angegeben (der Finanzierungsplan nennt keine Ausgaben)",
				einsparungen.kennzahlen.getText());

		// the eingesetzte Mittel come from the Finanzierung page's Ausgaben; the line follows at once
		Finanzierungsplan plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
		plan.getAusgaben().add(ausgabe(Ausgabenkategorie.PERSONAL, "1250000"));
		plan.getAusgaben().add(ausgabe(Ausgabenkategorie.SACH, "800000"));
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), beispiel, Literals.PRAXISBEISPIEL__FINANZIERUNGSPLAN, plan));
		bank.settle();
		assertEquals("Einsparungen: 5.760.000,00 \u20AC \u00B7 Pr\u00E4ventionsfaktor: 2,81 (mit Vorbehalt: Pr\u00E4ventionswirkungen "
				+ "sind selten monokausal nachweisbar) \u00B7 Netto-Konsolidierung: 4.510.000,00 \u20AC", einsparungen.kennzahlen.getText());

		// an end before the start is a Fehler, marked at the table; undo takes it back
		bank.tippe(einsparungen.tabelle, einsparung, 3, "2004");
		bank.settle();
		ControlDecoration markierung = editor.markierung(einsparungen.tabelle.getControl());
		assertTrue(markierung != null && markierung.isVisible() && markierung.getDescriptionText().contains("liegt vor dem Beginn"),
				"the Zeitraum's contradiction is marked at the Einsparungen");
		bank.undo(editor);
		assertEquals(Teildatum.jahr(2011), einsparung.getZeitraum().getEnde());
		bank.settle();
		ScrolledComposite blatt = (ScrolledComposite) flaeche.getParent();
		blatt.setOrigin(0, einsparungen.tabelle.getControl().getLocation().y - 40);
		bank.screenshot("editor-einsparungen.png");

		bank.undo(editor); // the Finanzierungsplan
		assertTrue(einsparungen.kennzahlen.getText().contains("Pr\u00E4ventionsfaktor: nicht angegeben (der Finanzierungsplan nennt keine Ausgaben)"),
				einsparungen.kennzahlen.getText());
		bank.undo(editor); // mit Vorbehalt
		assertNull(einsparung.getMitVorbehalt());
		bank.redo(editor);
		bank.redo(editor);
		assertTrue(einsparungen.kennzahlen.getText().contains("2,81"), einsparungen.kennzahlen.getText());

		editor.save();
		assertFalse(bank.part.isDirty());
		Einsparung geladen = bank.store.load("Editortest Einsparungen").getEinsparungen().get(0);
		assertEquals("Vermiedene Heimunterbringungen", geladen.getBezeichnung());
		assertEquals(0, new BigDecimal("5760000").compareTo(geladen.getBetrag()));
		assertEquals(Teildatum.jahr(2005), geladen.getZeitraum().getBeginn());
		assertEquals("Fallkostenvergleich Hilfe zur Erziehung", geladen.getBerechnung());
		assertEquals("Bericht an den Rat", geladen.getQuelle());
		assertEquals(Boolean.TRUE, geladen.getMitVorbehalt());

		// reopened, the table and the line show what was saved
		PraxisbeispielEditor wieder = bank.oeffne();
		assertEquals("2011", wieder.ziele().einsparungen.tabelle.getTable().getItem(0).getText(3));
		assertTrue(wieder.ziele().einsparungen.kennzahlen.getText().contains("Netto-Konsolidierung: 4.510.000,00 \u20AC"));

		// removing the row is one undoable step
		bank.klicke((Composite) wieder.ziele().control(), "Einsparung entfer&nen"); // nothing selected: nothing removed
		assertEquals(1, wieder.beispiel().getEinsparungen().size());
		wieder.ziele().einsparungen.tabelle.setSelection(new StructuredSelection(wieder.beispiel().getEinsparungen().get(0)));
		bank.klicke((Composite) wieder.ziele().control(), "Einsparung entfer&nen");
		assertEquals(0, wieder.beispiel().getEinsparungen().size());
		assertTrue(wieder.ziele().einsparungen.kennzahlen.getText().contains("keine Einsparung erfasst"));
		bank.undo(wieder);
		assertEquals(1, wieder.beispiel().getEinsparungen().size());
	}

	private static Ausgabeposition ausgabe(Ausgabenkategorie kategorie, String betrag) {
		Ausgabeposition ausgabe = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		ausgabe.setKategorie(kategorie);
		ausgabe.setBetrag(new BigDecimal(betrag));
		return ausgabe;
	}
}
