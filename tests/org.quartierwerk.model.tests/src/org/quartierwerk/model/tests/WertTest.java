package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Wert;

/** The value type {@link Wert}: stored form, German input and output, refusals, and the round trip EMF relies on. */
class WertTest {

	private static BigDecimal z(String zahl) {
		return new BigDecimal(zahl);
	}

	private static void assertWert(String von, String bis, boolean ca, Wert wert) {
		assertEquals(0, z(von).compareTo(wert.von()), () -> "von of " + wert);
		assertEquals(0, z(bis).compareTo(wert.bis()), () -> "bis of " + wert);
		assertEquals(ca, wert.istCa(), () -> "ca of " + wert);
	}

	@Test
	void readsAndWritesTheStoredForm() {
		for (String text : new String[] { "250000", "ca. 150", "20..30", "ca. 5000..89000", "24000.00", "3500.50", "-5..3",
				"0.125", "ca. -2.5..-1" }) {
			assertEquals(text, Wert.valueOf(text).toString());
		}
		assertWert("250000", "250000", false, Wert.valueOf("250000"));
		assertWert("150", "150", true, Wert.valueOf("ca. 150"));
		assertWert("20", "30", false, Wert.valueOf("20..30"));
		assertWert("5000", "89000", true, Wert.valueOf("ca. 5000..89000"));
		assertEquals("150", Wert.valueOf(" 150\n").toString());
		assertEquals("20", Wert.valueOf("20..20").toString(), "a range from x to x is the exact value x");
		assertTrue(Wert.valueOf("20..20").istGenau());
		assertTrue(Wert.valueOf("ca. 150").istEinzeln());
		assertFalse(Wert.valueOf("ca. 150").istGenau());
		assertFalse(Wert.valueOf("20..30").istEinzeln());
	}

	@Test
	void theTextOfTodaysNumericAttributesIsStoredText() {
		// what 1.0 files hold for EBigDecimal and EIntegerObject attributes
		for (String text : new String[] { "24000.00", "2500", "50.5", "0", "33.33", "4200" }) {
			Wert wert = Wert.valueOf(text);
			assertEquals(0, new BigDecimal(text).compareTo(wert.von()));
			assertTrue(wert.istGenau());
			assertEquals(text, wert.toString());
		}
	}

