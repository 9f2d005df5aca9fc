package org.quartierwerk.app.internal.praxisbeispiele;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.RueckgaengigHandler;
import org.quartierwerk.app.internal.basis.WiederholenHandler;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * New, duplicate, rename and delete on real files of the workspace, each undone and redone; the delete confirmation,
 * Bearbeiten → Rückgängig/Wiederholen dispatching to the workspace history, and rename with an open, changed editor.
 */
class PraxisbeispieloperationenTest {

	private Werkbank werkbank;
	private PraxisbeispielStore store;
	private Praxisbeispieloperationen operationen;
	private Messages texte;
	private Arbeitsbereich arbeitsbereich;

	@BeforeEach
	void start() {
		arbeitsbereich = Arbeitsbereich.derLaufzeit();
		werkbank = new Werkbank();
		store = Dienste.warte(PraxisbeispielStore.class);
		operationen = Praxisbeispieloperationen.von(werkbank.application.getContext(), store);
		texte = werkbank.texte();
	}

	@AfterEach
	void aufraeumen() {
		werkbank.close();
		arbeitsbereich.close();
	}

	@Test
	void newDuplicateRenameAndDeleteAreUndoneAndRedoneOnTheFiles() throws Exception {
		String treff = operationen.neu("Optest Treff am Markt");
		assertEquals("Optest Treff am Markt", treff);
		assertEquals("Optest Treff am Markt", store.load(treff).getTitel());
		operationen.undo();
		assertFalse(Files.exists(store.file(treff)), "undo of new: the file is gone");
		assertEquals(1, imPapierkorb(treff), "into the trash");
		operationen.redo();
		assertEquals("Optest Treff am Markt", store.load(treff).getTitel());
		StoreException doppelt = assertThrows(StoreException.class, () -> operationen.neu("Optest Treff am Markt"));
		assertTrue(doppelt.getMessage().startsWith("Es gibt schon ein Praxisbeispiel mit dem Namen „Optest Treff am Markt“"),
				doppelt.getMessage());

		String kopie = operationen.dupliziere(treff);
		assertEquals("Optest Treff am Markt (Kopie)", kopie);
		assertEquals("Optest Treff am Markt (Kopie)", store.load(kopie).getTitel());
		String zweite = operationen.dupliziere(treff);
		assertEquals("Optest Treff am Markt (Kopie) 2", zweite, "never over an existing project");
		operationen.undo();
		assertFalse(Files.exists(store.file(zweite)));
		assertTrue(Files.exists(store.file(kopie)));

		String kirche = operationen.benenneUm(treff, "Optest Treff an der Kirche");
		assertFalse(Files.exists(store.file(treff)));
		assertEquals("Optest Treff an der Kirche", store.load(kirche).getTitel());
		assertThrows(StoreException.class, () -> operationen.benenneUm(kirche, "Optest Treff am Markt (Kopie)"),
				"renaming onto another project is refused");
		operationen.undo();
		assertFalse(Files.exists(store.file(kirche)));
		assertEquals("Optest Treff am Markt", store.load(treff).getTitel(), "title and name back");
		operationen.redo();
		assertEquals("Optest Treff an der Kirche", store.load(kirche).getTitel());

		operationen.loesche(kirche);
		assertFalse(Files.exists(store.file(kirche)));
		assertEquals(1, imPapierkorb(kirche));
		operationen.undo();
		assertEquals("Optest Treff an der Kirche", store.load(kirche).getTitel(), "restored from the trash");
		operationen.redo();
		assertFalse(Files.exists(store.file(kirche)));
		operationen.undo();
		assertTrue(Files.exists(store.file(kirche)));
	}

	@Test
	void deleteAsksNamingTheProjectClosesItsEditorAndUndoInTheNavigatorBringsItBack() throws Exception {
		String name = "Optest Loeschen";
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel("Optest Nachbarschaftscafé");
		store.save(name, beispiel);
		Praxisbeispielauswahl auswahl = new Praxisbeispielauswahl(name, "Optest Nachbarschaftscafé");

		Dialogskript nein = new Dialogskript(werkbank.display).dann(texte.projektLoeschenTitel,
				dialog -> Dialogskript.druecke(dialog, texte.abbrechen)).los();
		loeschen(auswahl);
		assertTrue(nein.fertig());
		assertTrue(nein.gesehen().contains("„Optest Nachbarschaftscafé“"), nein.gesehen());
		assertTrue(Files.exists(store.file(name)), "cancelled: nothing deleted");

		EditorOeffner.oeffne(name, werkbank.parts, werkbank.context.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class),
				werkbank.application);
		assertEquals(1, werkbank.editorteile().size());
		Dialogskript ja = new Dialogskript(werkbank.display).dann(texte.projektLoeschenTitel,
				dialog -> Dialogskript.druecke(dialog, texte.projektLoeschen)).los();
		loeschen(auswahl);
		assertTrue(ja.fertig());
		assertFalse(Files.exists(store.file(name)));
		assertEquals(0, werkbank.editorteile().size(), "its editor is closed");

