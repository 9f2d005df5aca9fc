package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Teildatum.Genauigkeit;

class TeildatumTest {

	@Test
	void readsAndWritesYearMonthAndDay() {
		assertEquals(Genauigkeit.JAHR, Teildatum.valueOf("2007").genauigkeit());
		assertEquals("2007", Teildatum.valueOf(" 2007 ").toString());
		assertEquals("2017-02", Teildatum.valueOf("2017-02").toString());
		assertEquals(LocalDate.of(2017, 2, 28), Teildatum.valueOf("2017-02").letzter());
		assertEquals("2018-07-01", Teildatum.valueOf("2018-07-01").toString());
		assertEquals(LocalDate.of(2007, 12, 31), Teildatum.valueOf("2007").letzter());
	}

	@Test
	void rejectsOtherTextWithAGermanMessage() {
		for (String text : new String[] { "", "07", "2017-13", "1. Juli 2018", "2018-02-30" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Teildatum.valueOf(text));
			assertTrue(e.getMessage().startsWith("Kein gültiges Datum"), e.getMessage());
		}
	}

	@Test
	void comparesByTheDaysADateMayMean() {
		assertTrue(Teildatum.valueOf("2018").kannVorOderAm(Teildatum.valueOf("2018-07")));
		assertTrue(Teildatum.valueOf("2018-07-01").kannVorOderAm(Teildatum.valueOf("2023-06-30")));
		assertFalse(Teildatum.valueOf("2023-07").kannVorOderAm(Teildatum.valueOf("2023-06-30")));
		assertEquals(Teildatum.valueOf("2017-02"), Teildatum.monat(2017, 2));
	}
}
