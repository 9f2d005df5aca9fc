package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Arbeitsschrittstatus;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Ziel;

/** Page Arbeitsschritte: steps edited in the table, moved up and down as commands, undo, save and reload in order. */
class ArbeitsschritteSeiteTest {

	private final Editorbank bank = new Editorbank("Editortest Arbeitsschritte");

	@AfterEach
	void close() throws Exception {
		bank.close();
	}

	@Test
	void arbeitsschritteWerdenBearbeitetVerschobenUndInIhrerReihenfolgeGespeichert() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("B\u00FCrgerbus Oberes Tal");
		ArbeitsschritteSeite seite = editor.arbeitsschritte();
		editor.seiten().setSelection(2);
		Composite flaeche = (Composite) seite.control();
		Praxisbeispiel beispiel = editor.beispiel();

		for (String titel : List.of("B\u00FCrgerversammlung", "Fahrerinnen und Fahrer gewinnen", "Erste Fahrt")) {
			bank.klicke(flaeche, "&Arbeitsschritt hinzuf\u00FCgen");
			Arbeitsschritt neu = beispiel.getArbeitsschritte().get(beispiel.getArbeitsschritte().size() - 1);
			bank.tippe(seite.schritte, neu, 0, titel);
		}
		Arbeitsschritt versammlung = beispiel.getArbeitsschritte().get(0);
		bank.waehle(seite.schritte, versammlung, 1, "abgeschlossen");
		bank.tippe(seite.schritte, versammlung, 2, "2019-03");
		bank.tippe(seite.schritte, versammlung, 2, "M\u00E4rz 2019"); // no date: stays as it was
		bank.tippe(seite.schritte, versammlung, 3, "Vorstellung der Idee im Gemeindehaus, 80 Teilnehmende");
		assertEquals(Arbeitsschrittstatus.ABGESCHLOSSEN, versammlung.getStatus());
		assertEquals(Teildatum.monat(2019, 3), versammlung.getDatum());
		assertEquals("2019-03", seite.schritte.getTable().getItem(0).getText(2));
		// by keyboard: F2 edits the focused cell of the chosen row, in the column last edited
		seite.schritte.getTable().setSelection(1);
		seite.schritte.getTable().notifyListeners(SWT.Selection, new Event());
		Event f2 = new Event();
		f2.keyCode = SWT.F2;
		seite.schritte.getTable().notifyListeners(SWT.KeyDown, f2);
		assertEquals(3, seite.schritte.getColumnViewerEditor().getFocusCell().getColumnIndex());
		Text zelle = Editorbank.finde(seite.schritte.getTable(), Text.class, Text::isVisible);
		zelle.setText("Aushang beim B\u00E4cker und im Gemeindeblatt");
		seite.schritte.applyEditorValue();
		bank.settle();
		assertEquals("Aushang beim B\u00E4cker und im Gemeindeblatt", beispiel.getArbeitsschritte().get(1).getBeschreibung());

		bank.tippe(seite.arbeitsschritteText, "Nach der Versammlung meldeten sich zw\u00F6lf Fahrerinnen und Fahrer.");
		bank.screenshot("editor-arbeitsschritte.png");

		// the last step one up
		seite.schritte.getTable().setSelection(2);
		seite.schritte.getTable().notifyListeners(SWT.Selection, new Event());
		bank.klicke(flaeche, "Nach &oben");
		assertEquals(List.of("B\u00FCrgerversammlung", "Erste Fahrt", "Fahrerinnen und Fahrer gewinnen"), titel(beispiel));
		assertEquals("Erste Fahrt", seite.schritte.getTable().getItem(1).getText(0));
		assertEquals(1, seite.schritte.getTable().getSelectionIndex(), "the moved step stays chosen");
		bank.klicke(flaeche, "Nach &unten");
		bank.klicke(flaeche, "Nach &unten"); // already last: nothing happens
		assertEquals(List.of("B\u00FCrgerversammlung", "Fahrerinnen und Fahrer gewinnen", "Erste Fahrt"), titel(beispiel));
		bank.undo(editor);
		assertEquals(List.of("B\u00FCrgerversammlung", "Erste Fahrt", "Fahrerinnen und Fahrer gewinnen"), titel(beispiel));

		seite.schritte.getTable().setSelection(0);
		seite.schritte.getTable().notifyListeners(SWT.Selection, new Event());
		bank.klicke(flaeche, "Ent&fernen");
		assertEquals(2, beispiel.getArbeitsschritte().size());
		bank.undo(editor);
		assertEquals("B\u00FCrgerversammlung", beispiel.getArbeitsschritte().get(0).getTitel());
		assertTrue(bank.part.isDirty());

		editor.save();
		Praxisbeispiel geladen = bank.store.load("Editortest Arbeitsschritte");
		assertEquals(List.of("B\u00FCrgerversammlung", "Erste Fahrt", "Fahrerinnen und Fahrer gewinnen"), titel(geladen));
		assertEquals(Teildatum.monat(2019, 3), geladen.getArbeitsschritte().get(0).getDatum());
		assertEquals(Arbeitsschrittstatus.ABGESCHLOSSEN, geladen.getArbeitsschritte().get(0).getStatus());
		assertTrue(geladen.getArbeitsschritteText().startsWith("Nach der Versammlung"));
	}

	/** An Arbeitsschritt names the Ziel it serves; when that Ziel is removed, the step serves none, in one undoable step. */
	@Test
	void einArbeitsschrittDientEinemZielDesProjekts() throws Exception {
		PraxisbeispielEditor editor = bank.oeffneNeu("B\u00FCrgerbus Oberes Tal");
		Praxisbeispiel beispiel = editor.beispiel();
		editor.seiten().setSelection(1);
		bank.settle();
		bank.klicke((Composite) editor.ziele().control(), "&Ziel hinzuf\u00FCgen");
		Ziel mobil = beispiel.getZiele().get(0);
		bank.tippe(editor.ziele().ziele, mobil, 0, "\u00C4ltere bleiben mobil");

		ArbeitsschritteSeite seite = editor.arbeitsschritte();
		editor.seiten().setSelection(2);
		bank.settle();
		bank.klicke((Composite) seite.control(), "&Arbeitsschritt hinzuf\u00FCgen");
		Arbeitsschritt fahrplan = beispiel.getArbeitsschritte().get(0);
		assertEquals("", seite.schritte.getTable().getItem(0).getText(4), "a new step serves no Ziel yet");
		bank.waehle(seite.schritte, fahrplan, 4, "\u00C4ltere bleiben mobil");
		assertSame(mobil, fahrplan.getZiel());
		assertEquals("\u00C4ltere bleiben mobil", seite.schritte.getTable().getItem(0).getText(4));

		editor.seiten().setSelection(1);
		editor.ziele().ziele.setSelection(new StructuredSelection(mobil));
		bank.settle();
		bank.klicke((Composite) editor.ziele().control(), "Ent&fernen");
		assertTrue(beispiel.getZiele().isEmpty());
		assertNull(fahrplan.getZiel(), "no reference to a removed Ziel is left");
		bank.undo(editor);
		assertSame(beispiel.getZiele().get(0), fahrplan.getZiel(), "one undo brings back the Ziel and the link");

		editor.save();
		Praxisbeispiel geladen = bank.store.load("Editortest Arbeitsschritte");
		assertSame(geladen.getZiele().get(0), geladen.getArbeitsschritte().get(0).getZiel());
	}

	private static List<String> titel(Praxisbeispiel beispiel) {
		return beispiel.getArbeitsschritte().stream().map(Arbeitsschritt::getTitel).toList();
	}
}
