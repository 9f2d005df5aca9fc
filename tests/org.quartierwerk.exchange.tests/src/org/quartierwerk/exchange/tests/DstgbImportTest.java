package org.quartierwerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.model.validierung.Validierung;
import org.quartierwerk.testing.Dienste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Importing the 13 DStGB examples from the shared file, checked against the file and against the printed text. */
class DstgbImportTest {

	/** The shared data file, seen from this module's folder (the working folder of the test run). */
	static final Path SHARED = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json");

	@TempDir
	Path scratch;

	private final Exchange exchange = Dienste.warte(Exchange.class);

	@Test
	void theShippedExamplesAreTheSharedFile() throws Exception {
		try (InputStream shipped = FrameworkUtil.getBundle(Exchange.class).getEntry("beispiele/dstgb150-praxisbeispiele.json")
				.openStream()) {
			assertArrayEquals(Files.readAllBytes(SHARED), shipped.readAllBytes());
		}
	}

	@Test
	void theSharedFileYieldsThirteenValidPraxisbeispiele() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.read(SHARED);
		assertEquals(13, beispiele.size());
		for (Praxisbeispiel beispiel : beispiele) {
			Diagnostic befund = Validierung.pruefe(beispiel, Services.modelle());
			assertEquals(List.of(), Validierung.meldungen(befund, Diagnostic.ERROR), beispiel.getTitel());
			assertTrue(beispiel.isSetHerausforderung() && beispiel.isSetBundesland() && beispiel.getTraeger() != null,
					beispiel.getTitel());
		}
		assertEquals(exchange.dstgbBeispiele().stream().map(Praxisbeispiel::getTitel).toList(),
				beispiele.stream().map(Praxisbeispiel::getTitel).toList());
	}

	/** The file's Bundesländer and Herausforderungen are German labels; they are found whatever the JVM's language. */
	@Test
	void germanLabelsOfTheFileAreFoundOnAnEnglishDefaultLocale() throws Exception {
		List<String> deutsch = exchange.read(SHARED).stream().map(b -> b.getBundesland() + " " + b.getHerausforderung()).toList();
		Locale vorher = Locale.getDefault();
		List<Praxisbeispiel> englisch;
		try {
			Locale.setDefault(Locale.US);
			englisch = exchange.read(SHARED);
		} finally {
			Locale.setDefault(vorher);
		}
		assertEquals(deutsch, englisch.stream().map(b -> b.getBundesland() + " " + b.getHerausforderung()).toList());
		assertTrue(englisch.stream().allMatch(b -> b.isSetBundesland() && b.isSetHerausforderung()), deutsch::toString);
	}

	@Test
	void everyFundingFigureOfTheFileBecomesAFinanzierungsanteil() throws Exception {
		JsonNode file = new ObjectMapper().readTree(SHARED.toFile());
		List<Praxisbeispiel> beispiele = exchange.read(SHARED);
		int anteile = 0;
		for (int i = 0; i < file.size(); i++) {
			JsonNode quellen = file.get(i).get("finanzierungsquellen");
			List<Finanzierungsanteil> imModell = beispiele.get(i).getFinanzierungsplan().getAnteile();
			assertEquals(quellen.size(), imModell.size(), beispiele.get(i).getTitel());
			for (int j = 0; j < quellen.size(); j++) {
				JsonNode quelle = quellen.get(j);
				Finanzierungsanteil anteil = imModell.get(j);
				assertEquals(quelle.get("geber").asText(), anteil.getQuelle().getName());
				String art = quelle.get("art").isNull() ? null : quelle.get("art").asText();
				assertSame(quelle.get("anteil_prozent"), anteil.getAnteilProzent());
				if (anteil.getQuelle().getArt() == Finanzierungsart.TEILNAHMEGEBUEHREN) {
					// a fee per person is no amount of the project; the printed figure stays in the description
					assertNull(anteil.getBetrag());
					assertEquals(art + ": 50 €", anteil.getQuelle().getBeschreibung());
				} else {
					assertSame(quelle.get("betrag_eur"), anteil.getBetrag());
					assertEquals(art, anteil.getQuelle().getBeschreibung(), "the printed kind of funding describes the money");
				}
				assertFalse(anteil.isSetStatus(), "the texts do not say whether a share was applied for, granted or paid");
				anteile++;
			}
		}
		assertEquals(36, anteile);
	}

	@Test
	void ravensburgAsPrinted() throws Exception {
		Praxisbeispiel galgenhalde = byTitle().get("Quartiersprojekt Ravensburg-Galgenhalde");
		assertEquals(Herausforderung.KOOPERATION_VERNETZUNG, galgenhalde.getHerausforderung());
		assertEquals("Kooperation zwischen Sozialträger, Kommune und Wohnungswirtschaft", galgenhalde.getUnterthema());
		assertEquals(Bundesland.BADEN_WUERTTEMBERG, galgenhalde.getBundesland());
		assertEquals(Quartiersart.STADTTEIL, galgenhalde.getQuartier().getArt());
		assertEquals(2500, galgenhalde.getQuartier().getEinwohner());
		assertEquals(50_000, galgenhalde.getQuartier().getKommuneEinwohner());
		assertEquals(Teildatum.jahr(2007), galgenhalde.getLaufzeit().getBeginn());
		assertEquals(Boolean.TRUE, galgenhalde.getLaufzeit().getOffen());
		assertNull(galgenhalde.getLaufzeit().getVorlaeufig(), "the text does not say it: nicht angegeben");
		assertNull(galgenhalde.getStellen().get(0).getEhrenamtlich(), "the text does not say it: nicht angegeben");
		assertEquals("Stiftung Liebenau", galgenhalde.getTraeger().getName());
		assertEquals(Akteurstyp.STIFTUNG, galgenhalde.getTraeger().getAkteurstyp());
		assertEquals("88074", galgenhalde.getTraeger().getAdresse().getPlz());
		assertEquals("Meckenbeuren-Liebenau", galgenhalde.getTraeger().getAdresse().getOrt());
		assertEquals("www.stiftung-liebenau.de", galgenhalde.getTraeger().getWebsite());
		// the Träger is listed among the partners too: it cooperates as itself, not as a copy of itself
		assertEquals(List.of("Stiftung Liebenau", "Bau- und Sparverein Ravensburg eG", "Stadt Ravensburg"),
				galgenhalde.getKooperationen().stream().map(k -> k.getPartner().getName()).toList());
		Assertions.assertSame(galgenhalde.getTraeger(), galgenhalde.getKooperationen().get(0).getPartner());
		assertEquals(3, galgenhalde.getOrganisationen().size(), "no second Stiftung Liebenau");
		assertEquals(List.of(Akteurstyp.STIFTUNG, Akteurstyp.WOHNUNGSWIRTSCHAFT, Akteurstyp.KOMMUNE),
				galgenhalde.getKooperationen().stream().map(k -> k.getPartner().getAkteurstyp()).toList());
		assertEquals(0, new BigDecimal("40").compareTo(galgenhalde.getStellen().get(0).getUmfangProzent()));
		assertEquals(List.of(Finanzierungsart.EIGENMITTEL, Finanzierungsart.WOHNUNGSWIRTSCHAFT, Finanzierungsart.KOMMUNE),
				galgenhalde.getFinanzierungsplan().getQuellen().stream().map(q -> q.getArt()).toList());
		assertTrue(galgenhalde.getZieleText().startsWith("Seit über zehn Jahren engagiert sich die Stiftung Liebenau"));
		assertTrue(galgenhalde.getBeteiligungText().startsWith("Das Motto lautet daher: LebensWert"));
		assertEquals("DStGB-Dokumentation Nr. 150 'Vielfalt leben', 003 L1417–L1596", galgenhalde.getQuelle());
	}

	@Test
	void datesRolesAndSharesAsPrinted() throws Exception {
		Map<String, Praxisbeispiel> beispiele = byTitle();
		Laufzeit rostock = find(beispiele, "Rostock").getLaufzeit();
		assertEquals(Teildatum.valueOf("2018-07-01"), rostock.getBeginn());
		assertEquals(Teildatum.valueOf("2023-06-30"), rostock.getEnde());
		assertEquals(Boolean.FALSE, rostock.getOffen(), "it has an Ende");

		Praxisbeispiel kreuznach = find(beispiele, "Bad Münster");
		assertEquals(Teildatum.valueOf("2017-02"), kreuznach.getLaufzeit().getBeginn());
		assertEquals(Teildatum.valueOf("2020-01"), kreuznach.getLaufzeit().getEnde());
		assertEquals(Boolean.TRUE, kreuznach.getLaufzeit().getVorlaeufig());
		assertEquals(List.of(80, 10), kreuznach.getFinanzierungsplan().getAnteile().stream()
				.map(a -> a.getAnteilProzent().intValueExact()).toList());

		Praxisbeispiel eichstetten = find(beispiele, "Eichstetten");
		assertEquals(Teildatum.valueOf("1998-03"), eichstetten.getLaufzeit().getBeginn());
		Kooperation gemeinde = eichstetten.getKooperationen().get(0);
		assertEquals("Gemeinde Eichstetten", gemeinde.getPartner().getName());
		assertEquals("unterstützt den eigenständigen Verein", gemeinde.getRolle());
		assertEquals(List.of(Finanzierungsart.EIGENMITTEL, Finanzierungsart.MITGLIEDSBEITRAEGE, Finanzierungsart.SPENDEN,
				Finanzierungsart.KOMMUNE, Finanzierungsart.KOMMUNE),
				eichstetten.getFinanzierungsplan().getQuellen().stream().map(q -> q.getArt()).toList());

		Praxisbeispiel eching = find(beispiele, "Eching");
		assertEquals(14_200, eching.getQuartier().getEinwohner());
		// the Verein earns about 73 % from Miete, Kranken- und Pflegekassen and Gebühren: income for its services
		assertEquals(List.of(Finanzierungsart.KOMMUNE, Finanzierungsart.LEISTUNGSRECHT, Finanzierungsart.BUND),
				eching.getFinanzierungsplan().getQuellen().stream().map(q -> q.getArt()).toList());

		// a programme only where the text names one
		Praxisbeispiel vrees = find(beispiele, "Vrees");
		assertEquals(Arrays.asList(null, "Wohnen und Pflege im Alter", null, null),
				vrees.getFinanzierungsplan().getQuellen().stream().map(q -> q.getProgramm()).toList());

		// an open end is stated by "seit …" only; without an Ende and without "seit" it is not stated either way
		for (Praxisbeispiel beispiel : beispiele.values()) {
			Laufzeit laufzeit = beispiel.getLaufzeit();
			if (laufzeit != null && laufzeit.getEnde() == null) {
				assertTrue(laufzeit.getOffen() == null || laufzeit.getOffen(), beispiel.getTitel());
			}
		}

		// eight million euros of investment and 300 000 € of lottery money, but no Ausgaben: a warning, not an error
		Praxisbeispiel wohnenPlus = find(beispiele, "WohnenPLUS");
		assertEquals(0, new BigDecimal("8300000").compareTo(Finanzkennzahlen.von(wohnenPlus.getFinanzierungsplan()).finanzierung()));
		Diagnostic befund = Validierung.pruefe(wohnenPlus, Services.modelle());
		assertEquals(List.of(), Validierung.meldungen(befund, Diagnostic.ERROR));
		assertTrue(Validierung.meldungen(befund, Diagnostic.WARNING).stream().anyMatch(m -> m.contains("aber keine Ausgaben")));
		assertNull(wohnenPlus.getQuartier().getEinwohner(), "a range of sites gives no single number");

		assertEquals(Map.of(Herausforderung.KOOPERATION_VERNETZUNG, 3L, Herausforderung.PARTIZIPATION, 4L,
				Herausforderung.HILFEMIX, 3L, Herausforderung.FINANZIERUNG, 3L),
				Sammlung.anzahlJeHerausforderung(List.copyOf(beispiele.values())));
	}

	/**
	 * What the text does not state as one value stays unset, the text is kept, and nothing shows Java's wording. Before,
	 * "31. Februar" and "0. Juli", a count of inhabitants beyond two billion and a share beyond the range of a double
	 * refused the whole file with "java.time.DateTimeException: …" or "java.lang.NumberFormatException: …" in the
	 * message (found by bench/fuzz, JsonImportFuzzer with the hostile DStGB seed).
	 */
	@Test
	void statementsOfNoSingleValueStayUnset() throws Exception {
		Path file = Files.writeString(scratch.resolve("unklar.json"), """
				[ { "titel": "Unklar", "herausforderung": "4.1",
				    "laufzeit": "31. Februar 2018 bis 0. Juli 2020",
				    "quartiersgroesse": "99999999999 Einwohner im Stadtteil",
				    "personal_quartiersmanagement": "eine 1000000000000000000000-Prozent-Stelle" } ]
				""");
		Praxisbeispiel beispiel = exchange.read(file).get(0);
		Laufzeit laufzeit = beispiel.getLaufzeit();
		assertEquals("31. Februar 2018 bis 0. Juli 2020", laufzeit.getText());
		assertNull(laufzeit.getBeginn(), "an impossible day is no date");
		assertNull(laufzeit.getEnde(), "an impossible day is no date");
		assertNull(beispiel.getQuartier().getEinwohner());
		assertEquals("99999999999 Einwohner im Stadtteil", beispiel.getQuartier().getBeschreibung());
		assertNull(beispiel.getStellen().get(0).getUmfangProzent());

		Path gross = Files.writeString(scratch.resolve("gross.json"), """
				[ { "titel": "Groß", "herausforderung": "4.4",
				    "finanzierungsquellen": [ { "geber": "Stiftung", "anteil_prozent": -1e400 } ] } ]
				""");
		ExchangeException refused = assertThrows(ExchangeException.class, () -> exchange.read(gross));
		assertTrue(refused.getMessage().startsWith(gross + ": Eintrag 1 kann nicht gelesen werden: die Zahl im Feld \u201Eanteil_prozent\u201C"),
				refused.getMessage());
		assertFalse(refused.getMessage().contains("Exception"), refused.getMessage());
	}

	/**
	 * Numbers and roles are derived only from texts of at most 1000 characters. Some of the expressions take time
	 * growing with the square of the text's length: before, 80 000 digits as Quartiersgröße took a minute, a hostile
	 * file of 16 MB would have taken weeks (found by measuring the expressions DstgbImportFuzzer exercises).
	 */
	@Test
	void nothingIsDerivedFromTextsTooLongToStateOneValue() throws Exception {
		String lang = "x".repeat(1000);
		Path file = Files.writeString(scratch.resolve("lang.json"), """
				[ { "titel": "Lang", "herausforderung": "4.1", "traeger": "Verein",
				    "quartiersgroesse": "LANG 2500 Einwohner", "personal_quartiersmanagement": "LANG eine 50-Prozent-Stelle",
				    "kooperationspartner": [ "Gemeinde LANG (fachliche Beratung)", "Gemeinde X (fachliche Beratung)" ] } ]
				""".replace("LANG", lang));
		Praxisbeispiel beispiel = exchange.read(file).get(0);
		assertNull(beispiel.getQuartier().getEinwohner());
		assertNull(beispiel.getStellen().get(0).getUmfangProzent());
		List<Kooperation> kooperationen = beispiel.getKooperationen();
		assertEquals("Gemeinde " + lang + " (fachliche Beratung)", kooperationen.get(0).getPartner().getName());
		assertNull(kooperationen.get(0).getRolle());
		assertEquals("Gemeinde X", kooperationen.get(1).getPartner().getName());
		assertEquals("fachliche Beratung", kooperationen.get(1).getRolle());
	}

	private Map<String, Praxisbeispiel> byTitle() throws Exception {
		return exchange.read(SHARED).stream().collect(Collectors.toMap(Praxisbeispiel::getTitel, Function.identity()));
	}

	private static Praxisbeispiel find(Map<String, Praxisbeispiel> beispiele, String teil) {
		List<Praxisbeispiel> treffer = beispiele.values().stream().filter(b -> b.getTitel().contains(teil)).toList();
		assertEquals(1, treffer.size(), () -> "one title containing " + teil + ": " + beispiele.keySet());
		return treffer.get(0);
	}

	private static void assertSame(JsonNode erwartet, BigDecimal wert) {
		if (erwartet == null || erwartet.isNull()) {
			assertNull(wert);
		} else {
			assertEquals(0, erwartet.decimalValue().compareTo(wert), () -> erwartet + " ≠ " + wert);
		}
	}
}
