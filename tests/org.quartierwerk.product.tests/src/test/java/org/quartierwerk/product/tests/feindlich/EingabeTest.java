package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * Input that is too large, endless, broken or hostile is refused with a German message and a non-zero exit code, and
 * leaves every file as it was. Cases that already held before the hardening are here too, so they keep holding.
 */
class EingabeTest {

	private static final String XMI = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:qw=\"http://quartierwerk.org/model/1.0\"";

	@TempDir
	Path scratch;

	@Test
	void endlessAndOversizedInputIsRefused() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("ws"));
		Dateistand vorher = Dateistand.von(workspace);

		Result nullen = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", "/dev/zero");
		assertEquals(1, nullen.exitCode(), nullen::toString);
		assertTrue(nullen.err().contains("/dev/zero ist ein Gerät, keine Datei"), nullen::toString);

		Path riesig = scratch.resolve("riesig.json");
		try (RandomAccessFile datei = new RandomAccessFile(riesig.toFile(), "rw")) {
			datei.setLength(60L * 1024 * 1024);
		}
		Result gross = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", riesig.toString());
		assertEquals(1, gross.exitCode(), gross::toString);
		assertTrue(gross.err().contains(riesig + " ist mit 60 MB zu groß für einen Import (höchstens 16 MB)"), gross::toString);

		Path rohr = scratch.resolve("rohr.json");
		assertEquals(0, new ProcessBuilder("mkfifo", rohr.toString()).start().waitFor());
		Process schreiber = new ProcessBuilder("sh", "-c", "cat /dev/zero > '" + rohr + "'").start();
		Result fifo = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", rohr.toString());
		schreiber.destroyForcibly();
		assertEquals(1, fifo.exitCode(), fifo::toString);
		assertTrue(fifo.err().contains(rohr + " ist zu groß für einen Import (höchstens 16 MB); das Lesen wurde abgebrochen"),
				fifo::toString);

		Path stdinOut = scratch.resolve("stdin-out.txt");
		Path stdinErr = scratch.resolve("stdin-err.txt");
		Process stdin = new ProcessBuilder(Quartierwerk.root().resolve("quartierwerk").toString(), "--data", workspace.toString(),
				"importieren", "-").redirectOutput(stdinOut.toFile()).redirectError(stdinErr.toFile()).start();
		try (OutputStream in = stdin.getOutputStream()) {
			byte[] block = new byte[1024 * 1024];
			for (int i = 0; i < 20; i++) {
				in.write(block);
			}
		} catch (java.io.IOException e) {
			// the product stopped reading at its limit
		}
		assertTrue(stdin.waitFor(2, TimeUnit.MINUTES));
		assertEquals(1, stdin.exitValue());
		assertTrue(Files.readString(stdinErr).contains("Die Standardeingabe ist zu groß für einen Import"), Files.readString(stdinErr));

		for (Result r : List.of(nullen, gross, fifo)) {
			Meldungen.nurDeutsch(r);
		}
		vorher.unveraendert(workspace);
	}

	@Test
	void brokenAndHostileProjectFilesAreRefusedOneByOne() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("ws"));
		Path geheim = Files.writeString(scratch.resolve("geheim.txt"), "GEHEIMNIS");
		Files.writeString(workspace.resolve("Gut.xmi"), "<?xml version=\"1.0\"?><qw:Praxisbeispiel xmi:version=\"2.0\" " + XMI
				+ " titel=\"Gut\"/>");
		Files.writeString(workspace.resolve("Abgeschnitten.xmi"), "<?xml version=\"1.0\"?><qw:Praxisbeispiel xmi:version=\"2.0\" " + XMI
				+ " titel=\"Abgesch");
		Files.writeString(workspace.resolve("XXE.xmi"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + geheim.toUri()
				+ "\">]><qw:Praxisbeispiel xmi:version=\"2.0\" " + XMI + " titel=\"&s;\"/>");
		Files.writeString(workspace.resolve("Lachen.xmi"), "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\">"
				+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
				+ "<qw:Praxisbeispiel xmi:version=\"2.0\" " + XMI + " titel=\"&c;\"/>");
		Files.writeString(workspace.resolve("Unbekannt.xmi"), "<?xml version=\"1.0\"?><qw:Praxisbeispiel xmi:version=\"2.0\" " + XMI
				+ " titel=\"U\" farbe=\"blau\"/>");
		try (RandomAccessFile datei = new RandomAccessFile(workspace.resolve("Riesig.xmi").toFile(), "rw")) {
			datei.setLength(50L * 1024 * 1024);
		}
		Dateistand vorher = Dateistand.von(workspace);

		Result list = Quartierwerk.run(scratch, "--data", workspace.toString(), "liste");
		assertEquals(1, list.exitCode(), list::toString);
		assertEquals("Gut: Gut\n", list.out(), list::toString);
		assertTrue(list.err().contains("Abgeschnitten: nicht lesbar: " + workspace.resolve("Abgeschnitten.xmi")
				+ " kann nicht gelesen werden: Die Datei ist kein gültiges XML (Zeile 1"), list::toString);
		assertTrue(list.err().contains("XXE.xmi kann nicht gelesen werden: Die Datei enthält eine DOCTYPE-Deklaration"), list::toString);
		assertTrue(list.err().contains("Lachen.xmi kann nicht gelesen werden: Die Datei enthält eine DOCTYPE-Deklaration"),
				list::toString);
		assertTrue(list.err().contains("Unbekannt.xmi kann nicht gelesen werden: Die Datei enthält ein unbekanntes Feld „farbe“"),
				list::toString);
		assertTrue(list.err().contains("Riesig.xmi ist mit 50 MB zu groß für ein Praxisbeispiel (höchstens 16 MB)"), list::toString);
		assertFalse(list.err().contains("GEHEIMNIS") || list.out().contains("GEHEIMNIS"), list::toString);
		Meldungen.nurDeutsch(list);
		vorher.unveraendert(workspace);
	}

	@Test
	void titlesWithPathsStayInsideTheWorkspaceAndJunkFilesAreIgnored() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("ws"));
		for (int i = 0; i < 10_000; i++) {
			Files.writeString(workspace.resolve("notiz-" + i + ".txt"), "kein Projekt");
		}
		Path json = Files.writeString(scratch.resolve("pfade.json"), "[{\"eClass\" : \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\","
				+ " \"titel\" : \"../../ausbruch\"}, {\"eClass\" : \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", "
				+ "\"titel\" : \"/etc/passwd\"}, {\"eClass\" : \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", \"titel\" : \"..\"}]");
		Result result = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", json.toString());
		assertEquals(0, result.exitCode(), result::toString);
		assertFalse(Files.exists(scratch.resolve("ausbruch.xmi")) || Files.exists(workspace.getParent().resolve("ausbruch.xmi")));
		Result list = Quartierwerk.run(scratch, "--data", workspace.toString(), "liste");
		assertEquals(0, list.exitCode(), list::toString);
		assertEquals(3, list.out().lines().count(), list::toString);
	}

	@Test
	void runningOutOfMemoryEndsWithAGermanMessageAndExitCodeOne() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("ws"));
		// one project just under the import limit: its text, copied a few times while it is read, fills a small heap
		Path json = Files.writeString(scratch.resolve("gross.json"), "[{\"eClass\" : \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", "
				+ "\"titel\" : \"Groß\", \"kurzbeschreibung\" : \"" + "x".repeat(15_000_000) + "\"}]");
		Result result = Quartierwerk.run(scratch, Map.of("QUARTIERWERK_VM_ARGS", "-Xmx64m"), "--data", workspace.toString(), "importieren",
				json.toString());
		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.err().contains("Quartierwerk hat nicht genug Arbeitsspeicher für diese Aufgabe"), result::toString);
		Meldungen.nurDeutsch(result);
		assertEquals(List.of(), List.of(workspace.toFile().list((ordner, name) -> name.endsWith(".xmi"))), "a project was added");
	}
}
