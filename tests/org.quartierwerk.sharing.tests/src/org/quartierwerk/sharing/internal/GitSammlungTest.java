package org.quartierwerk.sharing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.sharing.SharedCollection.Abgleich;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Autor;
import org.quartierwerk.sharing.SharedCollection.Stand;
import org.quartierwerk.sharing.SharedCollection.Verlaufseintrag;
import org.quartierwerk.sharing.SharingException;

/**
 * Three workspaces sharing one collection in a bare repository on the file system, as a course room on a network
 * share: teilen, beitreten, concurrent edits, abgleichen from every side, conflicts, history, restoring, and a remote
 * that is gone.
 */
class GitSammlungTest {

	private static final String PROJEKT = "Lindenhof";

	@TempDir
	Path tmp;

	private Path remote;
	private Path trainerin;
	private Path anna;
	private Path ben;

	private void kursraum() throws Exception {
		remote = tmp.resolve("kursraum.git");
		trainerin = tmp.resolve("trainerin");
		anna = tmp.resolve("anna");
		ben = tmp.resolve("ben");
		Files.createDirectories(trainerin);
		Files.write(trainerin.resolve(PROJEKT + ".xmi"), Versionen.datei(Versionen.beispiel()));
		new GitSammlung(trainerin).teilen(remote.toString(), new Autor("Trainerin Tanja", "tanja@example.org"));
		GitSammlung.beitreten(remote.toString(), anna, new Autor("Anna Arslan", "anna@example.org"));
		GitSammlung.beitreten(remote.toString(), ben, new Autor("Ben Becker", "ben@example.org"));
	}

	private static void aendere(Path arbeitsbereich, Consumer<Praxisbeispiel> aenderung) throws Exception {
		Path datei = arbeitsbereich.resolve(PROJEKT + ".xmi");
		Files.write(datei, Versionen.geaendert(Files.readAllBytes(datei), aenderung));
	}

	private static Praxisbeispiel projekt(Path arbeitsbereich) throws Exception {
		return Versionen.projekt(Files.readAllBytes(arbeitsbereich.resolve(PROJEKT + ".xmi")));
	}

	private static Abgleich abgleichen(Path arbeitsbereich, Aufloesung aufloesung) throws Exception {
		return new GitSammlung(arbeitsbereich).abgleichen(aufloesung, Autor.UNBEKANNT);
	}

	@Test
	void joinedWorkspacesHoldTheSharedProjectsButNoneOfQuartierwerksOwnFiles() throws Exception {
		Files.createDirectories(tmp.resolve("t/.metadata"));
		Files.writeString(tmp.resolve("t/.metadata/quartierwerk.log"), "privat");
		Files.writeString(tmp.resolve("t/" + PROJEKT + ".xmi.bak"), "alt");
		Files.write(tmp.resolve("t/" + PROJEKT + ".xmi"), Versionen.datei(Versionen.beispiel()));
		new GitSammlung(tmp.resolve("t")).teilen(tmp.resolve("r.git").toString(), new Autor("T", "t@example.org"));
		GitSammlung.beitreten(tmp.resolve("r.git").toUri().toString(), tmp.resolve("j"), new Autor("J", "j@example.org"));
		assertArrayEquals(Files.readAllBytes(tmp.resolve("t/" + PROJEKT + ".xmi")), Files.readAllBytes(tmp.resolve("j/" + PROJEKT + ".xmi")));
		assertFalse(Files.exists(tmp.resolve("j/.metadata")));
		assertFalse(Files.exists(tmp.resolve("j/" + PROJEKT + ".xmi.bak")));
		assertTrue(Files.exists(tmp.resolve("j/.quartierwerk-beispiele")), "no examples are added to a joined collection");
	}

	@Test
	void editsOfDifferentFieldsFromThreeWorkspacesAllArriveEverywhere() throws Exception {
		kursraum();
		aendere(anna, p -> p.setTitel("Treff am Lindenhof"));
		aendere(ben, p -> p.getZiele().get(0).setBeschreibung("Nachbarn lernen sich kennen."));
		Abgleich erster = abgleichen(anna, Aufloesung.KEINE);
		assertEquals(List.of(PROJEKT), erster.eigene());
		assertTrue(erster.uebertragen());
		Abgleich zweiter = abgleichen(ben, Aufloesung.KEINE);
		assertEquals(List.of(PROJEKT), zweiter.zusammengefuehrt());
		assertEquals(List.of(), zweiter.konflikte());
		assertTrue(zweiter.uebertragen());
		abgleichen(anna, Aufloesung.KEINE);
		abgleichen(trainerin, Aufloesung.KEINE);
		for (Path arbeitsbereich : List.of(trainerin, anna, ben)) {
			assertEquals("Treff am Lindenhof", projekt(arbeitsbereich).getTitel(), arbeitsbereich.toString());
			assertEquals("Nachbarn lernen sich kennen.", projekt(arbeitsbereich).getZiele().get(0).getBeschreibung());
		}
		Stand stand = new GitSammlung(trainerin).status();
		assertEquals(List.of(), stand.hier());
		assertEquals(List.of(), stand.vonAnderen());
	}

