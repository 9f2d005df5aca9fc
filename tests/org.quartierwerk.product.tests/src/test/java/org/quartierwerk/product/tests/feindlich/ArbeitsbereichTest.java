package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/** A mistyped {@code --data} never becomes a new, empty workspace; only the commands that create one do, and they say so. */
class ArbeitsbereichTest {

	@TempDir
	Path scratch;

	@Test
	void aWorkspaceThatDoesNotExistIsRefusedExceptByImport() throws Exception {
		Path vertippt = scratch.resolve("Arbeitsbereihc");
		for (List<String> befehl : List.of(List.of("liste"), List.of("pruefen"), List.of("statistik"), List.of("arbeitsbereich"),
				List.of("exportieren", "--format", "csv"), List.of("bericht", "--vorlage", "sammlungsbericht", "--nach",
						scratch.resolve("s.pdf").toString()), List.of("kurs", "liste"), List.of("teilnahme", "liste"))) {
			String[] args = new String[befehl.size() + 2];
			args[0] = "--data";
			args[1] = vertippt.toString();
			for (int i = 0; i < befehl.size(); i++) {
				args[i + 2] = befehl.get(i);
			}
			Result result = Quartierwerk.run(scratch, args);
			assertEquals(1, result.exitCode(), result::toString);
			assertTrue(result.err().startsWith("Den Arbeitsbereich " + vertippt + " gibt es nicht. Prüfen Sie den Ordner nach --data."),
					result::toString);
			assertFalse(Files.exists(vertippt), "the command created the mistyped workspace: " + befehl);
			Meldungen.nurDeutsch(result);
		}
		Path json = Path.of(getClass().getResource("/nachbarschaftstreff.json").toURI());
		Result imported = Quartierwerk.run(scratch, "--data", vertippt.toString(), "importieren", json.toString());
		assertEquals(0, imported.exitCode(), imported::toString);
		assertTrue(imported.err().contains("Neuer Arbeitsbereich angelegt: " + vertippt), imported::toString);

		Path datei = Files.writeString(scratch.resolve("datei"), "kein Ordner");
		Result keinOrdner = Quartierwerk.run(scratch, "--data", datei.toString(), "liste");
		assertEquals(1, keinOrdner.exitCode(), keinOrdner::toString);
		assertTrue(keinOrdner.err().contains(datei + " ist kein Ordner und kann kein Arbeitsbereich sein."), keinOrdner::toString);
	}
}
