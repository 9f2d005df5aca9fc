package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/** {@code quartierwerk veroeffentlichen} of the built product: preview, export without personal data, refusals. */
class VeroeffentlichenTest {

	@TempDir
	Path scratch;

	private static final String LINDENHOF = """
			<?xml version="1.0" encoding="UTF-8"?>
			<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
			    titel="Nachbarschaftstreff Lindenhof" traeger="//@organisationen.0"
			    kurzbeschreibung="Anna Beispiel gründete den Treff, erreichbar unter ANNA.BEISPIEL@example.org oder (0751) 36 12 345.">
			  <organisationen name="Stadtteilverein Lindenhof e.V." akteurstyp="VEREIN"
			      ansprechperson="Frau Anna Beispiel, Tel. 0751 3612345, anna.beispiel@example.org">
			    <adresse strasse="Lindenstraße 5" plz="88212" ort="Ravensburg"/>
			  </organisationen>
			</qw:Praxisbeispiel>
			""";

	private static final String ANDERES = """
			<?xml version="1.0" encoding="UTF-8"?>
			<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
			    titel="Quartier Süd" kurzbeschreibung="Ohne Personen."/>
			""";

	@Test
	void previewShowsWhatGoesAndExportHasNoPersonalDataAndImportsAgain() throws Exception {
		Path ws = Files.createDirectories(scratch.resolve("ws"));
		Files.writeString(ws.resolve("Lindenhof.xmi"), LINDENHOF);
		Files.writeString(ws.resolve("Süd.xmi"), ANDERES);
		byte[] vorher = Files.readAllBytes(ws.resolve("Lindenhof.xmi"));

		Result vorschau = Quartierwerk.run(scratch, "--data", ws.toString(), "veroeffentlichen", "--vorschau", "--ohne", "Süd");
		assertEquals(0, vorschau.exitCode(), vorschau::toString);
		assertTrue(vorschau.out().startsWith("Praxisbeispiel „Lindenhof“: "), vorschau::toString);
		assertTrue(vorschau.out().contains("  Organisation „Stadtteilverein Lindenhof e.V.“ › Ansprechperson: „Frau Anna Beispiel, "
				+ "Tel. 0751 3612345, anna.beispiel@example.org“ → [Ansprechperson]\n"), vorschau::toString);
		assertTrue(vorschau.out().contains("  Kurzbeschreibung: „Anna Beispiel“ → [Ansprechperson]\n"), vorschau::toString);
		assertTrue(vorschau.out().contains("  Kurzbeschreibung: „(0751) 36 12 345“ → [Telefonnummer]\n"), vorschau::toString);
		assertTrue(vorschau.out().contains("Ausgeschlossen: „Süd“\n"), vorschau::toString);
		assertTrue(vorschau.out().endsWith("Es wurde nichts geschrieben.\n"), vorschau::toString);
		assertFalse(vorschau.out().contains("Quartier Süd"), vorschau::toString);

		Path ziel = scratch.resolve("veroeffentlicht").resolve("sammlung.json");
		Result export = Quartierwerk.run(scratch, "--data", ws.toString(), "veroeffentlichen", "--nach", ziel.toString());
		assertEquals(0, export.exitCode(), export::toString);
		assertTrue(export.out().startsWith("2 Praxisbeispiel(e) ohne personenbezogene Angaben veröffentlicht: " + ziel), export::toString);
		assertTrue(export.out().contains("Leckprüfung bestanden"), export::toString);
		String json = Files.readString(ziel);
		for (String persoenlich : List.of("Anna", "anna.beispiel", "3612345", "36 12 345")) {
			assertFalse(json.toLowerCase().contains(persoenlich.toLowerCase()), () -> persoenlich + " in " + json);
		}
		assertTrue(json.contains("Stadtteilverein Lindenhof e.V.") && json.contains("[Ansprechperson]"), json);
		assertArrayEquals(vorher, Files.readAllBytes(ws.resolve("Lindenhof.xmi")), "the workspace is unchanged");

		Result wieder = Quartierwerk.run(scratch, "--data", scratch.resolve("neu").toString(), "importieren", ziel.toString());
		assertEquals(0, wieder.exitCode(), wieder::toString);
		assertTrue(wieder.out().endsWith("2 Praxisbeispiel(e) importiert, davon mit Fehlern: 0.\n"), wieder::toString);
	}