	@Test
	void aConflictStopsTheAbgleichUntilTheUserDecides() throws Exception {
		kursraum();
		aendere(anna, p -> p.setKurzbeschreibung("Ein offener Treff."));
		aendere(ben, p -> p.setKurzbeschreibung("Ein Café für alle."));
		abgleichen(anna, Aufloesung.KEINE);
		byte[] vorher = Files.readAllBytes(ben.resolve(PROJEKT + ".xmi"));
		Abgleich gestoppt = abgleichen(ben, Aufloesung.KEINE);
		assertFalse(gestoppt.uebertragen());
		assertEquals(1, gestoppt.konflikte().size());
		assertEquals("Kurzbeschreibung", gestoppt.konflikte().get(0).ort());
		assertArrayEquals(vorher, Files.readAllBytes(ben.resolve(PROJEKT + ".xmi")), "nothing merged, the file is Ben's");
		Stand stand = new GitSammlung(ben).status();
		assertEquals(List.of(PROJEKT), stand.hier());
		assertEquals(List.of(PROJEKT), stand.vonAnderen());
		assertEquals(1, stand.konflikte().size());
		assertTrue(abgleichen(ben, Aufloesung.IHRE).uebertragen());
		assertEquals("Ein offener Treff.", projekt(ben).getKurzbeschreibung());
		abgleichen(trainerin, Aufloesung.KEINE);
		assertEquals("Ein offener Treff.", projekt(trainerin).getKurzbeschreibung());
	}

	@Test
	void theHistoryNamesWhoChangedWhichFieldAndAnEarlierVersionComesBack() throws Exception {
		kursraum();
		aendere(anna, p -> p.setTitel("Treff am Lindenhof"));
		abgleichen(anna, Aufloesung.KEINE);
		abgleichen(ben, Aufloesung.KEINE);
		aendere(ben, p -> p.getZiele().remove(1));
		abgleichen(ben, Aufloesung.KEINE);
		abgleichen(anna, Aufloesung.KEINE);
		List<Verlaufseintrag> verlauf = new GitSammlung(anna).verlauf(PROJEKT);
		assertEquals(3, verlauf.size(), verlauf.toString());
		assertTrue(verlauf.get(0).autor().startsWith("Ben Becker"));
		assertEquals(List.of("Ziel \u201EEhrenamt stärken\u201C entfernt"), verlauf.get(0).aenderungen());
		assertTrue(verlauf.get(1).autor().startsWith("Anna Arslan"));
		assertEquals(List.of("Titel: \u201ENachbarschaftstreff Lindenhof\u201C \u2192 \u201ETreff am Lindenhof\u201C"), verlauf.get(1).aenderungen());
		assertTrue(verlauf.get(2).aenderungen().get(0).endsWith("angelegt"));

		new GitSammlung(anna).wiederherstellen(PROJEKT, verlauf.get(1).stand(), Autor.UNBEKANNT);
		assertEquals(2, projekt(anna).getZiele().size());
		assertEquals("Treff am Lindenhof", projekt(anna).getTitel());
		abgleichen(anna, Aufloesung.KEINE);
		abgleichen(ben, Aufloesung.KEINE);
		assertEquals(2, projekt(ben).getZiele().size(), "the restored version is a new change for everybody");
		SharingException unbekannt = assertThrows(SharingException.class,
				() -> new GitSammlung(anna).wiederherstellen(PROJEKT, "abcdef12", Autor.UNBEKANNT));
		assertTrue(unbekannt.getMessage().contains("sammlung verlauf"), unbekannt.getMessage());
	}

	@Test
	void anUnreachableRemoteLosesNothingAndTheNextAbgleichSendsIt() throws Exception {
		kursraum();
		aendere(anna, p -> p.setTitel("Treff am Lindenhof"));
		Path weg = tmp.resolve("weg.git");
		Files.move(remote, weg);
		SharingException fehler = assertThrows(SharingException.class, () -> abgleichen(anna, Aufloesung.KEINE));
		assertTrue(fehler.getMessage().contains("nicht erreichbar") && fehler.getMessage().contains("gespeichert"), fehler.getMessage());
		assertEquals("Treff am Lindenhof", projekt(anna).getTitel());
		Files.move(weg, remote);
		Abgleich danach = abgleichen(anna, Aufloesung.KEINE);
		assertTrue(danach.uebertragen());
		abgleichen(ben, Aufloesung.KEINE);
		assertEquals("Treff am Lindenhof", projekt(ben).getTitel());
	}

