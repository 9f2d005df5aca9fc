package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench as a screen reader receives it (issue 23, docs/zugaenglichkeit.md): the built product runs on the X
 * display of the build with its own D-Bus session, GTK's accessibility bridge hands its widgets to the accessibility
 * bus (AT-SPI), and another process reads the main window from there with the library Orca uses
 * ({@code src/test/resources/bildschirmleser.py}, pyatspi from Debian's {@code python3-pyatspi}). The in-process walk
 * ({@code ZugaenglichkeitTest}) reads what ATK says; this test shows that it arrives where assistive technology reads
 * it – among others the names given through the "labelled by" relation ({@code basis.Zugaenglich}).
 * <p>
 * A control's name is what a screen reader announces for it: the names of the elements it is labelled by, or else its
 * own name. Every control that is shown, takes the keyboard focus and is operated (a button, a field, a drop-down, a
 * tree, a tab) must have one.
 */
class BildschirmleserTest {

	/** The roles that are operated; containers, labels and cells are read, not operated. */
	private static final Set<String> BEDIENELEMENTE = Set.of("push button", "toggle button", "check box", "radio button", "text",
			"password text", "entry", "combo box", "tree table", "tree", "table", "list", "list box", "page tab", "spin button", "slider",
			"link", "menu", "menu item");

	@TempDir
	Path scratch;

	private final List<Process> prozesse = new ArrayList<>();

	@AfterEach
	void beenden() throws InterruptedException {
		for (Process prozess : prozesse.reversed()) {
			prozess.descendants().forEach(ProcessHandle::destroy);
			prozess.destroy();
			if (!prozess.waitFor(20, TimeUnit.SECONDS)) {
				prozess.descendants().forEach(ProcessHandle::destroyForcibly);
				prozess.destroyForcibly();
			}
		}
	}

	@Test
	void theMainWindowReachesTheAccessibilityBusWithANameForEveryControl() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display; run the build under Xvfb");
		String bus = sitzungsbus();
		Path log = scratch.resolve("workbench.log");
		prozesse.add(Quartierwerk.start(List.of("--data", scratch.resolve("arbeitsbereich").toString()), true,
				Map.of("DBUS_SESSION_BUS_ADDRESS", bus, "NO_AT_BRIDGE", "0"), log, log));

		List<Element> fenster = lies(bus, "Kommune Inklusiv Rostock", log);

		List<String> menues = fenster.stream().filter(e -> e.rolle().equals("menu")).map(Element::name).toList();
		assertEquals(List.of("Datei", "Bearbeiten", "Berichte", "Sammlung", "Kurse", "Fenster", "Hilfe"), menues, "the menu bar");
		assertTrue(fenster.stream().anyMatch(e -> e.rolle().equals("tree table") && e.angesagt().equals("Praxisbeispiele")),
				"the navigator's tree is announced as Praxisbeispiele");
		assertTrue(fenster.stream().anyMatch(e -> e.rolle().equals("text") && e.angesagt().equals("Suchen in Titel und Beschreibung")),
				"the navigator's search field is announced in German, not by GTK's default name");
		// the drop-downs' names come through the "labelled by" relation: their own name is the value chosen
		List<String> auswahlen = fenster.stream().filter(e -> e.rolle().equals("combo box")).map(Element::angesagt).distinct().toList();
		assertTrue(auswahlen.containsAll(List.of("Gruppieren nach", "Herausforderung", "Bundesland", "Partizipationsstufe")),
				"the drop-downs are announced by their labels: " + auswahlen);

		List<String> befunde = new ArrayList<>();
		long geprueft = 0;
		for (Element element : fenster) {
			if (element.fokussierbar() && BEDIENELEMENTE.contains(element.rolle())) {
				geprueft++;
				if (element.angesagt().isBlank()) {
					befunde.add(element.rolle() + " unter " + element.pfad() + ": kein Name");
				}
			}
		}
		assertTrue(geprueft >= 20, "controls read: " + geprueft);
		assertEquals("", String.join("\n", befunde), befunde.size() + " findings");
	}

	/** One element as the reader printed it, with the roles and names of the elements above it. */
	record Element(int tiefe, String rolle, String name, List<String> beschriftetVon, boolean fokussierbar, String pfad) {

		/** What a screen reader announces: the name of the first labelling element that has one, else its own. */
		String angesagt() {
			return beschriftetVon.stream().filter(n -> !n.isBlank()).findFirst().orElse(name);
		}
	}

	/** Starts a private D-Bus session bus and returns its address. */
	private String sitzungsbus() throws IOException {
		Process dbus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1")
				.redirectError(scratch.resolve("dbus.log").toFile()).start();
		prozesse.add(dbus);
		String adresse = new BufferedReader(new InputStreamReader(dbus.getInputStream(), StandardCharsets.UTF_8)).readLine();
		assertNotNull(adresse, "dbus-daemon printed no address: " + Files.readString(scratch.resolve("dbus.log")));
		return adresse;
	}

	/** Runs the reader until the main window shows {@code gesucht}; returns its elements. */
	private List<Element> lies(String bus, String gesucht, Path log) throws Exception {
		Path leser = Path.of(getClass().getResource("/bildschirmleser.py").toURI());
		Path ausgabe = scratch.resolve("fenster.tsv");
		Path fehler = scratch.resolve("leser.log");
		ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", leser.toString(), "120", gesucht)
				.redirectOutput(ausgabe.toFile()).redirectError(fehler.toFile());
		builder.environment().put("DBUS_SESSION_BUS_ADDRESS", bus);
		Process prozess = builder.start();
		if (!prozess.waitFor(3, TimeUnit.MINUTES)) {
			prozess.destroyForcibly();
			throw new AssertionError("the reader did not end");
		}
		assertEquals(0, prozess.exitValue(), () -> "the reader found no main window showing " + gesucht + ":\n" + lesen(fehler)
				+ "\n--- the workbench's output:\n" + lesen(log));
		List<Element> elemente = new ArrayList<>();
		List<String> oben = new ArrayList<>();
		for (String zeile : Files.readAllLines(ausgabe, StandardCharsets.UTF_8)) {
			String[] felder = Arrays.copyOf(zeile.split("\t", -1), 5);
			int tiefe = Integer.parseInt(felder[0]);
			while (oben.size() > tiefe) {
				oben.removeLast();
			}
			String pfad = String.join(" > ", oben);
			oben.add(felder[1] + (felder[2].isBlank() ? "" : " „" + felder[2] + "“"));
			List<String> beschriftet = felder[3] == null || felder[3].isEmpty() ? List.of() : List.of(felder[3].split("\\|", -1));
			elemente.add(new Element(tiefe, felder[1], felder[2], beschriftet, "fokussierbar".equals(felder[4]), pfad));
		}
		// the screen reader's view, for a person to review beside the screenshots
		Path ablage = Path.of(System.getProperty("quartierwerk.screenshots", "target/screenshots")).resolve("bildschirmleser.tsv");
		Files.createDirectories(ablage.getParent());
		Files.copy(ausgabe, ablage, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return elemente;
	}

	private static String lesen(Path datei) {
		try {
			return Files.isRegularFile(datei) ? Files.readString(datei, StandardCharsets.UTF_8) : "";
		} catch (IOException e) {
			return "(" + datei + " unreadable: " + e.getMessage() + ")";
		}
	}
}
