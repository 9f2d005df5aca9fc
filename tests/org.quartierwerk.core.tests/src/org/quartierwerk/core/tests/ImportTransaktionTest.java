package org.quartierwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;

/**
 * {@link PraxisbeispielStore#addAll}: all or none, and what a killed process left is finished or discarded by the next
 * one. The states a kill can leave are made by hand here; the product test kills real imports.
 */
class ImportTransaktionTest {

	@TempDir
	Path workspace;

	@Test
	void allAreAddedOrNoneWhenANameIsTaken() throws Exception {
		PraxisbeispielStore store = new XmiPraxisbeispielStore(() -> workspace);
		store.save("B", beispiel("schon da"));
		SequencedMap<String, Praxisbeispiel> neue = new LinkedHashMap<>();
		neue.put("A", beispiel("A"));
		neue.put("B", beispiel("B"));
		StoreException fehler = assertThrows(StoreException.class, () -> store.addAll(neue));
		assertTrue(fehler.getMessage().startsWith("Es gibt schon ein Praxisbeispiel „B“"), fehler.getMessage());
		assertEquals(List.of("B"), store.names());

		neue.remove("B");
		neue.put("C", beispiel("C"));
		store.addAll(neue);
		assertEquals(List.of("A", "B", "C"), store.names());
		assertFalse(Files.exists(workspace.resolve(".metadata/import")) && Files.list(workspace.resolve(".metadata/import")).findAny()
				.isPresent(), "the stage stays");
	}

	@Test
	void anIncompleteStageIsDiscardedAndACompleteOneFinished() throws Exception {
		byte[] inhalt = Files.readAllBytes(Files.writeString(workspace.resolve("Vorlage.xmi"), projekt("Vorlage")));
		Path unvollstaendig = Files.createDirectories(workspace.resolve(".metadata/import/eins"));
		Files.write(unvollstaendig.resolve("Halb.xmi"), inhalt);
		Path vollstaendig = Files.createDirectories(workspace.resolve(".metadata/import/zwei"));
		Files.write(vollstaendig.resolve("Ganz 1.xmi"), inhalt);
		Files.write(vollstaendig.resolve("Ganz 2.xmi"), inhalt);
		Files.createFile(vollstaendig.resolve("vollstaendig"));
		// the kill came after the first file had been moved into place
		Files.move(vollstaendig.resolve("Ganz 1.xmi"), workspace.resolve("Ganz 1.xmi"));

		PraxisbeispielStore naechster = new XmiPraxisbeispielStore(() -> workspace);
		assertEquals(List.of("Ganz 1", "Ganz 2", "Vorlage"), naechster.names());
		assertEquals(List.of(), List.of(Files.list(workspace.resolve(".metadata/import")).toArray()));
	}

	@Test
	void aStagedProjectWhoseNameWasTakenMeanwhileIsKeptAndReported() throws Exception {
		Files.writeString(workspace.resolve("Doppelt.xmi"), projekt("im Arbeitsbereich"));
		Path stage = Files.createDirectories(workspace.resolve(".metadata/import/drei"));
		Files.writeString(stage.resolve("Doppelt.xmi"), "aus dem Import");
		Files.createFile(stage.resolve("vollstaendig"));

		PraxisbeispielStore naechster = new XmiPraxisbeispielStore(() -> workspace);
		StoreException fehler = assertThrows(StoreException.class, naechster::names);
		assertTrue(fehler.getMessage().contains("1 Praxisbeispiel(e) eines unterbrochenen Imports wurden nicht übernommen"),
				fehler.getMessage());
		assertEquals("aus dem Import", Files.readString(workspace.resolve(".metadata/import/drei.nicht-uebernommen/Doppelt.xmi")));
		assertEquals(List.of("Doppelt"), naechster.names(), "the workspace stays usable");
		assertEquals("im Arbeitsbereich", naechster.load("Doppelt").getTitel());
	}

	/** A project file as a store of an earlier process left it; no second store may lock the workspace in this one. */
	private static String projekt(String titel) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qw:Praxisbeispiel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:qw=\"http://quartierwerk.org/model/1.0\" titel=\"" + titel + "\"/>\n";
	}

	private static Praxisbeispiel beispiel(String titel) {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(titel);
		return beispiel;
	}
}