		// Bearbeiten → Rückgängig/Wiederholen while the navigator is active: its history is the workspace operations
		RueckgaengigHandler rueckgaengig = new RueckgaengigHandler();
		assertTrue(rueckgaengig.canExecute(operationen));
		rueckgaengig.execute(operationen, werkbank.shell, texte);
		assertEquals("Optest Nachbarschaftscafé", store.load(name).getTitel());
		WiederholenHandler wiederholen = new WiederholenHandler();
		assertTrue(wiederholen.canExecute(operationen));
		wiederholen.execute(operationen, werkbank.shell, texte);
		assertFalse(Files.exists(store.file(name)));
		assertFalse(wiederholen.canExecute(operationen));
		rueckgaengig.execute(operationen, werkbank.shell, texte);
		assertTrue(Files.exists(store.file(name)));
	}

	@Test
	void renameSavesTheChangedEditorFirstWhenAskedAndTheEditorFollows() throws Exception {
		String name = "Optest Umbenennen";
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel("Optest Umbenennen");
		store.save(name, beispiel);
		MPart part = EditorOeffner.oeffne(name, werkbank.parts,
				werkbank.context.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class), werkbank.application);
		PraxisbeispielEditor editor = (PraxisbeispielEditor) part.getObject();
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.praxisbeispiel(),
				Literals.PRAXISBEISPIEL__KURZBESCHREIBUNG, "Ein Treff für alle."));
		werkbank.settle();
		assertTrue(part.isDirty());

		Dialogskript skript = new Dialogskript(werkbank.display).dann(texte.projektUmbenennenTitel, dialog -> {
			Text titel = Dialogskript.finde(dialog, Text.class, t -> t.getText().equals("Optest Umbenennen"));
			titel.setText("Optest Seniorentreff");
			Button ok = Dialogskript.finde(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()));
			assertTrue(ok.isEnabled());
			Dialogskript.druecke(dialog, ok.getText());
		}).dann(texte.projektUmbenennenTitel, dialog -> Dialogskript.druecke(dialog, texte.projektSpeichernUmbenennen)).los();
		new UmbenennenHandler().execute(werkbank.shell, new Praxisbeispielauswahl(name, "Optest Umbenennen"), null, store, texte,
				werkbank.application, werkbank.parts, werkbank.context.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class));
		assertTrue(skript.fertig());
		assertFalse(Files.exists(store.file(name)));
		Praxisbeispiel umbenannt = store.load("Optest Seniorentreff");
		assertEquals("Optest Seniorentreff", umbenannt.getTitel());
		assertEquals("Ein Treff für alle.", umbenannt.getKurzbeschreibung(), "the unsaved change was saved, not lost");
		assertEquals(1, werkbank.editorteile().size());
		assertEquals("Optest Seniorentreff", werkbank.editorteile().get(0).getPersistedState().get(PraxisbeispielEditor.PROJEKT),
				"the editor follows the new name");
	}

	@Test
	void undoClosesTheCleanEditorOfAProjectItRemovesAndRefusesWhileItHasUnsavedChanges() throws Exception {
		werkbank.teil(org.quartierwerk.app.internal.praxisbeispiele.PraxisbeispielNavigator.class, 340, 600);
		var models = werkbank.context.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
		String name = operationen.neu("Optest Offen");
		EditorOeffner.oeffne(name, werkbank.parts, models, werkbank.application);
		operationen.undo();
		assertFalse(Files.exists(store.file(name)));
		assertEquals(0, werkbank.editorteile().size(), "the editor of the removed project is closed");
		operationen.redo();

		MPart part = EditorOeffner.oeffne(name, werkbank.parts, models, werkbank.application);
		PraxisbeispielEditor editor = (PraxisbeispielEditor) part.getObject();
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.praxisbeispiel(),
				Literals.PRAXISBEISPIEL__KURZBESCHREIBUNG, "Noch nicht gespeichert."));
		werkbank.settle();
		StoreException offen = assertThrows(StoreException.class, operationen::undo);
		assertEquals("„Optest Offen“ ist mit ungespeicherten Änderungen geöffnet. Speichern oder schließen Sie den Editor zuerst.",
				offen.getMessage());
		assertTrue(Files.exists(store.file(name)), "nothing moved");
		assertEquals(1, werkbank.editorteile().size());
		assertTrue(operationen.canUndo(), "the step stays to be undone later");
	}

	@Test
	void theTitleDialogShowsTheFileNameAndRefusesATakenOne() throws Exception {
		String name = "Optest Vergeben";
		store.save(name, QuartierwerkFactory.eINSTANCE.createPraxisbeispiel());
		TitelDialog dialog = new TitelDialog(werkbank.shell, texte, texte.projektNeuTitel, texte.projektNeuHinweis, "",
				n -> NeuHandler.vergeben(operationen, n));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertFalse(dialog.okKnopf().isEnabled(), "no title yet");
			dialog.titelFeld().setText("Optest: Treff/Café");
			assertTrue(dialog.okKnopf().isEnabled());
			assertTrue(Dialogskript.finde(dialog.getShell(), org.eclipse.swt.widgets.Label.class,
					l -> l.getText().equals("Optest Treff Café.xmi")) != null, "the derived file name is shown");
			dialog.titelFeld().setText("Optest Vergeben");
			assertFalse(dialog.okKnopf().isEnabled());
			assertEquals("Es gibt schon ein Praxisbeispiel mit dem Dateinamen „Optest Vergeben“. Bitte wählen Sie einen anderen Titel.",
					dialog.fehler());
		} finally {
			dialog.close();
		}
	}

	private void loeschen(Praxisbeispielauswahl auswahl) {
		new LoeschenHandler().execute(werkbank.shell, auswahl, null, store, texte, werkbank.application, werkbank.parts);
		werkbank.settle();
	}

	private Path papierkorb() throws Exception {
		Path ordner = store.file("x").getParent().resolve(Praxisbeispieloperationen.PAPIERKORB);
		Files.createDirectories(ordner);
		return ordner;
	}

	private long imPapierkorb(String name) throws Exception {
		try (Stream<Path> dateien = Files.list(papierkorb())) {
			return dateien.filter(p -> p.getFileName().toString().startsWith(name + " ")).count();
		}
	}
}
