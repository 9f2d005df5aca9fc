package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real workbench with {@code ./quartierwerk} on the X display of the build (Xvfb in CI) and checks what it
 * shows. The decision rests on the workbench's own account of its screen: started with
 * {@code -Dquartierwerk.zustand=FILE} (through {@code QUARTIERWERK_VM_ARGS}), its add-on {@code Zustandsprotokoll}
 * writes the window title, the main menu, the part stacks with their tabs and the texts of the parts in front, read
 * from the rendered SWT widgets, and the test waits until the file shows what a person must see. From outside, the X
 * server must show a mapped window titled "Quartierwerk" ({@code xwininfo}, x11-utils); a screenshot ({@code import},
 * ImageMagick) is kept in {@code target/screenshots/} for a person to review.
 */
class WorkbenchSmokeTest {

	/** The main menu as the state file writes it, in German (also what the archive's workbench must show). */
	static final String MENU_DE = "menu: Datei | Bearbeiten | Berichte | Sammlung | Kurse | Fenster | Hilfe";
	private static final String NAVIGATOR = "stack org.quartierwerk.app.partstack.navigator: ";
	private static final String UNTEN = "stack org.quartierwerk.app.partstack.unten: ";

	@TempDir
	Path scratch;

	private Process workbench;
	private Path log;

	@AfterEach
	void stopWorkbench() throws InterruptedException {
		WorkbenchProcess.stop(workbench);
	}

	@Test
	void mainWindowShowsTitleMenusAndThePraxisbeispielNavigatorWithTheWorkspacesPraxisbeispiele() throws Exception {
		assertNotNull(System.getenv("DISPLAY"),
				"the workbench test needs an X display; run the build under Xvfb: xvfb-run -a ./mvnw -B verify");
		Path workspace = Files.createDirectories(scratch.resolve("workspace"));
		Files.writeString(workspace.resolve("Galgenhalde.xmi"), "<xmi/>");
		Files.writeString(workspace.resolve("Eichstetten.xmi"), "<xmi/>");
		Path zustand = scratch.resolve("zustand.txt");
		log = scratch.resolve("workbench.log");
		workbench = Quartierwerk.start(List.of("--data", workspace.toString()), true, Map.of("QUARTIERWERK_VM_ARGS", protokoll(zustand)),
				log, log);

		String window = awaitWindow("Quartierwerk");
		List<String> shown = awaitState(zustand, List.of("window: Quartierwerk", MENU_DE, NAVIGATOR + "[Praxisbeispiele] | Kurse",
				"  tree: Eichstetten", "  tree: Galgenhalde"));
		screenshot(window, "workbench-main-window.png");
		assertTrue(shown.contains("visible: true"), () -> "the main window is not visible:\n" + String.join("\n", shown));
		assertTrue(shown.contains("part org.quartierwerk.app.part.projekte: Praxisbeispiele"), () -> String.join("\n", shown));
		assertTrue(workbench.isAlive(), () -> "the workbench ended early:\n" + read(log));
	}

	@Test
	void firstStartOnANewWorkspaceBringsTheThirteenDstgbExamples() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display");
		Path workspace = scratch.resolve("neu");
		Path zustand = scratch.resolve("zustand.txt");
		log = scratch.resolve("workbench.log");
		workbench = Quartierwerk.start(List.of("--data", workspace.toString()), true, Map.of("QUARTIERWERK_VM_ARGS", protokoll(zustand)),
				log, log);

