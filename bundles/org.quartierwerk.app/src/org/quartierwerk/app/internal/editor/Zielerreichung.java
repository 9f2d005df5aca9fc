package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;

/** How far a Kennzahl has come: its latest Istwert and the Zielerreichung in percent, as the page Ziele & Wirkung shows them. */
final class Zielerreichung {

	private static final BigDecimal HUNDERT = new BigDecimal("100");

	/** The latest measurement: the one with the latest date, of equal dates the one recorded last. */
	static Messwert letzterIstwert(Kennzahl kennzahl) {
		Messwert letzter = null;
		for (Messwert messwert : kennzahl.getIstwerte()) {
			if (messwert.getWert() != null && (letzter == null || tag(messwert).compareTo(tag(letzter)) >= 0)) {
				letzter = messwert;
			}
		}
		return letzter;
	}

	/** (Ist − Ausgang) / (Ziel − Ausgang) in percent, one decimal; null when a value is missing or Ziel = Ausgang. */
	static BigDecimal prozent(Kennzahl kennzahl) {
		Messwert ist = letzterIstwert(kennzahl);
		BigDecimal ausgang = kennzahl.getAusgangswert();
		BigDecimal ziel = kennzahl.getZielwert();
		if (ist == null || ausgang == null || ziel == null || ziel.compareTo(ausgang) == 0) {
			return null;
		}
		return ist.getWert().subtract(ausgang).multiply(HUNDERT).divide(ziel.subtract(ausgang), 1, RoundingMode.HALF_UP);
	}

	private static LocalDate tag(Messwert messwert) {
		return messwert.getDatum() == null ? LocalDate.MIN : messwert.getDatum().letzter();
	}

	static String istwertText(Messwert messwert) {
		if (messwert == null) {
			return "";
		}
		return Spalten.zahl(messwert.getWert()) + (messwert.getDatum() == null ? "" : " (" + messwert.getDatum() + ")");
	}

	private Zielerreichung() {
	}
}
