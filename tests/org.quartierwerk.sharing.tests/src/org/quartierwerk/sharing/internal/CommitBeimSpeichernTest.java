package org.quartierwerk.sharing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Autor;
import org.quartierwerk.sharing.SharedCollection.Verlaufseintrag;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * Offline-first through the real services: in a shared collection each save of the store is a local commit with the
 * collection's author, and a deletion too; the history names the changed field before any Abgleich.
 */
class CommitBeimSpeichernTest {

	private static final String NAME = "Speichertest Lindenhof";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final SharedCollection sammlung = Dienste.warte(SharedCollection.class);

	@TempDir
	Path tmp;

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void everySaveInASharedCollectionIsACommitOfItsAuthor() throws Exception {
		store.save(NAME, Versionen.beispiel());
		sammlung.teilen(tmp.resolve("sammlung.git").toString(), new Autor("Anna Arslan", "anna@example.org"));

		Praxisbeispiel p = store.load(NAME);
		p.setTitel("Treff am Lindenhof");
		store.save(NAME, p);
		List<Verlaufseintrag> verlauf = sammlung.verlauf(NAME);
		assertEquals("Gespeichert: " + NAME, verlauf.get(0).nachricht());
		assertTrue(verlauf.get(0).autor().startsWith("Anna Arslan"), verlauf.get(0).autor());
		assertEquals(List.of("Titel: \u201ENachbarschaftstreff Lindenhof\u201C \u2192 \u201ETreff am Lindenhof\u201C"), verlauf.get(0).aenderungen());

		store.delete(NAME);
		verlauf = sammlung.verlauf(NAME);
		assertEquals(List.of("Praxisbeispiel \u201ETreff am Lindenhof\u201C gel\u00F6scht"), verlauf.get(0).aenderungen());
		try (Git git = Git.open(arbeitsbereich.ordner().toFile())) {
			assertTrue(git.status().call().isClean(), "every save is committed");
		}
		assertEquals(List.of(NAME), sammlung.status().hier(), "committed here, not yet sent");
	}
}
