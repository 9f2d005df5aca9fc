package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Ziel;

/** Errors marked at their fields, and {@link PraxisbeispielEditor#zeige} leading to a field or row. */
class ZeigenUndMarkierenTest {

	private final Editorbank bank = new Editorbank("Editortest Zeigen");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void einFehlerIstAmFeldMarkiertBisErBehobenIst() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Mehrgenerationenhaus Lindenplatz");
		SteckbriefSeite seite = editor.steckbrief();
		ControlDecoration bundesland = editor.markierung(seite.bundesland.getControl());
		assertNotNull(bundesland, "a new project has no Bundesland");
		assertTrue(bundesland.isVisible());
		assertTrue(bundesland.getDescriptionText().contains("„Bundesland“"), bundesland.getDescriptionText());
		assertSame(dekoration(FieldDecorationRegistry.DEC_WARNING), bundesland.getImage(), "a missing Bundesland is a Warnung");
		assertEquals(null, editor.markierung(seite.unterthema), "no error, no mark");

		bank.tippe(seite.titel, "");
		ControlDecoration titel = editor.markierung(seite.titel);
		assertTrue(titel.isVisible());
		assertTrue(titel.getDescriptionText().contains("Der Titel ist leer."), titel.getDescriptionText());
		assertSame(dekoration(FieldDecorationRegistry.DEC_ERROR), titel.getImage(), "an empty Titel is a Fehler");
		bank.screenshot("editor-markierung.png");

		bank.waehle(seite.bundesland.getCombo(), "Hessen");
		assertFalse(bundesland.isVisible(), "fixed: the mark goes");
		bank.tippe(seite.titel, "Mehrgenerationenhaus Lindenplatz");
		assertFalse(titel.isVisible());
		bank.undo(editor);
		assertTrue(titel.isVisible(), "undo brings the error and its mark back");

		// a row's finding marks its table: a Kennzahl without its Indikator
		Ziel ziel = QuartierwerkFactory.eINSTANCE.createZiel();
		ziel.setTitel("Einsamkeit im Alter verringern");
		Kennzahl kennzahl = QuartierwerkFactory.eINSTANCE.createKennzahl();
		kennzahl.setZielwert(new BigDecimal("40"));
		ziel.getKennzahlen().add(kennzahl);
		editor.domain().getCommandStack().execute(
				AddCommand.create(editor.domain(), editor.beispiel(), Literals.PRAXISBEISPIEL__ZIELE, ziel));
		editor.seiten().setSelection(1); // a mark shows where its control does
		bank.settle();
		ControlDecoration kennzahlen = editor.markierung(editor.ziele().kennzahlen.getControl());
		assertTrue(kennzahlen.isVisible());
		assertTrue(kennzahlen.getDescriptionText().contains("„Indikator“"), kennzahlen.getDescriptionText());
	}

	@Test
	void zeigeWaehltSeiteZeileUndFeld() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Seniorengenossenschaft Riedlingen");
		Praxisbeispiel beispiel = editor.beispiel();
		Ziel leitziel = QuartierwerkFactory.eINSTANCE.createZiel();
		leitziel.setTitel("Hilfe auf Gegenseitigkeit");
		Ziel teilziel = QuartierwerkFactory.eINSTANCE.createZiel();
		teilziel.setTitel("Hundert Mitglieder gewinnen");
		leitziel.getUnterziele().add(teilziel);
		Kennzahl mitglieder = QuartierwerkFactory.eINSTANCE.createKennzahl();
		mitglieder.setIndikator("Mitglieder");
		mitglieder.setZielwert(new BigDecimal("100"));
		teilziel.getKennzahlen().add(mitglieder);
		Finanzierungsplan plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
		Finanzierungsanteil erster = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		Finanzierungsanteil zweiter = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		zweiter.setBetrag(new BigDecimal("-5"));
		plan.getAnteile().add(erster);
		plan.getAnteile().add(zweiter);
		CompoundCommand alles = new CompoundCommand();
		alles.append(AddCommand.create(editor.domain(), beispiel, Literals.PRAXISBEISPIEL__ZIELE, leitziel));
		alles.append(SetCommand.create(editor.domain(), beispiel, Literals.PRAXISBEISPIEL__FINANZIERUNGSPLAN,
				plan));
		editor.domain().getCommandStack().execute(alles);
		bank.settle();

		assertTrue(editor.zeige(zweiter, Literals.FINANZIERUNGSANTEIL__BETRAG));
		bank.settle();
		assertSame(editor.finanzierung().control(), ((ScrolledComposite) editor.seiten().getSelection().getControl()).getContent());
		assertEquals(1, editor.finanzierung().anteile.getTable().getSelectionIndex());
		assertEquals(editor.finanzierung().anteile.getTable(), bank.display.getFocusControl());

		assertTrue(editor.zeige(teilziel, Literals.ZIEL__TITEL));
		bank.settle();
		assertSame(editor.ziele().control(), ((ScrolledComposite) editor.seiten().getSelection().getControl()).getContent());
		assertSame(teilziel, editor.ziele().ziele.getStructuredSelection().getFirstElement(), "the tree opened to the Teilziel");
		assertEquals(editor.ziele().ziele.getTree(), bank.display.getFocusControl());

		assertTrue(editor.zeige(mitglieder, Literals.KENNZAHL__ZIELWERT));
		bank.settle();
		assertSame(mitglieder, editor.ziele().kennzahlen.getStructuredSelection().getFirstElement());
		assertEquals(editor.ziele().kennzahlen.getTable(), bank.display.getFocusControl());

		assertTrue(editor.zeige(beispiel, Literals.PRAXISBEISPIEL__BUNDESLAND));
		bank.settle();
		assertSame(editor.steckbrief().control(), ((ScrolledComposite) editor.seiten().getSelection().getControl()).getContent());
		assertEquals(editor.steckbrief().bundesland.getControl(), bank.display.getFocusControl());

		assertTrue(editor.zeige(beispiel, Literals.PRAXISBEISPIEL__TRAEGER), "the missing Träger: its name field");
		bank.settle();
		assertEquals(editor.kooperation().traegerName, bank.display.getFocusControl());

		assertFalse(editor.zeige(QuartierwerkFactory.eINSTANCE.createLaufzeit(), Literals.LAUFZEIT__ENDE), "no page shows it");
	}

	private static Image dekoration(String id) {
		return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
	}
}