	@Test
	void gitsLockFilesLeftByAKilledProcessDoNotBlockTheNextAbgleich() throws Exception {
		kursraum();
		aendere(anna, p -> p.setTitel("Treff am Lindenhof"));
		// what a process killed while it committed, moved the branch or wrote the settings leaves behind
		for (String sperre : List.of("index.lock", "HEAD.lock", "config.lock", "refs/heads/main.lock")) {
			Files.writeString(anna.resolve(".git").resolve(sperre), "");
		}
		assertTrue(abgleichen(anna, Aufloesung.KEINE).uebertragen());
		abgleichen(ben, Aufloesung.KEINE);
		assertEquals("Treff am Lindenhof", projekt(ben).getTitel());
	}

	@Test
	void theUserIsAskedOnceForNameAndEmailAndPasswordsNeverLandInTheSettings() throws Exception {
		kursraum();
		Path ohne = tmp.resolve("ohne");
		GitSammlung.beitreten(remote.toString(), ohne, Autor.UNBEKANNT);
		aendere(ohne, p -> p.setTitel("X"));
		// JGit may find a name in the user's own Git settings; without one the message asks for it
		try {
			abgleichen(ohne, Aufloesung.KEINE);
		} catch (SharingException e) {
			assertTrue(e.getMessage().contains("--autor"), e.getMessage());
		}
		SharingException passwort = assertThrows(SharingException.class,
				() -> GitSammlung.beitreten("https://anna:geheim123@git.example.org/kurs.git", tmp.resolve("p"), Autor.UNBEKANNT));
		assertTrue(passwort.getMessage().contains("QUARTIERWERK_GIT_TOKEN"), passwort.getMessage());
		assertFalse(passwort.getMessage().contains("geheim123"));
		assertFalse(Files.exists(tmp.resolve("p")));
	}

	@Test
	void joiningIntoAFolderThatIsNotEmptyIsRefusedAndChangesNothing() throws Exception {
		kursraum();
		SharingException fehler = assertThrows(SharingException.class,
				() -> GitSammlung.beitreten(remote.toString(), anna, Autor.UNBEKANNT));
		assertTrue(fehler.getMessage().contains("nicht leer"), fehler.getMessage());
		SharingException schon = assertThrows(SharingException.class,
				() -> new GitSammlung(anna).teilen(tmp.resolve("anders.git").toString(), Autor.UNBEKANNT));
		assertTrue(schon.getMessage().contains("schon eine geteilte Sammlung"), schon.getMessage());
	}

	@Test
	void aProcessKilledAfterWritingTheMergedFilesConvergesAtTheNextAbgleich() throws Exception {
		kursraum();
		aendere(anna, p -> p.setTitel("Treff am Lindenhof"));
		abgleichen(anna, Aufloesung.KEINE);
		aendere(ben, p -> p.getZiele().get(0).setBeschreibung("Nachbarn lernen sich kennen."));
		// the process dies after the merged files are written and before the branch is moved
		GitSammlung.nachDemSchreiben = () -> {
			throw new Absturz();
		};
		try {
			assertThrows(Absturz.class, () -> abgleichen(ben, Aufloesung.KEINE));
		} finally {
			GitSammlung.nachDemSchreiben = () -> {
			};
		}
		Abgleich danach = abgleichen(ben, Aufloesung.KEINE);
		assertEquals(List.of(), danach.konflikte());
		assertTrue(danach.uebertragen());
		abgleichen(anna, Aufloesung.KEINE);
		for (Path arbeitsbereich : List.of(anna, ben)) {
			assertEquals("Treff am Lindenhof", projekt(arbeitsbereich).getTitel(), arbeitsbereich.toString());
			assertEquals("Nachbarn lernen sich kennen.", projekt(arbeitsbereich).getZiele().get(0).getBeschreibung());
		}
	}

	@Test
	void aRemoteThatVanishesDuringThePushLosesNothing() throws Exception {
		kursraum();
		aendere(anna, p -> p.setTitel("Treff am Lindenhof"));
		Path weg = tmp.resolve("weg.git");
		GitSammlung.vorDemUebertragen = () -> {
			try {
				Files.move(remote, weg);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		};
		try {
			SharingException fehler = assertThrows(SharingException.class, () -> abgleichen(anna, Aufloesung.KEINE));
			assertTrue(fehler.getMessage().contains("gespeichert"), fehler.getMessage());
		} finally {
			GitSammlung.vorDemUebertragen = () -> {
			};
		}
		assertEquals("Treff am Lindenhof", projekt(anna).getTitel());
		Files.move(weg, remote);
		assertTrue(abgleichen(anna, Aufloesung.KEINE).uebertragen());
		abgleichen(ben, Aufloesung.KEINE);
		assertEquals("Treff am Lindenhof", projekt(ben).getTitel());
	}

	/** Stands for the end of the process at that moment. */
	private static final class Absturz extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}
}
