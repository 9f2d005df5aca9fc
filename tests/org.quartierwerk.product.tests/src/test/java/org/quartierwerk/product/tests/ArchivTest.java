package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * The Linux archive as a user gets it (issue 22, docs/auslieferung.md): unpacked into a fresh folder, its start file
 * {@code quartierwerk} runs the command line and the workbench on the archive's own Java runtime, in an empty
 * environment ({@code env -i}, only HOME and for the workbench the display) on a machine without Java: in a private
 * mount namespace an empty tmpfs hides every JDK in /usr/lib/jvm, where also /usr/bin/java leads.
 */
class ArchivTest {

	private static final Path PRODUCTS = Quartierwerk.root().resolve("releng/org.quartierwerk.product/target/products");
	private static final List<String> OHNE_JAVA = List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
			"mount -t tmpfs none /usr/lib/jvm && exec \"$@\"", "sh");
	private static final String PROJEKT = "Nachbarschaftstreff Sonnenhügel";

	@TempDir
	Path scratch;

	private Process workbench;

	@AfterEach
	void stopWorkbench() throws InterruptedException {
		WorkbenchProcess.stop(workbench);
	}

	@Test
	void theArchiveCarriesStartFileDesktopEntryIconAndRuntimeAtItsTopLevel() throws Exception {
		Path ausgepackt = auspacken();
		assertTrue(Files.isExecutable(ausgepackt.resolve("quartierwerk")), "start file quartierwerk");
		assertTrue(Files.isExecutable(ausgepackt.resolve("runtime/bin/java")), "the Java runtime runtime/bin/java");
		assertTrue(Files.size(ausgepackt.resolve("quartierwerk.png")) > 0, "the icon quartierwerk.png");
		List<String> eintrag = Files.readAllLines(ausgepackt.resolve("quartierwerk.desktop"), StandardCharsets.UTF_8);
		assertTrue(eintrag.containsAll(List.of("[Desktop Entry]", "Type=Application", "Name=Quartierwerk",
				"Comment=Praxisbeispiele der Quartiersarbeit erfassen, auswerten und berichten")), () -> String.join("\n", eintrag));

		// the entry for the program menu names this folder's start file and icon
		Path home = Files.createDirectories(scratch.resolve("home"));
		Result menue = Quartierwerk.runIn(ausgepackt.resolve("quartierwerk"), scratch, Map.of("HOME", home.toString()), OHNE_JAVA,
				"--desktop-eintrag");
		assertEquals(0, menue.exitCode(), menue::toString);
		List<String> installiert = Files.readAllLines(home.resolve(".local/share/applications/quartierwerk.desktop"), StandardCharsets.UTF_8);
		assertTrue(installiert.containsAll(List.of("Name=Quartierwerk", "Exec=\"" + ausgepackt.resolve("quartierwerk") + "\"",
				"Icon=" + ausgepackt.resolve("quartierwerk.png"))), () -> String.join("\n", installiert));
	}

	@Test
	void withoutJavaOnTheMachineTheCommandLineRunsOnTheArchivesRuntime() throws Exception {
		Path ausgepackt = auspacken();
		Path start = ausgepackt.resolve("quartierwerk");
		Map<String, String> nurHome = Map.of("HOME", Files.createDirectories(scratch.resolve("home")).toString());

		Result version = Quartierwerk.runIn(start, scratch, nurHome, OHNE_JAVA, "--version");
		assertEquals(0, version.exitCode(), version::toString);
		String javaVersion = Files.readAllLines(ausgepackt.resolve("runtime/release")).stream().filter(z -> z.startsWith("JAVA_VERSION="))
				.findFirst().orElseThrow().replaceAll("JAVA_VERSION=\"(.*)\"", "$1");
		assertTrue(version.out().startsWith("Quartierwerk ") && version.out().contains("(Java " + javaVersion + ")"), version::toString);

		Path projekt = scratch.resolve("nachbarschaftstreff.json");
		try (InputStream in = ArchivTest.class.getResourceAsStream("/nachbarschaftstreff.json")) {
			Files.copy(in, projekt);
		}
		String ws = scratch.resolve("ws").toString();
		Result importiert = Quartierwerk.runIn(start, scratch, nurHome, OHNE_JAVA, "--data", ws, "importieren", projekt.toString());
		assertEquals(0, importiert.exitCode(), importiert::toString);
		Result geprueft = Quartierwerk.runIn(start, scratch, nurHome, OHNE_JAVA, "--data", ws, "pruefen");
		assertEquals(0, geprueft.exitCode(), geprueft::toString);

		Path pdf = scratch.resolve("finanzierungsplan.pdf");
		Result bericht = Quartierwerk.runIn(start, scratch, nurHome, OHNE_JAVA, "--data", ws, "bericht", "--vorlage", "finanzierungsplan",
				"--praxisbeispiel", PROJEKT, "--format", "pdf", "--nach", pdf.toString());
		assertEquals(0, bericht.exitCode(), bericht::toString);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			// German amounts need the runtime's German locale data (jdk.localedata): without it 28,700.50
			assertTrue(text.contains(PROJEKT) && text.contains("28.700,50"), text);
		}
	}

	@Test
	void withoutJavaOnTheMachineTheWorkbenchStartsOnTheArchivesRuntime() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display; run the build under Xvfb");
		Path ausgepackt = auspacken();
		Path workspace = Files.createDirectories(scratch.resolve("workspace"));
		Files.writeString(workspace.resolve("Eichstetten.xmi"), "<xmi/>");
		Path zustand = scratch.resolve("zustand.txt");
		Path log = scratch.resolve("workbench.log");
		Map<String, String> umgebung = new HashMap<>();
		umgebung.put("HOME", Files.createDirectories(scratch.resolve("home")).toString());
		umgebung.put("DISPLAY", System.getenv("DISPLAY"));
		if (System.getenv("XAUTHORITY") != null) { // xvfb-run's cookie for the display
			umgebung.put("XAUTHORITY", System.getenv("XAUTHORITY"));
		}
		umgebung.put("QUARTIERWERK_VM_ARGS", WorkbenchProcess.protokoll(zustand));
		workbench = Quartierwerk.startIn(ausgepackt.resolve("quartierwerk"), umgebung, OHNE_JAVA, List.of("--data", workspace.toString()),
				log, log);

		WorkbenchProcess werkbank = new WorkbenchProcess(workbench, log, scratch);
		String window = werkbank.awaitWindow("Quartierwerk");
		werkbank.awaitState(zustand, List.of("window: Quartierwerk", WorkbenchSmokeTest.MENU_DE,
				"  tree: Eichstetten"));
		werkbank.screenshot(window, "archiv-werkbank.png");
		assertTrue(workbench.isAlive(), () -> "the workbench ended early:\n" + WorkbenchProcess.read(log));
	}

	@Test
	void withoutRuntimeAndWithoutJavaTheStartFileSaysInGermanWhatToInstall() throws Exception {
		Path ausgepackt = auspacken();
		if (Files.exists(ausgepackt.resolve("runtime"))) {
			loeschen(ausgepackt.resolve("runtime"));
		}
		Map<String, String> nurHome = Map.of("HOME", Files.createDirectories(scratch.resolve("home")).toString());

		Result ohne = Quartierwerk.runIn(ausgepackt.resolve("quartierwerk"), scratch, nurHome, OHNE_JAVA, "--version");
		assertEquals(1, ohne.exitCode(), ohne::toString);
		assertEquals("", ohne.out(), ohne::toString);
		assertTrue(ohne.err().startsWith("Quartierwerk braucht Java 21 oder neuer und findet keines: Im Ordner „" + ausgepackt + "“ fehlt"),
				ohne::toString);
		assertTrue(ohne.err().contains("„sudo apt-get install openjdk-21-jre“"), ohne::toString);
		assertFalse(ohne.err().contains("Exception"), ohne::toString);
	}

	/** The one Linux archive of the build, unpacked with tar (file modes kept) into a fresh folder. */
	private Path auspacken() throws IOException, InterruptedException {
		List<Path> archive;
		try (Stream<Path> files = Files.list(PRODUCTS)) {
			archive = files.filter(f -> f.getFileName().toString().matches("quartierwerk-.*-linux\\.gtk\\.x86_64\\.tar\\.gz")).toList();
		}
		assertEquals(1, archive.size(), () -> "Linux archives in " + PRODUCTS + ": " + archive);
		Path ziel = Files.createDirectories(scratch.resolve("Quartierwerk ausgepackt"));
		Process tar = new ProcessBuilder("tar", "-xzf", archive.get(0).toString(), "-C", ziel.toString()).inheritIO().start();
		assertTrue(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0, "tar -xzf " + archive.get(0));
		return ziel;
	}

	private static void loeschen(Path ordner) throws IOException {
		try (Stream<Path> files = Files.walk(ordner)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
