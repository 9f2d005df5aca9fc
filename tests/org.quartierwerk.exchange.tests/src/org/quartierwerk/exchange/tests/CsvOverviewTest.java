package org.quartierwerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.junit.jupiter.api.Test;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Tranche;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Hilfemixsektor;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.testing.Dienste;

/** The CSV overview, read back with a strict RFC 4180 reader. */
class CsvOverviewTest {

	private final Exchange exchange = Dienste.warte(Exchange.class);

	@Test
	void overviewOfTheThirteenExamplesOpensInAGermanSpreadsheet() throws Exception {
		SequencedMap<String, Praxisbeispiel> beispiele = new LinkedHashMap<>();
		for (Praxisbeispiel beispiel : exchange.dstgbBeispiele()) {
			beispiele.put(beispiel.getTitel(), beispiel);
		}
		StringWriter csv = new StringWriter();
		exchange.writeCsv(beispiele, csv);
		String text = csv.toString();
		assertTrue(text.startsWith("\uFEFFName;Titel;Herausforderung;"), text.substring(0, 40));

		List<List<String>> zeilen = parse(text.substring(1));
		assertEquals(14, zeilen.size());
		List<String> kopf = zeilen.get(0);
		assertEquals(List.of("Name", "Titel", "Herausforderung", "Unterthema", "Bundesland", "Quartiersart", "Einwohner", "Laufzeit",
				"Beginn", "Ende", "Träger", "Kooperationspartner", "Finanzierungsarten", "Ausgaben (€)", "Finanzierung (€)",
				"Eigenanteil (€)", "Förderquote (%)", "Lücke (€)", "Vollzeitäquivalente", "Sektoren im Hilfemix", "Mitträger",
				"Einsparungen (€)", "Präventionsfaktor", "Good Practice: Konzeption", "Good Practice: Zielgruppenbezug", "Good Practice: Setting-Ansatz",
				"Good Practice: Multiplikatorenkonzept", "Good Practice: Nachhaltigkeit", "Good Practice: Niedrigschwellige Arbeitsweise",
				"Good Practice: Partizipation", "Good Practice: Empowerment", "Good Practice: Integriertes Handlungskonzept/Vernetzung",
				"Good Practice: Qualitätsmanagement", "Good Practice: Dokumentation und Evaluation", "Good Practice: Kosten-Wirksamkeit",
				"Finanzierung je Jahr (€)", "Förderquote je Geber und Jahr (%)", "Statusverlauf", "Anschlussfinanzierung", "Orte", "Verweise auf andere Projekte"),
				kopf);
		assertTrue(zeilen.stream().skip(1).allMatch(z -> z.subList(23, 35).stream().allMatch(String::isEmpty)),
				"the examples are not assessed: empty, never a rating");
		assertTrue(zeilen.stream().allMatch(z -> z.size() == kopf.size()), "every line has every column");

		List<String> galgenhalde = zeilen.get(1);
		assertEquals("Quartiersprojekt Ravensburg-Galgenhalde", galgenhalde.get(1));
		assertEquals("4.1 Kooperation und Vernetzung stärken", galgenhalde.get(2));
		assertEquals("Baden-Württemberg", galgenhalde.get(4));
		assertEquals("Stadtteil", galgenhalde.get(5));
		assertEquals("2500", galgenhalde.get(6));
		assertEquals("2007", galgenhalde.get(8));
		assertEquals("Stiftung Liebenau", galgenhalde.get(10));
		assertEquals("Stiftung Liebenau, Bau- und Sparverein Ravensburg eG, Stadt Ravensburg", galgenhalde.get(11));
		assertEquals("Eigenmittel, Wohnungswirtschaft, Kommune", galgenhalde.get(12));
		assertEquals("", galgenhalde.get(14), "shares without amounts give no sum");
		assertEquals(List.of("", ""), galgenhalde.subList(18, 20), "not stated in the DStGB text");

		List<String> wohnenPlus = zeilen.stream().filter(z -> z.get(1).startsWith("WohnenPLUS")).findFirst().orElseThrow();
		assertEquals("8300000,00", wohnenPlus.get(14));
		assertEquals("", wohnenPlus.get(17), "no Ausgaben recorded: no Lücke either");
		// a title with a semicolon arrives whole
		assertTrue(zeilen.stream().anyMatch(z -> z.get(1).equals("Quartiersnahe Unterstützung; ein wohnort- und kundennahes "
				+ "Gesamtversorgungskonzept")));
	}

