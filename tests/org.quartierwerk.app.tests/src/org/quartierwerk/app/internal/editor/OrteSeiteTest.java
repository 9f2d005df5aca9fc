package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispieloperationen;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Projektverweisart;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * The page Orte und Verweise in the running workbench (docs/fachmodell.md §1.5, §1.6): three places entered in the
 * table, a Fehler marked and undone; a Teilprojekt link to another project of the workspace, which gets its Kennung
 * then; the link opens the target's editor after the target was renamed (title and file), and shows "nicht gefunden"
 * with a Warnung at the table once the target is gone.
 */
class OrteSeiteTest {

	private static final String TEIL = "Orte Quartiersarbeit im Emsland";
	private static final String DACH = "Orte Gemeinsam im Emsland";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void dreiOrteUndEinTeilprojektVerweisDerUmbenennungenUeberstehtUndZumZielFuehrt() throws Exception {
		store.save(TEIL, projekt("Quartiersarbeit im Emsland"));
		store.save(DACH, projekt("Gemeinsam im Emsland"));
		assertNull(store.load(DACH).getKennung(), "a project gets no Kennung before it is linked to");
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			MPart part = EditorOeffner.oeffne(TEIL, werkbank.get(EPartService.class), werkbank.get(EModelService.class),
					werkbank.get(MApplication.class));
			werkbank.settle();
			PraxisbeispielEditor editor = (PraxisbeispielEditor) part.getObject();
			OrteSeite seite = editor.orteSeite();
			assertEquals("Orte und Verweise", editor.seiten().getItem(7).getText());
			editor.seiten().setSelection(7);
			werkbank.settle();
			Praxisbeispiel beispiel = editor.praxisbeispiel();

			// three places: the first becomes the Quartier, the others weitere Orte
			for (int i = 0; i < 3; i++) {
				UiTesting.click(seite.control(), "Ort hinzuf\u00FCgen");
			}
			Quartier erster = beispiel.getQuartier();
			assertNotNull(erster);
			assertEquals(2, beispiel.getWeitereOrte().size());
			Quartier freren = beispiel.getWeitereOrte().get(0);
			UiTesting.typeInCell(seite.orte, erster, 0, "Lingen-Darme");
			UiTesting.chooseInCell(seite.orte, erster, 1, "Stadtteil");
			UiTesting.typeInCell(seite.orte, erster, 3, "Lingen (Ems)");
			UiTesting.typeInCell(seite.orte, freren, 0, "Freren");
			UiTesting.chooseInCell(seite.orte, freren, 1, "Gemeinde");
			UiTesting.typeInCell(seite.orte, freren, 2, "5.000");
			UiTesting.typeInCell(seite.orte, freren, 3, "Landkreis Emsland");
			UiTesting.typeInCell(seite.orte, freren, 4, "320000");
			UiTesting.typeInCell(seite.orte, beispiel.getWeitereOrte().get(1), 0, "Emsb\u00FCren");
			assertEquals(Quartiersart.GEMEINDE, freren.getArt());
			assertEquals(Integer.valueOf(5000), freren.getEinwohner());
			assertEquals("Landkreis Emsland", freren.getKommune());

			// more Einwohner than the Kommune: a Fehler, marked at the places' table; undo takes it back
			UiTesting.typeInCell(seite.orte, freren, 2, "400000");
			werkbank.settle();
			ControlDecoration markierung = editor.markierung(seite.orte.getControl());
			assertTrue(markierung != null && markierung.isVisible() && markierung.getDescriptionText().contains("mehr Einwohner (400000)"),
					"the contradiction is marked at the places");
			editor.domain().getCommandStack().undo();
			werkbank.settle();
			assertEquals(Integer.valueOf(5000), freren.getEinwohner());
			assertFalse(markierung.isVisible(), "the mark goes with the Fehler");

			// a Teilprojekt link to the other project: it gets its Kennung now and is saved with it
			assertTrue(seite.waehleZiel(DACH), List.of(seite.projekte.getItems()).toString());
			UiTesting.click(seite.control(), "Auf Projekt verweisen");
			Projektverweis verweis = beispiel.getVerweise().get(0);
			String kennung = store.load(DACH).getKennung();
			assertNotNull(kennung, "the target was given its Kennung when it was linked to");
			assertEquals(kennung, verweis.getZielKennung());
			assertEquals("Gemeinsam im Emsland", verweis.getZielTitel());
			UiTesting.chooseInCell(seite.verweise, verweis, 0, "Teilprojekt von");
			assertEquals(Projektverweisart.TEILPROJEKT_VON, verweis.getArt());
			UiTesting.click(seite.control(), "Programm (nur Name) hinzuf\u00FCgen");
			Projektverweis programm = beispiel.getVerweise().get(1);
			UiTesting.typeInCell(seite.verweise, programm, 1, "Soziale Stadt");
			assertEquals("Soziale Stadt", programm.getZielTitel());
			assertNull(programm.getZielKennung());
			werkbank.settle();
			assertEquals("Gemeinsam im Emsland", seite.verweise.getTable().getItem(0).getText(1));
			UiTesting.screenshot(werkbank.shell(), "editor-orte-und-verweise.png");

			// undo and redo of the link
			editor.domain().getCommandStack().undo(); // the programme's name
			editor.domain().getCommandStack().undo(); // the programme link
			editor.domain().getCommandStack().undo(); // the Art
			editor.domain().getCommandStack().undo(); // the link
			werkbank.settle();
			assertTrue(beispiel.getVerweise().isEmpty(), "undo takes the link back");
			for (int i = 0; i < 4; i++) {
				editor.domain().getCommandStack().redo();
			}
			werkbank.settle();
			assertEquals(List.of(verweis, programm), beispiel.getVerweise());
			editor.save();

			// the target renamed – title and file – the link still leads to it
			String neuerName = Praxisbeispieloperationen.von(werkbank.application().getContext(), store).benenneUm(DACH,
					"Gemeinsam im Emsland 2026");
			assertFalse(store.names().contains(DACH), "the file has a new name");
			editor.seiten().setSelection(0);
			editor.seiten().setSelection(7); // shown again, the page reads the workspace again
			werkbank.settle();
			assertEquals("Gemeinsam im Emsland 2026", seite.verweise.getTable().getItem(0).getText(1));
			seite.verweise.setSelection(new StructuredSelection(verweis));
			UiTesting.click(seite.control(), "Projekt \u00F6ffnen");
			werkbank.settle();
			MPart aktiv = werkbank.get(EPartService.class).getActivePart();
			assertTrue(aktiv.getObject() instanceof PraxisbeispielEditor ziel && neuerName.equals(ziel.projekt()),
					"the link opened the renamed target's editor, not " + aktiv.getLabel());

			// the target gone: "nicht gefunden" with the remembered title, a Warnung at the links' table
			werkbank.get(EPartService.class).hidePart(aktiv, true);
			werkbank.settle();
			store.delete(neuerName);
			werkbank.get(EPartService.class).activate(part);
			editor.seiten().setSelection(0);
			editor.seiten().setSelection(7);
			werkbank.settle();
			assertEquals("Gemeinsam im Emsland (nicht gefunden)", seite.verweise.getTable().getItem(0).getText(1));
			ControlDecoration warnung = editor.markierung(seite.verweise.getControl());
			assertTrue(warnung != null && warnung.isVisible() && warnung.getDescriptionText().contains("nicht gefunden"),
					"the link not found is a Warnung at the links' table");
			assertFalse(editor.praxisbeispiel().getVerweise().isEmpty(), "a link not found is kept, not dropped");
		}
		Praxisbeispiel gespeichert = store.load(TEIL);
		assertEquals(List.of("Freren", "Emsb\u00FCren"), gespeichert.getWeitereOrte().stream().map(Quartier::getName).toList());
		assertEquals("Lingen-Darme", gespeichert.getQuartier().getName());
		assertEquals(Projektverweisart.TEILPROJEKT_VON, gespeichert.getVerweise().get(0).getArt());
	}

	@Test
	void einDuplikatIstEinAnderesProjektMitEigenerKennung() throws Exception {
		Praxisbeispiel original = projekt("Gemeinsam im Emsland");
		original.setKennung("0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c");
		store.save(DACH, original);
		String kopie = new Praxisbeispieloperationen(store).dupliziere(DACH);
		assertNull(store.load(kopie).getKennung(), "links keep naming the original");
		assertEquals("0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c", store.load(DACH).getKennung());
	}

	private static Praxisbeispiel projekt(String titel) {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(titel);
		return beispiel;
	}
}
