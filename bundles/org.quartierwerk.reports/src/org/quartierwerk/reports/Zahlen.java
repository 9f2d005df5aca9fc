package org.quartierwerk.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers and amounts as German documents print them, whatever the locale of the machine. */
final class Zahlen {

	private static final DecimalFormatSymbols DEUTSCH = DecimalFormatSymbols.getInstance(Locale.GERMANY);

	private Zahlen() {
	}

	/** An amount of a plan, always with cents so that a column reads alike: "24.000,00 €", "1.234,50 €". */
	static String betrag(BigDecimal betrag) {
		return format("#,##0.00", betrag.setScale(2, RoundingMode.HALF_UP)) + " €";
	}

	/** A target value in euros: "297.000 €" for whole euros, "1.234,50 €" with cents. */
	static String euro(BigDecimal betrag) {
		boolean ganz = betrag.signum() == 0 || betrag.stripTrailingZeros().scale() <= 0;
		return ganz ? format("#,##0", betrag) + " €" : betrag(betrag);
	}

	/** "1.500", "33,3": grouped, with the decimals the value has. */
	static String zahl(BigDecimal zahl) {
		return format("#,##0.############", zahl);
	}

	/** A value with its unit: an amount for EUR or €, otherwise the number and the unit ("40 Personen"). */
	static String mitEinheit(BigDecimal wert, String einheit) {
		String e = einheit.strip();
		if (e.equalsIgnoreCase("EUR") || e.equals("€") || e.equalsIgnoreCase("Euro")) {
			return euro(wert);
		}
		return e.isEmpty() ? zahl(wert) : zahl(wert) + " " + e;
	}

	private static String format(String muster, BigDecimal wert) {
		DecimalFormat format = new DecimalFormat(muster, DEUTSCH);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(wert);
	}
}
