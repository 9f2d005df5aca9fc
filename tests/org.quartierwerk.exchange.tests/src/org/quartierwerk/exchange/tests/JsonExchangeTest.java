package org.quartierwerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.exchange.Exchange.Uebernahme;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Tranche;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.testing.Dienste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Quartierwerk JSON: lossless round trips, references into the catalogues, and files that must be refused. */
class JsonExchangeTest {

	private static final String MITWIRKEN = "quartierwerk:/katalog/partizipationsleiter.xmi#partizipationsleiter.mitwirken";

	@TempDir
	Path scratch;

	private final Exchange exchange = Dienste.warte(Exchange.class);
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final List<String> saved = new ArrayList<>();

	@AfterEach
	void deleteSavedProjects() throws Exception {
		for (String name : saved) {
			store.delete(name);
		}
	}

	@Test
	void allThirteenExamplesSurviveJsonExportAndImport() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		Path file = scratch.resolve("beispiele.json");
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		exchange.writeJson(beispiele, json);
		Files.write(file, json.toByteArray());

		List<Praxisbeispiel> zurueck = exchange.read(file);
		assertEquals(13, zurueck.size());
		for (int i = 0; i < 13; i++) {
			assertTrue(EcoreUtil.equals(beispiele.get(i), zurueck.get(i)), beispiele.get(i).getTitel());
		}
		String text = json.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("["), text.substring(0, 80));
		assertTrue(text.contains("\"eClass\" : \"" + QuartierwerkPackage.eNS_URI + "#//Praxisbeispiel\""), text.substring(0, 200));
		assertTrue(text.contains("\"bundesland\" : \"BADEN_WUERTTEMBERG\""));
		assertTrue(text.contains("\"beginn\" : \"2018-07-01\""), "a Teildatum is written as printed");
	}

	/**
	 * The Good-Practice self-assessment (docs/fachmodell.md §11) goes JSON → project → workspace file (XMI) → JSON
	 * unchanged: Konzeption, the first criterion, is written although it is the enumeration's first literal, and a
	 * Begründung without Bewertung keeps its Bewertung "nicht angegeben". The shipped examples carry no assessment.
	 */
	@Test
	void goodPracticeSurvivesJsonAndTheWorkspaceAndTheExamplesHaveNone() throws Exception {
		assertTrue(exchange.dstgbBeispiele().stream().allMatch(b -> b.getGoodPractice().isEmpty()), "nothing invented for the 13");
		Praxisbeispiel beispiel = EcoreUtil.copy(exchange.dstgbBeispiele().get(0));
		Kriteriumsbewertung konzeption = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		konzeption.setKriterium(GoodPracticeKriterium.KONZEPTION);
		konzeption.setBewertung(Erfuellungsgrad.ERFUELLT);
		konzeption.setBegruendung("Schriftliches Konzept „LebensWert“ von 2007");
		Kriteriumsbewertung nachhaltigkeit = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		nachhaltigkeit.setKriterium(GoodPracticeKriterium.NACHHALTIGKEIT);
		nachhaltigkeit.setBegruendung("Anschlussfinanzierung wird verhandelt");
		beispiel.getGoodPractice().addAll(List.of(konzeption, nachhaltigkeit));

		String text = new String(export(List.of(beispiel)), StandardCharsets.UTF_8);
		assertTrue(text.contains("\"kriterium\" : \"KONZEPTION\""), text);
		assertTrue(text.contains("\"bewertung\" : \"ERFUELLT\""), text);
		Praxisbeispiel zurueck = exchange.read(Files.writeString(scratch.resolve("gp.json"), text)).get(0);
		assertTrue(EcoreUtil.equals(beispiel, zurueck));
		assertFalse(zurueck.getGoodPractice().get(1).isSetBewertung());

		String name = exchange.addToWorkspace(List.of(zurueck)).get(0).name();
		saved.add(name);
		Praxisbeispiel geladen = store.load(name);
		assertTrue(EcoreUtil.equals(beispiel, geladen), "through the workspace's XMI file");
		assertEquals(text, new String(export(List.of(geladen)), StandardCharsets.UTF_8));
	}

	/** Einsparungen with every field, and one with none, come back as they were; what was not stated is not written. */
	@Test
	void einsparungenSurviveJsonExportAndImport() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(0);
		Einsparung dortmund = QuartierwerkFactory.eINSTANCE.createEinsparung();
		dortmund.setBezeichnung("Sozialhilfeersparnis");
		dortmund.setBetrag(new BigDecimal("3120000"));
		Laufzeit jahr = QuartierwerkFactory.eINSTANCE.createLaufzeit();
		jahr.setBeginn(Teildatum.jahr(2011));
		jahr.setEnde(Teildatum.jahr(2011));
		dortmund.setZeitraum(jahr);
		dortmund.setBerechnung("40 % × 650 Einzelfallhilfen × 12.000 €");
		dortmund.setQuelle("Stadt Dortmund");
		dortmund.setMitVorbehalt(false);
		beispiel.getEinsparungen().add(dortmund);
		beispiel.getEinsparungen().add(QuartierwerkFactory.eINSTANCE.createEinsparung());
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		exchange.writeJson(List.of(beispiel), json);
		String text = json.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("\"betrag\" : 3120000"), text);
		assertTrue(text.contains("\"mitVorbehalt\" : false"), "nein is written, not left out");
		assertTrue(text.contains("\"einsparungen\" : [ {"), text);

		Praxisbeispiel zurueck = exchange.read(Files.write(scratch.resolve("einsparungen.json"), json.toByteArray())).get(0);
		assertTrue(EcoreUtil.equals(beispiel, zurueck), "the round trip is lossless");
		assertEquals(Boolean.FALSE, zurueck.getEinsparungen().get(0).getMitVorbehalt());
		assertEquals(null, zurueck.getEinsparungen().get(1).getMitVorbehalt(), "not stated stays not stated");
		assertEquals(null, zurueck.getEinsparungen().get(1).getBetrag());
	}

	/**
	 * A grant of 250.000 € over 2012–2016 in five Tranchen, with its Statusverlauf (dates, Aktenzeichen) and its
	 * Anschlussfinanzierung, survives JSON and the workspace's XMI unchanged (docs/austauschformate.md).
	 */
	@Test
	void finanzierungOverTimeSurvivesJsonAndXmi() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(0);
		beispiel.setTitel("Fünf Jahre in Tranchen");
		Finanzierungsanteil zuschuss = beispiel.getFinanzierungsplan().getAnteile().get(0);
		zuschuss.setBetrag(new BigDecimal("250000"));
		zuschuss.setJahr(null);
		zuschuss.unsetStatus();
		for (int jahr = 2012; jahr <= 2016; jahr++) {
			Tranche tranche = QuartierwerkFactory.eINSTANCE.createTranche();
			tranche.setJahr(jahr);
			tranche.setBetrag(new BigDecimal("50000"));
			zuschuss.getTranchen().add(tranche);
		}
		zuschuss.getTranchen().add(QuartierwerkFactory.eINSTANCE.createTranche());
		for (Bewilligungsstatus status : List.of(Bewilligungsstatus.GEPLANT, Bewilligungsstatus.BEANTRAGT, Bewilligungsstatus.BEWILLIGT,
				Bewilligungsstatus.AUSGEZAHLT, Bewilligungsstatus.VERWENDUNGSNACHWEIS_ERBRACHT)) {
			Statusereignis ereignis = QuartierwerkFactory.eINSTANCE.createStatusereignis();
			ereignis.setStatus(status);
			ereignis.setDatum(Teildatum.jahr(2011 + status.getValue()));
			ereignis.setAktenzeichen("AZ 41-5.2/" + status.getValue());
			ereignis.setNotiz(status == Bewilligungsstatus.AUSGEZAHLT ? "erste Rate" : null);
			zuschuss.getStatusverlauf().add(ereignis);
		}
		zuschuss.getStatusverlauf().add(QuartierwerkFactory.eINSTANCE.createStatusereignis());
		zuschuss.setAnschlussfinanzierung("Regelförderung der Stadt ab 2017");

		ByteArrayOutputStream json = new ByteArrayOutputStream();
		exchange.writeJson(List.of(beispiel), json);
		String text = json.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("\"tranchen\" : [ {"), text);
		assertTrue(text.contains("\"status\" : \"VERWENDUNGSNACHWEIS_ERBRACHT\""), text);
		assertTrue(text.contains("\"aktenzeichen\" : \"AZ 41-5.2/4\""), text);
		Praxisbeispiel zurueck = exchange.read(Files.write(scratch.resolve("tranchen.json"), json.toByteArray())).get(0);
		assertTrue(EcoreUtil.equals(beispiel, zurueck), "the JSON round trip is lossless");
		Finanzierungsanteil gelesen = zurueck.getFinanzierungsplan().getAnteile().get(0);
		assertFalse(gelesen.isSetStatus(), "a status not recorded stays not recorded");
		assertFalse(gelesen.getStatusverlauf().get(5).isSetStatus());

		String name = exchange.addToWorkspace(List.of(zurueck)).get(0).name();
		saved.add(name);
		assertTrue(EcoreUtil.equals(beispiel, store.load(name)), "the XMI of the workspace keeps it too");
	}

	@Test
	void allThirteenExamplesSurviveTheWorkspaceUnderNamesFromTheirTitles() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		List<String> namen = exchange.addToWorkspace(beispiele).stream().map(Uebernahme::name).toList();
		saved.addAll(namen);
		assertEquals("Quartiersprojekt Ravensburg-Galgenhalde", namen.get(0));
		for (int i = 0; i < 13; i++) {
			assertTrue(EcoreUtil.equals(beispiele.get(i), store.load(namen.get(i))), namen.get(i));
		}
		// importing the same again adds nothing; a changed copy never replaces a project, it gets its own name
		assertEquals(List.of(new Uebernahme("Quartiersprojekt Ravensburg-Galgenhalde", false)),
				exchange.addToWorkspace(beispiele.subList(0, 1)));
		Praxisbeispiel geaendert = EcoreUtil.copy(beispiele.get(0));
		geaendert.setKurzbeschreibung("anders");
		List<Uebernahme> nochmal = exchange.addToWorkspace(List.of(geaendert));
		saved.add(nochmal.get(0).name());
		assertEquals(List.of(new Uebernahme("Quartiersprojekt Ravensburg-Galgenhalde (2)", true)), nochmal);
		assertEquals(List.of(new Uebernahme("Quartiersprojekt Ravensburg-Galgenhalde (2)", false)),
				exchange.addToWorkspace(List.of(EcoreUtil.copy(geaendert))), "a numbered copy is found as well");
	}

	@Test
	void aReferenceToACatalogueStufeIsStoredByItsLogicalUriAndResolvesToTheCatalogue() throws Exception {
		Partizipationsstufe mitwirken = Dienste.warte(Katalog.class).partizipationsmodell(Katalog.STANDARD_MODELL).orElseThrow()
				.getStufen().get(1);
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(0);
		Beteiligung beteiligung = QuartierwerkFactory.eINSTANCE.createBeteiligung();
		beteiligung.setPhase(Projektphase.PLANUNG);
		beteiligung.setStufe(mitwirken);
		beispiel.getBeteiligungen().add(beteiligung);

		String name = exchange.addToWorkspace(List.of(beispiel)).get(0).name();
		saved.add(name);
		assertTrue(Files.readString(store.file(name)).contains("href=\"" + MITWIRKEN + "\""));
		assertSame(mitwirken, store.load(name).getBeteiligungen().get(0).getStufe());

		ByteArrayOutputStream json = new ByteArrayOutputStream();
		exchange.writeJson(List.of(beispiel), json);
		assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"$ref\" : \"" + MITWIRKEN + "\""), json::toString);
		Path file = Files.write(scratch.resolve("mit-stufe.json"), json.toByteArray());
		Partizipationsstufe gelesen = exchange.read(file).get(0).getBeteiligungen().get(0).getStufe();
		assertSame(mitwirken, gelesen);
		assertFalse(gelesen.eIsProxy());
	}

	/** An imported file may point anywhere; the import reads that file and the installed catalogues, nothing else. */
	@Test
	void anImportOpensNoOtherFile() throws Exception {
		Path fremd = Files.writeString(scratch.resolve("fremd.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Partizipationsmodell xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
				    id="fremd"><stufen id="fremd.stufe" name="Fremd" rang="1"/></qw:Partizipationsmodell>
				""");
		Path file = Files.writeString(scratch.resolve("verweis.json"), """
				{ "eClass" : "http://quartierwerk.org/model/1.0#//Praxisbeispiel", "titel" : "Verweis",
				  "beteiligungen" : [ { "phase" : "PLANUNG", "stufe" : {
				    "eClass" : "http://quartierwerk.org/model/1.0#//Partizipationsstufe", "$ref" : "URI#//@stufen.0" } } ] }
				""".replace("URI", fremd.toUri().toString()));
		Praxisbeispiel beispiel = exchange.read(file).get(0);
		assertTrue(beispiel.getBeteiligungen().get(0).getStufe().eIsProxy(), "the reference into another file was followed");
		assertEquals(1, beispiel.eResource().getResourceSet().getResources().size(),
				() -> "resources opened: " + beispiel.eResource().getResourceSet().getResources());
	}

	@Test
	void brokenOrHostileFilesAreRefusedWithAMessageNamingTheFile() throws Exception {
		assertRefused("broken.json", "[{\"eClass\": \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", \"titel\": ",
				"ist kein gültiges JSON (Zeile 1");
		assertRefused("empty.json", "", "ist leer");
		assertRefused("other.json", "{\"eClass\": \"http://example.org/fremd#//Ding\"}", "enthält weder Praxisbeispiele");
		assertRefused("array.json", "[1, 2, 3]", "enthält weder Praxisbeispiele");
		assertRefused("modell.json", "{\"eClass\": \"http://quartierwerk.org/model/1.0#//Partizipationsmodell\", \"id\": \"x\"}",
				"enthält ein Partizipationsmodell, kein Praxisbeispiel");
		assertRefused("wrongtype.json", "{\"eClass\": \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", \"titel\": \"T\","
				+ " \"quartier\": {\"einwohner\": \"sehr viele\"}}", "kann nicht gelesen werden");
		assertRefused("dstgb-broken.json", "[{\"titel\": \"T\", \"herausforderung\": \"4.1\"}, 7]", "Eintrag 2 ist kein Praxisbeispiel");
		assertRefused("deep.json", "[".repeat(100_000), "ist kein gültiges JSON");
		assertRefused("zukunft.json", "{\"eClass\": \"http://quartierwerk.org/model/3.0#//Praxisbeispiel\", \"titel\": \"T\"}",
				"mit einer neueren Quartierwerk-Version geschrieben (Dateiformat 3.0)");

		Path large = scratch.resolve("large.json");
		try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
			file.setLength(Exchange.MAX_FILE_SIZE + 1);
		}
		ExchangeException tooLarge = assertThrows(ExchangeException.class, () -> exchange.read(large));
		assertTrue(tooLarge.getMessage().contains("zu groß"), tooLarge.getMessage());
		ExchangeException missing = assertThrows(ExchangeException.class, () -> exchange.read(scratch.resolve("fehlt.json")));
		assertTrue(missing.getMessage().startsWith("Die Datei " + scratch.resolve("fehlt.json") + " gibt es nicht"));
	}

	/**
	 * What a project file cannot hold is refused when the import file is read, naming the project, the field and the
	 * character or number. Before, such files were read and the import then failed with "kann nicht in das Dateiformat
	 * umgewandelt werden" (a control character, U+FFFE, half a surrogate pair) or validation ran out of memory (a number
	 * like 1E+999999999); found by bench/fuzz (DstgbImportFuzzer, JsonImportFuzzer).
	 */
	@Test
	void whatAProjectFileCannotHoldIsRefusedWhenReading() throws Exception {
		String kopf = "{\"eClass\": \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", \"titel\": \"T\", ";
		assertRefused("steuerzeichen.json", kopf + "\"zieleText\": \"vorher\\u000cnachher\"}",
				"Praxisbeispiel 1 (\u201ET\u201C), Feld \u201EZiele des Projektes\u201C, enthält das Zeichen U+000C");
		assertRefused("surrogat.json", kopf + "\"zielgruppen\": [\"Ältere\", \"halb\\ud800\"]}", "Feld \u201EZielgruppen\u201C, enthält das Zeichen U+D800");
		assertRefused("fffe.json", "[{\"titel\": \"\\ufffe\", \"herausforderung\": \"4.1\"}]",
				"Praxisbeispiel 1, Feld \u201ETitel\u201C, enthält das Zeichen U+FFFE");
		assertRefused("betrag.json", kopf + "\"finanzierungsplan\": {\"ausgaben\": [{\"betrag\": 1E+999999999}]}}",
				"Feld \u201EBetrag\u201C, enthält die Zahl 1E+999999999; Quartierwerk rechnet mit höchstens 15 Stellen vor und 20 Stellen nach dem Komma");
		assertRefused("klein.json", kopf + "\"finanzierungsplan\": {\"anteile\": [{\"anteilProzent\": 1E-999999999}]}}",
				"Feld \u201EAnteil in Prozent\u201C, enthält die Zahl 1E-999999999");

		Path gut = Files.writeString(scratch.resolve("gut.json"), kopf + "\"zieleText\": \"Tab\\tund\\r\\nZeilen 😀 \\u00a0\", "
				+ "\"finanzierungsplan\": {\"ausgaben\": [{\"betrag\": 999999999999999.99}]}}");
		Praxisbeispiel beispiel = exchange.read(gut).get(0);
		String name = exchange.addToWorkspace(List.of(beispiel)).get(0).name();
		saved.add(name);
		assertTrue(EcoreUtil.equals(beispiel, store.load(name)), "tabs, line breaks, emoji and large amounts survive the workspace");
	}

	/**
	 * A title becomes a file name that the file system takes: at most 255 bytes with the temporary and backup names, no
	 * half surrogate pair where it is cut, no C1 control character. Before, a title of 100 three-byte characters failed
	 * as "ein unerwarteter Fehler des Datenträgers", and one cut inside a surrogate pair or holding U+0085 failed
	 * outright (found by bench/fuzz, DstgbImportFuzzer).
	 */
	/**
	 * References inside a project are relative to that project: projects taken from two exports into one file, in
	 * another order, or one of them moved into a file of its own, keep their own Träger and partners. In format 1.0 a
	 * reference counted the projects of the whole file ("/3/@organisationen.0") and silently pointed elsewhere.
	 */
	@Test
	void combinedExportsKeepEachProjectsOwnReferences() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		ObjectMapper json = new ObjectMapper();
		JsonNode erster = json.readTree(export(beispiele.subList(0, 3)));
		JsonNode zweiter = json.readTree(export(beispiele.subList(3, 6)));
		ArrayNode gemischt = json.createArrayNode().add(zweiter.get(2)).add(erster.get(1)).add(zweiter.get(0));

		List<Praxisbeispiel> zurueck = exchange.read(Files.write(scratch.resolve("gemischt.json"), json.writeValueAsBytes(gemischt)));
		List<Praxisbeispiel> erwartet = List.of(beispiele.get(5), beispiele.get(1), beispiele.get(3));
		for (int i = 0; i < 3; i++) {
			assertTrue(EcoreUtil.equals(erwartet.get(i), zurueck.get(i)), erwartet.get(i).getTitel());
			assertSame(zurueck.get(i), EcoreUtil.getRootContainer(zurueck.get(i).getTraeger()), "its own Träger");
		}
		Praxisbeispiel allein = exchange.read(Files.write(scratch.resolve("allein.json"), json.writeValueAsBytes(erster.get(2)))).get(0);
		assertTrue(EcoreUtil.equals(beispiele.get(2), allein), "moved into a file of its own");
	}

	private byte[] export(List<Praxisbeispiel> beispiele) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		exchange.writeJson(beispiele, bytes);
		return bytes.toByteArray();
	}

	/** A message about a project in a 2.0 array names the line and column of the whole file. */
	@Test
	void aWrongValueInTheThirdProjectIsFoundAtItsLineAndColumn() throws Exception {
		String kopf = "{\"eClass\": \"" + QuartierwerkPackage.eNS_URI + "#//Praxisbeispiel\", \"titel\": \"T\"}";
		assertRefused("dritter.json", "[" + kopf + ",\n" + kopf + ",\n  {\"eClass\": \"" + QuartierwerkPackage.eNS_URI
				+ "#//Praxisbeispiel\", \"quartier\": {\"einwohner\": \"viele\"}}]", "(Zeile 3, Spalte");
		assertRefused("kein-objekt.json", "[" + kopf + ", 7]", "kein Praxisbeispiel");
		// read as one document, such an array made the JSON library run without end; format 1.0 is read by element too
		String alt = kopf.replace(QuartierwerkPackage.eNS_URI, QuartierwerkResources.NAMESPACE_1_0);
		assertRefused("dritter-1.0.json", "[" + alt + ",\n" + alt + ",\n  {\"eClass\": \"" + QuartierwerkResources.NAMESPACE_1_0
				+ "#//Praxisbeispiel\", \"quartier\": {\"einwohner\": \"viele\"}}]", "(Zeile 3, Spalte");
	}

	/** JSON of format 1.0 means its defaults where it writes nothing; 2.0 leaves the same fields "nicht angegeben". */
	@Test
	void jsonOfFormat10KeepsItsDefaultsAnd20LeavesThemOpen() throws Exception {
		String projekt = "{\"eClass\": \"http://quartierwerk.org/model/%s#//Praxisbeispiel\", \"titel\": \"T\","
				+ " \"finanzierungsplan\": {\"ausgaben\": [{\"bezeichnung\": \"Miete\", \"betrag\": 1200}]},"
				+ " \"beteiligungen\": [{\"zielgruppe\": \"Ältere\"}]}";
		Praxisbeispiel alt = exchange.read(Files.writeString(scratch.resolve("alt.json"), projekt.formatted("1.0"))).get(0);
		Ausgabeposition miete = alt.getFinanzierungsplan().getAusgaben().get(0);
		assertEquals(Boolean.TRUE, miete.getZuwendungsfaehig());
		assertTrue(miete.isSetKategorie() && alt.getBeteiligungen().get(0).isSetPhase());

		Praxisbeispiel neu = exchange.read(Files.writeString(scratch.resolve("neu.json"), projekt.formatted("2.0"))).get(0);
		Ausgabeposition offen = neu.getFinanzierungsplan().getAusgaben().get(0);
		assertEquals(null, offen.getZuwendungsfaehig());
		assertFalse(offen.isSetKategorie() || neu.getBeteiligungen().get(0).isSetPhase());
	}

	@Test
	void titlesBecomeNamesTheFileSystemTakes() throws Exception {
		List<String> titel = List.of("€".repeat(100), "ä".repeat(120), "a".repeat(99) + "😀 und mehr", "Titel\u0085mit NEL",
				"..\u2028 \u0009Versteckt", "😀".repeat(60));
		List<Praxisbeispiel> beispiele = new ArrayList<>();
		for (String t : titel) {
			Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
			beispiel.setTitel(t);
			beispiele.add(beispiel);
		}
		List<Uebernahme> uebernahmen = exchange.addToWorkspace(beispiele);
		uebernahmen.forEach(u -> saved.add(u.name()));
		for (int i = 0; i < titel.size(); i++) {
			String name = uebernahmen.get(i).name();
			assertTrue(uebernahmen.get(i).neu(), name);
			assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 180 && name.length() <= 100, name);
			assertTrue(name.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)), name);
			assertTrue(EcoreUtil.equals(beispiele.get(i), store.load(name)), name);
		}
		assertEquals("a".repeat(99), uebernahmen.get(2).name(), "cut before the emoji, not inside it");
		assertEquals("Titel-mit NEL", uebernahmen.get(3).name());
	}

	private void assertRefused(String fileName, String content, String expected) throws Exception {
		Path file = Files.writeString(scratch.resolve(fileName), content);
		ExchangeException refused = assertThrows(ExchangeException.class, () -> exchange.read(file), fileName);
		assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains(expected), () -> fileName + ": " + refused.getMessage());
	}
}
