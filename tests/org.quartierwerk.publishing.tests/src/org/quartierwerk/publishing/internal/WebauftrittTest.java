package org.quartierwerk.publishing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.publishing.Publishing;
import org.quartierwerk.publishing.PublishingException;
import org.quartierwerk.publishing.ZielordnerBelegtException;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code veroeffentlichen --web} in OSGi with real files: the 13 shipped examples and a project that names persons,
 * e-mail addresses and phone numbers become a site whose every page is well-formed and accessible in its markup, whose
 * figures are the model's, that holds no personal datum and reaches nothing outside itself; a missing rule or a leak
 * put into a file makes it fail and leaves no site; a foreign folder is refused.
 */
class WebauftrittTest {

	private static final String PROJEKT = "Webauftrittstest Lindenhof";
	/** What the Lindenhof project records of persons; "Anna" alone is no datum: a shipped example names "St. Anna". */
	private static final List<String> PERSOENLICH = List.of("Beispiel-K", "Anna Beispiel", "Frau Beispiel", "Gisela", "Jörg", "Öztürk", "Oeztuerk", "anna.beispiel",
			"info(at)", "3612345", "36 12 34", "82-1234", "Sonnenweg 12");

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);
	private final CourseService kurse = Dienste.warte(CourseService.class);
	private final WorkspaceLocator workspace = Dienste.warte(WorkspaceLocator.class);
	private final Katalog katalog = Dienste.warte(Katalog.class);
	private final Publishing publishing = Dienste.warte(Publishing.class);

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	/** The shipped examples and the Lindenhof project in the workspace; the names of all other projects, to leave out. */
	private List<String> anlegen() throws Exception {
		List<String> vorher = store.names();
		exchange.addToWorkspace(exchange.dstgbBeispiele());
		store.save(PROJEKT, mitPlanUndBeteiligung(VeroeffentlichungTest.beispiel()));
		kurse.nimmTeil("biq", PROJEKT, "Gisela Öztürk", false);
		return vorher;
	}

	/** The shipped examples record no Ausgaben and no Beteiligung; this one does, so their figures are compared too. */
	private Praxisbeispiel mitPlanUndBeteiligung(Praxisbeispiel p) {
		QuartierwerkFactory f = QuartierwerkFactory.eINSTANCE;
		Finanzierungsplan plan = f.createFinanzierungsplan();
		for (String betrag : List.of("24000", "1234.50")) {
			Ausgabeposition a = f.createAusgabeposition();
			a.setBetrag(new BigDecimal(betrag));
			a.setJahr(2026);
			a.setZuwendungsfaehig(true);
			plan.getAusgaben().add(a);
		}
		Finanzierungsquelle stadt = f.createFinanzierungsquelle();
		stadt.setName("Stadt Ravensburg");
		stadt.setArt(Finanzierungsart.KOMMUNE);
		plan.getQuellen().add(stadt);
		Finanzierungsanteil anteil = f.createFinanzierungsanteil();
		anteil.setQuelle(stadt);
		anteil.setBetrag(new BigDecimal("20000"));
		anteil.setStatus(Bewilligungsstatus.BEWILLIGT);
		plan.getAnteile().add(anteil);
		p.setFinanzierungsplan(plan);
		Partizipationsmodell modell = katalog.partizipationsmodelle().get(0);
		for (Projektphase phase : List.of(Projektphase.PLANUNG, Projektphase.UMSETZUNG)) {
			Beteiligung b = f.createBeteiligung();
			b.setPhase(phase);
			b.setStufe(modell.getStufen().get(phase.getValue() + 1));
			b.setZielgruppe("Nachbarschaft");
			p.getBeteiligungen().add(b);
		}
		// a Good-Practice self-assessment (docs/fachmodell.md §11): one criterion erfüllt, one only teilweise
		for (GoodPracticeKriterium kriterium : List.of(GoodPracticeKriterium.PARTIZIPATION, GoodPracticeKriterium.NACHHALTIGKEIT)) {
			Kriteriumsbewertung bewertung = f.createKriteriumsbewertung();
			bewertung.setKriterium(kriterium);
			bewertung.setBewertung(kriterium == GoodPracticeKriterium.PARTIZIPATION ? Erfuellungsgrad.ERFUELLT : Erfuellungsgrad.TEILWEISE);
			bewertung.setBegruendung("Anna Beispiel moderiert den Bewohnerbeirat");
			p.getGoodPractice().add(bewertung);
		}
		return p;
	}

	private PublishingService ohne(Anonymisierung.Regel regel, UnaryOperator<java.util.SequencedMap<String, byte[]>> nachbearbeitung) {
		EnumSet<Anonymisierung.Regel> regeln = EnumSet.allOf(Anonymisierung.Regel.class);
		if (regel != null) {
			regeln.remove(regel);
		}
		return new PublishingService(store, exchange, kurse, workspace, katalog, regeln, nachbearbeitung);
	}

	@Test
	void theSiteHasAWellFormedPagePerProjectWithTheModelsFiguresAndNoPersonalDatum(@TempDir Path ordner) throws Exception {
		List<String> andere = anlegen();
		byte[] projektVorher = Files.readAllBytes(store.file(PROJEKT));
		Path site = ordner.resolve("site");

		Publishing.Vorschau ergebnis = publishing.veroeffentlicheWebauftritt(andere, site);

		assertEquals(14, ergebnis.projekte().size());
		List<Path> dateien;
		try (Stream<Path> alle = Files.walk(site)) {
			dateien = alle.filter(Files::isRegularFile).toList();
		}
		for (Path datei : dateien) {
			String text = lesbar(Files.readString(datei, StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
			for (String persoenlich : PERSOENLICH) {
				assertFalse(text.contains(persoenlich.toLowerCase(Locale.ROOT)), persoenlich + " in " + datei);
			}
			if (datei.toString().endsWith(".html")) {
				Seitenpruefung.pruefe(site, datei);
			}
			if (datei.toString().matches(".*\\.(html|css|js)$")) {
				Seitenpruefung.verweise(site, datei);
			}
		}
		assertTrue(Files.isRegularFile(site.resolve("index.html")) && Files.isRegularFile(site.resolve("sammlung.html")));

		Map<String, Praxisbeispiel> modell = new HashMap<>();
		for (String name : store.names()) {
			if (!andere.contains(name)) {
				Praxisbeispiel p = store.load(name);
				modell.put(name.equals(PROJEKT) ? "Nachbarschaftstreff Lindenhof" : p.getTitel(), p);
			}
		}
		Map<String, Document> seiten = new HashMap<>();
		try (Stream<Path> projekte = Files.list(site.resolve("projekte"))) {
			for (Path seite : projekte.toList()) {
				Document dok = Seitenpruefung.lies(seite);
				seiten.put(dok.getElementsByTagName("h1").item(0).getTextContent(), dok);
			}
		}
		assertEquals(new TreeSet<>(modell.keySet()), new TreeSet<>(seiten.keySet()), "one page per project, by its title");
		List<String> verweise = new ArrayList<>();
		NodeList a = Seitenpruefung.lies(site.resolve("index.html")).getElementsByTagName("a");
		for (int i = 0; i < a.getLength(); i++) {
			verweise.add(a.item(i).getTextContent());
		}
		int verglichen = 0;
		for (Map.Entry<String, Praxisbeispiel> p : modell.entrySet()) {
			Document dok = seiten.get(p.getKey());
			assertEquals(ausgabenGesamt(p.getValue()), angabe(dok, "Ausgaben gesamt"), p.getKey());
			verglichen += p.getValue().getBeteiligungen().size();
			if (ausgabenGesamt(p.getValue()).equals("nicht angegeben")) {
				assertEquals("nicht angegeben", angabe(dok, "Förderquote (%)"), p.getKey() + ": no Förderquote without Ausgaben");
			}
			List<String> zeilen = zeilen(dok);
			for (Beteiligung b : p.getValue().getBeteiligungen()) {
				if (b.getStufe() != null && b.getStufe().getName() != null) {
					int stufen = b.getStufe().getModell().getStufen().size();
					assertTrue(zeilen.stream().anyMatch(z -> z.contains(b.getStufe().getName()) && z.endsWith(b.getStufe().getRang() + " von " + stufen)),
							p.getKey() + ": Stufe " + b.getStufe().getName() + " in " + zeilen);
				}
			}
			assertTrue(verweise.contains(p.getKey()), p.getKey() + " is listed in the index");
		}
		assertEquals(2, verglichen, "the Lindenhof project's two Beteiligungen are compared");
		assertEquals("25.234,50 €", angabe(seiten.get("Nachbarschaftstreff Lindenhof"), "Ausgaben gesamt"));
		assertEquals("79,3", angabe(seiten.get("Nachbarschaftstreff Lindenhof"), "Förderquote (%)"), "20.000 of 25.234,50 €");
		String datenJs = lesbar(Files.readString(site.resolve("daten.js")));
		assertTrue(datenJs.startsWith("/*") && datenJs.contains("window.QUARTIERWERK_PRAXISBEISPIELE = ["), "a script, not JSON to fetch");
		assertTrue(datenJs.contains("[Ansprechperson]"), "the search finds the anonymised texts");
		// issue 20 item 3: the facet Good-Practice-Kriterium erfüllt – the Lindenhof project's Partizipation, not its
		// Nachhaltigkeit (only teilweise); the 13 examples are not assessed
		assertEquals(List.of("Partizipation (1)"), facette(site, "Good-Practice-Kriterium erfüllt"));
		assertEquals(1, datenJs.split("\"goodpractice\":\\[\"Partizipation\"\\]", -1).length - 1, datenJs);
		assertEquals(13, datenJs.split("\"goodpractice\":\\[\\]", -1).length - 1, "the examples have no criterion");
		assertArrayEquals(projektVorher, Files.readAllBytes(store.file(PROJEKT)), "the workspace is unchanged");
	}

	/** The labels of the checkboxes of the index's facet with this legend. */
	private static List<String> facette(Path site, String legende) throws Exception {
		NodeList gruppen = Seitenpruefung.lies(site.resolve("index.html")).getElementsByTagName("fieldset");
		for (int i = 0; i < gruppen.getLength(); i++) {
			org.w3c.dom.Element gruppe = (org.w3c.dom.Element) gruppen.item(i);
			if (gruppe.getElementsByTagName("legend").item(0).getTextContent().equals(legende)) {
				List<String> werte = new ArrayList<>();
				NodeList labels = gruppe.getElementsByTagName("label");
				for (int j = 0; j < labels.getLength(); j++) {
					werte.add(labels.item(j).getTextContent());
				}
				return werte;
			}
		}
		throw new AssertionError("no facet " + legende + " on the index page");
	}

	/** The collection page shows the Sammlungsbericht's count of projects per Bundesland, as the model has it. */
	@Test
	void theCollectionPageCountsAsTheModel(@TempDir Path ordner) throws Exception {
		List<String> andere = anlegen();
		Path site = ordner.resolve("site");
		publishing.veroeffentlicheWebauftritt(andere, site);
		Map<String, Integer> jeBundesland = new HashMap<>();
		for (String name : store.names()) {
			Praxisbeispiel p = store.load(name);
			if (!andere.contains(name) && p.isSetBundesland()) {
				jeBundesland.merge(Bezeichnungen.von(p.getBundesland(), Locale.GERMAN), 1, Integer::sum);
			}
		}
		List<String> zeilen = zeilen(Seitenpruefung.lies(site.resolve("sammlung.html")));
		assertFalse(jeBundesland.isEmpty(), "the shipped examples name their Bundesland");
		assertTrue(zeilen.contains("Praxisbeispiele je Bundesland"), zeilen::toString);
		for (Map.Entry<String, Integer> e : jeBundesland.entrySet()) {
			assertTrue(zeilen.contains(e.getKey() + " | " + e.getValue()), e + " in " + zeilen);
		}
		String text = Files.readString(site.resolve("sammlung.html"));
		assertTrue(text.contains("Die Sammlung umfasst 14 Praxisbeispiele."), text);
	}

	@Test
	void withARuleLeftOutOrALeakPutInTheSiteFailsAndNoFileIsKept(@TempDir Path ordner) throws Exception {
		List<String> andere = anlegen();
		Path site = ordner.resolve("site");
		for (Anonymisierung.Regel regel : List.of(Anonymisierung.Regel.EMAIL, Anonymisierung.Regel.TELEFON, Anonymisierung.Regel.NAMEN)) {
			PublishingException e = assertThrows(PublishingException.class,
					() -> ohne(regel, UnaryOperator.identity()).veroeffentlicheWebauftritt(andere, site), regel::toString);
			assertFalse(e.lecks().isEmpty(), regel::toString);
			assertTrue(e.getMessage().startsWith("Der Webauftritt enthielt noch ") && e.getMessage().contains(site + " wurde nicht angelegt"),
					e::getMessage);
			assertTrue(e.lecks().stream().anyMatch(l -> l.datei().startsWith("projekte/")), e.lecks()::toString);
			try (Stream<Path> rest = Files.list(ordner)) {
				assertEquals(List.of(), rest.toList(), regel + ": no file is kept");
			}
		}
		publishing.veroeffentlicheWebauftritt(andere, site);
		byte[] sammlung = Files.readAllBytes(site.resolve("sammlung.html"));
		UnaryOperator<java.util.SequencedMap<String, byte[]>> leck = dateien -> {
			dateien.put("sammlung.html", (new String(dateien.get("sammlung.html"), StandardCharsets.UTF_8)
					.replace("</main>", "<p>Dank an &#65;nna Bei<b>spiel</b>-K&#252;hn</p></main>")).getBytes(StandardCharsets.UTF_8));
			return dateien;
		};
		PublishingException e = assertThrows(PublishingException.class, () -> ohne(null, leck).veroeffentlicheWebauftritt(andere, site));
		assertEquals(List.of("sammlung.html"), e.lecks().stream().map(PublishingException.Leck::datei).toList());
		assertTrue(e.getMessage().contains(site + " ist unverändert") && e.getMessage().contains("steht in sammlung.html"), e::getMessage);
		assertArrayEquals(sammlung, Files.readAllBytes(site.resolve("sammlung.html")), "the earlier site is as it was");
		try (Stream<Path> rest = Files.list(ordner)) {
			assertEquals(List.of(site), rest.toList(), "no hidden folder is left");
		}
	}

	@Test
	void aForeignFolderOrAFileIsRefusedAnEarlierSiteIsReplacedWhole(@TempDir Path ordner) throws Exception {
		List<String> andere = anlegen();
		Path fremd = Files.createDirectories(ordner.resolve("fremd"));
		Path notiz = Files.writeString(fremd.resolve("notizen.txt"), "meine Notizen");
		ZielordnerBelegtException belegt = assertThrows(ZielordnerBelegtException.class,
				() -> publishing.veroeffentlicheWebauftritt(andere, fremd));
		assertTrue(belegt.getMessage().contains("ist nicht leer und kein früherer Webauftritt"), belegt::getMessage);
		try (Stream<Path> inhalt = Files.list(fremd)) {
			assertEquals(List.of(notiz), inhalt.toList());
		}
		Path datei = Files.writeString(ordner.resolve("datei.html"), "x");
		assertThrows(ZielordnerBelegtException.class, () -> publishing.veroeffentlicheWebauftritt(andere, datei));
		assertEquals("x", Files.readString(datei));

		Path leer = Files.createDirectories(ordner.resolve("leer"));
		publishing.veroeffentlicheWebauftritt(andere, leer);
		Path alt = Files.writeString(leer.resolve("projekte/praxisbeispiel-99.html"), "veraltet");
		publishing.veroeffentlicheWebauftritt(andere, leer);
		assertFalse(Files.exists(alt), "an earlier site is replaced as a whole");
		assertTrue(Files.isRegularFile(leer.resolve("index.html")));
	}

	/** "Ausgaben gesamt" as the model gives it: the sum of the Ausgaben with a Betrag, German, or "nicht angegeben". */
	private static String ausgabenGesamt(Praxisbeispiel p) {
		List<BigDecimal> betraege = p.getFinanzierungsplan() == null ? List.of()
				: p.getFinanzierungsplan().getAusgaben().stream().map(Ausgabeposition::getBetrag).filter(Objects::nonNull).toList();
		if (betraege.isEmpty()) {
			return "nicht angegeben";
		}
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(betraege.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP)) + " €";
	}

	private static String angabe(Document dok, String feld) {
		NodeList dt = dok.getElementsByTagName("dt");
		for (int i = 0; i < dt.getLength(); i++) {
			if (dt.item(i).getTextContent().equals(feld)) {
				return ((Element) dt.item(i)).getNextSibling().getTextContent();
			}
		}
		throw new AssertionError(feld + " is not on the page");
	}

	/** Every table row as "cell | cell | …", and each caption as a row of its own. */
	private static List<String> zeilen(Document dok) {
		List<String> zeilen = new ArrayList<>();
		NodeList caption = dok.getElementsByTagName("caption");
		for (int i = 0; i < caption.getLength(); i++) {
			zeilen.add(caption.item(i).getTextContent());
		}
		NodeList tr = dok.getElementsByTagName("tr");
		for (int i = 0; i < tr.getLength(); i++) {
			List<String> zellen = new ArrayList<>();
			NodeList kinder = tr.item(i).getChildNodes();
			for (int k = 0; k < kinder.getLength(); k++) {
				zellen.add(kinder.item(k).getTextContent());
			}
			zeilen.add(String.join(" | ", zellen));
		}
		return zeilen;
	}

	/** The text as a reader sees it: JavaScript \\u escapes and numeric character references decoded. */
	static String lesbar(String text) {
		Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})|&#(\\d+);|&#x([0-9a-fA-F]+);").matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			int c = m.group(1) != null ? Integer.parseInt(m.group(1), 16)
					: m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16);
			m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(c))));
		}
		return m.appendTail(b).toString();
	}
}
