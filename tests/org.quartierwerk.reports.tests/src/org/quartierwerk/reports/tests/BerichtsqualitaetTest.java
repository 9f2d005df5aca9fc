package org.quartierwerk.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.reports.Berichtsdaten;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.Berichtszeitraum;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.reports.Wirkungsdaten;
import org.quartierwerk.testing.Dienste;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Report quality as a reader sees it: every template × every shipped example (the collection templates once for all)
 * × every format is rendered once, read back (PDFBox, the DOCX and ODT XML, the HTML) and checked by the named checks
 * below. Each finding names template, example and format; the failure lists the count per check.
 */
class BerichtsqualitaetTest {

	/** An amount as the templates print money: "1.234,50 €", "297.000 €", "297000 EUR". */
	private static final Pattern BETRAG = Pattern.compile("-?\\d[\\d.]*(,\\d+)?\\s?(€|EUR)");
	/** Words the report service itself writes, beside the model's and the template's texts. */
	private static final Set<String> EIGENE_WOERTER = Set.of("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
			"september", "oktober", "november", "dezember", "bis", "offen", "seit", "ohne", "angabe", "nicht", "angegeben", "fehlt",
			"sammlung", "von", "praxisbeispielen", "praxisbeispiel", "kategorie", "titel", "seite", "entwurf", "geprüft", "ja", "nein",
			"quartierwerk", "erstellt", "eur", "träger", "herausforderung", "bundesland", "finanzierungsart", "fehler", "bild");
	/** Where the documents of the first examples are kept for looking at. */
	private static final Path AUSGABE = Path.of("target", "berichtsqualitaet");

	private final ReportService reports = Dienste.warte(ReportService.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);

	/** One finding: the check's name and the German message. */
	private record Befund(String pruefung, String meldung) {
	}

	/** What one rendered document is checked against. */
	private record Fall(Berichtsvorlage vorlage, Entwurf entwurf, List<Praxisbeispiel> beispiele, Map<String, Object> zusatz,
			Berichtsformat format, Berichtslesung lesung, String stderr) {

		String name() {
			String beispiel = beispiele.size() == 1 ? "\u201E" + beispiele.get(0).getTitel() + "\u201C" : "alle Beispiele";
			return "Vorlage " + vorlage.id() + ", " + beispiel + (zusatz.isEmpty() ? "" : ", " + zusatz.values()) + ", " + format.name();
		}
	}

	/** The static texts of a template: its headings and every label. */
	private record Entwurf(Set<String> ueberschriften, Set<String> unterueberschriften, Set<String> beschriftungen, Set<String> woerter,
			Set<String> mitDiagramm) {
	}

