package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quartierwerk.testing.Bedingung;

/**
 * A started workbench seen from outside, as {@link WorkbenchSmokeTest} describes: its window on the X display
 * ({@code xwininfo}), its own account of its screen (the state file of {@code -Dquartierwerk.zustand}), a screenshot
 * for review ({@code import}). Shared by the tests that start a workbench: the checkout's and the archive's.
 */
final class WorkbenchProcess {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
	private static final Duration RENDER_TIMEOUT = Duration.ofMinutes(1);

	private final Process workbench;
	private final Path log;
	private final Path scratch;

	/** The workbench process, the file that takes its output, and a folder for the helpers' own files. */
	WorkbenchProcess(Process workbench, Path log, Path scratch) {
		this.workbench = workbench;
		this.log = log;
		this.scratch = scratch;
	}

	/** Ends a workbench a test started: asked to end first, forced after 20 seconds. */
	static void stop(Process workbench) throws InterruptedException {
		if (workbench != null && workbench.isAlive()) {
			workbench.destroy();
			if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
				workbench.destroyForcibly();
			}
		}
	}

	/** The VM argument that switches the workbench's state file on; the scratch folder's path has no spaces. */
	static String protokoll(Path zustand) {
		assertFalse(zustand.toString().contains(" "), "QUARTIERWERK_VM_ARGS is split at spaces: " + zustand);
		return "-Dquartierwerk.zustand=" + zustand;
	}

	/** Waits until the state file has all these lines; returns its lines then. */
	List<String> awaitState(Path zustand, List<String> lines) {
		return awaitState(zustand, shown -> shown.containsAll(lines), "the lines " + lines);
	}

	/** Waits until the state file's lines pass the test; returns them then. */
	List<String> awaitState(Path zustand, Predicate<List<String>> test, String what) {
		Bedingung.warteBis(() -> {
			assertTrue(workbench.isAlive(), () -> "the workbench ended before it showed " + what + ":\n" + read(log));
			return test.test(read(zustand).lines().toList());
		}, RENDER_TIMEOUT, Duration.ofMillis(100), () -> "the workbench does not show " + what + "; its state file:\n" + read(zustand)
				+ "\n--- its output:\n" + read(log));
		return read(zustand).lines().toList();
	}

	/** Waits until a top-level window with this name is mapped on the screen and returns its X id. */
	String awaitWindow(String title) {
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
	void screenshot(String window, String name) throws IOException {
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

	static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		} catch (IOException e) {
			return "(" + file + " unreadable: " + e.getMessage() + ")";
		}
	}
}
