package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
		assertTrue(result.out().contains("arbeitsbereich"), result::toString);
		assertTrue(result.out().contains("--version"), result::toString);
		assertEquals("", result.err(), result::toString);
	}

	@Test
	void helpNamesTheGermanCommandsOnly() throws Exception {
		Result result = Quartierwerk.run(scratch, "--help");
		List<String> befehle = result.out().lines().filter(zeile -> zeile.matches("  [a-z]\\S*(\\s.*)?")).map(z -> z.strip().split("\\s+")[0])
				.toList();
		assertEquals(List.of("arbeitsbereich", "bericht", "exportieren", "hilfe", "importieren", "kurs", "liste", "pruefen", "sammlung", "statistik",
				"teilnahme", "veroeffentlichen"), befehle, result::toString);
		String berichtUndExport = result.out().lines().filter(z -> z.startsWith("  bericht ") || z.startsWith("  exportieren "))
				.collect(Collectors.joining("\n"));
		for (String option : List.of("--vorlagen", "--vorlage ID", "--praxisbeispiel NAME", "--nach DATEI")) {
			assertTrue(berichtUndExport.contains(option), () -> option + " in " + result);
		}
		for (String frueher : List.of("--template", "--projekt", "--out", "--list")) {
			assertFalse(berichtUndExport.contains(frueher), () -> frueher + " in " + result);
		}
	}

	/**
	 * The former English names of the commands still run the same command: the same exit code (also 1 for a failed
	 * check) and the same stdout, and on stderr exactly one line more, which names the new name.
	 */
	@Test
	void formerCommandNamesRunTheSameCommandWithOneHintOnStderr() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("frueher"));
		Files.writeString(workspace.resolve("Galgenhalde.xmi"), praxisbeispiel("Galgenhalde", "2007", "2023"));
		Files.writeString(workspace.resolve("Vrees.xmi"), praxisbeispiel("Vrees", "2018", "2017"));
		Map<List<String>, List<String>> paare = new LinkedHashMap<>();
		paare.put(List.of("workspace"), List.of("arbeitsbereich"));
		paare.put(List.of("validate"), List.of("pruefen"));
		paare.put(List.of("list", "--text", "galgen"), List.of("liste", "--text", "galgen"));
		paare.put(List.of("stats"), List.of("statistik"));
		paare.put(List.of("export", "--format", "csv"), List.of("exportieren", "--format", "csv"));
		paare.put(List.of("report", "--vorlagen"), List.of("bericht", "--vorlagen"));
		paare.put(List.of("validate", "Gibt-es-nicht"), List.of("pruefen", "Gibt-es-nicht"));
		for (Map.Entry<List<String>, List<String>> paar : paare.entrySet()) {
			Result alt = Quartierwerk.run(scratch, befehl(workspace, paar.getKey()));
			Result neu = Quartierwerk.run(scratch, befehl(workspace, paar.getValue()));
			assertEquals(neu.exitCode(), alt.exitCode(), alt::toString);
			assertEquals(neu.out(), alt.out(), alt::toString);
			assertEquals(hinweis(paar.getKey().get(0), paar.getValue().get(0)) + neu.err(), alt.err(), alt::toString);
		}
		assertEquals(1, Quartierwerk.run(scratch, befehl(workspace, List.of("validate"))).exitCode(), "Vrees has an error");

		Path json = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();
		String alt = scratch.resolve("alt").toString();
		String neu = scratch.resolve("neu").toString();
		Result importAlt = Quartierwerk.run(scratch, "--data", alt, "import", json.toString());
		Result importNeu = Quartierwerk.run(scratch, "--data", neu, "importieren", json.toString());
		assertEquals(0, importAlt.exitCode(), importAlt::toString);
		assertEquals(importNeu.out(), importAlt.out(), importAlt::toString);
		// both create their workspace and say so, each naming its own folder
		assertEquals(hinweis("import", "importieren") + importNeu.err().replace(neu, alt), importAlt.err(), importAlt::toString);
	}

	/** The former option names of bericht and exportieren still work, each with one hint line on stderr. */
	@Test
	void formerOptionNamesStillWorkWithOneHintEach() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("optionen"));
		Files.writeString(workspace.resolve("Galgenhalde.xmi"), praxisbeispiel("Galgenhalde", "2007", "2023"));

		Result vorlagenAlt = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--list");
		Result vorlagen = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlagen");
		assertEquals(0, vorlagenAlt.exitCode(), vorlagenAlt::toString);
		assertTrue(vorlagen.out().contains("projektsteckbrief"), vorlagen::toString);
		assertEquals(vorlagen.out(), vorlagenAlt.out(), vorlagenAlt::toString);
		assertEquals(hinweis("--list", "--vorlagen"), vorlagenAlt.err(), vorlagenAlt::toString);

		Path altDatei = scratch.resolve("alt.html");
		Result berichtAlt = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--template", "projektsteckbrief",
				"--projekt", "Galgenhalde", "--format", "html", "--out", altDatei.toString());
		assertEquals(0, berichtAlt.exitCode(), berichtAlt::toString);
		assertEquals("Geschrieben: " + altDatei + "\n", berichtAlt.out(), berichtAlt::toString);
		assertEquals(hinweis("--template", "--vorlage") + hinweis("--projekt", "--praxisbeispiel") + hinweis("--out", "--nach"),
				berichtAlt.err(), berichtAlt::toString);
		assertTrue(Files.readString(altDatei).contains("Galgenhalde"), "the report was written");

		Result ohneVorlage = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--out", altDatei.toString());
		assertEquals(2, ohneVorlage.exitCode(), ohneVorlage::toString);
		assertEquals(hinweis("--out", "--nach") + "Bitte eine Vorlage angeben: --vorlage ID (Liste: quartierwerk bericht --vorlagen)\n",
				ohneVorlage.err(), ohneVorlage::toString);

		Path csv = scratch.resolve("alt.csv");
		Result exportAlt = Quartierwerk.run(scratch, "--data", workspace.toString(), "export", "--format", "csv", "--out", csv.toString());
		assertEquals(0, exportAlt.exitCode(), exportAlt::toString);
		assertEquals(hinweis("export", "exportieren") + hinweis("--out", "--nach"), exportAlt.err(), exportAlt::toString);
		assertEquals(Quartierwerk.run(scratch, "--data", workspace.toString(), "exportieren", "--format", "csv").out(),
				Files.readString(csv), "the same CSV as on stdout");
	}

	private static String hinweis(String alt, String neu) {
		return "Hinweis: „" + alt + "“ heißt jetzt „" + neu + "“; der alte Name funktioniert weiter.\n";
	}

	private static String[] befehl(Path workspace, List<String> befehl) {
		List<String> args = new ArrayList<>(List.of("--data", workspace.toString()));
		args.addAll(befehl);
		return args.toArray(String[]::new);
	}

	/**
	 * The CSV of the command line carries Einsparungen (€) and Präventionsfaktor from an imported project, and leaves
	 * them empty where they are not computable (docs/fachmodell.md §4.1, docs/austauschformate.md).
	 */
	@Test
	void csvCarriesEinsparungenAndPraeventionsfaktor() throws Exception {
		String workspace = scratch.resolve("einsparungen").toString();
		String projekt = "{\"eClass\": \"http://quartierwerk.org/model/2.0#//Praxisbeispiel\", \"titel\": \"%s\","
				+ " \"finanzierungsplan\": {\"ausgaben\": [{\"kategorie\": \"PERSONAL\", \"betrag\": %s}]},"
				+ " \"einsparungen\": [{\"bezeichnung\": \"Vermiedene Heimunterbringungen\", \"betrag\": 5760000,"
				+ " \"zeitraum\": {\"beginn\": \"2005\", \"ende\": \"2011\"}, \"mitVorbehalt\": true}]}";
		Path json = Files.writeString(scratch.resolve("einsparungen.json"),
				"[" + projekt.formatted("Hannover", "2050000") + ", " + projekt.formatted("Ohne Mittel", "0") + "]");
		assertEquals(0, Quartierwerk.run(scratch, "--data", workspace, "importieren", json.toString()).exitCode());
		Result csv = Quartierwerk.run(scratch, "--data", workspace, "exportieren", "--format", "csv");
		assertEquals(0, csv.exitCode(), csv::toString);
		List<String> zeilen = csv.out().lines().toList();
		// Einsparungen and Präventionsfaktor follow Mitträger; the twelve Good-Practice columns come after them
		assertTrue(zeilen.get(0).contains(";Mittr\u00E4ger;Einsparungen (\u20AC);Pr\u00E4ventionsfaktor;Good Practice: Konzeption;"),
				zeilen.get(0));
		assertTrue(zeilen.stream().anyMatch(z -> z.startsWith("Hannover;") && spalten(z, 21, 23).equals(List.of("5760000,00", "2,81"))),
				csv::toString);
		assertTrue(zeilen.stream().anyMatch(z -> z.startsWith("Ohne Mittel;") && spalten(z, 21, 23).equals(List.of("5760000,00", ""))),
				"Σ eingesetzte Mittel = 0: no Präventionsfaktor: " + csv);
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

		Result result = Quartierwerk.run(scratch, "--data", workspace.toString(), "arbeitsbereich");
		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("Arbeitsbereich: " + workspace.toRealPath() + "\nProjektdateien: 2\n", result.out(), result::toString);
	}

	@Test
	void commandWithUnexpectedArgumentsExitsWithTwo() throws Exception {
		Result result = Quartierwerk.run(scratch, "--data", scratch.toString(), "arbeitsbereich", "extra");
		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("erwartet keine Argumente"), result::toString);
	}

	@Test
	void validateReportsFindingsInGermanAndExitsWithOneOnErrors() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("pruefen"));
		Files.writeString(workspace.resolve("Galgenhalde.xmi"), praxisbeispiel("Galgenhalde", "2007", "2023"));
		Files.writeString(workspace.resolve("Vrees.xmi"), praxisbeispiel("Vrees", "2018", "2017"));
		// no Bundesland and a Beteiligung whose Stufe is not judged yet: a Warnung and a Hinweis, no Fehler
		Files.writeString(workspace.resolve("Eching.xmi"), praxisbeispiel("Eching", "2015", "2020")
				.replace(" bundesland=\"NIEDERSACHSEN\"", "").replace("<laufzeit", "<beteiligungen/>\n  <laufzeit"));

		Result all = Quartierwerk.run(scratch, "--data", workspace.toString(), "pruefen");
		assertEquals(1, all.exitCode(), all::toString);
		assertEquals("""
				Eching: 0 Fehler, 1 Warnung(en), 1 Hinweis(e)
				  Warnung: Praxisbeispiel „Eching“: Das Feld „Bundesland“ ist nicht ausgefüllt.
				Galgenhalde: in Ordnung
				Vrees: 1 Fehler, 0 Warnung(en), 0 Hinweis(e)
				  Fehler: Laufzeit: Das Ende (2017) liegt vor dem Beginn (2018).
				Geprüft: 3 Praxisbeispiel(e), davon mit Fehlern: 1.
				Dazu 1 Hinweis(e); „pruefen --hinweise“ zeigt sie.
				""", all.out(), all::toString);

		Result hinweise = Quartierwerk.run(scratch, "--data", workspace.toString(), "pruefen", "--hinweise", "Eching");
		assertEquals(0, hinweise.exitCode(), "Warnungen and Hinweise are no Fehler: " + hinweise);
		assertEquals("""
				Eching: 0 Fehler, 1 Warnung(en), 1 Hinweis(e)
				  Warnung: Praxisbeispiel „Eching“: Das Feld „Bundesland“ ist nicht ausgefüllt.
				  Hinweis: Beteiligung: Für diese Beteiligung ist keine Partizipationsstufe gewählt.
				Geprüft: 1 Praxisbeispiel(e), davon mit Fehlern: 0.
				""", hinweise.out(), hinweise::toString);

		Result one = Quartierwerk.run(scratch, "--data", workspace.toString(), "pruefen", "Galgenhalde");
		assertEquals(0, one.exitCode(), one::toString);
		assertEquals("Galgenhalde: in Ordnung\nGeprüft: 1 Praxisbeispiel(e), davon mit Fehlern: 0.\n", one.out(), one::toString);

		Result falsch = Quartierwerk.run(scratch, "--data", workspace.toString(), "pruefen", "--alle");
		assertEquals(2, falsch.exitCode(), falsch::toString);
	}

	@Test
	void listFiltersByFacetsAndStatsCountsTheCollection() throws Exception {
		Path workspace = Files.createDirectories(scratch.resolve("sammlung"));
		Files.writeString(workspace.resolve("Galgenhalde.xmi"), praxisbeispiel("Galgenhalde", "2007", "2023"));
		Files.writeString(workspace.resolve("Nellingen.xmi"), praxisbeispiel("Gutes Älterwerden in Nellingen", "2016", "2018")
				.replace("NIEDERSACHSEN", "BADEN_WUERTTEMBERG"));

		Result bw = Quartierwerk.run(scratch, "--data", workspace.toString(), "liste", "--bundesland", "baden-wuerttemberg");
		assertEquals(0, bw.exitCode(), bw::toString);
		assertEquals("Nellingen: Gutes Älterwerden in Nellingen\n", bw.out(), bw::toString);
		Result text = Quartierwerk.run(scratch, "--data", workspace.toString(), "liste", "--text", "galgen");
		assertEquals("Galgenhalde: Galgenhalde\n", text.out(), text::toString);
		Result wrong = Quartierwerk.run(scratch, "--data", workspace.toString(), "liste", "--bundesland", "Mars");
		assertEquals(2, wrong.exitCode(), wrong::toString);
		assertTrue(wrong.err().startsWith("Unbekannter Wert „Mars“ für --bundesland; möglich sind: Baden-Württemberg, Bayern"), wrong::toString);
		Result german = Quartierwerk.run(scratch, "--data", workspace.toString(), "liste", "--bundesland", "Baden-Württemberg");
		assertEquals(bw.out(), german.out(), german::toString);

		// the facet Good-Practice-Kriterium erfüllt (docs/fachmodell.md §11): "teilweise" does not count
		Path gp = Files.createDirectories(scratch.resolve("goodpractice"));
		Files.writeString(gp.resolve("Galgenhalde.xmi"), praxisbeispiel("Galgenhalde", "2007", "2023"));
		Files.writeString(gp.resolve("Lindenhof.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/2.0"
				    titel="Lindenhof">
				  <goodPractice kriterium="PARTIZIPATION" bewertung="ERFUELLT" begruendung="Bewohnerbeirat"/>
				  <goodPractice kriterium="SETTING_ANSATZ" bewertung="TEILWEISE"/>
				</qw:Praxisbeispiel>
				""");
		Result partizipation = Quartierwerk.run(scratch, "--data", gp.toString(), "liste", "--kriterium", "Partizipation");
		assertEquals("Lindenhof: Lindenhof\n", partizipation.out(), partizipation::toString);
		Result setting = Quartierwerk.run(scratch, "--data", gp.toString(), "liste", "--kriterium", "SETTING_ANSATZ");
		assertEquals(0, setting.exitCode(), setting::toString);
		assertEquals("", setting.out(), setting::toString);
		Result csv = Quartierwerk.run(scratch, "--data", gp.toString(), "exportieren", "--format", "csv");
		List<String> zeilen = csv.out().lines().toList();
		// the twelve criteria follow Präventionsfaktor; Finanzierung over time, the places and the links close the line
		// (docs/austauschformate.md)
		assertTrue(zeilen.get(0).endsWith(";Good Practice: Dokumentation und Evaluation;Good Practice: Kosten-Wirksamkeit;"
				+ "Finanzierung je Jahr (€);Förderquote je Geber und Jahr (%);Statusverlauf;Anschlussfinanzierung;Orte;"
				+ "Verweise auf andere Projekte"), zeilen::toString);
		String lindenhof = zeilen.stream().filter(z -> z.startsWith("Lindenhof;")).findFirst().orElseThrow();
		assertEquals(List.of("", "", "teilweise", "", "", "", "erfüllt", "", "", "", "", ""),
				spalten(lindenhof, 23, 35), lindenhof);

		// several places and a Teilprojekt link (docs/fachmodell.md §1.5, §1.6): liste --ort finds any of the places,
		// the CSV names them all and the link's target by its title now
		Path orte = Files.createDirectories(scratch.resolve("orte"));
		Files.writeString(orte.resolve("Emsland.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/2.0"
				    titel="Quartiersarbeit im Emsland">
				  <quartier name="Lingen-Darme" art="STADTTEIL" kommune="Lingen (Ems)"/>
				  <weitereOrte name="Freren" art="GEMEINDE" einwohner="5000" kommune="Landkreis Emsland"/>
				  <weitereOrte name="Emsbüren"/>
				  <verweise art="TEILPROJEKT_VON" zielKennung="0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c" zielTitel="Gemeinsam im Emsland"/>
				</qw:Praxisbeispiel>
				""");
		Files.writeString(orte.resolve("Dach.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/2.0"
				    titel="Gemeinsam im Emsland 2026" kennung="0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c"/>
				""");
		Result freren = Quartierwerk.run(scratch, "--data", orte.toString(), "liste", "--ort", "freren");
		assertEquals("Emsland: Quartiersarbeit im Emsland\n", freren.out(), freren::toString);
		Result kommune = Quartierwerk.run(scratch, "--data", orte.toString(), "liste", "--ort", "Lingen");
		assertEquals("Emsland: Quartiersarbeit im Emsland\n", kommune.out(), kommune::toString);
		Result nirgends = Quartierwerk.run(scratch, "--data", orte.toString(), "liste", "--ort", "Meppen");
		assertEquals("", nirgends.out(), nirgends::toString);
		Result orteCsv = Quartierwerk.run(scratch, "--data", orte.toString(), "exportieren", "--format", "csv");
		String emsland = orteCsv.out().lines().filter(z -> z.startsWith("Emsland;")).findFirst().orElseThrow();
		assertEquals(List.of("Lingen-Darme: Stadtteil, Kommune Lingen (Ems) | Freren: Gemeinde, 5000 Einwohner, Kommune Landkreis"
				+ " Emsland | Emsbüren", "Teilprojekt von: Gemeinsam im Emsland 2026"), spalten(emsland, 39, 41), emsland);

		Result stats = Quartierwerk.run(scratch, "--data", workspace.toString(), "statistik");
		assertEquals(0, stats.exitCode(), stats::toString);
		assertTrue(stats.out().startsWith("""
				Praxisbeispiele: 2
				Je Bundesland:
				  Baden-Württemberg: 1
				  Niedersachsen: 1
				Je Herausforderung:
				  4.1 Kooperation und Vernetzung stärken: 2
				Je Finanzierungsart (Projekte):
				Anteil der Projekte, die eine Stufe erreichen (Partizipationsleiter (vier Stufen)):
				  Planung: Informieren 0 %, Mitwirken 0 %, Mitentscheiden 0 %, Selbstverwalten 0 %
				"""), stats::toString);
	}

	@Test
	void importValidateAndExportTheDstgbExamplesAndImportTheExportAgain() throws Exception {
		Path shared = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();
		Path erster = scratch.resolve("erster");
		Path zweiter = scratch.resolve("zweiter");

		Result imported = Quartierwerk.run(scratch, "--data", erster.toString(), "importieren", shared.toString());
		assertEquals(0, imported.exitCode(), imported::toString);
		assertTrue(imported.out().startsWith("Importiert: Quartiersprojekt Ravensburg-Galgenhalde – in Ordnung\n"), imported::toString);
		assertTrue(imported.out().contains("Importiert: WohnenPLUS – Wohnen und Pflege nach dem Prinzip der geteilten Verantwortung"
				+ " – 0 Fehler, 1 Warnung(en)"), imported::toString);
		assertTrue(imported.out().endsWith("13 Praxisbeispiel(e) importiert, davon mit Fehlern: 0.\n"), imported::toString);

		Result valid = Quartierwerk.run(scratch, "--data", erster.toString(), "pruefen");
		assertEquals(0, valid.exitCode(), valid::toString);
		assertTrue(valid.out().endsWith("Geprüft: 13 Praxisbeispiel(e), davon mit Fehlern: 0.\n"), valid::toString);

		Path json = scratch.resolve("export.json");
		Result exported = Quartierwerk.run(scratch, "--data", erster.toString(), "exportieren", "--format", "json", "--nach", json.toString());
		assertEquals(0, exported.exitCode(), exported::toString);
		assertEquals("13 Praxisbeispiel(e) als JSON geschrieben: " + json + "\n", exported.out());
		Result again = Quartierwerk.run(scratch, "--data", zweiter.toString(), "importieren", json.toString());
		assertEquals(0, again.exitCode(), again::toString);

		Result csvErster = Quartierwerk.run(scratch, "--data", erster.toString(), "exportieren", "--format", "csv");
		Result csvZweiter = Quartierwerk.run(scratch, "--data", zweiter.toString(), "exportieren", "--format", "csv");
		assertEquals(0, csvErster.exitCode(), csvErster::toString);
		assertEquals(csvErster.out(), csvZweiter.out(), "the overview is the same after export and import");
		assertTrue(csvErster.out().startsWith("\uFEFFName;Titel;Herausforderung;"), csvErster::toString);
		assertEquals(14, csvErster.out().split("\r\n").length, csvErster::toString);

		Result nrw = Quartierwerk.run(scratch, "--data", zweiter.toString(), "liste", "--bundesland", "Nordrhein-Westfalen");
		assertEquals(3, nrw.out().lines().count(), nrw::toString);

		Result format = Quartierwerk.run(scratch, "--data", erster.toString(), "exportieren", "--format", "xml");
		assertEquals(2, format.exitCode(), format::toString);
		assertTrue(format.err().contains("Unbekanntes Format „xml“"), format::toString);
		Result missing = Quartierwerk.run(scratch, "--data", erster.toString(), "importieren", scratch.resolve("fehlt.json").toString());
		assertEquals(1, missing.exitCode(), missing::toString);
		assertTrue(missing.err().startsWith("Die Datei " + scratch.resolve("fehlt.json") + " gibt es nicht."), missing::toString);
	}

	private static String praxisbeispiel(String titel, String beginn, String ende) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
				    titel="%s" herausforderung="KOOPERATION_VERNETZUNG" bundesland="NIEDERSACHSEN" traeger="//@organisationen.0">
				  <organisationen name="Stiftung Liebenau"/>
				  <laufzeit beginn="%s" ende="%s"/>
				</qw:Praxisbeispiel>
				""".formatted(titel, beginn, ende);
	}

	/** The cells from {@code von} to {@code bis} (exclusive) of one CSV line. */
	private static List<String> spalten(String zeile, int von, int bis) {
		return List.of(zeile.split(";", -1)).subList(von, bis);
	}
}