	@Test
	void everyTemplateForEveryExampleInEveryFormatReadsWell() throws Exception {
		long start = System.nanoTime();
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		List<Befund> befunde = new ArrayList<>();
		int dokumente = 0;
		for (Berichtsvorlage vorlage : reports.vorlagen()) {
			if (!vorlage.kurs().isEmpty()) {
				continue;
			}
			Entwurf entwurf = entwurf(vorlage);
			List<List<Praxisbeispiel>> faelle = vorlage.sammlung() ? List.of(beispiele) : beispiele.stream().map(List::of).toList();
			for (int i = 0; i < faelle.size(); i++) {
				List<Praxisbeispiel> fall = faelle.get(i);
				for (Berichtsformat format : vorlage.formate()) {
					pruefe(render(vorlage, entwurf, fall, Map.of(), format, i < 3 ? vorlage.id() + "-" + (i + 1) : null), befunde);
					dokumente++;
				}
			}
		}
		// the shipped examples record no Messwerte: the Wirkungsbericht also for a project with series, whole and for 2023
		Berichtsvorlage wirkung = reports.vorlagen().stream().filter(v -> v.id().equals("wirkungsbericht")).findFirst().orElseThrow();
		List<Praxisbeispiel> messreihen = List.of(Wirkungsbeispiel.mitMessreihen(exchange.dstgbBeispiele().get(2)));
		for (Map<String, Object> zusatz : List.of(Map.<String, Object>of(),
				Map.<String, Object>of(Berichtszeitraum.APP_CONTEXT_KEY, Berichtszeitraum.von("2023", "2023")))) {
			for (Berichtsformat format : wirkung.formate()) {
				pruefe(render(wirkung, entwurf(wirkung), messreihen, zusatz, format, "wirkungsbericht-messreihen" + (zusatz.isEmpty() ? "" : "-2023")),
						befunde);
				dokumente++;
			}
		}
		long sekunden = (System.nanoTime() - start) / 1_000_000_000L;
		Map<String, Integer> anzahl = new LinkedHashMap<>();
		for (String pruefung : List.of("ueberschriftOhneInhalt", "abgeschnittenesWort", "betragOhneDaten", "betragNichtDeutsch",
				"schriftNichtEingebettet", "tabelleZuBreit", "nochNichtBegonnen", "ausgabeAufStderr")) {
			anzahl.put(pruefung, (int) befunde.stream().filter(b -> b.pruefung().equals(pruefung)).count());
		}
		System.out.println("Berichtsqualität: " + dokumente + " Dokumente in " + sekunden + " s, Befunde je Prüfung " + anzahl);
		befunde.forEach(b -> System.out.println("  [" + b.pruefung() + "] " + b.meldung()));
		assertTrue(dokumente >= 5 * 13 * 4 + 1 + 2 * 4, "nur " + dokumente + " Dokumente gerendert");
		if (!befunde.isEmpty()) {
			StringBuilder meldung = new StringBuilder(befunde.size() + " Befunde in " + dokumente + " Dokumenten, je Prüfung " + anzahl);
			befunde.stream().limit(40).forEach(b -> meldung.append("\n").append(b.meldung()));
			fail(meldung.toString());
		}
	}

	/** Every check on one rendered document; the words it may print are the model's, the template's and its own sentences. */
	private static void pruefe(Fall gelesen, List<Befund> befunde) {
		Set<String> modellwoerter = woerter(texte(gelesen.beispiele()));
		modellwoerter.addAll(woerter(eigeneTexte(gelesen.beispiele(), gelesen.zusatz())));
		ueberschriftOhneInhalt(gelesen, befunde);
		abgeschnittenesWort(gelesen, modellwoerter, befunde);
		betragOhneDaten(gelesen, befunde);
		betragNichtDeutsch(gelesen, befunde);
		schriftNichtEingebettet(gelesen, befunde);
		tabelleZuBreit(gelesen, befunde);
		nochNichtBegonnen(gelesen, befunde);
		ausgabeAufStderr(gelesen, befunde);
	}

	/** The Antrag's declarations follow the project's state: a begun project gets a Fortsetzungsantrag, a new one declares. */
	@Test
	void theDeclarationsFollowTheProjectsBegin() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(2);
		assertTrue(beispiel.getLaufzeit().getBeginn().letzter().isBefore(LocalDate.now()), "Rostock began in 2018");
		String begonnen = pdfText("antrag-kommune", beispiel);
		assertFalse(begonnen.contains("noch nicht begonnen"), begonnen);
		assertTrue(begonnen.contains("Fortsetzungsantrag auf kommunale Zuwendung"), begonnen);
		assertTrue(begonnen.contains("Mit dem Vorhaben wurde am 1. Juli 2018 begonnen"), begonnen);
		assertTrue(begonnen.contains("vorzeitigen Maßnahmebeginn"), begonnen);

		beispiel.getLaufzeit().setBeginn(Teildatum.tag(LocalDate.now().plusMonths(3)));
		beispiel.getLaufzeit().setEnde(Teildatum.tag(LocalDate.now().plusYears(3)));
		String neu = pdfText("antrag-kommune", beispiel);
		assertTrue(neu.contains("dass mit dem Vorhaben noch nicht begonnen wurde"), neu);
		assertFalse(neu.contains("Fortsetzungsantrag"), neu);

