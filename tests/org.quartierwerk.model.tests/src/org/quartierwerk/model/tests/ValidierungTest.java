package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.validierung.Validierung;

/**
 * Every rule with a passing and a failing case, each with its severity: Fehler for contradictions, Warnung for what a
 * funder will ask for, Hinweis for help. The messages are German and name object and field.
 */
class ValidierungTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;
	private static final List<String> INSTALLIERT = List.of("partizipationsleiter");

	@Test
	void aCompleteBalancedProjectHasNoFindings() {
		Diagnostic result = Validierung.pruefe(gueltig(), INSTALLIERT);
		assertEquals(List.of(), Validierung.meldungen(result, Diagnostic.INFO));
	}

	@Test
	void requiredFieldsAreNamed() {
		assertFehler(p -> p.setTitel(null), "Praxisbeispiel: Das Pflichtfeld „Titel“ ist nicht ausgefüllt.");
		assertFehler(p -> p.setTitel("  "), "Praxisbeispiel: Der Titel ist leer.");
		assertWarnung(Praxisbeispiel::unsetBundesland, "Praxisbeispiel „Galgenhalde“: Das Feld „Bundesland“ ist nicht ausgefüllt.");
		assertWarnung(p -> p.setTraeger(null), "Praxisbeispiel „Galgenhalde“: Es ist kein Träger angegeben. Wählen Sie auf der Seite „Kooperation“");
		assertWarnung(p -> p.getOrganisationen().get(0).setName(null), "Organisation: Das Pflichtfeld „Name“ ist nicht ausgefüllt.");
	}

	@Test
	void aProjectDocumentedFromABrochureHasNoFehler() {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel("Nachbarschaftshilfe aus einer Broschüre");
		beispiel.getZiele().add(F.createZiel());
		beispiel.getZiele().get(0).setTitel("Einsamkeit verringern");
		Kennzahl ergebnis = F.createKennzahl();
		ergebnis.setIndikator("Hausbesuche");
		Messwert gemessen = F.createMesswert();
		gemessen.setDatum(Teildatum.valueOf("2012"));
		gemessen.setWert(new BigDecimal("412"));
		ergebnis.getIstwerte().add(gemessen);
		beispiel.getZiele().get(0).getKennzahlen().add(ergebnis);
		Diagnostic befund = Validierung.pruefe(beispiel, INSTALLIERT);
		assertEquals(List.of(), fehler(befund));
		assertEquals(List.of("Praxisbeispiel „Nachbarschaftshilfe aus einer Broschüre“: Das Feld „Bundesland“ ist nicht ausgefüllt.",
				"Praxisbeispiel „Nachbarschaftshilfe aus einer Broschüre“: Es ist kein Träger angegeben. Wählen Sie auf der Seite "
						+ "„Kooperation“ die Organisation, die das Projekt trägt."),
				befunde(befund, Diagnostic.WARNING));
		assertEquals(List.of(), befunde(befund, Diagnostic.INFO), "a result without a target is a result, not a finding");
	}

	@Test
	void traegerMustBeOneOfTheOrganisations() {
		Organisation fremd = F.createOrganisation();
		fremd.setName("Fremder Träger");
		assertFehler(p -> p.setTraeger(fremd), "Der Träger muss eine der Organisationen des Praxisbeispiels sein.");
	}

	/** A Trägerverbund: Mitträger are Organisationen of the project, and the federführende Träger is not one of them. */
	@Test
	void mittraegerAreOrganisationsOfTheProjectBesideTheLead() {
		Organisation fremd = F.createOrganisation();
		fremd.setName("Fremder Mitträger");
		assertFehler(p -> p.getWeitereTraeger().add(fremd), "Jeder Mitträger muss eine der Organisationen des Praxisbeispiels sein.");
		assertFehler(p -> p.getWeitereTraeger().add(p.getTraeger()), "Der federführende Träger ist nicht zugleich Mitträger");
	}

	@Test
	void laufzeitEndsNotBeforeItBegins() {
		assertFehler(p -> p.getLaufzeit().setEnde(Teildatum.valueOf("2017-12")),
				"Laufzeit: Das Ende (2017-12) liegt vor dem Beginn (2018-07-01).");
		assertKeinFehler(p -> p.getLaufzeit().setEnde(Teildatum.valueOf("2018")));
	}

	@Test
	void einwohnerArePlausible() {
		assertFehler(p -> p.getQuartier().setEinwohner(-1), "Die Zahl der Einwohner darf nicht negativ sein.");
		assertFehler(p -> p.getQuartier().setEinwohner(60_000), "Das Quartier hat mehr Einwohner (60000) als seine Kommune (50000).");
	}

	@Test
	void amountsAreNotNegativeAndPercentagesWithin0And100() {
		assertFehler(p -> ausgabe(p, 0).setBetrag(new BigDecimal("-1")), "darf nicht negativ sein (-1,00 €)");
		assertFehler(p -> p.getFinanzierungsplan().getAnteile().get(0).setAnteilProzent(new BigDecimal("101")),
				"Das Feld „Anteil in Prozent“ muss zwischen 0 und 100 Prozent liegen, nicht 101.");
		assertFehler(p -> p.getStellen().get(0).setUmfangProzent(new BigDecimal("120")),
				"Stelle „Quartiersmanagement“: Der Umfang muss über 0 und höchstens 100 Prozent einer Vollzeitstelle sein, nicht 120.");
		assertFehler(p -> quelle(p).setFoerderquoteMax(new BigDecimal("-5")), "„höchste Förderquote“ muss zwischen 0 und 100 Prozent liegen");
		assertKeinFehler(p -> p.getStellen().get(0).setUmfangProzent(new BigDecimal("100")));
	}

	@Test
	void anUnbalancedFinanzierungsplanIsAWarningWithTheGapInEuro() {
		assertWarnung(p -> ausgabe(p, 1).setBetrag(new BigDecimal("31000")),
				"Der Finanzierungsplan ist insgesamt nicht ausgeglichen: Ausgaben 61.000,00 €, Finanzierung 60.000,00 €; es fehlen 1.000,00 €.");
		assertWarnung(p -> ausgabe(p, 1).setBetrag(new BigDecimal("31000")), "im Jahr 2020 nicht ausgeglichen");
		assertWarnung(p -> ausgabe(p, 1).setJahr(2019), "Der Finanzierungsplan ist im Jahr 2019 nicht ausgeglichen: Ausgaben "
				+ "60.000,00 €, Finanzierung 30.000,00 €; es fehlen 30.000,00 €.");
		assertWarnung(p -> p.getFinanzierungsplan().getAnteile().get(0).setStatus(Bewilligungsstatus.ABGELEHNT), "es fehlen");
		assertFehler(p -> p.getFinanzierungsplan().getAnteile().forEach(a -> a.setAnteilProzent(new BigDecimal("30"))),
				"Die Anteile der Finanzierung ergeben zusammen 120 Prozent, mehr als 100 Prozent.");
		assertKeinFehler(p -> p.getFinanzierungsplan().getAnteile().forEach(a -> a.setJahr(null)));
	}

	@Test
	void finanzierungWithoutAnyAusgabenIsAWarningNotAnError() {
		Praxisbeispiel beispiel = gueltig();
		beispiel.getFinanzierungsplan().getAusgaben().clear();
		Diagnostic befund = Validierung.pruefe(beispiel, INSTALLIERT);
		assertEquals(List.of(), fehler(befund));
		assertEquals(List.of("Finanzierungsplan: Der Finanzierungsplan nennt Finanzierung von 60.000,00 €, aber keine Ausgaben; "
				+ "ob er ausgeglichen ist, lässt sich erst mit den Ausgaben prüfen."),
				Validierung.meldungen(befund, Diagnostic.WARNING).stream().map(m -> m.replace('\u00A0', ' ')).toList());
	}

	@Test
	void foerderquoteAndHoechstbetragWarnBeforeAGrantAndHintAfterIt() {
		Consumer<Praxisbeispiel> beantragt = p -> p.getFinanzierungsplan().getAnteile().stream()
				.filter(a -> a.getQuelle() == quelle(p)).forEach(a -> a.setStatus(Bewilligungsstatus.BEANTRAGT));
		assertWarnung(beantragt.andThen(p -> quelle(p).setFoerderquoteMax(new BigDecimal("40"))),
				"„Land Niedersachsen“ fördert höchstens 40 Prozent der zuwendungsfähigen Ausgaben (24.000,00 €), geplant sind 40.000,00 €. "
						+ "So wird der Antrag kaum bewilligt");
		assertWarnung(beantragt.andThen(p -> ausgabe(p, 0).setZuwendungsfaehig(false)),
				"fördert höchstens 75 Prozent der zuwendungsfähigen Ausgaben");
		assertWarnung(beantragt.andThen(p -> quelle(p).setHoechstbetrag(new BigDecimal("35000"))),
				"„Land Niedersachsen“ fördert höchstens 35.000,00 €, geplant sind 40.000,00 €.");
		assertHinweis(p -> quelle(p).setFoerderquoteMax(new BigDecimal("40")),
				"„Land Niedersachsen“ fördert laut Katalog höchstens 40 Prozent der zuwendungsfähigen Ausgaben (24.000,00 €), "
						+ "bewilligt sind 40.000,00 €.");
		assertHinweis(p -> quelle(p).setHoechstbetrag(new BigDecimal("35000")),
				"„Land Niedersachsen“ fördert laut Katalog höchstens 35.000,00 €, bewilligt sind 40.000,00 €.");
	}

	@Test
	void beteiligungRefersToAStufeOfAnInstalledModel() {
		Praxisbeispiel beispiel = gueltig();
		assertEquals(List.of(), fehler(Validierung.pruefe(beispiel, INSTALLIERT)));
		List<String> ohneModell = fehler(Validierung.pruefe(beispiel, List.of("stufenmodell-neun")));
		assertEquals(List.of("Beteiligung: Die gewählte Partizipationsstufe gehört zu keinem installierten Partizipationsmodell."),
				ohneModell);

		Partizipationsstufe verloren = F.createPartizipationsstufe();
		((InternalEObject) verloren).eSetProxyURI(URI.createURI("quartierwerk:/katalog/entfernt#stufe"));
		beispiel.getBeteiligungen().get(0).setStufe(verloren);
		List<String> verlorenMeldungen = fehler(Validierung.pruefe(beispiel));
		assertTrue(verlorenMeldungen.contains("Beteiligung: Der Verweis im Feld „Partizipationsstufe“ zeigt auf etwas, das nicht gefunden wurde."),
				verlorenMeldungen::toString);
		assertTrue(verlorenMeldungen.stream().anyMatch(m -> m.contains("keinem installierten Partizipationsmodell")));

		beispiel.getBeteiligungen().get(0).setStufe(null);
		Diagnostic ohneStufe = Validierung.pruefe(beispiel, INSTALLIERT);
		assertEquals(Diagnostic.INFO, ohneStufe.getSeverity());
	}

	@Test
	void aKennzahlWithoutZielwertIsAResultAndOnlyAHintWhileItsZielIsAhead() {
		Consumer<Praxisbeispiel> ohneZielwert = p -> p.getZiele().get(0).getKennzahlen().get(0).setZielwert(null);
		Praxisbeispiel ohneTermin = gueltig();
		ohneZielwert.accept(ohneTermin);
		assertEquals(List.of(), Validierung.meldungen(Validierung.pruefe(ohneTermin, INSTALLIERT), Diagnostic.INFO));
		Praxisbeispiel vorbei = gueltig();
		ohneZielwert.andThen(p -> p.getZiele().get(0).setTermin(Teildatum.valueOf("2012"))).accept(vorbei);
		assertEquals(List.of(), Validierung.meldungen(Validierung.pruefe(vorbei, INSTALLIERT), Diagnostic.INFO));
		assertHinweis(ohneZielwert.andThen(p -> p.getZiele().get(0).setTermin(Teildatum.valueOf("2999-06"))),
				"Kennzahl „Besucher im Quartierstreff“: Ohne Zielwert lässt sich nicht erkennen, ob das Ziel „Nachbarschaft stärken“ "
						+ "bis 2999-06 erreicht ist. Tragen Sie einen Zielwert ein, wenn Sie einen kennen.");
	}

	@Test
	void findingsCarryObjectAndFieldForTheUserInterface() {
		Praxisbeispiel beispiel = gueltig();
		beispiel.getLaufzeit().setEnde(Teildatum.valueOf("2017"));
		Diagnostic finding = Validierung.pruefe(beispiel, INSTALLIERT).getChildren().get(0);
		assertSame(beispiel.getLaufzeit(), finding.getData().get(0));
		assertSame(Literals.LAUFZEIT__ENDE, finding.getData().get(1));
	}

	@Test
	void brokenDataIsReportedNotThrown() {
		Praxisbeispiel beispiel = gueltig();
		beispiel.getFinanzierungsplan().getAnteile().get(0).setQuelle(null);
		ausgabe(beispiel, 0).setBetrag(null);
		beispiel.getLaufzeit().setBeginn(null);
		beispiel.setQuartier(null);
		List<String> meldungen = befunde(Validierung.pruefe(beispiel, INSTALLIERT), Diagnostic.WARNING);
		assertTrue(meldungen.contains("Finanzierungsanteil: Das Pflichtfeld „Quelle“ ist nicht ausgefüllt."), meldungen::toString);
	}

	private static void assertFehler(Consumer<Praxisbeispiel> aenderung, String erwartet) {
		assertBefund(Diagnostic.ERROR, aenderung, erwartet);
	}

	/** A Warnung with this text, and no Fehler. */
	private static void assertWarnung(Consumer<Praxisbeispiel> aenderung, String erwartet) {
		assertBefund(Diagnostic.WARNING, aenderung, erwartet);
	}

	/** A Hinweis with this text, and no Fehler. */
	private static void assertHinweis(Consumer<Praxisbeispiel> aenderung, String erwartet) {
		assertBefund(Diagnostic.INFO, aenderung, erwartet);
	}

	private static void assertBefund(int schwere, Consumer<Praxisbeispiel> aenderung, String erwartet) {
		Praxisbeispiel beispiel = gueltig();
		aenderung.accept(beispiel);
		Diagnostic befund = Validierung.pruefe(beispiel, INSTALLIERT);
		List<String> meldungen = befunde(befund, schwere);
		assertTrue(meldungen.stream().anyMatch(m -> m.contains(erwartet)), () -> "expected \"" + erwartet + "\" in " + meldungen);
		if (schwere < Diagnostic.ERROR) {
			assertEquals(List.of(), fehler(befund), "a Warnung or Hinweis is no Fehler");
		}
	}

	/** The messages of exactly this severity, with the no-break space as a plain space. */
	private static List<String> befunde(Diagnostic diagnostic, int schwere) {
		return diagnostic.getChildren().stream().filter(d -> d.getSeverity() == schwere)
				.map(d -> d.getMessage().replace('\u00A0', ' ')).toList();
	}

	private static void assertKeinFehler(Consumer<Praxisbeispiel> aenderung) {
		Praxisbeispiel beispiel = gueltig();
		aenderung.accept(beispiel);
		assertEquals(List.of(), fehler(Validierung.pruefe(beispiel, INSTALLIERT)));
	}

	/** The error messages, with the no-break space of German amounts ("1,00\u00A0€") as a plain space. */
	private static List<String> fehler(Diagnostic diagnostic) {
		return Validierung.meldungen(diagnostic, Diagnostic.ERROR).stream().map(m -> m.replace('\u00A0', ' ')).toList();
	}

	private static Ausgabeposition ausgabe(Praxisbeispiel beispiel, int index) {
		return beispiel.getFinanzierungsplan().getAusgaben().get(index);
	}

	private static Finanzierungsquelle quelle(Praxisbeispiel beispiel) {
		return beispiel.getFinanzierungsplan().getQuellen().get(0);
	}

	/** A valid project: 2019 and 2020 with 30 000 € each, financed 2/3 by the Land (cap 75 %) and 1/3 own funds. */
	static Praxisbeispiel gueltig() {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel("Galgenhalde");
		beispiel.setBundesland(Bundesland.NIEDERSACHSEN);
		beispiel.setHerausforderung(Herausforderung.KOOPERATION_VERNETZUNG);
		Organisation traeger = F.createOrganisation();
		traeger.setName("Stiftung Liebenau");
		beispiel.getOrganisationen().add(traeger);
		beispiel.setTraeger(traeger);
		Quartier quartier = F.createQuartier();
		quartier.setEinwohner(2500);
		quartier.setKommuneEinwohner(50_000);
		beispiel.setQuartier(quartier);
		Laufzeit laufzeit = F.createLaufzeit();
		laufzeit.setBeginn(Teildatum.valueOf("2018-07-01"));
		laufzeit.setEnde(Teildatum.valueOf("2023-06-30"));
		beispiel.setLaufzeit(laufzeit);
		Stelle stelle = F.createStelle();
		stelle.setFunktion("Quartiersmanagement");
		stelle.setUmfangProzent(new BigDecimal("40"));
		beispiel.getStellen().add(stelle);

		Finanzierungsplan plan = F.createFinanzierungsplan();
		Finanzierungsquelle land = F.createFinanzierungsquelle();
		land.setName("Land Niedersachsen");
		land.setArt(Finanzierungsart.LAND);
		land.setFoerderquoteMax(new BigDecimal("75"));
		land.setHoechstbetrag(new BigDecimal("75000"));
		Finanzierungsquelle eigen = F.createFinanzierungsquelle();
		eigen.setName("Eigenmittel");
		eigen.setArt(Finanzierungsart.EIGENMITTEL);
		plan.getQuellen().addAll(List.of(land, eigen));
		for (int jahr : new int[] { 2019, 2020 }) {
			Ausgabeposition ausgabe = F.createAusgabeposition();
			ausgabe.setBezeichnung("Personal " + jahr);
			ausgabe.setKategorie(Ausgabenkategorie.PERSONAL);
			ausgabe.setJahr(jahr);
			ausgabe.setBetrag(new BigDecimal("30000"));
			plan.getAusgaben().add(ausgabe);
			plan.getAnteile().add(anteil(land, jahr, "20000"));
			plan.getAnteile().add(anteil(eigen, jahr, "10000"));
		}
		// the Land's funding ends 2020, the project 2023: what follows is named (rule anschlussBenannt)
		plan.getAnteile().get(2).setAnschlussfinanzierung("Regelförderung durch die Kommune ab 2021");
		beispiel.setFinanzierungsplan(plan);

		Partizipationsmodell leiter = F.createPartizipationsmodell();
		leiter.setId("partizipationsleiter");
		Partizipationsstufe mitwirken = F.createPartizipationsstufe();
		mitwirken.setId("partizipationsleiter.mitwirken");
		mitwirken.setName("Mitwirken");
		leiter.getStufen().add(mitwirken);
		Beteiligung beteiligung = F.createBeteiligung();
		beteiligung.setPhase(Projektphase.PLANUNG);
		beteiligung.setStufe(mitwirken);
		beispiel.getBeteiligungen().add(beteiligung);

		Ziel ziel = F.createZiel();
		ziel.setTitel("Nachbarschaft stärken");
		Kennzahl kennzahl = F.createKennzahl();
		kennzahl.setIndikator("Besucher im Quartierstreff");
		kennzahl.setZielwert(new BigDecimal("200"));
		ziel.getKennzahlen().add(kennzahl);
		beispiel.getZiele().add(ziel);
		return beispiel;
	}

	private static Finanzierungsanteil anteil(Finanzierungsquelle quelle, int jahr, String betrag) {
		Finanzierungsanteil anteil = F.createFinanzierungsanteil();
		anteil.setQuelle(quelle);
		anteil.setJahr(jahr);
		anteil.setBetrag(new BigDecimal(betrag));
		anteil.setStatus(Bewilligungsstatus.BEWILLIGT);
		return anteil;
	}

}
