package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/** An import adds all projects of its input or none, survives SIGKILL at any moment and adds nothing twice. */
class ImportTransaktionTest {

	private static final Path BEISPIELE = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();

	@TempDir
	Path scratch;

	@Test
	void aBadProjectInTheMiddleAddsNone() throws Exception {
		Path workspace = scratch.resolve("ws");
		Path json = scratch.resolve("drei.json");
		String gut = "{\"eClass\" : \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", \"titel\" : \"%s\"}";
		Files.writeString(json, "[" + gut.formatted("Erstes") + ", " + gut.formatted("Zweites").replace("}", ", \"quartier\" : "
				+ "{\"einwohner\" : \"sehr viele\"}}") + ", " + gut.formatted("Drittes") + "]");

		Result result = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", json.toString());

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.err().contains(json + " kann nicht gelesen werden: "), result::toString);
		assertEquals(List.of(), projekte(workspace), "projects of a refused input were saved");
		Meldungen.nurDeutsch(result);
	}

	@Test
	void importingTheSameProjectsAgainAddsNothingAndChangedOnesGetTheirOwnName() throws Exception {
		Path workspace = scratch.resolve("ws");
		Result erst = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", BEISPIELE.toString());
		assertEquals(0, erst.exitCode(), erst::toString);
		assertTrue(erst.err().contains("Neuer Arbeitsbereich angelegt: " + workspace), erst::toString);
		Dateistand nachErstem = Dateistand.von(workspace);

		Result nochmal = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", BEISPIELE.toString());
		assertEquals(0, nochmal.exitCode(), nochmal::toString);
		assertTrue(nochmal.out().contains("Schon vorhanden (unverändert, nicht noch einmal übernommen): Quartiersprojekt "
				+ "Ravensburg-Galgenhalde"), nochmal::toString);
		assertTrue(nochmal.out().endsWith("0 Praxisbeispiel(e) importiert, davon mit Fehlern: 0. 13 waren schon unverändert im "
				+ "Arbeitsbereich.\n"), nochmal::toString);
		nachErstem.unveraendert(workspace);

		String geaendert = Files.readString(BEISPIELE, StandardCharsets.UTF_8).replaceFirst("\"bundesland\"\\s*:\\s*\"[^\"]*\"",
				"\"bundesland\": \"Bayern\"");
		Path anders = Files.writeString(scratch.resolve("anders.json"), geaendert);
		Result drittes = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", anders.toString());
		assertEquals(0, drittes.exitCode(), drittes::toString);
		assertTrue(drittes.out().contains("Importiert: Quartiersprojekt Ravensburg-Galgenhalde (2)"), drittes::toString);
		assertEquals(14, projekte(workspace).size(), drittes::toString);
	}

	/**
	 * Kills imports with SIGKILL at every phase of their writing – after the first, a middle and the last project file has
	 * appeared anywhere in the workspace, when the import is marked complete, when the first project has arrived in the
	 * workspace itself – and at times spread over a whole import. After each kill the next command sees the workspace
	 * exactly as before (no project) or exactly as after (all 13), never a part.
	 */
	@Test
	void aKilledImportLeavesAllOrNothing() throws Exception {
		List<Ausloeser> ausloeser = new ArrayList<>();
		for (int dateien : List.of(1, 5, 9, 13)) {
			ausloeser.add(new Ausloeser(dateien + " Projektdatei(en) geschrieben", (ws, ms) -> xmiDateien(ws, true) >= dateien));
		}
		ausloeser.add(new Ausloeser("als vollständig markiert", (ws, ms) -> Files.exists(ws.resolve(".metadata/import"))
				&& dateienUnter(ws.resolve(".metadata/import")).stream().anyMatch(d -> d.getFileName().toString().equals("vollstaendig"))));
		ausloeser.add(new Ausloeser("erstes Projekt im Arbeitsbereich", (ws, ms) -> xmiDateien(ws, false) >= 1));
		long dauer = dauerEinesImports();
		for (int i = 0; i < 6; i++) {
			long nach = dauer / 3 + (dauer * 2 / 3) * i / 5;
			ausloeser.add(new Ausloeser("nach " + nach + " ms", (ws, ms) -> ms >= nach));
		}
		int alle = 0;
		int keine = 0;
		for (int i = 0; i < ausloeser.size(); i++) {
			Ausloeser kill = ausloeser.get(i);
			Path workspace = Files.createDirectories(scratch.resolve("kill-" + i));
			Process process = Quartierwerk.start(List.of("--data", workspace.toString(), "importieren", BEISPIELE.toString()), false,
					Map.of(), scratch.resolve("out-" + i), scratch.resolve("err-" + i));
			kill.beginn();
			boolean ausgeloest = false;
			while (process.isAlive() && !(ausgeloest = kill.erreicht(workspace))) {
				Thread.onSpinWait();
			}
			process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);

			Result danach = Quartierwerk.run(scratch, "--data", workspace.toString(), "arbeitsbereich");
			assertEquals(0, danach.exitCode(), danach::toString);
			int anzahl = projekte(workspace).size();
			assertTrue(anzahl == 0 || anzahl == 13, "killed " + kill.wann() + ": " + anzahl + " of 13 projects are in the workspace");
			assertEquals(List.of(), staged(workspace), "an unfinished import was neither finished nor discarded");
			System.out.println("ImportTransaktionTest: killed " + (ausgeloest ? kill.wann() : "after the import had ended") + " – "
					+ (anzahl == 13 ? "all" : "none") + " of the 13 projects");
			if (anzahl == 13) {
				alle++;
			} else {
				keine++;
			}
		}
		assertTrue(alle > 0 && keine > 0, "the kills did not cover both outcomes: " + alle + " all, " + keine + " none");
	}

	/** When to kill: a condition on the workspace and the milliseconds since the start, checked as fast as they answer. */
	private static final class Ausloeser {
		private final String wann;
		private final BiPredicate<Path, Long> bedingung;
		private long start;

		Ausloeser(String wann, BiPredicate<Path, Long> bedingung) {
			this.wann = wann;
			this.bedingung = bedingung;
		}

		void beginn() {
			start = System.nanoTime();
		}

		boolean erreicht(Path workspace) {
			return bedingung.test(workspace, (System.nanoTime() - start) / 1_000_000);
		}

		String wann() {
			return wann;
		}
	}

	/** The project files in the workspace, with or without those in unfinished imports below .metadata. */
	private static long xmiDateien(Path workspace, boolean auchUnfertige) {
		if (!auchUnfertige) {
			return projekte(workspace).size();
		}
		return dateienUnter(workspace).stream().filter(d -> d.getFileName().toString().endsWith(".xmi")).count();
	}

	private static List<Path> dateienUnter(Path ordner) {
		try (Stream<Path> alle = Files.walk(ordner)) {
			return alle.filter(Files::isRegularFile).toList();
		} catch (java.io.IOException | java.io.UncheckedIOException e) {
			return List.of(); // a file vanished while walking: the import moves them
		}
	}

	private long dauerEinesImports() throws Exception {
		Path workspace = scratch.resolve("messung");
		long start = System.nanoTime();
		Result result = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", BEISPIELE.toString());
		assertEquals(0, result.exitCode(), result::toString);
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static List<Path> projekte(Path workspace) {
		if (!Files.isDirectory(workspace)) {
			return List.of();
		}
		try (Stream<Path> dateien = Files.list(workspace)) {
			return dateien.filter(d -> d.getFileName().toString().endsWith(".xmi")).sorted().toList();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static List<Path> staged(Path workspace) throws Exception {
		Path import_ = workspace.resolve(".metadata/import");
		if (!Files.isDirectory(import_)) {
			return List.of();
		}
		try (Stream<Path> dateien = Files.list(import_)) {
			return dateien.toList();
		}
	}
}
