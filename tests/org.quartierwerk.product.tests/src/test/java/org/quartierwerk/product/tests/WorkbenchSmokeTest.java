package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.testing.Bedingung;

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

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
	private static final Duration RENDER_TIMEOUT = Duration.ofMinutes(1);
	private static final String MENU_DE = "menu: Datei | Bearbeiten | Berichte | Sammlung | Kurse | Fenster | Hilfe";
	private static final String NAVIGATOR = "stack org.quartierwerk.app.partstack.navigator: ";
	private static final String UNTEN = "stack org.quartierwerk.app.partstack.unten: ";

	@TempDir
	Path scratch;

	private Process workbench;
	private Path log;

	@AfterEach
	void stopWorkbench() throws InterruptedException {
		if (workbench != null && workbench.isAlive()) {
			workbench.destroy();
			if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
				workbench.destroyForcibly();
			}
		}
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

	/** The VM argument that switches the workbench's state file on; the scratch folder's path has no spaces. */
	private static String protokoll(Path zustand) {
		assertFalse(zustand.toString().contains(" "), "QUARTIERWERK_VM_ARGS is split at spaces: " + zustand);
		return "-Dquartierwerk.zustand=" + zustand;
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

	/** Waits until the state file has all these lines; returns its lines then. */
	private List<String> awaitState(Path zustand, List<String> lines) {
		return awaitState(zustand, shown -> shown.containsAll(lines), "the lines " + lines);
	}

	/** Waits until the state file's lines pass the test; returns them then. */
	private List<String> awaitState(Path zustand, Predicate<List<String>> test, String what) {
		Bedingung.warteBis(() -> {
			assertTrue(workbench.isAlive(), () -> "the workbench ended before it showed " + what + ":\n" + read(log));
			return test.test(read(zustand).lines().toList());
		}, RENDER_TIMEOUT, Duration.ofMillis(100), () -> "the workbench does not show " + what + "; its state file:\n" + read(zustand)
				+ "\n--- its output:\n" + read(log));
		return read(zustand).lines().toList();
	}

	/** Waits until a top-level window with this name is mapped on the screen and returns its X id. */
	private String awaitWindow(String title) {
		// SWT on GTK may end a window title with a space
		Pattern line = Pattern.compile("^\\s*(0x[0-9a-f]+) \"" + Pattern.quote(title) + " ?\":", Pattern.MULTILINE);
		String[] id = new String[1];
		Bedingung.warteBis(() -> {
			assertTrue(workbench.isAlive(), () -> "the workbench ended before its window appeared:\n" + read(log));
			Matcher match = line.matcher(exec("xwininfo", "-root", "-children"));
			if (match.find() && exec("xwininfo", "-id", match.group(1)).contains("Map State: IsViewable")) {
				id[0] = match.group(1);
				return true;
			}
			return false;
		}, START_TIMEOUT, Duration.ofMillis(250), () -> "no window titled \"" + title + "\" on the screen:\n"
				+ exec("xwininfo", "-root", "-children") + "\n" + read(log));
		return id[0];
	}

	/** A picture of the window for a person to review; the test decides on the state file, not on the picture. */
	private void screenshot(String window, String name) throws IOException {
		Path screenshot = Paths.get(System.getProperty("quartierwerk.screenshots", "target/screenshots")).resolve(name);
		Files.createDirectories(screenshot.getParent());
		exec("import", "-window", window, screenshot.toString());
	}

	private String exec(String... command) {
		try {
			Path output = Files.createTempFile(scratch, "exec", ".txt");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " hung");
			}
			String text = read(output);
			assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
			return text;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		} catch (IOException e) {
			return "(" + file + " unreadable: " + e.getMessage() + ")";
		}
	}
}
