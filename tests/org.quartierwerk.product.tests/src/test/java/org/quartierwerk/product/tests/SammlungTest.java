package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * {@code quartierwerk sammlung} of the built product between three workspaces: the trainer shares hers into a folder,
 * two participants join it over a real Git transport ({@code git daemon} on loopback), edit the same project, merge field
 * by field, meet a conflict and resolve it, read the history, and lose nothing when the server is gone.
 */
class SammlungTest {

	private static final String TOKEN = "qw-geheimes-token-8841";
	private static final Map<String, String> ENV = Map.of("QUARTIERWERK_GIT_BENUTZER", "anna", "QUARTIERWERK_GIT_TOKEN", TOKEN);

	private static final String LINDENHOF = """
			<?xml version="1.0" encoding="UTF-8"?>
			<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/2.0"
			    titel="Nachbarschaftstreff Lindenhof" kurzbeschreibung="Ein Treffpunkt für alle Generationen." traeger="//@organisationen.0">
			  <organisationen name="Stadtteilverein Lindenhof e.V."/>
			  <ziele titel="Begegnung fördern"/>
			</qw:Praxisbeispiel>
			""";

	@TempDir
	Path scratch;

	private Process daemon;

	@AfterEach
	void stopDaemon() throws InterruptedException {
		if (daemon != null) {
			stoppeDaemon();
		}
	}

	private Result sammlung(Path arbeitsbereich, String... args) throws Exception {
		String[] alle = Stream.concat(Stream.of("--data", arbeitsbereich.toString(), "sammlung"), Stream.of(args)).toArray(String[]::new);
		return Quartierwerk.run(scratch, ENV, alle);
	}

	private static void ersetze(Path datei, String alt, String neu) throws IOException {
		String text = Files.readString(datei);
		assertTrue(text.contains(alt), () -> alt + " not in " + text);
		Files.writeString(datei, text.replace(alt, neu));
	}

	@Test
	void aCourseRoomSharesOneCollectionOverGitDaemon() throws Exception {
		Path trainerin = Files.createDirectories(scratch.resolve("trainerin"));
		Files.writeString(trainerin.resolve("Lindenhof.xmi"), LINDENHOF);
		Path kursraum = scratch.resolve("server").resolve("kursraum.git");

		Result geteilt = sammlung(trainerin, "teilen", "--remote", kursraum.toString(), "--autor", "Tanja Trainerin", "--email", "tanja@example.org");
		assertEquals(0, geteilt.exitCode(), geteilt::toString);
		assertTrue(geteilt.out().contains("ist jetzt eine geteilte Sammlung"), geteilt::toString);
		assertEquals("", geteilt.err(), "nothing from the libraries on the console");
		assertTrue(Files.readString(trainerin.resolve("Lindenhof.xmi")).contains("xmi:id="), "shared with an id for every element");

		String adresse = "git://127.0.0.1:" + starteDaemon(kursraum.getParent()) + "/kursraum.git";
		Path anna = scratch.resolve("anna");
		Path ben = scratch.resolve("ben");
		Result beigetreten = sammlung(anna, "beitreten", adresse, "--autor", "Anna Arslan", "--email", "anna@example.org");
		assertEquals(0, beigetreten.exitCode(), beigetreten::toString);
		assertTrue(beigetreten.out().contains("beigetreten"), beigetreten::toString);
		assertEquals(0, sammlung(ben, "beitreten", adresse, "--autor", "Ben Becker", "--email", "ben@example.org").exitCode());
		assertArrayEquals(Files.readAllBytes(trainerin.resolve("Lindenhof.xmi")), Files.readAllBytes(ben.resolve("Lindenhof.xmi")));
		Result liste = Quartierwerk.run(scratch, "--data", ben.toString(), "liste");
		assertTrue(liste.out().contains("Nachbarschaftstreff Lindenhof") && !liste.out().contains("Ravensburg"), liste::toString);

		// different fields of the same project: merged without a conflict
		ersetze(anna.resolve("Lindenhof.xmi"), "titel=\"Nachbarschaftstreff Lindenhof\"", "titel=\"Treff am Lindenhof\"");
		ersetze(ben.resolve("Lindenhof.xmi"), "Ein Treffpunkt für alle Generationen.", "Ein Treffpunkt für Jung und Alt.");
		Result annaAbgleich = sammlung(anna, "abgleichen");
		assertEquals(0, annaAbgleich.exitCode(), annaAbgleich::toString);
		assertTrue(annaAbgleich.out().contains("Hier geändert: „Lindenhof“"), annaAbgleich::toString);
		Result benAbgleich = sammlung(ben, "abgleichen");
		assertEquals(0, benAbgleich.exitCode(), benAbgleich::toString);
		assertTrue(benAbgleich.out().contains("Feldweise zusammengeführt: „Lindenhof“"), benAbgleich::toString);
		assertEquals(0, sammlung(trainerin, "abgleichen").exitCode());
		for (Path arbeitsbereich : List.of(trainerin, anna, ben)) {
			if (arbeitsbereich != trainerin) {
				assertEquals(0, sammlung(arbeitsbereich, "abgleichen").exitCode());
			}
			String datei = Files.readString(arbeitsbereich.resolve("Lindenhof.xmi"));
			assertTrue(datei.contains("Treff am Lindenhof") && datei.contains("Jung und Alt"), arbeitsbereich + ": " + datei);
		}

		// the same field changed differently: a conflict stops the Abgleich until the user decides
		ersetze(anna.resolve("Lindenhof.xmi"), "Ein Treffpunkt für Jung und Alt.", "Ein offener Treff.");
		ersetze(ben.resolve("Lindenhof.xmi"), "Ein Treffpunkt für Jung und Alt.", "Ein Café für alle.");
		assertEquals(0, sammlung(anna, "abgleichen").exitCode());
		byte[] bensFassung = Files.readAllBytes(ben.resolve("Lindenhof.xmi"));
		Result konflikt = sammlung(ben, "abgleichen");
		assertEquals(1, konflikt.exitCode(), konflikt::toString);
		assertTrue(konflikt.out().contains("Konflikt in „Lindenhof.xmi“: Kurzbeschreibung"), konflikt::toString);
		assertTrue(konflikt.out().contains("vorher: „Ein Treffpunkt für Jung und Alt.“ | Ihre Fassung: „Ein Café für alle.“ | "
				+ "Fassung der anderen: „Ein offener Treff.“"), konflikt::toString);
		assertTrue(konflikt.err().contains("--ihre"), konflikt::toString);
		assertArrayEquals(bensFassung, Files.readAllBytes(ben.resolve("Lindenhof.xmi")), "nothing merged before the decision");
		Result konflikte = sammlung(ben, "konflikte");
		assertTrue(konflikte.out().contains("Kurzbeschreibung"), konflikte::toString);
		Result aufgeloest = sammlung(ben, "abgleichen", "--ihre");
		assertEquals(0, aufgeloest.exitCode(), aufgeloest::toString);
		assertTrue(Files.readString(ben.resolve("Lindenhof.xmi")).contains("Ein offener Treff."));
		assertFalse(Files.readString(ben.resolve("Lindenhof.xmi")).contains("<<<<<<<"));

		// who changed what, and the status
		Result verlauf = sammlung(ben, "verlauf", "Lindenhof");
		assertEquals(0, verlauf.exitCode(), verlauf::toString);
		assertTrue(verlauf.out().contains("Anna Arslan <anna@example.org>"), verlauf::toString);
		assertTrue(verlauf.out().contains("Titel: „Nachbarschaftstreff Lindenhof“ → „Treff am Lindenhof“"), verlauf::toString);
		Result status = sammlung(ben, "status");
		assertTrue(status.out().contains("Hier geändert, noch nicht übertragen: keine") && status.out().contains("Keine Konflikte."),
				status::toString);

		// the server is gone: nothing is lost, the message says so, the next Abgleich sends it
		stoppeDaemon();
		ersetze(anna.resolve("Lindenhof.xmi"), "Ein offener Treff.", "Ein offener Treff für alle.");
		Result weg = sammlung(anna, "abgleichen");
		assertEquals(1, weg.exitCode(), weg::toString);
		assertTrue(weg.err().contains("nicht erreichbar") && weg.err().contains("gespeichert"), weg::toString);
		assertTrue(Files.readString(anna.resolve("Lindenhof.xmi")).contains("Ein offener Treff für alle."));
		assertFalse(weg.err().contains("Exception") || weg.err().contains("org.eclipse"), weg::toString);

		// the token of the environment is in no file any workspace holds
		for (Path arbeitsbereich : List.of(trainerin, anna, ben, kursraum)) {
			try (Stream<Path> dateien = Files.walk(arbeitsbereich)) {
				for (Path datei : dateien.filter(Files::isRegularFile).toList()) {
					assertFalse(new String(Files.readAllBytes(datei), StandardCharsets.ISO_8859_1).contains(TOKEN), datei::toString);
				}
			}
		}
	}