	/**
	 * An e-mail address written out ("info at … punkt de") is no address for the rules, but the leak check still reads it:
	 * the export fails with the German list, the previous file stays and nothing else is left.
	 */
	@Test
	void aLeakStopsTheExportNamesItAndKeepsThePreviousFile() throws Exception {
		Path ws = Files.createDirectories(scratch.resolve("ws"));
		Files.writeString(ws.resolve("Lindenhof.xmi"), LINDENHOF.replace("Frau Anna Beispiel,", "Frau Anna Beispiel, info@lindenhof-verein.de,")
				.replace("kurzbeschreibung=\"", "kurzbeschreibung=\"Post an info at lindenhof-verein punkt de. "));
		Path ausgabe = Files.createDirectories(scratch.resolve("ausgabe"));
		Path ziel = Files.writeString(ausgabe.resolve("sammlung.json"), "vorige Fassung");

		Result leck = Quartierwerk.run(scratch, "--data", ws.toString(), "veroeffentlichen", "--nach", ziel.toString());
		assertEquals(1, leck.exitCode(), leck::toString);
		assertEquals("", leck.out(), leck::toString);
		assertTrue(leck.err().startsWith("Der Befehl „veroeffentlichen“ ist fehlgeschlagen: Die Veröffentlichung enthielt noch 1 "
				+ "personenbezogene Angabe(n) und wurde wieder entfernt; " + ziel + " ist unverändert.\n"), leck::toString);
		assertTrue(leck.err().contains("  E-Mail-Adresse „info@lindenhof-verein.de“ (erfasst im Praxisbeispiel „Lindenhof“, Feld "
				+ "„Organisation „Stadtteilverein Lindenhof e.V.“ › Ansprechperson“) steht in sammlung.json.\n"), leck::toString);
		assertEquals("vorige Fassung", Files.readString(ziel));
		try (var dateien = Files.list(ausgabe)) {
			assertEquals(List.of(ziel), dateien.toList(), "no hidden file is left");
		}
	}

	/**
	 * The acceptance of issue 20: on the default workspace (HOME's, holding the shipped examples) {@code --web} makes a
	 * site whose index opens from the file system; a folder with other files is refused with exit code 2.
	 */
	@Test
	void aWebSiteOfTheDefaultWorkspace() throws Exception {
		Path home = Files.createDirectories(scratch.resolve("home"));
		Map<String, String> env = Map.of("HOME", home.toString());
		Path beispiele = Quartierwerk.root().resolve("bundles/org.quartierwerk.exchange/beispiele/dstgb150-praxisbeispiele.json");
		Result importiert = Quartierwerk.run(scratch, env, "importieren", beispiele.toString());
		assertEquals(0, importiert.exitCode(), importiert::toString);

		Path site = scratch.resolve("site");
		Result web = Quartierwerk.run(scratch, env, "veroeffentlichen", "--web", site.toString());
		assertEquals(0, web.exitCode(), web::toString);
		assertTrue(web.out().startsWith("13 Praxisbeispiel(e) ohne personenbezogene Angaben als Webauftritt veröffentlicht: "
				+ site.resolve("index.html")), web::toString);
		String index = Files.readString(site.resolve("index.html"));
		assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"de\">") && index.contains("<script src=\"daten.js\">"), index);
		try (var projekte = Files.list(site.resolve("projekte"))) {
			assertEquals(13, projekte.count());
		}
		Result nochmal = Quartierwerk.run(scratch, env, "veroeffentlichen", "--web", site.toString());
		assertEquals(0, nochmal.exitCode(), nochmal::toString);

		Path fremd = Files.createDirectories(scratch.resolve("fremd"));
		Files.writeString(fremd.resolve("notizen.txt"), "meins");
		Result belegt = Quartierwerk.run(scratch, env, "veroeffentlichen", "--web", fremd.toString());
		assertEquals(2, belegt.exitCode(), belegt::toString);
		assertTrue(belegt.err().contains("ist nicht leer und kein früherer Webauftritt von Quartierwerk"), belegt::toString);
		try (var inhalt = Files.list(fremd)) {
			assertEquals(List.of(fremd.resolve("notizen.txt")), inhalt.toList());
		}
	}

	@Test
	void wrongCallsAreRefusedAndWriteNothing() throws Exception {
		Path ws = Files.createDirectories(scratch.resolve("ws"));
		Files.writeString(ws.resolve("Lindenhof.xmi"), LINDENHOF);

		Result ohneZiel = Quartierwerk.run(scratch, "--data", ws.toString(), "veroeffentlichen");
		assertEquals(2, ohneZiel.exitCode(), ohneZiel::toString);
		assertTrue(ohneZiel.err().contains("--nach DATEI"), ohneZiel::toString);

		Path ziel = scratch.resolve("x.json");
		Result unbekannt = Quartierwerk.run(scratch, "--data", ws.toString(), "veroeffentlichen", "--ohne", "Gibt es nicht", "--nach",
				ziel.toString());
		assertEquals(1, unbekannt.exitCode(), unbekannt::toString);
		assertTrue(unbekannt.err().contains("„Gibt es nicht“ ist kein Praxisbeispiel im Arbeitsbereich"), unbekannt::toString);
		assertFalse(Files.exists(ziel));

		Result imArbeitsbereich = Quartierwerk.run(scratch, "--data", ws.toString(), "veroeffentlichen", "--nach",
				ws.resolve("raus.json").toString());
		assertEquals(1, imArbeitsbereich.exitCode(), imArbeitsbereich::toString);
		assertFalse(Files.exists(ws.resolve("raus.json")), imArbeitsbereich::toString);

		Result alle = Quartierwerk.run(scratch, "--data", ws.toString(), "veroeffentlichen", "--ohne", "Lindenhof", "--nach",
				ziel.toString());
		assertEquals(1, alle.exitCode(), alle::toString);
		assertTrue(alle.err().contains("Es bleibt kein Praxisbeispiel zum Veröffentlichen"), alle::toString);
		assertFalse(Files.exists(ziel));
	}
}
