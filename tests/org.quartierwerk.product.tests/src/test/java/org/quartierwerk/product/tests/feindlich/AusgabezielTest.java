package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/** An output – export, report, a batch of reports – that would land in the workspace is refused before anything is written. */
class AusgabezielTest {

	private static final String PROJEKT = "Nachbarschaftstreff Sonnenhügel";

	@TempDir
	Path scratch;

	@Test
	void outputsIntoTheWorkspaceAreRefusedAndChangeNothing() throws Exception {
		Path workspace = scratch.resolve("arbeitsbereich");
		Path json = Path.of(getClass().getResource("/nachbarschaftstreff.json").toURI());
		assertEquals(0, Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", json.toString()).exitCode());
		Path projekt = workspace.resolve(PROJEKT + ".xmi");
		Path verknuepfung = Files.createSymbolicLink(scratch.resolve("verknuepfung"), workspace);
		Dateistand vorher = Dateistand.von(workspace);

		List<Path> ziele = List.of(projekt, workspace.resolve(".metadata/bericht.pdf"), workspace.resolve("kurse/biq/x.xmi"),
				verknuepfung.resolve(PROJEKT + ".xmi"), scratch.resolve("anderswo/../arbeitsbereich/neu.xmi"));
		for (Path ziel : ziele) {
			Result export = Quartierwerk.run(scratch, "--data", workspace.toString(), "exportieren", "--format", "json", "--nach",
					ziel.toString());
			abgelehnt(export, workspace);
			Result report = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "projektsteckbrief",
					"--praxisbeispiel", PROJEKT, "--format", "pdf", "--nach", ziel.toString());
			abgelehnt(report, workspace);
		}
		Result alle = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "projektsteckbrief", "--alle",
				"--format", "html", "--nach", verknuepfung.toString());
		abgelehnt(alle, workspace);
		vorher.unveraendert(workspace);

		Path daneben = scratch.resolve("arbeitsbereich-berichte/steckbrief.pdf");
		Result erlaubt = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "projektsteckbrief",
				"--praxisbeispiel", PROJEKT, "--format", "pdf", "--nach", daneben.toString());
		assertEquals(0, erlaubt.exitCode(), "a folder whose name only begins like the workspace's is outside: " + erlaubt);
	}

	private static void abgelehnt(Result result, Path workspace) {
		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.err().contains("liegt im Arbeitsbereich " + workspace + ". Berichte und Exporte werden dort nicht gespeichert"),
				result::toString);
		Meldungen.nurDeutsch(result);
	}
}