	@Test
	void wrongCallsAndAddressesWithPasswordsAreRefusedInGerman() throws Exception {
		Result passwort = sammlung(scratch.resolve("neu"), "beitreten", "https://anna:geheim123@git.example.org/kurs.git");
		assertEquals(1, passwort.exitCode(), passwort::toString);
		assertTrue(passwort.err().contains("QUARTIERWERK_GIT_TOKEN") && !passwort.err().contains("geheim123"), passwort::toString);
		Result ohneAktion = sammlung(scratch.resolve("neu"));
		assertEquals(2, ohneAktion.exitCode(), ohneAktion::toString);
		Result keine = sammlung(Files.createDirectories(scratch.resolve("allein")), "status");
		assertEquals(1, keine.exitCode(), keine::toString);
		assertTrue(keine.err().contains("ist keine geteilte Sammlung"), keine::toString);
	}

	/** Stops the daemon and the {@code git-daemon} that {@code git} runs as its child. */
	private void stoppeDaemon() throws InterruptedException {
		daemon.descendants().forEach(ProcessHandle::destroyForcibly);
		daemon.destroyForcibly().waitFor();
	}

	/** Starts {@code git daemon} serving the folder, with pushes allowed; returns its port once it accepts connections. */
	private int starteDaemon(Path basis) throws Exception {
		int port;
		try (ServerSocket frei = new ServerSocket(0)) {
			port = frei.getLocalPort();
		}
		daemon = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", "--listen=127.0.0.1",
				"--port=" + port, "--base-path=" + basis, basis.toString())
				.redirectErrorStream(true).redirectOutput(scratch.resolve("git-daemon.log").toFile()).start();
		for (int i = 0; i < 100; i++) {
			try (Socket probe = new Socket("127.0.0.1", port)) {
				return port;
			} catch (IOException e) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("git daemon did not start: " + Files.readString(scratch.resolve("git-daemon.log")));
	}
}
