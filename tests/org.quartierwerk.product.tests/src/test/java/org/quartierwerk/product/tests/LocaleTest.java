package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * Every command behaves the same whatever the caller's locale and environment: under {@code LANG=C},
 * {@code LC_ALL=POSIX}, a German and a Turkish locale (which may not be installed: glibc then falls back to C) and with
 * no environment at all ({@code env -i}: no PATH, HOME or LANG) the commands give the exit codes and the bytes on
 * stdout of a run under C.UTF-8, and project files whose names hold umlauts, "ß", the Turkish "İ" and "ı" and an emoji
 * are written and read. Java takes the charset of file names from the C library's locale, so without the start
 * script's care every umlaut in a file name breaks ("Malformed input or input contains unmappable characters").
 * <p>
 * Also: what happens without a usable home folder (README, "Locale and home folder").
 */
class LocaleTest {

	private static final Path PRODUCT = Quartierwerk.root()
			.resolve("releng/org.quartierwerk.product/target/products/org.quartierwerk.product/linux/gtk/x86_64");
	private static final Path DSTGB = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();
	private static final String STRASSENFEST = "Straßenfest 🏡 in der Weststadt";
	private static final String INCI = "Begegnungscafé İnci – Nachbarschaftshilfe Işık";
	private static final String AERZTEHAUS = "Ärztehaus Nord – Gesundheit im Quartier";

	@TempDir
	Path scratch;

	@Test
	void everyCommandGivesTheSameResultInEveryLocaleAndWithoutAnyEnvironment() throws Exception {
		Path projekte = fixture("Projekte für Größe & Nähe.json");
		Path home = Files.createDirectories(scratch.resolve("home"));
		String path = System.getenv("PATH");
		Map<String, Map<String, String>> umgebungen = new LinkedHashMap<>();
		umgebungen.put("LANG=C.UTF-8", Map.of("PATH", path, "HOME", home.toString(), "LANG", "C.UTF-8"));
		umgebungen.put("LANG=C", Map.of("PATH", path, "HOME", home.toString(), "LANG", "C"));
		umgebungen.put("LC_ALL=POSIX", Map.of("PATH", path, "HOME", home.toString(), "LANG", "C.UTF-8", "LC_ALL", "POSIX"));
		umgebungen.put("LANG=de_DE.UTF-8", Map.of("PATH", path, "HOME", home.toString(), "LANG", "de_DE.UTF-8"));
		umgebungen.put("LANG=tr_TR.UTF-8", Map.of("PATH", path, "HOME", home.toString(), "LANG", "tr_TR.UTF-8"));
		umgebungen.put("env -i", Map.of());

		// the same paths in every run, so that what the commands print can be compared byte for byte
		Path workspace = scratch.resolve("Arbeitsbereich Größe");
		Path berichte = scratch.resolve("Berichte");
		Path bericht = berichte.resolve("Steckbrief " + STRASSENFEST + ".pdf");
		String ws = workspace.toString();
		List<String[]> befehle = List.of(new String[] { "importieren", DSTGB.toString() },
				new String[] { "importieren", projekte.toString() }, new String[] { "liste" },
				new String[] { "liste", "--text", "QUARTIER" }, new String[] { "liste", "--text", "inci" },
				new String[] { "liste", "--text", "IŞIK" }, new String[] { "liste", "--text", "INITIATIVE" }, new String[] { "pruefen" },
				new String[] { "exportieren", "--format", "csv" },
				new String[] { "bericht", "--vorlage", "projektsteckbrief", "--praxisbeispiel", STRASSENFEST, "--format", "pdf",
						"--nach", bericht.toString() });

		Map<String, List<Result>> ergebnisse = new LinkedHashMap<>();
		Map<String, String> berichtstexte = new LinkedHashMap<>();
		for (Map.Entry<String, Map<String, String>> umgebung : umgebungen.entrySet()) {
			loesche(workspace);
			loesche(berichte);
			Files.createDirectories(berichte);
			List<Result> je = new ArrayList<>();
			for (String[] befehl : befehle) {
				List<String> args = new ArrayList<>(List.of("--data", ws));
				args.addAll(List.of(befehl));
				je.add(Quartierwerk.runIn(scratch, umgebung.getValue(), List.of(), args.toArray(String[]::new)));
			}
			ergebnisse.put(umgebung.getKey(), je);
			String wo = umgebung.getKey();
			for (String titel : List.of(STRASSENFEST, INCI, AERZTEHAUS, "„Wir für euch – Altwerden in Vrees“",
					"Gutes Älterwerden in Nellingen. Wir gestalten unsere Zukunft!")) {
				assertTrue(Files.isRegularFile(workspace.resolve(titel + ".xmi")), () -> wo + ": no project file for " + titel);
			}
			try (Stream<Path> dateien = Files.list(workspace)) {
				assertEquals(16, dateien.filter(d -> d.toString().endsWith(".xmi")).count(), wo);
			}
			berichtstexte.put(wo, text(bericht));
		}

		List<Result> referenz = ergebnisse.get("LANG=C.UTF-8");
		pruefeReferenz(referenz, bericht, berichtstexte.get("LANG=C.UTF-8"));
		for (Map.Entry<String, List<Result>> umgebung : ergebnisse.entrySet()) {
			for (int i = 0; i < befehle.size(); i++) {
				String wo = umgebung.getKey() + ", quartierwerk " + String.join(" ", befehle.get(i));
				Result erwartet = referenz.get(i);
				Result gesehen = umgebung.getValue().get(i);
				assertEquals(erwartet.exitCode(), gesehen.exitCode(), () -> wo + "\n" + gesehen);
				assertEquals(erwartet.out(), gesehen.out(), () -> wo + "\n" + gesehen);
				if (!befehle.get(i)[0].equals("bericht")) {
					// the report engine logs with the time on stderr
					assertEquals(erwartet.err(), gesehen.err(), () -> wo + "\n" + gesehen);
				}
			}
			assertEquals(berichtstexte.get("LANG=C.UTF-8"), berichtstexte.get(umgebung.getKey()), umgebung.getKey());
		}
	}

