package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Tranche;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.model.analyse.Finanzverlauf;
import org.quartierwerk.model.analyse.Finanzverlauf.Foerderquote;
import org.quartierwerk.model.validierung.Validierung;

/**
 * Finanzierung over time (docs/fachmodell.md §3.1): a grant of 250.000 € over 2012–2016 in yearly Tranchen, the sums
 * per year, the Förderquote per funder and year, the status from the Statusverlauf – and nothing computed from what is
 * not recorded.
 */
class FinanzverlaufTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	/** Ausgaben of 60.000 € a year 2012–2016, the Land's grant of 250.000 € in five Tranchen, 10.000 € Eigenmittel a year. */
	static Praxisbeispiel fuenfJahre() {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel("Quartier im Wandel");
		Laufzeit laufzeit = F.createLaufzeit();
		laufzeit.setBeginn(Teildatum.valueOf("2012"));
		laufzeit.setEnde(Teildatum.valueOf("2016"));
		beispiel.setLaufzeit(laufzeit);
		Finanzierungsplan plan = F.createFinanzierungsplan();
		Finanzierungsquelle land = quelle(plan, "Land", Finanzierungsart.LAND);
		Finanzierungsquelle eigen = quelle(plan, "Eigenmittel", Finanzierungsart.EIGENMITTEL);
		Finanzierungsanteil zuschuss = F.createFinanzierungsanteil();
		zuschuss.setQuelle(land);
		zuschuss.setBetrag(new BigDecimal("250000"));
		plan.getAnteile().add(zuschuss);
		for (int jahr = 2012; jahr <= 2016; jahr++) {
			Ausgabeposition ausgabe = F.createAusgabeposition();
			ausgabe.setBezeichnung("Personal " + jahr);
			ausgabe.setJahr(jahr);
			ausgabe.setBetrag(new BigDecimal("60000"));
			plan.getAusgaben().add(ausgabe);
			Tranche tranche = F.createTranche();
			tranche.setJahr(jahr);
			tranche.setBetrag(new BigDecimal("50000"));
			zuschuss.getTranchen().add(tranche);
			Finanzierungsanteil anteil = F.createFinanzierungsanteil();
			anteil.setQuelle(eigen);
			anteil.setJahr(jahr);
			anteil.setBetrag(new BigDecimal("10000"));
			plan.getAnteile().add(anteil);
		}
		beispiel.setFinanzierungsplan(plan);
		return beispiel;
	}

	private static Finanzierungsquelle quelle(Finanzierungsplan plan, String name, Finanzierungsart art) {
		Finanzierungsquelle quelle = F.createFinanzierungsquelle();
		quelle.setName(name);
		quelle.setArt(art);
		plan.getQuellen().add(quelle);
		return quelle;
	}

	@Test
	void tranchenGiveTheSumsPerYearAndInTotal() {
		Finanzierungsplan plan = fuenfJahre().getFinanzierungsplan();
		assertEquals(List.of(2012, 2013, 2014, 2015, 2016), List.copyOf(Finanzkennzahlen.jahre(plan)));
		assertEquals(0, new BigDecimal("300000").compareTo(Finanzkennzahlen.von(plan).finanzierung()));
		Finanzkennzahlen jahr2014 = Finanzkennzahlen.imJahr(plan, 2014);
		assertEquals(0, new BigDecimal("60000").compareTo(jahr2014.finanzierung()));
		assertEquals(0, new BigDecimal("50000").compareTo(jahr2014.zuwendungen()));
		assertEquals(0, BigDecimal.ZERO.compareTo(jahr2014.luecke()));
	}

	@Test
	void foerderquotePerFunderAndYear() {
		List<Foerderquote> quoten = Finanzverlauf.foerderquoten(fuenfJahre().getFinanzierungsplan());
		// the Land over the whole plan and in each of its five years; Eigenmittel are no funder
		assertEquals(6, quoten.size(), quoten::toString);
		assertNull(quoten.get(0).jahr());
		assertEquals(new BigDecimal("83.33"), quoten.get(0).quote());
		assertEquals(2014, quoten.get(3).jahr());
		assertEquals(0, new BigDecimal("50000").compareTo(quoten.get(3).betrag()));
		assertEquals(new BigDecimal("83.33"), quoten.get(3).quote());
	}

	@Test
	void nothingPerYearFromWhatIsNotRecorded() {
		Finanzierungsplan plan = fuenfJahre().getFinanzierungsplan();
		// 20.000 € of the grant are not assigned to a year: they stay "ohne Jahr", the Land has no quote per year
		plan.getAnteile().get(0).setBetrag(new BigDecimal("270000"));
		assertEquals(new BigDecimal("20000"), Finanzverlauf.jahresbetraege(plan.getAnteile().get(0)).get(null));
		assertEquals(0, new BigDecimal("60000").compareTo(Finanzkennzahlen.imJahr(plan, 2014).finanzierung()));
		assertEquals(1, Finanzverlauf.foerderquoten(plan).size());

		// an Ausgabe without a year: the eligible Ausgaben of a year are not known, so no quote per year
		plan = fuenfJahre().getFinanzierungsplan();
		plan.getAusgaben().get(0).setJahr(null);
		List<Foerderquote> quoten = Finanzverlauf.foerderquoten(plan);
		assertEquals(6, quoten.size());
		assertEquals(new BigDecimal("83.33"), quoten.get(0).quote());
		assertTrue(quoten.stream().skip(1).allMatch(q -> q.quote() == null), quoten::toString);

		// a grant without its total: its Tranchen do not count, nothing is summed from them
		plan = fuenfJahre().getFinanzierungsplan();
		plan.getAnteile().get(0).setBetrag(null);
		assertEquals(0, new BigDecimal("10000").compareTo(Finanzkennzahlen.imJahr(plan, 2014).finanzierung()));
		assertEquals(List.of(), Finanzverlauf.foerderquoten(plan));
	}

	@Test
	void theStatusIsTheLastEventUnlessOneIsRecorded() {
		Praxisbeispiel beispiel = fuenfJahre();
		Finanzierungsanteil zuschuss = beispiel.getFinanzierungsplan().getAnteile().get(0);
		assertEquals(Optional.empty(), Finanzverlauf.status(zuschuss));
		ereignis(zuschuss, Bewilligungsstatus.GEPLANT, "2011-03");
		ereignis(zuschuss, Bewilligungsstatus.BEANTRAGT, "2011-06");
		ereignis(zuschuss, Bewilligungsstatus.BEWILLIGT, "2011-11-15");
		ereignis(zuschuss, Bewilligungsstatus.AUSGEZAHLT, "2012-02");
		assertEquals(Optional.of(Bewilligungsstatus.AUSGEZAHLT), Finanzverlauf.status(zuschuss));
		assertTrue(Finanzverlauf.bewilligt(zuschuss));
		// rejected as the last event: the grant does not count any more
		ereignis(zuschuss, Bewilligungsstatus.ABGELEHNT, "2012-05");
		assertEquals(0, new BigDecimal("50000").compareTo(Finanzkennzahlen.von(beispiel.getFinanzierungsplan()).finanzierung()));
		// a recorded status (an old file's) is the status; contradicting the history it is a Fehler
		zuschuss.setStatus(Bewilligungsstatus.BEWILLIGT);
		assertEquals(Optional.of(Bewilligungsstatus.BEWILLIGT), Finanzverlauf.status(zuschuss));
		assertTrue(Validierung.pruefe(beispiel, List.of()).getChildren().stream()
				.anyMatch(d -> d.getSeverity() == Diagnostic.ERROR && d.getMessage().contains("das letzte Ereignis im Statusverlauf sagt „abgelehnt“")));
	}

	@Test
	void fiveYearsInTranchesValidateWithoutFehler() {
		Praxisbeispiel beispiel = fuenfJahre();
		List<String> fehler = Validierung.pruefe(beispiel, List.of()).getChildren().stream()
				.filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
		assertEquals(List.of(), fehler);
	}

	private static void ereignis(Finanzierungsanteil anteil, Bewilligungsstatus status, String datum) {
		Statusereignis ereignis = F.createStatusereignis();
		ereignis.setStatus(status);
		ereignis.setDatum(Teildatum.valueOf(datum));
		anteil.getStatusverlauf().add(ereignis);
	}
}