	/**
	 * A plan with Finanzierungsanteile but no Ausgabe with a Betrag: the Ausgaben are "nicht angegeben" in the reports and
	 * on the web site, so their cell stays empty – "0,00" would say the project spends nothing – and so does the Lücke.
	 */
	@Test
	void ausgabenNotRecordedAreAnEmptyCellNotZero() throws Exception {
		Praxisbeispiel wohnenPlus = exchange.dstgbBeispiele().stream().filter(b -> b.getTitel().startsWith("WohnenPLUS")).findFirst()
				.orElseThrow();
		assertTrue(wohnenPlus.getFinanzierungsplan().getAusgaben().stream().allMatch(a -> a.getBetrag() == null),
				"the example records no Ausgaben with a Betrag");
		List<String> werte = zeile(wohnenPlus);
		assertEquals("", werte.get(13), "Ausgaben (€)");
		assertEquals("8300000,00", werte.get(14), "Finanzierung (€)");
		assertEquals("", werte.get(17), "Lücke (€)");

		// once an Ausgabe with a Betrag is recorded, both figures are there
		Ausgabeposition ausgabe = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		ausgabe.setBetrag(new BigDecimal("9000000"));
		wohnenPlus.getFinanzierungsplan().getAusgaben().add(ausgabe);
		werte = zeile(wohnenPlus);
		assertEquals("9000000,00", werte.get(13));
		assertEquals("700000,00", werte.get(17));
	}

	/** Vollzeitäquivalente are summed only when every Stelle states them; the Hilfemix sectors in their order. */
	@Test
	void personalAndHilfemixSectorsAreSummedOnlyFromWhatIsStated() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(0);
		beispiel.getStellen().clear();
		Stelle leitung = QuartierwerkFactory.eINSTANCE.createStelle();
		leitung.setVollzeitaequivalent(new BigDecimal("1.5"));
		Stelle assistenz = QuartierwerkFactory.eINSTANCE.createStelle();
		assistenz.setVollzeitaequivalent(new BigDecimal("0.25"));
		beispiel.getStellen().addAll(List.of(leitung, assistenz));
		beispiel.getOrganisationen().get(1).setSektor(Hilfemixsektor.MARKT);
		beispiel.getOrganisationen().get(0).setSektor(Hilfemixsektor.GESELLSCHAFTLICHE_ASSOZIATIONEN);
		beispiel.getOrganisationen().get(2).setSektor(Hilfemixsektor.STAAT);
		beispiel.getWeitereTraeger().add(beispiel.getOrganisationen().get(2));
		assertEquals(List.of("1,75", "Staat, Markt, Gesellschaftliche Assoziationen", beispiel.getOrganisationen().get(2).getName()),
				zeile(beispiel).subList(18, 21));