		String window = awaitWindow("Quartierwerk");
		try (var files = Files.list(workspace)) {
			assertEquals(13, files.filter(f -> f.toString().endsWith(".xmi")).count(), () -> "workspace after the first start");
		}
		assertTrue(Files.exists(workspace.resolve(".quartierwerk-beispiele")));
		List<String> shown = awaitState(zustand, zeilen -> zeilen.contains(UNTEN + "[Probleme] | Finanzierungsquellen | Verlauf")
				&& zeilen.stream().filter(z -> z.startsWith("  tree: ")).count() == 13
				&& zeilen.stream().anyMatch(z -> z.startsWith("  tree: ") && z.contains("Rostock"))
				&& zeilen.stream().anyMatch(z -> z.startsWith("  tree: ") && z.contains("Steinheim")),
				"the navigator with the thirteen examples and the views below the editor area");
		screenshot(window, "workbench-first-start.png");
		assertTrue(shown.contains(NAVIGATOR + "[Praxisbeispiele] | Kurse"), () -> String.join("\n", shown));
	}

	@Test
	void underLangCTheMenusAreGermanAndFileNamesWithUmlautsAreListed() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display");
		Path workspace = Files.createDirectories(scratch.resolve("Arbeitsbereich Größe"));
		Files.writeString(workspace.resolve("Sonnenhügel.xmi"), "<xmi/>");
		Files.writeString(workspace.resolve("Eichstetten.xmi"), "<xmi/>");
		Path zustand = scratch.resolve("zustand.txt");
		log = scratch.resolve("workbench.log");
		workbench = Quartierwerk.startIn(anzeige("LANG", "C", "QUARTIERWERK_VM_ARGS", protokoll(zustand)),
				List.of("--data", workspace.toString()), log, log);

		String window = awaitWindow("Quartierwerk");
		// under LANG=C without the start script's care Java cannot read the name and the navigator lists nothing
		awaitState(zustand, List.of(MENU_DE, NAVIGATOR + "[Praxisbeispiele] | Kurse", "  tree: Eichstetten", "  tree: Sonnenhügel"));
		screenshot(window, "workbench-lang-c.png");
		assertTrue(workbench.isAlive(), () -> "the workbench ended early:\n" + read(log));
	}

	/**
	 * German is the file without a language (bundle.properties), English bundle_en.properties: on a JVM that starts in
	 * English, e4's lookup for osgi.nl=de must not end at the English file (Equinox takes the JVM's default language when
	 * no file of the asked language exists; it sets that default from osgi.nl).
	 */
	@Test
	void onAnEnglishJvmTheMenusStayGerman() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display");
		Path workspace = Files.createDirectories(scratch.resolve("workspace"));
		Files.writeString(workspace.resolve("Eichstetten.xmi"), "<xmi/>");
		Path zustand = scratch.resolve("zustand.txt");
		log = scratch.resolve("workbench.log");
		// QUARTIERWERK_VM_ARGS come after the start script's -Duser.language=de, so the JVM starts in English
		workbench = Quartierwerk.startIn(anzeige("LANG", "en_US.UTF-8", "QUARTIERWERK_VM_ARGS",
				protokoll(zustand) + " -Duser.language=en -Duser.country=US"), List.of("--data", workspace.toString()), log, log);

		awaitWindow("Quartierwerk");
		List<String> shown = awaitState(zustand, List.of(MENU_DE, "  tree: Eichstetten"));
		assertFalse(shown.stream().anyMatch(z -> z.contains("File") || z.contains("Reports")),
				() -> "English texts on an English JVM without -nl en:\n" + String.join("\n", shown));
	}

	@Test
	void withNlEnTheMenusAreEnglish() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display");
		Path workspace = Files.createDirectories(scratch.resolve("workspace"));
		Files.writeString(workspace.resolve("Eichstetten.xmi"), "<xmi/>");
		Path zustand = scratch.resolve("zustand.txt");
		log = scratch.resolve("workbench.log");
		workbench = Quartierwerk.startIn(anzeige("LANG", "de_DE.UTF-8", "QUARTIERWERK_VM_ARGS", protokoll(zustand)),
				List.of("--data", workspace.toString(), "-nl", "en"), log, log);

		String window = awaitWindow("Quartierwerk");
		List<String> shown = awaitState(zustand, List.of("menu: File | Edit | Reports | Collection | Courses | Window | Help",
				NAVIGATOR + "[Practice examples] | Courses", UNTEN + "[Problems] | Funding sources | History", "  tree: Eichstetten"));
		screenshot(window, "workbench-nl-en.png");
		assertFalse(shown.stream().anyMatch(z -> z.contains("Datei") || z.contains("Berichte")),
				() -> "German texts with -nl en:\n" + String.join("\n", shown));
	}

	/** The VM argument that switches the workbench's state file on. */
	private static String protokoll(Path zustand) {
		return WorkbenchProcess.protokoll(zustand);
	}

	/** Exactly these variables and what the display needs, nothing else inherited (as with env -i). */
	private Map<String, String> anzeige(String... variablen) throws IOException {
		Map<String, String> umgebung = new HashMap<>();
		umgebung.put("PATH", System.getenv("PATH"));
		umgebung.put("HOME", Files.createDirectories(scratch.resolve("home")).toString());
		umgebung.put("DISPLAY", System.getenv("DISPLAY"));
		if (System.getenv("XAUTHORITY") != null) {
			umgebung.put("XAUTHORITY", System.getenv("XAUTHORITY"));
		}
		for (int i = 0; i < variablen.length; i += 2) {
			umgebung.put(variablen[i], variablen[i + 1]);
		}
		return umgebung;
	}

	private List<String> awaitState(Path zustand, List<String> lines) {
		return new WorkbenchProcess(workbench, log, scratch).awaitState(zustand, lines);
	}

	private List<String> awaitState(Path zustand, Predicate<List<String>> test, String what) {
		return new WorkbenchProcess(workbench, log, scratch).awaitState(zustand, test, what);
	}

	private String awaitWindow(String title) {
		return new WorkbenchProcess(workbench, log, scratch).awaitWindow(title);
	}

	private void screenshot(String window, String name) throws IOException {
		new WorkbenchProcess(workbench, log, scratch).screenshot(window, name);
	}

	private static String read(Path file) {
		return WorkbenchProcess.read(file);
	}
}