	/** What the reference run must show, so that all runs failing alike cannot pass. */
	private static void pruefeReferenz(List<Result> referenz, Path bericht, String berichtstext) {
		Result dstgb = referenz.get(0);
		assertEquals(0, dstgb.exitCode(), dstgb::toString);
		assertTrue(dstgb.out().endsWith("13 Praxisbeispiel(e) importiert, davon mit Fehlern: 0.\n"), dstgb::toString);
		Result eigene = referenz.get(1);
		assertEquals(0, eigene.exitCode(), eigene::toString);
		// the city pays 2024, the foundation 2025, the Laufzeit runs to 2026: two Warnungen that no Anschlussfinanzierung is named
		assertTrue(eigene.out().contains("Importiert: " + STRASSENFEST + " – 0 Fehler, 2 Warnung(en)"), eigene::toString);

		Result liste = referenz.get(2);
		assertEquals(0, liste.exitCode(), liste::toString);
		List<String> zeilen = liste.out().lines().toList();
		assertEquals(16, zeilen.size(), liste::toString);
		// German order: "Ä" with "A", the quotation marks before "Wir" skipped
		assertTrue(zeilen.get(0).startsWith(AERZTEHAUS + ": "), liste::toString);
		assertTrue(zeilen.indexOf(zeile(STRASSENFEST)) > zeilen.indexOf(zeile("Selbstbestimmt und gut versorgt im Quartier – "
				+ "Grundlagen sozialräumlicher Arbeit")), liste::toString);
		assertTrue(zeilen.get(zeilen.size() - 3).startsWith("„Wir für euch – Altwerden in Vrees“: "), liste::toString);
		assertTrue(zeilen.get(zeilen.size() - 1).startsWith("„Zuhause im Stadtteil“ – "), liste::toString);

		Result quartier = referenz.get(3);
		assertTrue(quartier.out().contains(zeile(AERZTEHAUS))
				&& quartier.out().contains(zeile("Quartiersprojekt Ravensburg-Galgenhalde")),
				quartier::toString);
		assertFalse(quartier.out().contains(STRASSENFEST), quartier::toString);
		assertEquals(zeile(INCI) + "\n", referenz.get(4).out(), referenz.get(4)::toString);
		assertEquals(zeile(INCI) + "\n", referenz.get(5).out(), referenz.get(5)::toString);
		assertTrue(referenz.get(6).out().contains(zeile(INCI)), referenz.get(6)::toString);

		Result validate = referenz.get(7);
		assertEquals(0, validate.exitCode(), "a missing Träger is a Warnung, no Fehler: " + validate);
		assertTrue(validate.out().contains("Warnung: Praxisbeispiel „" + INCI + "“: Es ist kein Träger angegeben."),
				validate::toString);

		Result csv = referenz.get(8);
		assertEquals(0, csv.exitCode(), csv::toString);
		assertTrue(csv.out().contains(STRASSENFEST + ";" + STRASSENFEST + ";4.2 Partizipation ermöglichen;;Hessen;"), csv::toString);
		assertTrue(csv.out().contains(";Kommune, Stiftung;2222,15;2222,15;0,00;100,00;0,00"), csv::toString);

		Result report = referenz.get(9);
		assertEquals(0, report.exitCode(), report::toString);
		assertEquals("Geschrieben: " + bericht + "\n", report.out(), report::toString);
		assertTrue(berichtstext.contains("Straßenfest") && berichtstext.contains("Weststadt")
				&& berichtstext.contains("Nachbarschaftsverein Weststadt e. V.") && berichtstext.contains("1.234,50"), berichtstext);
	}