		beispiel.getStellen().add(QuartierwerkFactory.eINSTANCE.createStelle());
		assertEquals("", zeile(beispiel).get(18), "one Stelle without VZÄ: no sum that passes for the whole");
	}

	/** One column per Good-Practice-Kriterium with its Bewertung; not assessed, or only a Begründung, is an empty cell. */
	@Test
	void goodPracticeRatingsHaveAColumnEach() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(0);
		beispiel.getGoodPractice().add(bewertung(GoodPracticeKriterium.KONZEPTION, Erfuellungsgrad.ERFUELLT));
		beispiel.getGoodPractice().add(bewertung(GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.TEILWEISE));
		beispiel.getGoodPractice().add(bewertung(GoodPracticeKriterium.KOSTEN_WIRKSAMKEIT, Erfuellungsgrad.NICHT_ERFUELLT));
		Kriteriumsbewertung offen = bewertung(GoodPracticeKriterium.EMPOWERMENT, null);
		offen.setBegruendung("noch nicht eingeschätzt");
		beispiel.getGoodPractice().add(offen);
		assertEquals(List.of("erfüllt", "", "", "", "", "", "teilweise", "", "", "", "", "nicht erfüllt"), zeile(beispiel).subList(23, 35));
	}

	private static Kriteriumsbewertung bewertung(GoodPracticeKriterium kriterium, Erfuellungsgrad grad) {
		Kriteriumsbewertung bewertung = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		bewertung.setKriterium(kriterium);
		if (grad != null) {
			bewertung.setBewertung(grad);
		}
		return bewertung;
	}

	/**
	 * Einsparungen are summed only when every one has a Betrag, and the Präventionsfaktor is there only when the
	 * Ausgaben are recorded and above 0 (docs/fachmodell.md §4.1): otherwise empty cells, never 0.
	 */
	@Test
	void einsparungenAndPraeventionsfaktorOnlyFromWhatIsRecorded() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().stream().filter(b -> b.getTitel().startsWith("WohnenPLUS")).findFirst()
				.orElseThrow();
		assertEquals(List.of("", ""), zeile(beispiel).subList(21, 23), "no Einsparung recorded");

		Einsparung heimeinzuege = QuartierwerkFactory.eINSTANCE.createEinsparung();
		heimeinzuege.setBetrag(new BigDecimal("5760000"));
		beispiel.getEinsparungen().add(heimeinzuege);
		assertEquals(List.of("5760000,00", ""), zeile(beispiel).subList(21, 23), "the Ausgaben are not recorded: no factor");

		Ausgabeposition ausgabe = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		ausgabe.setBetrag(new BigDecimal("2050000"));
		beispiel.getFinanzierungsplan().getAusgaben().clear();
		beispiel.getFinanzierungsplan().getAusgaben().add(ausgabe);
		assertEquals(List.of("5760000,00", "2,81"), zeile(beispiel).subList(21, 23));

		ausgabe.setBetrag(BigDecimal.ZERO);
		assertEquals("", zeile(beispiel).get(22), "Σ eingesetzte Mittel = 0: no factor");
		ausgabe.setBetrag(new BigDecimal("2050000"));
		beispiel.getEinsparungen().add(QuartierwerkFactory.eINSTANCE.createEinsparung());
		assertEquals(List.of("", ""), zeile(beispiel).subList(21, 23), "an Einsparung without Betrag: no sum that passes for all");
	}

	@Test
	void finanzierungPerYearQuotesStatusAndAnschlussAreAppended() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().stream().filter(b -> b.getTitel().startsWith("WohnenPLUS")).findFirst()
				.orElseThrow();
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		plan.getAnteile().clear();
		plan.getAusgaben().clear();
		Finanzierungsquelle land = QuartierwerkFactory.eINSTANCE.createFinanzierungsquelle();
		land.setName("Land");
		land.setArt(Finanzierungsart.LAND);
		plan.getQuellen().add(land);
		assertEquals(List.of("", "", "", ""), zeile(beispiel).subList(35, 39), "nothing recorded: empty cells");

		Finanzierungsanteil zuschuss = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		zuschuss.setQuelle(land);
		zuschuss.setBetrag(new BigDecimal("100000"));
		plan.getAnteile().add(zuschuss);
		assertEquals(List.of("", "", "", ""), zeile(beispiel).subList(35, 39), "a share without year: nothing per year");

		for (int jahr = 2012; jahr <= 2013; jahr++) {
			Tranche tranche = QuartierwerkFactory.eINSTANCE.createTranche();
			tranche.setJahr(jahr);
			tranche.setBetrag(new BigDecimal("40000"));
			zuschuss.getTranchen().add(tranche);
			Ausgabeposition ausgabe = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
			ausgabe.setJahr(jahr);
			ausgabe.setBetrag(new BigDecimal("50000"));
			plan.getAusgaben().add(ausgabe);
		}
		Statusereignis bewilligt = QuartierwerkFactory.eINSTANCE.createStatusereignis();
		bewilligt.setStatus(Bewilligungsstatus.BEWILLIGT);
		bewilligt.setDatum(Teildatum.valueOf("2011-11-15"));
		bewilligt.setAktenzeichen("AZ 12-345");
		zuschuss.getStatusverlauf().add(bewilligt);
		zuschuss.setAnschlussfinanzierung("Stadt ab 2014");
		// 20.000 € of the grant are not assigned to a year: no quote per year, only the total
		assertEquals(List.of("2012: 40000,00 | 2013: 40000,00 | ohne Jahr: 20000,00", "Land gesamt: 100,00",
				"Land: bewilligt 2011-11-15 (AZ 12-345)", "Land: Stadt ab 2014"), zeile(beispiel).subList(35, 39));

		zuschuss.setBetrag(new BigDecimal("80000"));
		assertEquals(List.of("2012: 40000,00 | 2013: 40000,00", "Land gesamt: 80,00 | Land 2012: 80,00 | Land 2013: 80,00"),
				zeile(beispiel).subList(35, 37));
	}

	/**
	 * Every place with what is known of it, and every link with its Art and its target: the target's current title where
	 * the target is exported too (it was renamed after the link was made), else the title remembered with the link.
	 */
	@Test
	void placesAndLinksHaveAColumnEach() throws Exception {
		Praxisbeispiel dach = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		dach.setTitel("Gemeinsam im Emsland – umbenannt");
		dach.setKennung("0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c");
		Praxisbeispiel beispiel = OrteUndVerweiseJsonTest.mitOrtenUndVerweisen(dach.getKennung());
		SequencedMap<String, Praxisbeispiel> beide = new LinkedHashMap<>();
		beide.put("Teilprojekt", beispiel);
		beide.put("Dach", dach);
		StringWriter csv = new StringWriter();
		exchange.writeCsv(beide, csv);
		List<String> zeile = parse(csv.toString().substring(1)).get(1);
		assertEquals(List.of("Lingen-Darme: Stadtteil, 2500 Einwohner, Kommune Lingen (Ems) (52000 Einwohner)"
				+ " | Freren: Gemeinde, 5000 Einwohner, Kommune Landkreis Emsland (320000 Einwohner) | Emsbüren",
				"Teilprojekt von: Gemeinsam im Emsland – umbenannt | gehört zu Programm: Soziale Stadt"), zeile.subList(39, 41));
		assertEquals("Teilprojekt von: Gemeinsam im Emsland | gehört zu Programm: Soziale Stadt", zeile(beispiel).get(40),
				"the target not exported: the remembered title");
	}

	private List<String> zeile(Praxisbeispiel beispiel) throws Exception {
		SequencedMap<String, Praxisbeispiel> eines = new LinkedHashMap<>();
		eines.put("Projekt", beispiel);
		StringWriter csv = new StringWriter();
		exchange.writeCsv(eines, csv);
		return parse(csv.toString().substring(1)).get(1);
	}

	@Test
	void quotesAndFormulasInTextsCannotBreakTheTable() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(0);
		beispiel.setTitel("=HYPERLINK(\"http://x\";\"Klick\")");
		beispiel.setUnterthema("Zeile 1\nZeile 2 mit \"Zitat\"");
		SequencedMap<String, Praxisbeispiel> eines = new LinkedHashMap<>();
		eines.put("Name; mit Semikolon", beispiel);
		StringWriter csv = new StringWriter();
		exchange.writeCsv(eines, csv);
		List<List<String>> zeilen = parse(csv.toString().substring(1));
		assertEquals(2, zeilen.size());
		assertEquals("Name; mit Semikolon", zeilen.get(1).get(0));
		assertEquals("'=HYPERLINK(\"http://x\";\"Klick\")", zeilen.get(1).get(1));
		assertEquals("Zeile 1\nZeile 2 mit \"Zitat\"", zeilen.get(1).get(3));

		// a spreadsheet also starts a formula after a leading tab or carriage return
		for (String formel : List.of("\t=1+1", "\r=1+1", "+49 30 123", "-Abzug", "@SUMME(A1)")) {
			beispiel.setTitel(formel);
			StringWriter noch = new StringWriter();
			exchange.writeCsv(eines, noch);
			assertEquals("'" + formel, parse(noch.toString().substring(1)).get(1).get(1), formel);
		}
	}

	/** A strict reader for semicolon-separated RFC 4180 text with CRLF line ends. */
	private static List<List<String>> parse(String text) {
		List<List<String>> zeilen = new ArrayList<>();
		List<String> zeile = new ArrayList<>();
		StringBuilder feld = new StringBuilder();
		boolean inQuotes = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inQuotes) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					feld.append('"');
					i++;
				} else if (c == '"') {
					inQuotes = false;
				} else {
					feld.append(c);
				}
			} else if (c == '"') {
				assertEquals(0, feld.length(), "a quote may only open a field");
				inQuotes = true;
			} else if (c == ';') {
				zeile.add(feld.toString());
				feld.setLength(0);
			} else if (c == '\r') {
				assertEquals('\n', text.charAt(i + 1), "lines end with CRLF");
				zeile.add(feld.toString());
				feld.setLength(0);
				zeilen.add(zeile);
				zeile = new ArrayList<>();
				i++;
			} else {
				assertTrue(c != '\n', "a bare line feed outside quotes");
				feld.append(c);
			}
		}
		assertEquals(0, feld.length() + zeile.size(), "the text ends with a line end");
		return zeilen;
	}
}
