package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweisart;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Tranche;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.internal.validierung.Regeln;
import org.quartierwerk.model.validierung.Validierung;

/**
 * Every rule of the Prüfung (docs/fachmodell.md §7) runs through the validator's own dispatch: each breaks a valid
 * project in one way and must report its message with its severity (Fehler, Warnung, Hinweis). A rule without a case
 * here fails {@link #everyRuleHasACase()}.
 */
class RegelnTest {

	private static final List<String> INSTALLIERT = List.of("partizipationsleiter");

	private record Fall(int schwere, Consumer<Praxisbeispiel> aenderung, String meldung) {
	}

	/** Per rule ("Klasse.regel"), a change that breaks it and a part of the error it must report. */
	private static final Map<String, Fall> FAELLE = new LinkedHashMap<>();

	static {
		fall("Praxisbeispiel.pflichtangaben", Diagnostic.WARNING, Praxisbeispiel::unsetBundesland,
				"Praxisbeispiel „Galgenhalde“: Das Feld „Bundesland“ ist nicht ausgefüllt.");
		fall("Praxisbeispiel.traegerIstOrganisation", Diagnostic.ERROR, p -> {
			Organisation fremd = QuartierwerkFactory.eINSTANCE.createOrganisation();
			fremd.setName("Fremder Träger");
			p.setTraeger(fremd);
		}, "Der Träger muss eine der Organisationen des Praxisbeispiels sein.");
		fall("Quartier.einwohnerPlausibel", Diagnostic.ERROR, p -> p.getQuartier().setEinwohner(60_000),
				"Quartier: Das Quartier hat mehr Einwohner (60000) als seine Kommune (50000).");
		fall("Projektverweis.verweisBenanntUndGefunden", Diagnostic.ERROR, p -> {
			p.setKennung("5d7b2a90-1c3e-4f4b-8a61-7e2f0c9d4b11");
			p.getVerweise().add(OrteUndVerweiseTest.verweis(Projektverweisart.FOLGEPROJEKT_VON, p.getKennung(), "Galgenhalde"));
		}, "Projektverweis „Galgenhalde“: Ein Projekt kann nicht auf sich selbst verweisen");
		fall("Laufzeit.beginnVorEnde", Diagnostic.ERROR, p -> p.getLaufzeit().setEnde(Teildatum.valueOf("2017-12")),
				"Laufzeit: Das Ende (2017-12) liegt vor dem Beginn (2018-07-01).");
		fall("Stelle.umfangImBereich", Diagnostic.ERROR, p -> p.getStellen().get(0).setUmfangProzent(BigDecimal.ZERO),
				"Stelle „Quartiersmanagement“: Der Umfang muss über 0 und höchstens 100 Prozent einer Vollzeitstelle sein, nicht 0.");
		fall("Stelle.besetzungPlausibel", Diagnostic.ERROR, p -> p.getStellen().get(0).setVollzeitaequivalent(BigDecimal.ZERO),
				"Stelle „Quartiersmanagement“: Die Vollzeitäquivalente einer Stelle müssen über 0 liegen, nicht 0.");
		fall("Arbeitsschritt.zielImProjekt", Diagnostic.ERROR, p -> {
			Ziel fremd = QuartierwerkFactory.eINSTANCE.createZiel();
			fremd.setTitel("Ziel eines anderen Projekts");
			QuartierwerkFactory.eINSTANCE.createPraxisbeispiel().getZiele().add(fremd);
			Arbeitsschritt schritt = QuartierwerkFactory.eINSTANCE.createArbeitsschritt();
			schritt.setTitel("Fahrplan");
			schritt.setZiel(fremd);
			p.getArbeitsschritte().add(schritt);
		}, "Arbeitsschritt „Fahrplan“: Das Ziel, dem der Arbeitsschritt dient, muss ein Ziel dieses Praxisbeispiels sein");
		fall("Finanzierungsplan.ausgeglichen", Diagnostic.WARNING, p -> p.getFinanzierungsplan().getAusgaben().get(1).setBetrag(new BigDecimal("31000")),
				"Finanzierungsplan: Der Finanzierungsplan ist insgesamt nicht ausgeglichen");
		fall("Finanzierungsplan.foerderquoteEingehalten", Diagnostic.WARNING, beantragt(p -> land(p).setFoerderquoteMax(new BigDecimal("40"))),
				"„Land Niedersachsen“ fördert höchstens 40 Prozent der zuwendungsfähigen Ausgaben (24.000,00 €)");
		fall("Finanzierungsplan.hoechstbetragEingehalten", Diagnostic.WARNING, beantragt(p -> land(p).setHoechstbetrag(new BigDecimal("35000"))),
				"„Land Niedersachsen“ fördert höchstens 35.000,00 €, geplant sind 40.000,00 €.");
		fall("Finanzierungsplan.laufzeitEingehalten", Diagnostic.WARNING, beantragt(p -> land(p).setMaxLaufzeitJahre(1)),
				"„Land Niedersachsen“ fördert höchstens 1 Jahr(e), geplant ist die Förderung von 2019 bis 2020.");
		fall("Ausgabeposition.betragNichtNegativ", Diagnostic.ERROR, p -> p.getFinanzierungsplan().getAusgaben().get(0).setBetrag(new BigDecimal("-1")),
				"Ausgabeposition „Personal 2019“: Der Betrag im Feld „Betrag“ darf nicht negativ sein (-1,00 €).");
		fall("Finanzierungsanteil.betragNichtNegativ", Diagnostic.ERROR, p -> p.getFinanzierungsplan().getAnteile().get(0).setBetrag(new BigDecimal("-1")),
				"Finanzierungsanteil: Der Betrag im Feld „Betrag“ darf nicht negativ sein (-1,00 €).");
		fall("Finanzierungsanteil.anteilImBereich", Diagnostic.ERROR,
				p -> p.getFinanzierungsplan().getAnteile().get(0).setAnteilProzent(new BigDecimal("101")),
				"Finanzierungsanteil: Das Feld „Anteil in Prozent“ muss zwischen 0 und 100 Prozent liegen, nicht 101.");
		fall("Finanzierungsanteil.tranchenImBetrag", Diagnostic.ERROR, p -> tranche(p.getFinanzierungsplan().getAnteile().get(0), 2019, "25000"),
				"Finanzierungsanteil: Die Tranchen ergeben zusammen 25.000,00 €, der Anteil beträgt nur 20.000,00 €.");
		fall("Finanzierungsanteil.statusverlaufStimmig", Diagnostic.ERROR, p -> {
			Finanzierungsanteil anteil = p.getFinanzierungsplan().getAnteile().get(0);
			ereignis(anteil, Bewilligungsstatus.BEWILLIGT, "2019-05", "AZ 12-345");
			ereignis(anteil, Bewilligungsstatus.BEANTRAGT, "2018-11", null);
		}, "Statusereignis: Das Ereignis vom 2018-11 steht im Statusverlauf nach einem vom 2019-05.");
		fall("Finanzierungsanteil.anschlussBenannt", Diagnostic.WARNING,
				p -> p.getFinanzierungsplan().getAnteile().get(2).setAnschlussfinanzierung(null),
				"Finanzierungsanteil: Die Förderung endet 2020, vor dem Ende des Projekts, und es ist keine Anschlussfinanzierung genannt.");
		fall("Tranche.betragNichtNegativ", Diagnostic.ERROR, p -> tranche(p.getFinanzierungsplan().getAnteile().get(0), 2019, "-1"),
				"Tranche: Der Betrag im Feld „Betrag“ darf nicht negativ sein (-1,00 €).");
		fall("Finanzierungsquelle.quoteImBereich", Diagnostic.ERROR, p -> land(p).setFoerderquoteMax(new BigDecimal("-5")),
				"Finanzierungsquelle „Land Niedersachsen“: Das Feld „höchste Förderquote“ muss zwischen 0 und 100 Prozent liegen, nicht -5.");
		fall("Finanzierungsquelle.hoechstbetragNichtNegativ", Diagnostic.ERROR, p -> land(p).setHoechstbetrag(new BigDecimal("-1")),
				"Finanzierungsquelle „Land Niedersachsen“: Der Betrag im Feld „Höchstbetrag“ darf nicht negativ sein (-1,00 €).");
		fall("Beteiligung.stufeInstalliert", Diagnostic.ERROR, p -> p.getBeteiligungen().get(0).getStufe().getModell().setId("anderes-modell"),
				"Beteiligung: Die gewählte Partizipationsstufe gehört zu keinem installierten Partizipationsmodell.");
		fall("Kennzahl.zielwertVorTermin", Diagnostic.INFO, p -> {
			p.getZiele().get(0).setTermin(Teildatum.valueOf("2999"));
			p.getZiele().get(0).getKennzahlen().get(0).setZielwert(null);
		}, "Kennzahl „Besucher im Quartierstreff“: Ohne Zielwert lässt sich nicht erkennen, ob das Ziel");
		fall("Einsparung.betragNichtNegativ", Diagnostic.ERROR, p -> einsparung(p, "-1", "40 % × 650 × 12.000 €"),
				"Einsparung „Vermiedene Heimeinzüge“: Der Betrag im Feld „Betrag“ darf nicht negativ sein (-1,00 €).");
		fall("Einsparung.berechnungBelegt", Diagnostic.INFO, p -> einsparung(p, "3120000", null),
				"Einsparung „Vermiedene Heimeinzüge“: Die Einsparung nennt weder ihre Berechnung noch ihre Quelle.");
		fall("Kriteriumsbewertung.kriteriumEinmal", Diagnostic.ERROR, p -> {
			p.getGoodPractice().add(bewertung(GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.ERFUELLT, null));
			p.getGoodPractice().add(bewertung(GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.NICHT_ERFUELLT, null));
		}, "Kriteriumsbewertung: Das Good-Practice-Kriterium „Partizipation“ ist mehrfach bewertet");
		fall("Kriteriumsbewertung.bewertungZurBegruendung", Diagnostic.INFO,
				p -> p.getGoodPractice().add(bewertung(GoodPracticeKriterium.NACHHALTIGKEIT, null, "Fortführung mit der Kommune verhandelt")),
				"Kriteriumsbewertung: Zum Good-Practice-Kriterium „Nachhaltigkeit“ gibt es eine Begründung, aber keine Bewertung.");
	}

