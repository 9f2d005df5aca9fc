package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Handlungsfeld;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.analyse.Facettenindex;
import org.quartierwerk.model.analyse.GoodPractice;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.model.analyse.Sammlung.Facetten;

/** Analysis figures against hand-computed examples. */
class AnalyseTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	@Test
	void financingFiguresPerProjectAndYear() {
		Finanzierungsplan plan = ValidierungTest.gueltig().getFinanzierungsplan();
		Ausgabeposition sach = F.createAusgabeposition();
		sach.setKategorie(Ausgabenkategorie.SACH);
		sach.setJahr(2020);
		sach.setBetrag(new BigDecimal("5000"));
		sach.setZuwendungsfaehig(false);
		plan.getAusgaben().add(sach);

		// 2019: 30 000 € Ausgaben = 20 000 € Land + 10 000 € Eigenmittel
		assertEquals(kennzahlen("30000", "30000", "30000", "20000", "10000", "66.67", "0"), Finanzkennzahlen.imJahr(plan, 2019));
		// 2020: 35 000 € Ausgaben, 30 000 € davon zuwendungsfähig, 30 000 € finanziert: 5 000 € fehlen
		assertEquals(kennzahlen("35000", "30000", "30000", "20000", "10000", "66.67", "5000"), Finanzkennzahlen.imJahr(plan, 2020));
		assertEquals(kennzahlen("65000", "60000", "60000", "40000", "20000", "66.67", "5000"), Finanzkennzahlen.von(plan));
		assertEquals(Set.of(2019, 2020), Finanzkennzahlen.jahre(plan));
		assertNull(Finanzkennzahlen.imJahr(plan, 2030).foerderquote(), "no quota without eligible expenditure");

		// a share whose source's Art is not recorded may be Eigenmittel or a Zuwendung: no quota, no Eigenanteil
		Finanzierungsquelle unbekannt = F.createFinanzierungsquelle();
		unbekannt.setName("Spender aus dem Quartier");
		plan.getQuellen().add(unbekannt);
		Finanzierungsanteil offen = F.createFinanzierungsanteil();
		offen.setQuelle(unbekannt);
		offen.setJahr(2020);
		offen.setBetrag(new BigDecimal("5000"));
		plan.getAnteile().add(offen);
		Finanzkennzahlen mitOffenerArt = Finanzkennzahlen.imJahr(plan, 2020);
		assertEquals(0, new BigDecimal("35000").compareTo(mitOffenerArt.finanzierung()));
		assertEquals(0, mitOffenerArt.luecke().signum(), "the sums still hold");
		assertNull(mitOffenerArt.foerderquote());
		assertNull(mitOffenerArt.eigenanteil());
		assertNull(mitOffenerArt.zuwendungen());
		assertEquals(kennzahlen("30000", "30000", "30000", "20000", "10000", "66.67", "0"), Finanzkennzahlen.imJahr(plan, 2019),
				"another year is not affected");
	}

	@Test
	void participationProfileCountsProjectsReachingEachStufePerPhase() {
		Partizipationsmodell leiter = leiter();
		List<Praxisbeispiel> sammlung = sammlung(leiter);
		Map<Projektphase, Map<Partizipationsstufe, BigDecimal>> profil = Sammlung.partizipationsprofil(sammlung, leiter);

		assertEquals(List.of(new BigDecimal("66.7"), new BigDecimal("33.3"), new BigDecimal("0.0"), new BigDecimal("0.0")),
				List.copyOf(profil.get(Projektphase.PLANUNG).values()));
		assertEquals(List.of(new BigDecimal("33.3"), new BigDecimal("33.3"), new BigDecimal("33.3"), new BigDecimal("0.0")),
				List.copyOf(profil.get(Projektphase.UMSETZUNG).values()));
		assertEquals(BigDecimal.ZERO.setScale(1), profil.get(Projektphase.VERSTETIGUNG).get(leiter.getStufen().get(0)));
	}

	@Test
	void countsPerBundeslandHerausforderungAndFinanzierungsart() {
		List<Praxisbeispiel> sammlung = sammlung(leiter());
		assertEquals(Map.of(Bundesland.NIEDERSACHSEN, 2L, Bundesland.BADEN_WUERTTEMBERG, 1L), Sammlung.anzahlJeBundesland(sammlung));
		assertEquals(Map.of(Herausforderung.KOOPERATION_VERNETZUNG, 1L, Herausforderung.PARTIZIPATION, 2L),
				Sammlung.anzahlJeHerausforderung(sammlung));
		assertEquals(Map.of(Finanzierungsart.LAND, 1L, Finanzierungsart.EIGENMITTEL, 2L), Sammlung.anzahlJeFinanzierungsart(sammlung));
	}

	@Test
	void facetSearchCombinesFacets() {
		List<Praxisbeispiel> sammlung = sammlung(leiter());
		Praxisbeispiel a = sammlung.get(0), b = sammlung.get(1), c = sammlung.get(2);
		assertEquals(sammlung, Sammlung.suche(sammlung, Facetten.alle()));
		assertEquals(List.of(a, c), Sammlung.suche(sammlung,
				new Facetten(Set.of(Bundesland.NIEDERSACHSEN), Set.of(), Set.of(), Set.of(), null)));
		assertEquals(List.of(a), Sammlung.suche(sammlung,
				new Facetten(Set.of(Bundesland.NIEDERSACHSEN), Set.of(), Set.of(Finanzierungsart.LAND), Set.of(), null)));
		assertEquals(List.of(b), Sammlung.suche(sammlung,
				new Facetten(Set.of(), Set.of(), Set.of(), Set.of("partizipationsleiter.mitentscheiden"), null)));
		assertEquals(List.of(c), Sammlung.suche(sammlung,
				new Facetten(Set.of(), Set.of(Herausforderung.PARTIZIPATION), Set.of(), Set.of(), " VREES ")));
	}

	@Test
	void goodPracticeFacetFindsWhatIsErfuelltNotTeilweiseNorUnrated() {
		List<Praxisbeispiel> sammlung = sammlung(leiter());
		Praxisbeispiel a = sammlung.get(0), b = sammlung.get(1), c = sammlung.get(2);
		bewerte(a, GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.ERFUELLT);
		bewerte(b, GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.TEILWEISE);
		bewerte(b, GoodPracticeKriterium.NACHHALTIGKEIT, Erfuellungsgrad.ERFUELLT);
		Kriteriumsbewertung ohne = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		ohne.setKriterium(GoodPracticeKriterium.PARTIZIPATION);
		ohne.setBegruendung("noch offen");
		c.getGoodPractice().add(ohne);
		Facettenindex index = Facettenindex.von(sammlung);
		for (var fall : Map.of(Set.of(GoodPracticeKriterium.PARTIZIPATION), List.of(a),
				Set.of(GoodPracticeKriterium.NACHHALTIGKEIT), List.of(b),
				Set.of(GoodPracticeKriterium.PARTIZIPATION, GoodPracticeKriterium.NACHHALTIGKEIT), List.of(a, b),
				Set.of(GoodPracticeKriterium.EMPOWERMENT), List.<Praxisbeispiel>of()).entrySet()) {
			Facetten facetten = new Facetten(Set.of(), Set.of(), Set.of(), Set.of(), fall.getKey(), null);
			assertEquals(fall.getValue(), Sammlung.suche(sammlung, facetten), facetten::toString);
			assertEquals(fall.getValue(), index.suche(facetten), facetten::toString);
		}
		assertEquals(Set.of(GoodPracticeKriterium.NACHHALTIGKEIT), GoodPractice.erfuellt(b));
	}

	private static void bewerte(Praxisbeispiel beispiel, GoodPracticeKriterium kriterium, Erfuellungsgrad grad) {
		Kriteriumsbewertung bewertung = QuartierwerkFactory.eINSTANCE.createKriteriumsbewertung();
		bewertung.setKriterium(kriterium);
		bewertung.setBewertung(grad);
		beispiel.getGoodPractice().add(bewertung);
	}

	@Test
	void theFacetIndexFindsWhatTheSearchFinds() {
		List<Praxisbeispiel> sammlung = new ArrayList<>(sammlung(leiter()));
		Praxisbeispiel ohneLand = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		ohneLand.setTitel("Ohne Bundesland");
		sammlung.add(ohneLand);
		Facettenindex index = Facettenindex.von(sammlung);
		List<Facetten> anfragen = new ArrayList<>();
		for (Set<Bundesland> laender : List.of(Set.<Bundesland>of(), Set.of(Bundesland.NIEDERSACHSEN), Set.of(Bundesland.BADEN_WUERTTEMBERG))) {
			for (Set<Finanzierungsart> arten : List.of(Set.<Finanzierungsart>of(), Set.of(Finanzierungsart.LAND),
					Set.of(Finanzierungsart.EIGENMITTEL, Finanzierungsart.BUND))) {
				for (String text : new String[] { null, "vrees", "OHNE", "nirgends" }) {
					anfragen.add(new Facetten(laender, Set.of(), arten, Set.of(), text));
					anfragen.add(new Facetten(laender, Set.of(Herausforderung.PARTIZIPATION), arten,
							Set.of("partizipationsleiter.mitentscheiden", "partizipationsleiter.informieren"), text));
				}
			}
		}
		for (Facetten facetten : anfragen) {
			assertEquals(Sammlung.suche(sammlung, facetten), index.suche(facetten), facetten::toString);
		}
		// a project without Bundesland is in no Bundesland, not in the first of the list
		assertEquals(List.of(), index.suche(new Facetten(Set.of(Bundesland.BADEN_WUERTTEMBERG), Set.of(), Set.of(), Set.of(), "ohne")));
		assertEquals(List.of(ohneLand), index.suche(new Facetten(Set.of(), Set.of(), Set.of(), Set.of(), "ohne")));
	}

	@Test
	void sourcesThatFitAProjectRegionalFirst() {
		Praxisbeispiel projekt = sammlung(leiter()).get(0);
		Finanzierungsquelle ni = quelle("Zuschuss Niedersachsen", Bundesland.NIEDERSACHSEN, null);
		Finanzierungsquelle bw = quelle("Quartier 2020", Bundesland.BADEN_WUERTTEMBERG, null);
		Finanzierungsquelle bund = quelle("Aktion Mensch", null, null);
		Finanzierungsquelle nurWohnen = quelle("Wohnraumförderung", null, Handlungsfeld.WOHNEN);
		assertEquals(List.of(ni, bund), Sammlung.passendeQuellen(projekt, List.of(bw, bund, nurWohnen, ni)));
	}

	private static Finanzkennzahlen kennzahlen(String ausgaben, String foerderfaehig, String finanzierung, String zuwendungen,
			String eigen, String quote, String luecke) {
		return new Finanzkennzahlen(new BigDecimal(ausgaben), new BigDecimal(foerderfaehig), new BigDecimal(finanzierung),
				new BigDecimal(zuwendungen), new BigDecimal(eigen), new BigDecimal(quote), new BigDecimal(luecke));
	}

	/** A: NI, Kooperation, Land and Eigenmittel, Mitwirken in the Planung. B: BW, Partizipation, Eigenmittel,
	 * Informieren in the Planung and Mitentscheiden in the Umsetzung. C: NI, Partizipation, nothing else. */
	private static List<Praxisbeispiel> sammlung(Partizipationsmodell leiter) {
		Praxisbeispiel a = ValidierungTest.gueltig();
		a.getHandlungsfelder().add(Handlungsfeld.SOZIALES);
		a.getBeteiligungen().clear();
		beteiligung(a, Projektphase.PLANUNG, leiter.getStufen().get(1));
		Praxisbeispiel b = projekt("Bürgergemeinschaft Eichstetten", Bundesland.BADEN_WUERTTEMBERG, Herausforderung.PARTIZIPATION);
		b.setFinanzierungsplan(ValidierungTest.gueltig().getFinanzierungsplan());
		b.getFinanzierungsplan().getAnteile().removeIf(x -> x.getQuelle().getArt() == Finanzierungsart.LAND);
		beteiligung(b, Projektphase.PLANUNG, leiter.getStufen().get(0));
		beteiligung(b, Projektphase.UMSETZUNG, leiter.getStufen().get(2));
		Praxisbeispiel c = projekt("Wir für euch – Altwerden in Vrees", Bundesland.NIEDERSACHSEN, Herausforderung.PARTIZIPATION);
		return List.of(a, b, c);
	}

	private static Praxisbeispiel projekt(String titel, Bundesland land, Herausforderung herausforderung) {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel(titel);
		beispiel.setBundesland(land);
		beispiel.setHerausforderung(herausforderung);
		return beispiel;
	}

	private static void beteiligung(Praxisbeispiel beispiel, Projektphase phase, Partizipationsstufe stufe) {
		Beteiligung beteiligung = F.createBeteiligung();
		beteiligung.setPhase(phase);
		beteiligung.setStufe(stufe);
		beispiel.getBeteiligungen().add(beteiligung);
	}

	private static Partizipationsmodell leiter() {
		Partizipationsmodell leiter = F.createPartizipationsmodell();
		leiter.setId("partizipationsleiter");
		String[] namen = { "informieren", "mitwirken", "mitentscheiden", "selbstverwalten" };
		for (int i = 0; i < namen.length; i++) {
			Partizipationsstufe stufe = F.createPartizipationsstufe();
			stufe.setId("partizipationsleiter." + namen[i]);
			stufe.setName(namen[i]);
			stufe.setRang(i + 1);
			leiter.getStufen().add(stufe);
		}
		return leiter;
	}

	private static Finanzierungsquelle quelle(String name, Bundesland gebiet, Handlungsfeld feld) {
		Finanzierungsquelle quelle = F.createFinanzierungsquelle();
		quelle.setName(name);
		if (gebiet != null) {
			quelle.getFoerdergebiet().add(gebiet);
		}
		if (feld != null) {
			quelle.getHandlungsfelder().add(feld);
		}
		return quelle;
	}
}
