package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;

/** Page Beteiligung: the matrix of phases and Stufen, Zielgruppe and Format, and the change of the model. */
class BeteiligungSeiteTest {

	private final Editorbank bank = new Editorbank("Editortest Beteiligung");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void kreuzeInDerMatrixSindBeteiligungenMitPhaseUndStufe() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Quartierstreff am Sonnenh\u00FCgel");
		BeteiligungSeite seite = editor.beteiligung();
		editor.seiten().setSelection(4);
		Partizipationsmodell leiter = seite.modell();
		assertEquals(Katalog.STANDARD_MODELL, leiter.getId(), "without Beteiligungen the catalogue's default");
		assertEquals(leiter.getName(), seite.modell.getCombo().getText());
		Partizipationsstufe informieren = stufe(leiter, 1);
		Partizipationsstufe mitentscheiden = stufe(leiter, 3);

		bank.kreuze(seite.feld(Projektphase.PLANUNG, informieren), true);
		bank.kreuze(seite.feld(Projektphase.UMSETZUNG, mitentscheiden), true);
		Praxisbeispiel beispiel = editor.beispiel();
		assertEquals(2, beispiel.getBeteiligungen().size());
		Beteiligung planung = beispiel.getBeteiligungen().get(0);
		assertEquals(Projektphase.PLANUNG, planung.getPhase());
		assertEquals("partizipationsleiter.informieren", planung.getStufe().getId());
		assertEquals(Projektphase.UMSETZUNG, beispiel.getBeteiligungen().get(1).getPhase());
		assertEquals("partizipationsleiter.mitentscheiden", beispiel.getBeteiligungen().get(1).getStufe().getId());
		assertEquals("Mitentscheiden", seite.beteiligungen.getTable().getItem(1).getText(1));

		bank.tippe(seite.beteiligungen, planung, 2, "Seniorinnen und Senioren im Quartier");
		bank.tippe(seite.beteiligungen, planung, 3, "Quartiersspaziergang und Bewohnerversammlung");
		assertEquals("Seniorinnen und Senioren im Quartier", planung.getZielgruppe());
		bank.tippe(seite.beteiligungText, "\u201EDie Wünsche der Bewohner wurden in einer Versammlung gesammelt.\u201C");
		assertTrue(bank.part.isDirty());
		bank.screenshot("editor-beteiligung.png");

		Button umsetzung = seite.feld(Projektphase.UMSETZUNG, mitentscheiden);
		bank.kreuze(umsetzung, false);
		assertEquals(1, beispiel.getBeteiligungen().size(), "unticked: removed");
		assertFalse(umsetzung.getSelection());
		bank.undo(editor);
		assertEquals(2, beispiel.getBeteiligungen().size(), "undo brings it back");
		assertTrue(umsetzung.getSelection(), "and the box follows");

		editor.save();
		Praxisbeispiel geladen = bank.store.load("Editortest Beteiligung");
		assertEquals(2, geladen.getBeteiligungen().size());
		assertEquals("partizipationsleiter.mitentscheiden", geladen.getBeteiligungen().get(1).getStufe().getId());
		assertEquals("Quartiersspaziergang und Bewohnerversammlung", geladen.getBeteiligungen().get(0).getFormat());
		PraxisbeispielEditor wieder = bank.oeffne();
		assertTrue(wieder.beteiligung().feld(Projektphase.UMSETZUNG, stufe(wieder.beteiligung().modell(), 3)).getSelection(),
				"reopened, the matrix shows the saved Beteiligungen");
	}

	@Test
	void einAnderesModellFragtVorherUndIstEinRueckgaengigMachbarerSchritt() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("Gesund alt werden im Stadtteil");
		BeteiligungSeite seite = editor.beteiligung();
		editor.seiten().setSelection(4);
		bank.kreuze(seite.feld(Projektphase.VERSTETIGUNG, stufe(seite.modell(), 2)), true);
		Praxisbeispiel beispiel = editor.beispiel();
		List<String> fragen = new ArrayList<>();
		String neun = "Stufenmodell der Partizipation (neun Stufen)";

		seite.frage = frage -> {
			fragen.add(frage);
			return false;
		};
		bank.waehle(seite.modell.getCombo(), neun);
		assertEquals(1, fragen.size());
		assertTrue(fragen.get(0).contains("die Beteiligung nach dem bisherigen Modell") && fragen.get(0).contains(neun), fragen.get(0));
		assertEquals(1, beispiel.getBeteiligungen().size(), "answered no: nothing changes");
		assertEquals(Katalog.STANDARD_MODELL, seite.modell().getId());
		assertEquals(seite.modell().getName(), seite.modell.getCombo().getText());

		seite.frage = frage -> true;
		bank.waehle(seite.modell.getCombo(), neun);
		assertTrue(beispiel.getBeteiligungen().isEmpty());
		assertEquals("stufenmodell-neun", seite.modell().getId());
		assertEquals(9, (int) Arrays.stream(seite.matrix.getChildren()).filter(c -> c instanceof Button)
				.filter(c -> c.getData("phase") == Projektphase.PLANUNG).count(), "nine Stufen per phase");
		bank.kreuze(seite.feld(Projektphase.PLANUNG, stufe(seite.modell(), 9)), true);
		assertEquals("stufenmodell-neun", beispiel.getBeteiligungen().get(0).getStufe().getModell().getId());

		bank.undo(editor); // the tick
		bank.undo(editor); // the change of model
		assertEquals(1, beispiel.getBeteiligungen().size());
		assertEquals(Katalog.STANDARD_MODELL, seite.modell().getId(), "the model follows the Beteiligungen");
		assertNotNull(seite.feld(Projektphase.VERSTETIGUNG, stufe(seite.modell(), 2)));
		assertTrue(seite.feld(Projektphase.VERSTETIGUNG, stufe(seite.modell(), 2)).getSelection());
	}

	private static Partizipationsstufe stufe(Partizipationsmodell modell, int rang) {
		return modell.getStufen().stream().filter(s -> s.getRang() == rang).findFirst()
				.orElseThrow(() -> new AssertionError("no Stufe of rank " + rang + " in " + modell.getId()));
	}
}