	private static void tranche(Finanzierungsanteil anteil, int jahr, String betrag) {
		Tranche tranche = QuartierwerkFactory.eINSTANCE.createTranche();
		tranche.setJahr(jahr);
		tranche.setBetrag(new BigDecimal(betrag));
		anteil.getTranchen().add(tranche);
	}

	private static void ereignis(Finanzierungsanteil anteil, Bewilligungsstatus status, String datum, String aktenzeichen) {
		Statusereignis ereignis = QuartierwerkFactory.eINSTANCE.createStatusereignis();
		ereignis.setStatus(status);
		ereignis.setDatum(Teildatum.valueOf(datum));
		ereignis.setAktenzeichen(aktenzeichen);
		anteil.getStatusverlauf().add(ereignis);
	}

	private static Kriteriumsbewertung bewertung(GoodPracticeKriterium kriterium, Erfuellungsgrad grad, String begruendung) {
		Kriteriumsbewertung bewertung = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		bewertung.setKriterium(kriterium);
		if (grad != null) {
			bewertung.setBewertung(grad);
		}
		bewertung.setBegruendung(begruendung);
		return bewertung;
	}

	private static void einsparung(Praxisbeispiel beispiel, String betrag, String berechnung) {
		Einsparung einsparung = QuartierwerkFactory.eINSTANCE.createEinsparung();
		einsparung.setBezeichnung("Vermiedene Heimeinzüge");
		einsparung.setBetrag(new BigDecimal(betrag));
		einsparung.setBerechnung(berechnung);
		beispiel.getEinsparungen().add(einsparung);
	}

