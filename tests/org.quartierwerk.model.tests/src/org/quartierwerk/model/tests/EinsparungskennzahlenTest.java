package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.analyse.Einsparungskennzahlen;
import org.quartierwerk.model.validierung.Validierung;

/**
 * Präventionsfaktor and Netto-Konsolidierung (docs/fachmodell.md §4.1): figures only from what was recorded, with the
 * reason when they are not given – never 0.
 */
class EinsparungskennzahlenTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	@Test
	void hannoversPraeventionsfaktor() {
		Praxisbeispiel hannover = projekt();
		ausgabe(hannover, Ausgabenkategorie.PERSONAL, "1250000");
		ausgabe(hannover, Ausgabenkategorie.SACH, "800000");
		einsparung(hannover, "5760000");

		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(hannover);
		assertEquals(new BigDecimal("5760000"), zahlen.einsparungen());
		assertEquals(new BigDecimal("2050000"), zahlen.eingesetzteMittel());
		assertEquals(new BigDecimal("2.81"), zahlen.praeventionsfaktor(), "5,76 Mio € / 2,05 Mio €");
		assertEquals(new BigDecimal("1250000"), zahlen.personalkosten());
		assertEquals(new BigDecimal("4510000"), zahlen.nettoKonsolidierung(), "Brutto 5,76 Mio € − Personal 1,25 Mio €");
		assertNull(zahlen.grundFaktor());
		assertNull(zahlen.grundNetto());
		assertFalse(zahlen.mitVorbehalt());
		hannover.getEinsparungen().get(0).setMitVorbehalt(true);
		assertTrue(Einsparungskennzahlen.von(hannover).mitVorbehalt());
	}

	@Test
	void withoutEinsparungenNothingIsComputed() {
		Praxisbeispiel projekt = projekt();
		ausgabe(projekt, Ausgabenkategorie.PERSONAL, "1000");
		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(projekt);
		assertNull(zahlen.einsparungen());
		assertNull(zahlen.praeventionsfaktor());
		assertNull(zahlen.nettoKonsolidierung());
		assertEquals("keine Einsparung erfasst", zahlen.grundFaktor());
		assertEquals("keine Einsparung erfasst", zahlen.grundNetto());
	}

	@Test
	void anEinsparungWithoutBetragLeavesTheSumOpen() {
		Praxisbeispiel projekt = projekt();
		ausgabe(projekt, Ausgabenkategorie.PERSONAL, "1000");
		einsparung(projekt, "5000");
		projekt.getEinsparungen().add(F.createEinsparung());
		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(projekt);
		assertNull(zahlen.einsparungen(), "a sum of some Einsparungen would pass for all");
		assertNull(zahlen.praeventionsfaktor());
		assertEquals("eine Einsparung hat keinen Betrag", zahlen.grundFaktor());
	}

	@Test
	void noFactorWithoutMittelAboveZero() {
		Praxisbeispiel ohnePlan = projekt();
		einsparung(ohnePlan, "5000");
		assertEquals("der Finanzierungsplan nennt keine Ausgaben", Einsparungskennzahlen.von(ohnePlan).grundFaktor());

		Praxisbeispiel nichtsAusgegeben = projekt();
		einsparung(nichtsAusgegeben, "5000");
		ausgabe(nichtsAusgegeben, Ausgabenkategorie.SACH, "0");
		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(nichtsAusgegeben);
		assertNull(zahlen.praeventionsfaktor(), "Σ eingesetzte Mittel = 0: no factor, never ∞ or 0");
		assertEquals("die Ausgaben ergeben 0,00 €", zahlen.grundFaktor());
		assertEquals(new BigDecimal("5000"), zahlen.nettoKonsolidierung(), "every Ausgabe is Sach: Personalkosten are 0");

		Praxisbeispiel offenerBetrag = projekt();
		einsparung(offenerBetrag, "5000");
		ausgabe(offenerBetrag, Ausgabenkategorie.SACH, "100");
		ausgabe(offenerBetrag, Ausgabenkategorie.SACH, null);
		assertEquals("eine Ausgabe hat keinen Betrag", Einsparungskennzahlen.von(offenerBetrag).grundFaktor());
	}

	@Test
	void nettoKonsolidierungOnlyWhenThePersonalkostenAreKnown() {
		Praxisbeispiel projekt = projekt();
		einsparung(projekt, "5000");
		ausgabe(projekt, Ausgabenkategorie.PERSONAL, "1000");
		Ausgabeposition ohneKategorie = ausgabe(projekt, null, "500");
		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(projekt);
		assertEquals(new BigDecimal("3.33"), zahlen.praeventionsfaktor());
		assertNull(zahlen.nettoKonsolidierung(), "the Ausgabe without Kategorie may be Personal");
		assertEquals("eine Ausgabe hat keine Kategorie (sie könnte Personal sein)", zahlen.grundNetto());

		ohneKategorie.setKategorie(Ausgabenkategorie.PERSONAL);
		ohneKategorie.setBetrag(null);
		assertEquals("eine Personalausgabe hat keinen Betrag", Einsparungskennzahlen.von(projekt).grundNetto());
		ohneKategorie.setBetrag(new BigDecimal("500"));
		assertEquals(new BigDecimal("3500"), Einsparungskennzahlen.von(projekt).nettoKonsolidierung());
	}

	@Test
	void aZeitraumEndingBeforeItsStartIsAFehler() {
		Praxisbeispiel projekt = projekt();
		Einsparung einsparung = einsparung(projekt, "5000");
		einsparung.setBerechnung("Schätzung");
		Laufzeit zeitraum = F.createLaufzeit();
		zeitraum.setBeginn(Teildatum.jahr(2011));
		zeitraum.setEnde(Teildatum.jahr(2005));
		einsparung.setZeitraum(zeitraum);
		Diagnostic befund = Validierung.pruefe(projekt, java.util.List.of());
		assertTrue(befund.getChildren().stream().anyMatch(d -> d.getSeverity() == Diagnostic.ERROR
				&& d.getMessage().contains("Das Ende (2005) liegt vor dem Beginn (2011)")), () -> befund.getChildren().toString());
	}

	private static Praxisbeispiel projekt() {
		Praxisbeispiel projekt = F.createPraxisbeispiel();
		projekt.setTitel("Prävention Hilfe zur Erziehung");
		return projekt;
	}

	private static Einsparung einsparung(Praxisbeispiel projekt, String betrag) {
		Einsparung einsparung = F.createEinsparung();
		einsparung.setBetrag(new BigDecimal(betrag));
		projekt.getEinsparungen().add(einsparung);
		return einsparung;
	}

	private static Ausgabeposition ausgabe(Praxisbeispiel projekt, Ausgabenkategorie kategorie, String betrag) {
		if (projekt.getFinanzierungsplan() == null) {
			projekt.setFinanzierungsplan(F.createFinanzierungsplan());
		}
		Finanzierungsplan plan = projekt.getFinanzierungsplan();
		Ausgabeposition ausgabe = F.createAusgabeposition();
		if (kategorie != null) {
			ausgabe.setKategorie(kategorie);
		}
		ausgabe.setBetrag(betrag == null ? null : new BigDecimal(betrag));
		plan.getAusgaben().add(ausgabe);
		return ausgabe;
	}
}
