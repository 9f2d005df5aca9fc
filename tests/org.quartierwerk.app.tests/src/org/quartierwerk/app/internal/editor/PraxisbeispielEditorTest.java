package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/**
 * The Praxisbeispiel editor with real SWT in OSGi, injected by e4 like in the workbench: typing changes the model
 * through commands, undo and redo, dirty state, save into the workspace and reopen.
 */
class PraxisbeispielEditorTest {

	private static final String PROJEKT = "Editortest Sonnenhügel";

	private final Editorbank bank = new Editorbank(PROJEKT);

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void editsGoThroughTheCommandStackWithUndoRedoDirtyStateAndSave() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Nachbarschaft Sonnenhügel");
		MPart part = bank.part;
		SteckbriefSeite seite = editor.steckbrief();
		assertEquals("Nachbarschaft Sonnenhügel", seite.titel.getText());
		assertFalse(part.isDirty());
		assertEquals("nicht angegeben", seite.herausforderung.getCombo().getText(), "an unset choice says so");
		assertEquals("nicht angegeben", seite.bundesland.getCombo().getItem(0), "and can be chosen again");
		assertTrue(editor.meldung().getText().contains("nicht ausgefüllt"), editor.meldung().getText());

		seite.titel.setText("Treffpunkt Sonnenhügel");
		assertEquals("Nachbarschaft Sonnenhügel", editor.beispiel().getTitel(), "typing is taken over after a short pause");
		bank.warteBis(() -> "Treffpunkt Sonnenhügel".equals(editor.beispiel().getTitel()), "the title typed was taken over");
		bank.tippe(seite.kurzbeschreibung, "Ein offener Treff für ältere Menschen im Quartier.");
		seite.bundesland.setSelection(new StructuredSelection(Bundesland.NIEDERSACHSEN));
		bank.settle();
		assertEquals("Treffpunkt Sonnenhügel", editor.beispiel().getTitel());
		assertEquals(Bundesland.NIEDERSACHSEN, editor.beispiel().getBundesland());
		assertTrue(part.isDirty(), "changed and not saved");
		bank.screenshot("editor-steckbrief.png");
		bank.waehle(seite.bundesland.getCombo(), "nicht angegeben");
		assertFalse(editor.beispiel().isSetBundesland(), "choosing nicht angegeben unsets the field");
		editor.domain().getCommandStack().undo(); // the unsetting
		bank.settle();
		assertEquals("Niedersachsen", seite.bundesland.getCombo().getText());

		editor.domain().getCommandStack().undo(); // the Bundesland
		editor.domain().getCommandStack().undo(); // the Kurzbeschreibung
		editor.domain().getCommandStack().undo(); // the title
		bank.settle();
		assertEquals("Nachbarschaft Sonnenhügel", editor.beispiel().getTitel());
		assertEquals("Nachbarschaft Sonnenhügel", seite.titel.getText(), "the field follows the undo");
		assertFalse(part.isDirty(), "back at the saved state");
		editor.domain().getCommandStack().redo();
		bank.settle();
		assertEquals("Treffpunkt Sonnenhügel", seite.titel.getText());
		assertTrue(part.isDirty());

		editor.save();
		assertFalse(part.isDirty());
		assertEquals("Treffpunkt Sonnenhügel", bank.store.load(PROJEKT).getTitel());

		// reopened from the file, the editor shows what was saved
		assertEquals("Treffpunkt Sonnenhügel", bank.oeffne().steckbrief().titel.getText());
	}

	@Test
	void theFinanzierungPageSumsLiveAndSaysWhenThePlanBalances() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Nachbarschaft Sonnenhügel");
		FinanzierungSeite seite = editor.finanzierung();
		bank.settle();
		// nothing recorded: no sums, and no word on the balance (an empty plan is not "ausgeglichen")
		assertTrue(seite.summen.getText().startsWith("Ausgaben – · Finanzierung – · Förderquote –"), seite.summen.getText());
		assertEquals("Ob die Finanzierung reicht, zeigt sich, sobald Ausgaben mit Beträgen erfasst sind.", seite.ausgleich.getText());
		assertNotEquals(bank.display.getSystemColor(SWT.COLOR_DARK_GREEN), seite.ausgleich.getForeground());

		Ausgabeposition miete = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		miete.setBezeichnung("Miete Treffpunkt");
		seite.fuegeHinzu(miete, Literals.FINANZIERUNGSPLAN__AUSGABEN);
		seite.setze(miete, Literals.AUSGABEPOSITION__BETRAG, Betraege.parseBetrag("1.000,00 €"));
		Finanzierungsanteil stadt = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		seite.fuegeHinzu(stadt, Literals.FINANZIERUNGSPLAN__ANTEILE);
		seite.setze(stadt, Literals.FINANZIERUNGSANTEIL__BETRAG, Betraege.parseBetrag("900"));
		bank.settle();
		assertEquals("Der Plan ist nicht ausgeglichen: Es fehlen 100,00 €.", seite.ausgleich.getText());
		assertEquals(bank.display.getSystemColor(SWT.COLOR_DARK_RED), seite.ausgleich.getForeground());
		assertTrue(seite.summen.getText().startsWith("Ausgaben 1.000,00 € · Finanzierung 900,00 €"), seite.summen.getText());
		assertEquals(1, seite.ausgaben.getTable().getItemCount());
		assertEquals("1.000,00 €", seite.ausgaben.getTable().getItem(0).getText(2));
		editor.selectFinanzierung();
		bank.settle();
		bank.screenshot("editor-finanzierung.png");

		seite.setze(stadt, Literals.FINANZIERUNGSANTEIL__BETRAG, Betraege.parseBetrag("1.000"));
		bank.settle();
		assertEquals("Ausgaben und Finanzierung sind ausgeglichen.", seite.ausgleich.getText());
		editor.domain().getCommandStack().undo();
		bank.settle();
		assertEquals("Der Plan ist nicht ausgeglichen: Es fehlen 100,00 €.", seite.ausgleich.getText(), "undo brings the gap back");
		editor.domain().getCommandStack().redo();
		bank.settle();
		assertEquals("Ausgaben und Finanzierung sind ausgeglichen.", seite.ausgleich.getText());

		// what cannot be read as an amount changes nothing
		seite.setze(stadt, Literals.FINANZIERUNGSANTEIL__BETRAG, Betraege.parseBetrag("zwölf Euro"));
		assertEquals(new BigDecimal("1000.00"), stadt.getBetrag());

		editor.save();
		Praxisbeispiel gespeichert = bank.store.load(PROJEKT);
		assertEquals(new BigDecimal("1000.00"), gespeichert.getFinanzierungsplan().getAusgaben().get(0).getBetrag());
		assertEquals(new BigDecimal("1000.00"), gespeichert.getFinanzierungsplan().getAnteile().get(0).getBetrag());
	}
}
