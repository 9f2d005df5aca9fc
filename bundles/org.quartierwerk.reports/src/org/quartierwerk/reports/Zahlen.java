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

	/** "297.000 €" for whole euros, "1.234,50 €" with cents. */
	static String betrag(BigDecimal betrag) {
		boolean ganz = betrag.signum() == 0 || betrag.stripTrailingZeros().scale() <= 0;
		String muster = ganz ? "#,##0" : "#,##0.00";
		return format(muster, ganz ? betrag : betrag.setScale(2, RoundingMode.HALF_UP)) + " €";
	}

	/** "1.500", "33,3": grouped, with the decimals the value has. */
	static String zahl(BigDecimal zahl) {
		return format("#,##0.############", zahl);
	}

	/** A value with its unit: an amount for EUR or €, otherwise the number and the unit ("40 Personen"). */
	static String mitEinheit(BigDecimal wert, String einheit) {
		String e = einheit.strip();
		if (e.equalsIgnoreCase("EUR") || e.equals("€") || e.equalsIgnoreCase("Euro")) {
			return betrag(wert);
		}
		return e.isEmpty() ? zahl(wert) : zahl(wert) + " " + e;
	}

	private static String format(String muster, BigDecimal wert) {
		DecimalFormat format = new DecimalFormat(muster, DEUTSCH);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(wert);
	}
}