	@Test
	void everyRuleHasACase() {
		assertEquals(Regeln.INSTANCE.namen(), List.copyOf(FAELLE.keySet()));
	}

	@TestFactory
	Stream<DynamicTest> everyRuleFires() {
		return FAELLE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
			Praxisbeispiel beispiel = ValidierungTest.gueltig();
			assertEquals(List.of(), befunde(beispiel, Diagnostic.INFO), "the valid project has no findings");
			e.getValue().aenderung().accept(beispiel);
			List<String> befunde = befunde(beispiel, e.getValue().schwere());
			assertTrue(befunde.stream().anyMatch(m -> m.contains(e.getValue().meldung())),
					() -> "expected \"" + e.getValue().meldung() + "\" with severity " + e.getValue().schwere() + " in " + befunde);
			if (e.getValue().schwere() < Diagnostic.ERROR) {
				assertEquals(List.of(), befunde(beispiel, Diagnostic.ERROR), "a Warnung or Hinweis is no Fehler");
			}
		}));
	}

	@Test
	void withoutDiagnosticsARuleStillDecides() {
		Praxisbeispiel beispiel = ValidierungTest.gueltig();
		assertTrue(Regeln.INSTANCE.validate(beispiel.eClass(), beispiel, null, kontext()));
		beispiel.setTitel("  ");
		assertFalse(Regeln.INSTANCE.validate(beispiel.eClass(), beispiel, null, kontext()));
	}

	/** A fresh context for each run: EMF keeps the root object in it to detect circular containment. */
	private static Map<Object, Object> kontext() {
		return new HashMap<>(Map.of(Validierung.INSTALLIERTE_MODELLE, INSTALLIERT));
	}

	private static void fall(String regel, int schwere, Consumer<Praxisbeispiel> aenderung, String meldung) {
		FAELLE.put(regel, new Fall(schwere, aenderung, meldung));
	}

	/** The change, with the Land's Anteile only applied for: a limit of the catalogue then decides the application. */
	private static Consumer<Praxisbeispiel> beantragt(Consumer<Praxisbeispiel> aenderung) {
		return aenderung.andThen(p -> p.getFinanzierungsplan().getAnteile().stream().filter(a -> a.getQuelle() == land(p))
				.forEach(a -> a.setStatus(Bewilligungsstatus.BEANTRAGT)));
	}

	private static Finanzierungsquelle land(Praxisbeispiel beispiel) {
		return beispiel.getFinanzierungsplan().getQuellen().get(0);
	}

	/** The messages of exactly this severity, with the no-break space of German amounts as a plain space. */
	private static List<String> befunde(Praxisbeispiel beispiel, int schwere) {
		return Validierung.pruefe(beispiel, INSTALLIERT).getChildren().stream().filter(d -> d.getSeverity() == schwere)
				.map(d -> d.getMessage().replace('\u00A0', ' ')).toList();
	}
}
