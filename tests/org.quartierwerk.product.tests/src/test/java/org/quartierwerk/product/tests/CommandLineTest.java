package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/** The headless command line of the built product, started through ./quartierwerk without a display. */
class CommandLineTest {

	@TempDir
	Path scratch;

	@Test
	void helpListsCommandsAndOptions() throws Exception {
		Result result = Quartierwerk.run(scratch, "--help");
		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Verwendung: quartierwerk"), result::toString);
		assertTrue(result.out().contains("workspace"), result::toString);
		assertTrue(result.out().contains("--version"), result::toString);
		assertEquals("", result.err(), result::toString);
	}

	@Test
	void versionNamesProductAndJava() throws Exception {
		Result result = Quartierwerk.run(scratch, "--version");
		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().matches("Quartierwerk 0\\.1\\.0\\.\\S+ \\(Java \\d+[^)]*\\)\\R"), result::toString);
	}

	@Test
	void unknownCommandPrintsUsageAndExitsWithTwo() throws Exception {
		Result result = Quartierwerk.run(scratch, "frobnicate");
		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().startsWith("Unbekannter Befehl: frobnicate"), result::toString);
		assertTrue(result.err().contains("Verwendung: quartierwerk"), result::toString);
		assertEquals("", result.out(), result::toString);
	}

	@Test
	void workspaceCommandUsesTheDataFolder() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("Mein Arbeitsbereich"));
		Files.writeString(workspace.resolve("Galgenhalde.xmi"), "<xmi/>");
		Files.writeString(workspace.resolve("Vrees.xmi"), "<xmi/>");
		Files.writeString(workspace.resolve("notiz.txt"), "keine Projektdatei");

		Result result = Quartierwerk.run(scratch, "--data", workspace.toString(), "workspace");
		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("Arbeitsbereich: " + workspace.toRealPath() + "\nProjektdateien: 2\n", result.out(), result::toString);
	}

	@Test
	void commandWithUnexpectedArgumentsExitsWithTwo() throws Exception {
		Result result = Quartierwerk.run(scratch, "--data", scratch.toString(), "workspace", "extra");
		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("erwartet keine Argumente"), result::toString);
	}
}
