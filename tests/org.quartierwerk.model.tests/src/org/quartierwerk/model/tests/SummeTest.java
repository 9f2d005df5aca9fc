package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Wert;
import org.quartierwerk.model.analyse.Summe;

/** Sums, differences and quotients of figures that may be ranges, "ca." or missing (docs/fachmodell.md §10.8). */
class SummeTest {

	private static Summe summe(String... werte) {
		return Summe.von(Arrays.stream(werte).map(w -> w == null ? null : Wert.valueOf(w)).toList());
	}

	private static void assertSumme(String von, String bis, boolean ca, int fehlend, Summe summe) {
		assertEquals(0, new BigDecimal(von).compareTo(summe.von()), () -> "von of " + summe);
		assertEquals(0, new BigDecimal(bis).compareTo(summe.bis()), () -> "bis of " + summe);
		assertEquals(ca, summe.ca(), () -> "ca of " + summe);
		assertEquals(fehlend, summe.fehlend(), () -> "fehlend of " + summe);
	}

	@Test
	void theSumOfExactFiguresIsExact() {
		Summe summe = summe("250000", "24000.00", "23000");
		assertSumme("297000", "297000", false, 0, summe);
		assertEquals("297.000 €", summe.text(Locale.GERMANY, true));
		assertEquals(Optional.of(Wert.valueOf("297000")), summe.alsWert());
		assertEquals("0 €", Summe.von(List.of()).text(Locale.GERMANY, true));
	}

	@Test
	void theSumOfRangesIsARangeAndCaCarriesOver() {
		assertSumme("125", "145", false, 0, summe("100", "20..30", "5..15"));
		assertEquals("125–145", summe("100", "20..30", "5..15").text(Locale.GERMANY, false));
		Summe mitCa = summe("100", "ca. 50", "20..30");
		assertSumme("170", "180", true, 0, mitCa);
		assertEquals("ca. 170–180 €", mitCa.text(Locale.GERMANY, true));
		assertEquals(Optional.of(Wert.valueOf("ca. 170..180")), mitCa.alsWert());
		assertEquals("ca. 300 €", summe("ca. 100", "200").text(Locale.GERMANY, true));
	}

	@Test
	void missingPartsAreCountedAndOnlyTheLowerBoundIsClaimed() {
		Summe summe = summe("24000", null, "ca. 1000..2000", null);
		assertSumme("25000", "26000", true, 2, summe);
		assertFalse(summe.vollstaendig());
		assertEquals(Optional.empty(), summe.alsWert(), "the upper bound of a sum with missing parts is unknown");
		assertEquals("mindestens ca. 25.000 € (2 Beträge nicht angegeben)", summe.text(Locale.GERMANY, true));
		assertEquals("mindestens 24.000 € (1 Betrag nicht angegeben)", summe("24000", null).text(Locale.GERMANY, true));
		assertEquals("mindestens 0 (3 Beträge nicht angegeben)", summe(null, null, null).text(Locale.GERMANY, false));
		assertSumme("24000", "24000", false, 1, Summe.NULL.plus(Wert.valueOf("24000")).plus((Wert) null));
		assertSumme("25000", "26000", true, 3, summe.plus(summe((String) null)));
	}

	@Test
	void aDifferenceIsTheWidestIntervalAndNeedsEveryPart() {
		Summe ausgaben = summe("100..120");
		Summe finanzierung = summe("30..40");
		assertSumme("60", "90", false, 0, ausgaben.minus(finanzierung).orElseThrow());
		assertSumme("-90", "-60", false, 0, finanzierung.minus(ausgaben).orElseThrow());
		assertSumme("0", "0", false, 0, summe("297000").minus(summe("250000", "47000")).orElseThrow());
		assertTrue(summe("ca. 100").minus(summe("40")).orElseThrow().ca(), "ca. carries over");
		assertEquals(Optional.empty(), summe("100").minus(summe("40", null)));
		assertEquals(Optional.empty(), summe("100", null).minus(summe("40")));
		assertEquals("nicht berechenbar", Summe.text(summe("100").minus(summe((String) null)), Locale.GERMANY, true));
		assertEquals("60–90", Summe.text(ausgaben.minus(finanzierung), Locale.GERMANY, false));
	}

	@Test
	void aQuotientOfNonNegativeFiguresIsAnIntervalOrNotComputable() {
		assertSumme("0.8", "0.8", false, 0, summe("80000").geteiltDurch(summe("100000")).orElseThrow());
		assertSumme("0.6", "0.9", false, 0, summe("60..90").geteiltDurch(summe("100")).orElseThrow());
		assertSumme("0.6", "0.9", true, 0, summe("ca. 60..90").geteiltDurch(summe("100")).orElseThrow());
		assertSumme("0.5", "0.75", false, 0, summe("60").geteiltDurch(summe("80..120")).orElseThrow());
		Summe drittel = summe("1").geteiltDurch(summe("3")).orElseThrow();
		assertTrue(drittel.von().compareTo(new BigDecimal("0.3333333333")) == 0 && drittel.bis().compareTo(new BigDecimal("0.3333333334")) == 0,
				"rounded outwards, so the interval holds the true quotient: " + drittel);
		for (Summe[] nichtBerechenbar : new Summe[][] { { summe("100"), summe("0") }, { summe("100"), summe("0..50") },
				{ summe("100"), summe("-5..50") }, { summe("-1..100"), summe("50") }, { summe("100", null), summe("50") },
				{ summe("100"), summe("50", null) } }) {
			Optional<Summe> quotient = nichtBerechenbar[0].geteiltDurch(nichtBerechenbar[1]);
			assertEquals(Optional.empty(), quotient, () -> nichtBerechenbar[0] + " / " + nichtBerechenbar[1]);
			assertEquals("nicht berechenbar", Summe.text(quotient, Locale.GERMANY, false));
		}
	}
}