	@Test
	void refusesStoredTextThatIsNoFigureWithAGermanMessage() {
		for (String text : new String[] { "", "   ", "ca 150", "ca.150", "circa 150", "20-30", "20–30", "1e5", "1E+999999999", "20..",
				"..30", "abc", "1,5", "ca. ", "1.234,5", "20...30", "+5", "0x10", "20..30..40", "NaN", "Infinity" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wert.valueOf(text), text);
			assertTrue(e.getMessage().startsWith("Kein gültiger gespeicherter Wert: „" + text.strip() + "“"), e.getMessage());
		}
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wert.valueOf(null));
		assertTrue(e.getMessage().startsWith("Kein gültiger gespeicherter Wert: „“"), e.getMessage());
	}

	@Test
	void refusesARangeThatRunsBackwards() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wert.valueOf("30..20"));
		assertEquals("Der Wert „30..20“ ist keine Spanne: der Anfang 30 ist größer als das Ende 20. Nennen Sie zuerst die kleinere Zahl.",
				e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> Wert.lies("89.000–5.000 €"));
		assertEquals("Der Wert „89.000–5.000 €“ ist keine Spanne: der Anfang 89.000 ist größer als das Ende 5.000. "
				+ "Nennen Sie zuerst die kleinere Zahl.", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Wert.spanne(z("2"), z("1")));
		assertThrows(IllegalArgumentException.class, () -> Wert.lies("zwischen 10 und 5"));
	}

	@Test
	void refusesNumbersTooLongToCalculateWith() {
		String lang = "1234567890123456";
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wert.valueOf(lang));
		assertEquals("Die Zahl ist zu lang: höchstens 15 Stellen vor und 20 nach dem Komma.", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Wert.valueOf("1." + "1".repeat(21)));
		assertThrows(IllegalArgumentException.class, () -> Wert.lies("ca. 1 000 000 000 000 000 €"));
		assertThrows(IllegalArgumentException.class, () -> Wert.genau(new BigDecimal("1E+999999999")));
		assertEquals("999999999999999", Wert.valueOf("999999999999999").toString());
	}

	@Test
	void readsFiguresAsPeopleWriteThemInGerman() {
		assertWert("250000", "250000", false, Wert.lies("250.000"));
		assertWert("250000", "250000", false, Wert.lies("250000"));
		assertWert("1234.5", "1234.5", false, Wert.lies("1.234,5"));
		assertWert("0.5", "0.5", false, Wert.lies("0,5"));
		assertWert("5000", "5000", false, Wert.lies("5 000"));
		assertWert("5000", "5000", false, Wert.lies("5\u00A0000"));
		assertWert("5000000", "5000000", false, Wert.lies("5\u202F000\u202F000"));
		assertWert("297000", "297000", false, Wert.lies("297.000 €"));
		assertWert("297000", "297000", false, Wert.lies("297.000€"));
		assertWert("297000", "297000", false, Wert.lies("297.000 Euro"));
		assertWert("80", "80", false, Wert.lies("80 %"));
		assertWert("-5", "-5", false, Wert.lies("-5"));
		assertWert("-5", "-5", false, Wert.lies("\u22125"));
		for (String ungefaehr : new String[] { "ca. 150", "ca.150", "Ca. 150", "ca 150", "circa 150", "Circa 150", "etwa 150", "rund 150",
				"  rund   150  " }) {
			assertWert("150", "150", true, Wert.lies(ungefaehr));
		}
		for (String spanne : new String[] { "20–30", "20 – 30", "20—30", "20-30", "20 - 30", "20 bis 30", "von 20 bis 30",
				"zwischen 20 und 30", "20..30" }) {
			assertWert("20", "30", false, Wert.lies(spanne));
		}
		assertWert("5000", "89000", false, Wert.lies("zwischen 5 000 und 89 000"));
		assertWert("5000", "89000", false, Wert.lies("zwischen 5.000 und 89.000 €"));
		assertWert("5000", "89000", true, Wert.lies("ca. 5.000–89.000 €"));
		assertWert("5000", "89000", true, Wert.lies("etwa zwischen 5.000 und 89.000 Euro"));
		assertWert("1.5", "2.75", false, Wert.lies("1,5 bis 2,75"));
		assertWert("-5", "-3", false, Wert.lies("-5 bis -3"));
		assertWert("-5", "3", false, Wert.lies("-5–3"));
	}

	@Test
	void refusesGermanTextThatIsNoFigure() {
		for (String text : new String[] { "", "abc", "ca.", "circa", "1.5", "1.23,4", "12,5,5", "zwischen 5 und", "bis 30", "20 bis",
				"12 Stück", "zwölf", "1e5", "5 000 0", "€", "20 und 30", "ca. ca. 5" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wert.lies(text), text);
			assertTrue(e.getMessage().startsWith("Kein gültiger Wert: „" + text.strip() + "“ (erwartet z. B. 250.000, 1.234,5, ca. 150, 20–30 "
					+ "oder zwischen 5.000 und 89.000)"), e.getMessage());
		}
	}

	@Test
	void printsFiguresForAReader() {
		assertEquals("150", Wert.valueOf("150").text(Locale.GERMANY));
		assertEquals("ca. 150", Wert.valueOf("ca. 150").text(Locale.GERMANY));
		assertEquals("20–30", Wert.valueOf("20..30").text(Locale.GERMANY));
		assertEquals("ca. 5.000–89.000", Wert.valueOf("ca. 5000..89000").text(Locale.GERMANY));
		assertEquals("1.234,5", Wert.valueOf("1234.50").text(Locale.GERMANY));
		assertEquals("24.000", Wert.valueOf("24000.00").text(Locale.GERMANY));
		assertEquals("-2,5", Wert.valueOf("-2.5").text(Locale.GERMANY));
		assertEquals("1,234.5", Wert.valueOf("1234.5").text(Locale.US));
		assertEquals("ca. 5,000–89,000", Wert.valueOf("ca. 5000..89000").text(Locale.ENGLISH));
	}

	@Test
	void printsAmountsInEuroWhenTheCallerAsks() {
		assertEquals("297.000 €", Wert.valueOf("297000").text(Locale.GERMANY, true));
		assertEquals("24.000 €", Wert.valueOf("24000.00").text(Locale.GERMANY, true));
		assertEquals("3.500,50 €", Wert.valueOf("3500.5").text(Locale.GERMANY, true));
		assertEquals("ca. 5.000–89.000 €", Wert.valueOf("ca. 5000..89000").text(Locale.GERMANY, true));
		assertEquals("1.000,00–1.500,50 €", Wert.valueOf("1000..1500.5").text(Locale.GERMANY, true), "both bounds with cents");
		assertEquals("0,125 €", Wert.valueOf("0.125").text(Locale.GERMANY, true), "no digit is rounded away");
	}

	@Test
	void factoriesAndEquality() {
		assertEquals(Wert.valueOf("150"), Wert.genau(z("150")));
		assertEquals(Wert.valueOf("ca. 150"), Wert.ca(z("150")));
		assertEquals(Wert.valueOf("20..30"), Wert.spanne(z("20"), z("30")));
		assertEquals(Wert.valueOf("ca. 20..30"), Wert.ca(Wert.spanne(z("20"), z("30"))));
		assertEquals(Wert.valueOf("24000.00"), Wert.valueOf("24000"), "equal figures, written with other digits");
		assertEquals(Wert.valueOf("24000.00").hashCode(), Wert.valueOf("24000").hashCode());
		assertNotEquals(Wert.valueOf("150"), Wert.valueOf("ca. 150"));
		assertNotEquals(Wert.valueOf("20..30"), Wert.valueOf("20..31"));
		assertEquals(Wert.valueOf("0"), Wert.valueOf("0.000"));
		assertEquals(Wert.valueOf("0").hashCode(), Wert.valueOf("0.000").hashCode());
	}

	@Test
	void emfConvertsItLikeTeildatum() {
		// the EDataType a later step adds to quartierwerk.ecore, here in a package of its own
		EDataType typ = EcoreFactory.eINSTANCE.createEDataType();
		typ.setName("Wert");
		typ.setInstanceClass(Wert.class);
		EPackage paket = EcoreFactory.eINSTANCE.createEPackage();
		paket.setName("werttest");
		paket.setNsURI("urn:quartierwerk:werttest");
		paket.getEClassifiers().add(typ);
		for (String text : new String[] { "250000", "ca. 150", "20..30", "ca. 5000..89000", "24000.00" }) {
			Object wert = paket.getEFactoryInstance().createFromString(typ, text);
			assertEquals(Wert.valueOf(text), wert);
			assertEquals(text, paket.getEFactoryInstance().convertToString(typ, wert));
		}
		assertThrows(IllegalArgumentException.class, () -> paket.getEFactoryInstance().createFromString(typ, "30..20"));
	}

	/** Many generated figures: stored form → figure → stored form, and figure → German text → figure. */
	@Test
	void roundTripsOverManyGeneratedFigures() {
		Random zufall = new Random(17);
		for (int i = 0; i < 20_000; i++) {
			BigDecimal von = zahl(zufall);
			BigDecimal bis = zufall.nextInt(3) == 0 ? von : von.add(zahl(zufall).abs());
			Wert spanne = Wert.spanne(von, bis);
			Wert wert = zufall.nextBoolean() ? Wert.ca(spanne) : spanne;
			Wert gespeichertUndGelesen = Wert.valueOf(wert.toString());
			assertEquals(wert, gespeichertUndGelesen, wert::toString);
			assertEquals(wert.toString(), gespeichertUndGelesen.toString());
			String deutsch = wert.text(Locale.GERMANY);
			assertEquals(wert, Wert.lies(deutsch), deutsch);
			assertEquals(wert, Wert.lies(wert.text(Locale.GERMANY, true)), () -> wert.text(Locale.GERMANY, true));

			String text = gespeicherterText(zufall);
			assertEquals(text, Wert.valueOf(text).toString());
		}
	}

	private static BigDecimal zahl(Random zufall) {
		int stellen = 1 + zufall.nextInt(15);
		BigInteger ziffern = new BigInteger(stellen * 3, zufall);
		int nachDemKomma = zufall.nextInt(4);
		BigDecimal zahl = new BigDecimal(ziffern, nachDemKomma);
		while (!org.quartierwerk.model.QuartierwerkResources.rechenbar(zahl)) {
			zahl = zahl.movePointLeft(1).setScale(nachDemKomma, java.math.RoundingMode.DOWN);
		}
		return zufall.nextInt(5) == 0 ? zahl.negate() : zahl;
	}

	/** A stored text as a person or program might write it: no leading zeros, no "-0", ranges with two different ends. */
	private static String gespeicherterText(Random zufall) {
		BigDecimal von = zahl(zufall);
		BigDecimal bis = von.add(zahl(zufall).abs());
		String text = von.toPlainString();
		if (text.equals("-0") || von.signum() == 0 && text.startsWith("-")) {
			text = text.substring(1);
		}
		if (bis.compareTo(von) != 0) {
			text += ".." + bis.toPlainString();
		}
		return zufall.nextBoolean() ? "ca. " + text : text;
	}
}
