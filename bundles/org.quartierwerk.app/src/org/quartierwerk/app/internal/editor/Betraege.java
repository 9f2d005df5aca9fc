package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/** Amounts and years in the cells of the Finanzierung page: read as people type them, shown in German notation. */
final class Betraege {

	/** Marks a cell text that is not a value of its column. */
	static final Object UNLESBAR = new Object();

	/** A year as typed: empty is none, 1900 to 2200 a year, anything else {@link #UNLESBAR}. */
	static Object parseJahr(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			int jahr = Integer.parseInt(text);
			return jahr >= 1900 && jahr <= 2200 ? jahr : UNLESBAR;
		} catch (NumberFormatException e) {
			return UNLESBAR;
		}
	}

	/** German amounts as people type them: "1.234,56", "1234,5", "1234" and "1234,56 €". */
	static Object parseBetrag(String text) {
		String ohneEuro = text.replace("€", "").strip();
		if (ohneEuro.isEmpty()) {
			return null;
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		format.setParseBigDecimal(true);
		try {
			ParsePosition position = new ParsePosition(0);
			BigDecimal betrag = (BigDecimal) format.parse(ohneEuro, position);
			if (betrag == null || position.getIndex() != ohneEuro.length() || betrag.signum() < 0) {
				return UNLESBAR;
			}
			return betrag.setScale(2, RoundingMode.HALF_UP);
		} catch (RuntimeException e) {
			return UNLESBAR;
		}
	}

	static String euro(BigDecimal betrag) {
		return betrag == null ? "" : new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(betrag);
	}

	static String jahr(Integer jahr) {
		return jahr == null ? "" : jahr.toString();
	}

	private Betraege() {
	}
}