		beispiel.getLaufzeit().setBeginn(null);
		String unbekannt = pdfText("antrag-kommune", beispiel).replaceAll("\\s+", " ");
		assertFalse(unbekannt.contains("Der Antragsteller erklärt, dass mit dem Vorhaben noch nicht begonnen"),
				"an unrecorded begin is not declared either way: " + unbekannt);
		assertTrue(unbekannt.contains("Der Beginn des Vorhabens ist nicht angegeben; vor der Unterschrift ankreuzen"), unbekannt);
	}

	/** The financing is declared secured only when the plan shows it; otherwise the Antrag says what is missing. */
	@Test
	void theFinancingIsDeclaredSecuredOnlyWhenThePlanShowsIt() throws Exception {
		Praxisbeispiel ohne = exchange.dstgbBeispiele().get(1);
		String ohneAusgaben = pdfText("antrag-kommune", ohne).replaceAll("\\s+", " ");
		assertFalse(ohneAusgaben.contains("gesichert ist"), ohneAusgaben);
		assertTrue(ohneAusgaben.contains("Die Gesamtfinanzierung ist in diesem Antrag nicht dargelegt: der Finanzierungsplan nennt "
				+ "keine Ausgaben."), ohneAusgaben);

		Praxisbeispiel gedeckt = exchange.dstgbBeispiele().get(1);
		Finanzierungsplan plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
		Finanzierungsquelle kommune = QuartierwerkFactory.eINSTANCE.createFinanzierungsquelle();
		kommune.setName("Stadt");
		plan.getQuellen().add(kommune);
		Finanzierungsanteil anteil = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		anteil.setQuelle(kommune);
		anteil.setBetrag(new BigDecimal("20000"));
		plan.getAnteile().add(anteil);
		Ausgabeposition miete = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		miete.setBezeichnung("Miete");
		miete.setBetrag(new BigDecimal("20000"));
		plan.getAusgaben().add(miete);
		gedeckt.setFinanzierungsplan(plan);
		String gesichert = pdfText("antrag-kommune", gedeckt).replaceAll("\\s+", " ");
		assertTrue(gesichert.contains("dass die Gesamtfinanzierung unter Einbeziehung der beantragten Zuwendung gesichert ist"), gesichert);

		Finanzierungsanteil offen = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		offen.setQuelle(kommune);
		plan.getAnteile().add(offen);
		String ohneBetrag = pdfText("antrag-kommune", gedeckt).replaceAll("\\s+", " ");
		assertFalse(ohneBetrag.contains("gesichert ist"), ohneBetrag);
		assertTrue(ohneBetrag.contains("nicht vollständig dargelegt: für 1 Finanzierungsanteil ist kein Betrag angegeben."), ohneBetrag);
		plan.getAnteile().remove(offen);

		miete.setBetrag(new BigDecimal("32000"));
		String luecke = pdfText("antrag-kommune", gedeckt).replace('\u00A0', ' ').replaceAll("\\s+", " ");
		assertFalse(luecke.contains("gesichert ist"), luecke);
		assertTrue(luecke.contains("Die Gesamtfinanzierung ist noch nicht gesichert: es fehlen 12.000,00 €."), luecke);
	}

	/** Recorded amounts print in German notation, sums over nothing recorded as "nicht angegeben". */
	@Test
	void amountsArePrintedOnlyWhereRecordedAndInGermanNotation() throws Exception {
		Praxisbeispiel ohne = exchange.dstgbBeispiele().get(1);
		String text = pdfText("antrag-kommune", ohne);
		assertTrue(text.contains("Ausgaben gesamt nicht angegeben"), text);
		assertTrue(text.contains("Finanzierungslücke nicht angegeben"), text);
		assertFalse(text.contains("0,00 €"), text);

		Praxisbeispiel mit = exchange.dstgbBeispiele().get(1);
		Ausgabeposition ausgabe = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		ausgabe.setBezeichnung("Quartiersbüro");
		ausgabe.setBetrag(new BigDecimal("297000"));
		mit.getFinanzierungsplan().getAusgaben().add(ausgabe);
		Ziel ziel = QuartierwerkFactory.eINSTANCE.createZiel();
		ziel.setTitel("Leitziel Quartier");
		Ziel unterziel = QuartierwerkFactory.eINSTANCE.createZiel();
		unterziel.setTitel("Unterziel Treffpunkt");
		Kennzahl kennzahl = QuartierwerkFactory.eINSTANCE.createKennzahl();
		kennzahl.setIndikator("Eingeworbene Mittel");
		kennzahl.setZielwert(new BigDecimal("297000"));
		kennzahl.setEinheit("EUR");
		unterziel.getKennzahlen().add(kennzahl);
		ziel.getUnterziele().add(unterziel);
		mit.getZiele().add(ziel);
		text = pdfText("antrag-kommune", mit);
		Files.createDirectories(AUSGABE);
		ByteArrayOutputStream unterziele = new ByteArrayOutputStream();
		reports.render("antrag-stiftung", List.of(mit), Berichtsformat.PDF, unterziele);
		Files.write(AUSGABE.resolve("antrag-stiftung-unterziele.pdf"), unterziele.toByteArray());
		assertTrue(text.contains("Ausgaben gesamt 297.000,00 €"), text);
		assertEquals(1, text.split("297.000 €", -1).length - 1, "the Zielwert in whole euros: " + text);
		assertEquals(2, text.split("297.000,00 €", -1).length - 1, "the Ausgabe and their sum, with cents: " + text);
		assertFalse(text.contains("297000"), text);
	}

	/**
	 * Einsparungen print in the applications' Wirkung sections only where recorded; Präventionsfaktor and
	 * Netto-Konsolidierung only where computed from recorded data, the factor always with its caveat (docs/fachmodell.md §4.1).
	 */
	@Test
	void einsparungenArePrintedOnlyWhereRecorded() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(1);
		for (String vorlage : List.of("antrag-kommune", "antrag-stiftung")) {
			String ohne = pdfText(vorlage, beispiel);
			assertFalse(ohne.contains("Einsparung") || ohne.contains("Pr\u00E4ventionsfaktor"), vorlage + ": " + ohne);
		}
		Einsparung einsparung = QuartierwerkFactory.eINSTANCE.createEinsparung();
		einsparung.setBezeichnung("Vermiedene Heimunterbringungen");
		einsparung.setBetrag(new BigDecimal("5760000"));
		Laufzeit zeitraum = QuartierwerkFactory.eINSTANCE.createLaufzeit();
		zeitraum.setBeginn(Teildatum.jahr(2005));
		zeitraum.setEnde(Teildatum.jahr(2011));
		einsparung.setZeitraum(zeitraum);
		einsparung.setBerechnung("Fallkostenvergleich");
		einsparung.setMitVorbehalt(true);
		beispiel.getEinsparungen().add(einsparung);
		String ohneAusgaben = normal(pdfText("antrag-kommune", beispiel));
		assertTrue(ohneAusgaben.contains("Einsparung \u201EVermiedene Heimunterbringungen\u201C: 5.760.000,00 \u20AC (2005\u20132011), "
				+ "mit Vorbehalt; Berechnung: Fallkostenvergleich"), ohneAusgaben);
		assertFalse(ohneAusgaben.contains("Pr\u00E4ventionsfaktor"), "no Ausgaben recorded, no factor: " + ohneAusgaben);
		assertFalse(ohneAusgaben.contains("Netto-Konsolidierung"), ohneAusgaben);

		Ausgabeposition personal = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		personal.setKategorie(Ausgabenkategorie.PERSONAL);
		personal.setBetrag(new BigDecimal("2050000"));
		beispiel.getFinanzierungsplan().getAusgaben().add(personal);
		for (String vorlage : List.of("antrag-kommune", "antrag-stiftung")) {
			String mit = normal(pdfText(vorlage, beispiel));
			assertTrue(mit.contains("Pr\u00E4ventionsfaktor (Einsparungen \u00F7 Ausgaben): 2,81 \u2013 mit Vorbehalt: "
					+ "Pr\u00E4ventionswirkungen sind selten monokausal nachweisbar"), vorlage + ": " + mit);
			assertTrue(mit.contains("Netto-Konsolidierung (Einsparungen \u2212 Personalkosten): 3.710.000,00 \u20AC"), vorlage + ": " + mit);
		}
	}

	private static String normal(String text) {
		return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
	}

	private String pdfText(String vorlage, Praxisbeispiel beispiel) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render(vorlage, List.of(beispiel), Berichtsformat.PDF, out);
		return String.join(" ", Berichtslesung.lies(Berichtsformat.PDF, out.toByteArray(), null).zeilen());
	}

	/** A heading whose section, up to the next heading of its level or above, holds nothing but the template's labels. */
	static void ueberschriftOhneInhalt(Fall fall, List<Befund> befunde) {
		List<String> zeilen = fall.lesung().zeilen();
		Entwurf entwurf = fall.entwurf();
		for (int i = 0; i < zeilen.size(); i++) {
			int ebene = ebene(entwurf, zeilen.get(i));
			if (ebene == 0) {
				continue;
			}
			boolean inhalt = false;
			for (int j = i + 1; j < zeilen.size(); j++) {
				int naechste = ebene(entwurf, zeilen.get(j));
				if (naechste != 0 && naechste <= ebene) {
					break;
				}
				if (naechste == 0 && (zeilen.get(j).contains(Berichtslesung.BILD) || !nurBeschriftung(entwurf, zeilen.get(j)))) {
					inhalt = true;
					break;
				}
			}
			// PDF shows no place of a picture in its text: a chart's section has content if the document has a picture
			if (fall.format() == Berichtsformat.PDF && entwurf.mitDiagramm().contains(zeilen.get(i)) && fall.lesung().bilder() > 0) {
				inhalt = true;
			}
			if (!inhalt) {
				befunde.add(new Befund("ueberschriftOhneInhalt",
						fall.name() + ": Auf die Überschrift \u201E" + zeilen.get(i) + "\u201C folgt kein Inhalt."));
			}
		}
	}

	/** A word of the document that is the beginning of a word of the model or the template, not a word of its own. */
	static void abgeschnittenesWort(Fall fall, Set<String> modellwoerter, List<Befund> befunde) {
		Set<String> bekannt = new HashSet<>(modellwoerter);
		bekannt.addAll(fall.entwurf().woerter());
		bekannt.addAll(EIGENE_WOERTER);
		Set<String> gemeldet = new HashSet<>();
		for (String zeile : fall.lesung().zeilen()) {
			for (String wort : woerter(List.of(zeile))) {
				if (wort.length() < 4 || bekannt.contains(wort) || !gemeldet.add(wort)) {
					continue;
				}
				bekannt.stream().filter(b -> b.length() >= wort.length() + 2 && b.startsWith(wort)).findFirst()
						.ifPresent(ganz -> befunde.add(new Befund("abgeschnittenesWort", fall.name() + ": \u201E" + wort
								+ "\u201C ist ein abgeschnittenes \u201E" + ganz + "\u201C (Zeile \u201E" + zeile + "\u201C).")));
			}
		}
	}

	/** An amount printed beside Ausgaben, Lücke or Finanzierung where the project records no such amount. */
	static void betragOhneDaten(Fall fall, List<Befund> befunde) {
		if (fall.beispiele().size() != 1) {
			return;
		}
		Finanzierungsplan plan = fall.beispiele().get(0).getFinanzierungsplan();
		boolean ausgaben = plan != null && plan.getAusgaben().stream().map(Ausgabeposition::getBetrag).anyMatch(Objects::nonNull);
		boolean finanzierung = plan != null && plan.getAnteile().stream().map(Finanzierungsanteil::getBetrag).anyMatch(Objects::nonNull);
		for (String zeile : fall.lesung().zeilen()) {
			if (!BETRAG.matcher(zeile).find()) {
				continue;
			}
			boolean ohneAusgaben = !ausgaben && (zeile.contains("Ausgaben") || zeile.contains("Lücke") || zeile.contains("lücke"));
			boolean ohneFinanzierung = !finanzierung
					&& (zeile.contains("Finanzierung gesamt") || zeile.contains("Zuwendungen") || zeile.contains("Eigenanteil"));
			boolean null0 = !ausgaben && !finanzierung && zeile.matches(".*(^|[^\\d.,])0,00\\s?€.*");
			if (ohneAusgaben || ohneFinanzierung || null0) {
				befunde.add(new Befund("betragOhneDaten", fall.name() + ": Betrag ohne erfasste "
						+ (ohneAusgaben ? "Ausgaben" : "Finanzierungsbeträge") + ": \u201E" + zeile + "\u201C."));
			}
		}
	}

	/** An amount not in German notation: "297000 EUR" instead of "297.000 €". */
	static void betragNichtDeutsch(Fall fall, List<Befund> befunde) {
		Pattern falsch = Pattern.compile("(^|[^\\d.,])(\\d{4,}(,\\d+)?\\s?(€|EUR)|\\d[\\d.,]*\\s?EUR\\b)");
		for (String zeile : fall.lesung().zeilen()) {
			Matcher m = falsch.matcher(zeile);
			if (m.find()) {
				befunde.add(new Befund("betragNichtDeutsch", fall.name() + ": Betrag nicht in deutscher Schreibweise: \u201E"
						+ m.group(2) + "\u201C (Zeile \u201E" + zeile + "\u201C)."));
			}
		}
	}

	/** A PDF font that is not embedded. */
	static void schriftNichtEingebettet(Fall fall, List<Befund> befunde) {
		for (String schrift : fall.lesung().schriften()) {
			if (schrift.endsWith(" nicht eingebettet")) {
				befunde.add(new Befund("schriftNichtEingebettet", fall.name() + ": Schrift " + schrift + "."));
			}
		}
	}

	/** A DOCX or ODT table wider than the page's text area. */
	static void tabelleZuBreit(Fall fall, List<Befund> befunde) {
		for (String tabelle : fall.lesung().zuBreiteTabellen()) {
			befunde.add(new Befund("tabelleZuBreit", fall.name() + ": Tabelle " + tabelle + "."));
		}
	}

	/** "noch nicht begonnen" for a project whose Laufzeit began before today. */
	static void nochNichtBegonnen(Fall fall, List<Befund> befunde) {
		boolean begonnen = fall.beispiele().stream().anyMatch(b -> b.getLaufzeit() != null && b.getLaufzeit().getBeginn() != null
				&& b.getLaufzeit().getBeginn().letzter().isBefore(LocalDate.now()));
		if (!begonnen) {
			return;
		}
		for (String zeile : fall.lesung().zeilen()) {
			if (zeile.contains("noch nicht begonnen")) {
				befunde.add(new Befund("nochNichtBegonnen", fall.name() + ": Das Vorhaben hat begonnen ("
						+ fall.beispiele().get(0).getLaufzeit().getBeginn() + "), der Bericht erklärt: \u201E" + zeile + "\u201C."));
			}
		}
	}

	/** Anything BIRT wrote to stderr or logged at a level the console shows while rendering. */
	static void ausgabeAufStderr(Fall fall, List<Befund> befunde) {
		if (!fall.stderr().isBlank()) {
			String erste = fall.stderr().lines().findFirst().orElse("");
			befunde.add(new Befund("ausgabeAufStderr", fall.name() + ": " + fall.stderr().lines().count()
					+ " Zeilen auf stderr, die erste: \u201E" + erste + "\u201C."));
		}
	}

	private Fall render(Berichtsvorlage vorlage, Entwurf entwurf, List<Praxisbeispiel> beispiele, Map<String, Object> zusatz,
			Berichtsformat format, String ablage) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream fehler = new ByteArrayOutputStream();
		PrintStream alt = System.err;
		List<String> protokoll = new ArrayList<>();
		Handler mitschnitt = new Handler() {
			@Override
			public void publish(LogRecord eintrag) {
				if (eintrag.getLevel().intValue() >= Level.WARNING.intValue() && eintrag.getLoggerName() != null
						&& eintrag.getLoggerName().startsWith("org.eclipse.birt")) {
					protokoll.add(eintrag.getLevel() + " " + eintrag.getLoggerName() + ": " + eintrag.getMessage());
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Logger wurzel = Logger.getLogger("");
		wurzel.addHandler(mitschnitt);
		System.setErr(new PrintStream(fehler, true, StandardCharsets.UTF_8));
		try {
			reports.render(vorlage.id(), beispiele, zusatz, format, out);
		} finally {
			System.setErr(alt);
			wurzel.removeHandler(mitschnitt);
		}
		String stderr = fehler.toString(StandardCharsets.UTF_8) + String.join("\n", protokoll);
		if (ablage != null) {
			Files.createDirectories(AUSGABE);
			Files.write(AUSGABE.resolve(ablage + "." + format.endung()), out.toByteArray());
		}
		String kopf = "Quartierwerk · " + new Berichtsdaten(beispiele, List.of(), null).traegerblock();
		return new Fall(vorlage, entwurf, beispiele, zusatz, format, Berichtslesung.lies(format, out.toByteArray(), kopf), stderr);
	}

	private static Entwurf entwurf(Berichtsvorlage vorlage) throws Exception {
		Document design;
		try (InputStream in = vorlage.design().openStream()) {
			design = Berichtslesung.xml(in.readAllBytes());
		}
		Set<String> ueberschriften = new HashSet<>();
		Set<String> unterueberschriften = new HashSet<>();
		Set<String> beschriftungen = new HashSet<>();
		for (Element label : Berichtslesung.alle(design.getDocumentElement(), "label")) {
			String text = null;
			String stil = "";
			for (Element eigenschaft : Berichtslesung.kinder(label)) {
				if ("text".equals(Berichtslesung.attribut(eigenschaft, "name")) && "text-property".equals(eigenschaft.getLocalName())) {
					text = eigenschaft.getTextContent().replaceAll("\\s+", " ").strip();
				} else if ("style".equals(Berichtslesung.attribut(eigenschaft, "name"))) {
					stil = eigenschaft.getTextContent().strip();
				}
			}
			if (text == null || text.isEmpty()) {
				continue;
			}
			beschriftungen.add(text);
			if (stil.equals("qw-ueberschrift")) {
				ueberschriften.add(text);
			} else if (stil.equals("qw-unterueberschrift")) {
				unterueberschriften.add(text);
			}
		}
		Set<String> mitDiagramm = new HashSet<>();
		Element koerper = Berichtslesung.alle(design.getDocumentElement(), "body").get(0);
		String abschnitt = null;
		for (Element element : Berichtslesung.kinder(koerper)) {
			String text = element.getLocalName().equals("label") ? labeltext(element) : null;
			if (text != null && (ueberschriften.contains(text) || unterueberschriften.contains(text))) {
				abschnitt = text;
			} else if (element.getLocalName().equals("extended-item") && abschnitt != null) {
				mitDiagramm.add(abschnitt);
			}
		}
		List<String> texte = new ArrayList<>(beschriftungen);
		for (Element text : Berichtslesung.alle(design.getDocumentElement(), "text-property")) {
			texte.add(text.getTextContent());
		}
		for (Element text : Berichtslesung.alle(design.getDocumentElement(), "expression")) {
			texte.addAll(quotierteTexte(text.getTextContent()));
		}
		return new Entwurf(ueberschriften, unterueberschriften, beschriftungen, woerter(texte), mitDiagramm);
	}

	private static String labeltext(Element label) {
		for (Element eigenschaft : Berichtslesung.kinder(label)) {
			if ("text".equals(Berichtslesung.attribut(eigenschaft, "name")) && "text-property".equals(eigenschaft.getLocalName())) {
				return eigenschaft.getTextContent().replaceAll("\\s+", " ").strip();
			}
		}
		return null;
	}

	/** The sentences the report service itself writes for these projects: title, declarations, page header. */
	private static List<String> eigeneTexte(List<Praxisbeispiel> beispiele, Map<String, Object> zusatz) {
		Berichtsdaten daten = new Berichtsdaten(beispiele, List.of(), null);
		List<String> texte = new ArrayList<>(List.of(daten.traegerblock(), Berichtsdaten.NICHT_ANGEGEBEN, Berichtsdaten.FEHLT));
		if (beispiele.size() == 1) {
			texte.add(daten.antragstitel());
			texte.add(daten.erklaerung());
			texte.add(daten.einsparungen());
			Wirkungsdaten wirkung = new Wirkungsdaten(beispiele.get(0), (Berichtszeitraum) zusatz.get(Berichtszeitraum.APP_CONTEXT_KEY));
			texte.add(wirkung.zeitraum());
			texte.add(wirkung.vorperiode());
			texte.add(wirkung.einsparungen(daten));
			for (String tabelle : List.of("vision", "problem", "wirkungslogik", "ressourcen", "leistungen", "kennzahlen", "erfolge", "planung",
					"organisation", "team")) {
				wirkung.tabelle(tabelle).forEach(zeile -> zeile.values().forEach(w -> texte.add(String.valueOf(w))));
			}
		}
		return texte;
	}

	/** The string literals of a script expression, e.g. the words of "Erstellt am " + …. */
	private static List<String> quotierteTexte(String skript) {
		List<String> texte = new ArrayList<>();
		Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(skript);
		while (m.find()) {
			texte.add(m.group(1));
		}
		return texte;
	}

	private static int ebene(Entwurf entwurf, String zeile) {
		return entwurf.ueberschriften().contains(zeile) ? 1 : entwurf.unterueberschriften().contains(zeile) ? 2 : 0;
	}

	/** Whether a line is only labels of the template (a table's header row, field names without values). */
	private static boolean nurBeschriftung(Entwurf entwurf, String zeile) {
		String rest = " " + zeile.replace(" | ", "  ") + " ";
		List<String> beschriftungen = entwurf.beschriftungen().stream().sorted((a, b) -> b.length() - a.length()).toList();
		for (String b : beschriftungen) {
			rest = rest.replace(" " + b + " ", "  ");
		}
		return rest.isBlank();
	}

	/** Every text value of the projects and what they refer to (Träger, Quellen, Stufen), and the German names of the model's enums. */
	private static List<String> texte(Collection<Praxisbeispiel> beispiele) {
		List<String> texte = new ArrayList<>();
		for (Praxisbeispiel beispiel : beispiele) {
			List<EObject> objekte = new ArrayList<>();
			objekte.add(beispiel);
			beispiel.eAllContents().forEachRemaining(objekte::add);
			List<EObject> bezogen = new ArrayList<>();
			objekte.forEach(o -> bezogen.addAll(o.eCrossReferences()));
			objekte.addAll(bezogen);
			for (EObject objekt : objekte) {
				for (EAttribute attribut : objekt.eClass().getEAllAttributes()) {
					Object wert = objekt.eGet(attribut);
					(wert instanceof Collection<?> c ? c : List.of(Objects.requireNonNullElse(wert, ""))).forEach(w -> texte.add(String.valueOf(w)));
				}
			}
		}
		QuartierwerkPackage.eINSTANCE.getEClassifiers().stream().filter(EEnum.class::isInstance).map(EEnum.class::cast)
				.flatMap(e -> e.getELiterals().stream()).map(EEnumLiteral::getInstance)
				.forEach((Enumerator literal) -> texte.add(Bezeichnungen.von(literal, Locale.GERMAN)));
		return texte;
	}

	/** The words of texts, lower case: runs of letters. */
	private static Set<String> woerter(Collection<String> texte) {
		Set<String> woerter = new HashSet<>();
		for (String text : texte) {
			for (String wort : text.toLowerCase(Locale.GERMAN).split("[^\\p{L}]+")) {
				if (!wort.isEmpty()) {
					woerter.add(wort);
				}
			}
		}
		return woerter;
	}
}
