package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * {@code quartierwerk sammlung abgleichen} killed with SIGKILL (as a power cut or a closed laptop lid would end it) at
 * different moments of its work: every project file stays whole – the participant's own version or the merged one,
 * never a mixture, never conflict markers – and the next Abgleich brings the workspace and the shared collection to
 * the merged state. Each moment is seen from outside, in a file the Abgleich changes: the lock of Git's index while
 * the own changes are committed, the fetched branch, the first merged project file, the objects the server receives.
 */
class SammlungAbbruchTest {

	private static final int PROJEKTE = 40;

	@TempDir
	Path scratch;

	private static String projekt(int nummer) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/2.0"
				    titel="Treff %1$d" kurzbeschreibung="Ein Treffpunkt Nummer %1$d." traeger="//@organisationen.0">
				  <organisationen name="Verein %1$d e.V."/>
				  <ziele titel="Begegnung fördern"/>
				</qw:Praxisbeispiel>
				""".formatted(nummer);
	}

	private static String datei(int nummer) {
		return "Treff-" + nummer + ".xmi";
	}

	@Test
	void aKilledAbgleichLeavesWholeFilesAndTheNextOneConverges() throws Exception {
		// a course room: Ben changed every project's Kurzbeschreibung and sent it; Anna changed every Titel, not yet sent
		Path trainerin = Files.createDirectories(scratch.resolve("trainerin"));
		for (int i = 1; i <= PROJEKTE; i++) {
			Files.writeString(trainerin.resolve(datei(i)), projekt(i));
		}
		Path server = scratch.resolve("server").resolve("kursraum.git");
		ok(sammlung(trainerin, "teilen", "--remote", server.toString(), "--autor", "Tanja Trainerin", "--email", "tanja@example.org"));
		Path anna = scratch.resolve("anna");
		Path ben = scratch.resolve("ben");
		ok(sammlung(anna, "beitreten", server.toString(), "--autor", "Anna Arslan", "--email", "anna@example.org"));
		ok(sammlung(ben, "beitreten", server.toString(), "--autor", "Ben Becker", "--email", "ben@example.org"));
		for (int i = 1; i <= PROJEKTE; i++) {
			ersetze(ben.resolve(datei(i)), "Ein Treffpunkt Nummer " + i + ".", "Ein Café Nummer " + i + ".");
			ersetze(anna.resolve(datei(i)), "titel=\"Treff " + i + "\"", "titel=\"Offener Treff " + i + "\"");
		}
		ok(sammlung(ben, "abgleichen"));
		Map<String, String> eigene = inhalte(anna);
		Path annaVorher = scratch.resolve("anna-vorher");
		Path serverVorher = scratch.resolve("server-vorher");
		kopiere(anna, annaVorher);
		kopiere(server, serverVorher);

		// an Abgleich that runs to its end: the state every killed one must reach in the end
		ok(sammlung(anna, "abgleichen"));
		Map<String, String> zusammengefuehrt = inhalte(anna);
		for (int i = 1; i <= PROJEKTE; i++) {
			String text = zusammengefuehrt.get(datei(i));
			assertTrue(text.contains("Offener Treff " + i) && text.contains("Ein Café Nummer " + i), text);
		}

		// the moments of an Abgleich, each seen from outside in the files it changes
		List<String> getoetet = new ArrayList<>();
		List<String> alle = new ArrayList<>();
		for (String wann : List.of(INDEX_GESPERRT, GEHOLT, ERSTE_DATEI, SERVER_EMPFAENGT)) {
			ersetzeOrdner(annaVorher, anna);
			ersetzeOrdner(serverVorher, server);
			alle.add(wann);
			if (toeteWaehrendAbgleich(anna, moment(wann, anna, server, eigene))) {
				getoetet.add(wann);
			}

			// whatever the moment: every file is whole, either Anna's own version or the merged one
			Map<String, String> danach = inhalte(anna);
			for (int i = 1; i <= PROJEKTE; i++) {
				String text = danach.get(datei(i));
				assertTrue(text.equals(eigene.get(datei(i))) || text.equals(zusammengefuehrt.get(datei(i))),
						wann + ": " + datei(i) + " is neither Anna's nor the merged version:\n" + text);
				DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(anna.resolve(datei(i)).toFile());
			}

			// the next Abgleich finishes the work: workspace and collection hold the merged state
			Result weiter = sammlung(anna, "abgleichen");
			assertEquals(0, weiter.exitCode(), wann + ": " + weiter);
			assertFalse(weiter.err().contains("Exception") || weiter.err().contains("org.eclipse"), weiter::toString);
			assertEquals(zusammengefuehrt, inhalte(anna), wann + ": the workspace after the next Abgleich");
			assertEquals("", git(anna, "status", "--porcelain"), wann + ": nothing left uncommitted");
			assertEquals(git(anna, "rev-parse", "main"), git(server, "rev-parse", "main"), wann + ": the collection has Anna's state");
		}
		System.out.println("SammlungAbbruchTest: getötet " + getoetet + " von " + alle);
		assertTrue(getoetet.size() >= 3, () -> "most moments must be met while the Abgleich runs: " + getoetet);
	}

	private static final String INDEX_GESPERRT = "während der Index für den eigenen Commit gesperrt ist";
	private static final String GEHOLT = "nach dem Holen von der Sammlung";
	private static final String ERSTE_DATEI = "nach der ersten zusammengeführten Datei";
	private static final String SERVER_EMPFAENGT = "während der Server empfängt";

	/** A moment of the Abgleich, seen in the file system. */
	private interface Moment {
		boolean erreicht() throws IOException;
	}

	private static Moment moment(String wann, Path arbeitsbereich, Path server, Map<String, String> eigene) throws IOException {
		Path git = arbeitsbereich.resolve(".git");
		return switch (wann) {
		case INDEX_GESPERRT -> () -> Files.exists(git.resolve("index.lock"));
		case GEHOLT -> veraendert(List.of(git.resolve("refs/remotes"), git.resolve("FETCH_HEAD")));
		case ERSTE_DATEI -> veraendert(eigene.keySet().stream().map(arbeitsbereich::resolve).toList());
		case SERVER_EMPFAENGT -> veraendert(List.of(server.resolve("objects")));
		default -> throw new IllegalArgumentException(wann);
		};
	}

	/** The moment something under these paths changes (a file written, added or removed). */
	private static Moment veraendert(List<Path> pfade) throws IOException {
		Map<Path, FileTime> vorher = zeiten(pfade);
		return () -> !zeiten(pfade).equals(vorher);
	}

	private static Map<Path, FileTime> zeiten(List<Path> pfade) throws IOException {
		Map<Path, FileTime> zeiten = new HashMap<>();
		for (Path pfad : pfade) {
			try (Stream<Path> alle = Files.walk(pfad)) {
				for (Path datei : alle.toList()) {
					zeiten.put(datei, Files.getLastModifiedTime(datei));
				}
			} catch (IOException | UncheckedIOException e) {
				zeiten.put(pfad, FileTime.fromMillis(-1)); // missing, or changing while it is read
			}
		}
		return zeiten;
	}

	/** Starts an Abgleich and kills it with SIGKILL at the moment; returns whether it still ran then. */
	private boolean toeteWaehrendAbgleich(Path arbeitsbereich, Moment moment) throws Exception {
		Process abgleich = Quartierwerk.start(List.of("--data", arbeitsbereich.toString(), "sammlung", "abgleichen"), false,
				Files.createTempFile(scratch, "out", ".txt"), Files.createTempFile(scratch, "err", ".txt"));
		long ende = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (abgleich.isAlive() && System.nanoTime() < ende && !moment.erreicht()) {
			Thread.onSpinWait();
		}
		boolean lief = abgleich.isAlive();
		abgleich.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
		abgleich.destroyForcibly().waitFor();
		return lief;
	}

	private Result sammlung(Path arbeitsbereich, String... args) throws Exception {
		String[] alle = Stream.concat(Stream.of("--data", arbeitsbereich.toString(), "sammlung"), Stream.of(args)).toArray(String[]::new);
		return Quartierwerk.run(scratch, alle);
	}

	private static void ok(Result result) {
		assertEquals(0, result.exitCode(), result::toString);
	}

	/** The project files of a workspace by name, as text. */
	private static Map<String, String> inhalte(Path arbeitsbereich) throws IOException {
		Map<String, String> inhalte = new HashMap<>();
		try (Stream<Path> dateien = Files.list(arbeitsbereich)) {
			for (Path datei : dateien.filter(d -> d.getFileName().toString().endsWith(".xmi")).toList()) {
				inhalte.put(datei.getFileName().toString(), Files.readString(datei, StandardCharsets.UTF_8));
			}
		}
		return inhalte;
	}

	private static void ersetze(Path datei, String alt, String neu) throws IOException {
		String text = Files.readString(datei);
		assertTrue(text.contains(alt), () -> alt + " not in " + text);
		Files.writeString(datei, text.replace(alt, neu));
	}

	/** Runs the {@code git} program on a working tree or a bare repository; its output without the last line break. */
	private static String git(Path ordner, String... args) throws Exception {
		List<String> befehl = new ArrayList<>(List.of("git", "-C", ordner.toString()));
		befehl.addAll(List.of(args));
		Process git = new ProcessBuilder(befehl).redirectErrorStream(true).start();
		String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, git.waitFor(), () -> String.join(" ", befehl) + ": " + text);
		return text.strip();
	}

	private static void ersetzeOrdner(Path quelle, Path ziel) throws IOException {
		loesche(ziel);
		kopiere(quelle, ziel);
	}

	private static void kopiere(Path quelle, Path ziel) throws IOException {
		try (Stream<Path> alle = Files.walk(quelle)) {
			for (Path pfad : alle.toList()) {
				Path neu = ziel.resolve(quelle.relativize(pfad).toString());
				if (Files.isDirectory(pfad)) {
					Files.createDirectories(neu);
				} else {
					Files.copy(pfad, neu, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void loesche(Path ordner) throws IOException {
		if (!Files.exists(ordner)) {
			return;
		}
		try (Stream<Path> alle = Files.walk(ordner)) {
			for (Path pfad : alle.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(pfad);
			}
		}
	}
}
