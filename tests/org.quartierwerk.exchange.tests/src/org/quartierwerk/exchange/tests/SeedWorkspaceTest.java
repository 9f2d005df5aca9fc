package org.quartierwerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.testing.Dienste;

/** The first use of an empty workspace brings the DStGB examples, once. */
class SeedWorkspaceTest {

	/** The file that marks a workspace as seeded, part of the workspace format. */
	private static final String MARKER = ".quartierwerk-beispiele";

	private final Exchange exchange = Dienste.warte(Exchange.class);
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final WorkspaceLocator workspace = Dienste.warte(WorkspaceLocator.class);

	@BeforeEach
	@AfterEach
	void emptyWorkspace() throws Exception {
		for (String name : store.names()) {
			store.delete(name);
		}
		Files.deleteIfExists(workspace.folder().resolve(MARKER));
	}

	@Test
	void anEmptyWorkspaceGetsTheThirteenExamplesOnce() throws Exception {
		List<String> namen = exchange.seedWorkspace();
		assertEquals(13, namen.size());
		assertEquals(namen.stream().sorted(Textvergleich.ordnung()).toList(), store.names());
		assertEquals(exchange.dstgbBeispiele().stream().map(Praxisbeispiel::getTitel).toList(),
				namen.stream().map(name -> load(name).getTitel()).toList());
		assertTrue(Files.exists(workspace.folder().resolve(MARKER)));

		assertEquals(List.of(), exchange.seedWorkspace(), "the second start adds nothing");
		for (String name : namen) {
			store.delete(name);
		}
		assertEquals(List.of(), exchange.seedWorkspace(), "examples the user deleted do not come back");
		assertEquals(List.of(), store.names());
	}

	@Test
	void aWorkspaceWithProjectsIsLeftAlone() throws Exception {
		store.save("Mein Projekt", exchange.dstgbBeispiele().get(2));
		assertEquals(List.of(), exchange.seedWorkspace());
		assertEquals(List.of("Mein Projekt"), store.names());
	}

	private Praxisbeispiel load(String name) {
		try {
			return store.load(name);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