	@Test
	void withoutHomeTheAccountsHomeFolderHoldsTheDefaultWorkspace() throws Exception {
		Path projekte = fixture("projekte.json");
		Path home = Files.createDirectories(scratch.resolve("home"));
		// the account's home folder is the scratch folder: a private mount namespace puts it over the real one
		List<String> eigenesHome = List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
				"home=$(getent passwd \"$(id -u)\" | cut -d: -f6) && mount --bind \"$0\" \"$home\" && exec \"$@\"", home.toString());

		Result importiert = Quartierwerk.runIn(scratch, Map.of(), eigenesHome, "importieren", projekte.toString());
		assertEquals(0, importiert.exitCode(), importiert::toString);
		Path workspace = home.resolve(".quartierwerk/workspace");
		assertTrue(Files.isRegularFile(workspace.resolve(STRASSENFEST + ".xmi")), importiert::toString);

		Result liste = Quartierwerk.runIn(scratch, Map.of(), eigenesHome, "liste", "--text", "weststadt");
		assertEquals(0, liste.exitCode(), liste::toString);
		assertEquals(zeile(STRASSENFEST) + "\n", liste.out(), liste::toString);
	}

	@Test
	void aMissingOrReadOnlyHomeIsNamedInGermanAndDataStillWorks() throws Exception {
		Path projekte = fixture("projekte.json");
		String path = System.getenv("PATH");

		Path fehlt = scratch.resolve("gibt-es-nicht");
		Result ohne = Quartierwerk.runIn(scratch, Map.of("PATH", path, "HOME", fehlt.toString()), List.of(), "liste");
		assertEquals(1, ohne.exitCode(), ohne::toString);
		assertEquals("Quartierwerk findet keinen Arbeitsbereich: HOME ist „" + fehlt + "“; dieser Ordner existiert nicht.\n"
				+ "Der Arbeitsbereich liegt sonst in HOME/.quartierwerk/workspace. Setzen Sie HOME auf einen beschreibbaren Ordner\n"
				+ "oder geben Sie einen Arbeitsbereich an: ./quartierwerk --data ORDNER ...\n", ohne.err(), ohne::toString);
		assertFalse(Files.exists(fehlt), "the missing home folder was created");

		// a read-only home folder and a read-only installation, as for a system account on a shared installation; a
		// private mount namespace, since the tests may run as root, for whom file permissions do not forbid writing
		Path home = Files.createDirectories(scratch.resolve("home"));
		List<String> schreibgeschuetzt = List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
				"mount --bind -o ro \"$0\" \"$0\" && mount --bind -o ro \"$1\" \"$1\" && shift && exec \"$@\"", home.toString(),
				PRODUCT.toString());
		Map<String, String> umgebung = Map.of("PATH", path, "HOME", home.toString(), "LANG", "C");
		Result nurLesen = Quartierwerk.runIn(scratch, umgebung, schreibgeschuetzt, "liste");
		assertEquals(1, nurLesen.exitCode(), nurLesen::toString);
		assertTrue(nurLesen.err().startsWith("Quartierwerk findet keinen Arbeitsbereich: HOME ist „" + home
				+ "“; dieser Ordner ist nicht beschreibbar.\n"), nurLesen::toString);
		try (Stream<Path> inhalt = Files.list(home)) {
			assertEquals(0, inhalt.count());
		}

		// with --data the command line still works: Equinox's configuration area, which could go neither into the installation
		// nor home, goes into the command's own temporary runtime folder, not into the workspace
		Path workspace = scratch.resolve("Arbeitsbereich");
		Result importiert = Quartierwerk.runIn(scratch, umgebung, schreibgeschuetzt, "--data", workspace.toString(), "importieren",
				projekte.toString());
		assertEquals(0, importiert.exitCode(), importiert::toString);
		assertFalse(importiert.err().contains("Invalid Configuration Location"), importiert::toString);
		Result liste = Quartierwerk.runIn(scratch, umgebung, schreibgeschuetzt, "--data", workspace.toString(), "liste", "--text",
				"ärztehaus");
		assertEquals(0, liste.exitCode(), liste::toString);
		assertEquals(zeile(AERZTEHAUS) + "\n", liste.out(), liste::toString);
		assertFalse(Files.exists(workspace.resolve(".metadata/configuration")), liste::toString);
	}

	/** A line of {@code quartierwerk liste}: the name of the project's file, then its title. */
	private static String zeile(String titel) {
		return titel + ": " + titel;
	}

	private Path fixture(String name) throws IOException {
		Path datei = scratch.resolve(name);
		try (InputStream in = LocaleTest.class.getResourceAsStream("/locale-projekte.json")) {
			Files.copy(in, datei);
		}
		return datei;
	}

	/** The report's text without the date of the day it was made. */
	private static String text(Path pdf) throws IOException {
		try (PDDocument dokument = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(dokument).replaceAll("\\d{1,2}\\. [A-ZÄ][a-zä]+ \\d{4}", "DATUM");
		}
	}

	private static void loesche(Path ordner) throws IOException {
		if (Files.exists(ordner)) {
			try (Stream<Path> alles = Files.walk(ordner)) {
				for (Path p : alles.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}
}
