package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quartierwerk.product.tests.Quartierwerk;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * Writing on a full or read-only file system: the previous file stays byte for byte, no temporary file is left, the
 * user reads a German message naming the file and the cause, and the exit code is 1. Reading a read-only workspace
 * works completely, charts included.
 */
class DatentraegerTest {

	private static final String PROJEKT = "Nachbarschaftstreff Sonnenhügel";

	@TempDir
	Path scratch;

	private Path workspace;

	@BeforeEach
	void workspace() throws Exception {
		workspace = scratch.resolve("arbeitsbereich");
		Path json = Path.of(getClass().getResource("/nachbarschaftstreff.json").toURI());
		Result imported = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", json.toString());
		assertEquals(0, imported.exitCode(), imported::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pdf", "docx", "odt", "html" })
	void aReportOnAFullDiskKeepsThePreviousFile(String format) throws Exception {
		Path vorlage = Files.createDirectories(scratch.resolve("vorlage"));
		Files.writeString(vorlage.resolve("bericht." + format), "die alte Fassung");
		Path voll = Files.createDirectories(scratch.resolve("voll"));
		Path stand = scratch.resolve("stand.txt");

		Result result = Quartierwerk.run(scratch, Namensraum.vollerDatentraeger(voll, 64, vorlage, stand), Map.of(), "--data",
				workspace.toString(), "bericht", "--vorlage", "finanzierungsplan", "--praxisbeispiel", PROJEKT, "--format", format, "--nach",
				voll.resolve("bericht." + format).toString());

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.err().contains(voll.resolve("bericht." + format) + " konnte nicht geschrieben werden: Auf dem Datenträger von "
				+ voll + " ist kein Platz mehr frei.") && result.err().contains("Die bisherige Fassung der Datei ist unverändert."),
				result::toString);
		assertEquals(List.of("./bericht." + format), dateien(stand), "no temporary file is left");
		assertEquals(sha256("die alte Fassung"), summe(stand, "./bericht." + format), "the previous report was changed");
		Meldungen.nurDeutsch(result);
	}

	@Test
	void aBatchAndAnExportOnAFullDiskWriteNothing() throws Exception {
		Path vorlage = Files.createDirectories(scratch.resolve("vorlage"));
		Files.writeString(vorlage.resolve("alle.json"), "alt");
		Path voll = Files.createDirectories(scratch.resolve("voll"));
		Path stand = scratch.resolve("stand.txt");

		Result alle = Quartierwerk.run(scratch, Namensraum.vollerDatentraeger(voll, 64, vorlage, stand), Map.of(), "--data",
				workspace.toString(), "bericht", "--vorlage", "projektsteckbrief", "--alle", "--format", "odt", "--nach",
				voll.resolve("steckbriefe").toString());
		assertEquals(1, alle.exitCode(), alle::toString);
		assertTrue(alle.err().contains("ist kein Platz mehr frei") && alle.err().contains("Nicht erstellt: " + PROJEKT), alle::toString);
		assertEquals(List.of("./alle.json"), dateien(stand), alle::toString);
		Meldungen.nurDeutsch(alle);

		Result export = Quartierwerk.run(scratch, Namensraum.vollerDatentraeger(voll, 16, vorlage, stand), Map.of(), "--data",
				workspace.toString(), "exportieren", "--format", "json", "--nach", voll.resolve("alle.json").toString());
		assertEquals(1, export.exitCode(), export::toString);
		assertTrue(export.err().contains("ist kein Platz mehr frei"), export::toString);
		assertEquals(sha256("alt"), summe(stand, "./alle.json"));
		assertEquals(1, dateien(stand).size(), export::toString);
		Meldungen.nurDeutsch(export);
	}

	@Test
	void anImportIntoAFullWorkspaceAddsNothing() throws Exception {
		Path voll = Files.createDirectories(scratch.resolve("voll"));
		Path stand = scratch.resolve("stand.txt");
		Dateistand vorher = Dateistand.von(workspace);
		Path beispiele = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();

		Result result = Quartierwerk.run(scratch, Namensraum.vollerDatentraeger(voll, 256, workspace, stand), Map.of(), "--data",
				voll.toString(), "importieren", beispiele.toString());

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.err().contains("ist kein Platz mehr frei"), result::toString);
		List<String> danach = dateien(stand).stream().filter(d -> !d.startsWith("./.metadata/quartierwerk.log")).toList();
		assertEquals(vorher.dateien().keySet().stream().map(d -> "./" + workspace.relativize(Path.of(d))).sorted().toList(), danach,
				"the import added or left files");
		Meldungen.nurDeutsch(result);
	}

	@Test
	void aReadOnlyWorkspaceIsReadCompletelyAndRefusesChanges() throws Exception {
		Dateistand vorher = Dateistand.von(workspace);
		List<String> nurLesen = Namensraum.schreibgeschuetzt(workspace);
		String ws = workspace.toString();

		Result list = Quartierwerk.run(scratch, nurLesen, Map.of(), "--data", ws, "liste");
		assertEquals(0, list.exitCode(), list::toString);
		assertEquals(PROJEKT + ": " + PROJEKT + "\n", list.out(), list::toString);
		Result validate = Quartierwerk.run(scratch, nurLesen, Map.of(), "--data", ws, "pruefen");
		assertTrue(validate.out().contains("Geprüft: 1 Praxisbeispiel(e)"), validate::toString);
		Path html = scratch.resolve("plan.html");
		Result report = Quartierwerk.run(scratch, nurLesen, Map.of(), "--data", ws, "bericht", "--vorlage", "finanzierungsplan",
				"--praxisbeispiel", PROJEKT, "--format", "html", "--nach", html.toString());
		assertEquals(0, report.exitCode(), report::toString);
		assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("data:image/"), "the chart is missing");
		Result export = Quartierwerk.run(scratch, nurLesen, Map.of(), "--data", ws, "exportieren", "--format", "csv");
		assertEquals(0, export.exitCode(), export::toString);

		Path anderes = Files.writeString(scratch.resolve("anderes.json"), Files.readString(
				Path.of(getClass().getResource("/nachbarschaftstreff.json").toURI())).replace(PROJEKT, "Anderes Projekt"));
		Result neu = Quartierwerk.run(scratch, nurLesen, Map.of(), "--data", ws, "importieren", anderes.toString());
		assertEquals(1, neu.exitCode(), neu::toString);
		assertTrue(neu.err().contains("Der Arbeitsbereich " + workspace + " ist schreibgeschützt"), neu::toString);
		for (Result r : List.of(list, validate, report, export, neu)) {
			Meldungen.nurDeutsch(r);
		}
		vorher.unveraendert(workspace);
	}

	private static List<String> dateien(Path stand) throws Exception {
		return Files.readAllLines(stand).stream().map(zeile -> zeile.substring(zeile.indexOf("  ") + 2)).sorted()
				.collect(Collectors.toList());
	}

	private static String summe(Path stand, String datei) throws Exception {
		return Files.readAllLines(stand).stream().filter(zeile -> zeile.endsWith("  " + datei)).map(zeile -> zeile.substring(0, 64))
				.findFirst().orElse("fehlt");
	}

	private static String sha256(String text) throws Exception {
		return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
