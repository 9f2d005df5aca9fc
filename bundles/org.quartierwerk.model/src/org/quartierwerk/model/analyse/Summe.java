package org.quartierwerk.model.analyse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.model.Wert;
import org.quartierwerk.model.internal.Messages;

/**
 * The sum of figures that may be approximate ("ca."), ranges or missing (docs/fachmodell.md §10.8): the interval
 * from the sum of the lower to the sum of the upper bounds, "ca." when any part is, and how many parts are not given.
 * A sum with missing parts knows only its lower bound and prints "mindestens X (n Beträge nicht angegeben)" – a true
 * statement, where the upper bound would be invented. Differences and quotients are intervals as well and are not
 * computed when a part is missing ({@link Optional#empty()}, printed "nicht berechenbar" – never 0, never ∞).
 *
 * @param von the sum of the lower bounds of the given parts
 * @param bis the sum of the upper bounds of the given parts
 * @param ca whether any given part is approximate
 * @param fehlend how many parts are not given
 */
public record Summe(BigDecimal von, BigDecimal bis, boolean ca, int fehlend) {

	/** The sum of nothing: exactly 0. */
	public static final Summe NULL = new Summe(BigDecimal.ZERO, BigDecimal.ZERO, false, 0);

	/** Digits after the decimal point of a quotient; its bounds are rounded outwards, so the interval stays true. */
	public static final int STELLEN_EINES_QUOTIENTEN = 10;

	public Summe {
		Objects.requireNonNull(von);
		Objects.requireNonNull(bis);
		if (von.compareTo(bis) > 0 || fehlend < 0) {
			throw new IllegalArgumentException("von " + von + " > bis " + bis + " or fehlend " + fehlend + " < 0");
		}
	}

	/** The sum of the figures; {@code null} counts as a part that is not given. */
	public static Summe von(Iterable<Wert> werte) {
		Summe summe = NULL;
		for (Wert wert : werte) {
			summe = summe.plus(wert);
		}
		return summe;
	}

	/** This sum and one more part; {@code null} is a part that is not given. */
	public Summe plus(Wert wert) {
		if (wert == null) {
			return new Summe(von, bis, ca, fehlend + 1);
		}
		return new Summe(von.add(wert.von()), bis.add(wert.bis()), ca || wert.istCa(), fehlend);
	}

	/** Both sums together. */
	public Summe plus(Summe andere) {
		return new Summe(von.add(andere.von), bis.add(andere.bis), ca || andere.ca, fehlend + andere.fehlend);
	}

	/** Whether every part is given, so that the sum is known (possibly as a range or "ca."). */
	public boolean vollstaendig() {
		return fehlend == 0;
	}

	/** The sum as a figure, when every part is given. */
	public Optional<Wert> alsWert() {
		if (!vollstaendig()) {
			return Optional.empty();
		}
		Wert wert = Wert.spanne(von, bis);
		return Optional.of(ca ? Wert.ca(wert) : wert);
	}

	/**
	 * This minus {@code andere}: from this lower bound minus the other's upper bound to this upper bound minus the
	 * other's lower bound; empty when a part of either is not given (the difference could be anything).
	 */
	public Optional<Summe> minus(Summe andere) {
		if (!vollstaendig() || !andere.vollstaendig()) {
			return Optional.empty();
		}
		return Optional.of(new Summe(von.subtract(andere.bis), bis.subtract(andere.von), ca || andere.ca, 0));
	}

	/**
	 * This divided by {@code nenner}, for figures that are not negative (Förderquote, Präventionsfaktor): from this
	 * lower bound divided by the other's upper bound to this upper bound divided by the other's lower bound. Empty
	 * ("nicht berechenbar") when a part of either is not given, when this is negative somewhere or when the
	 * denominator can be 0 or less.
	 */
	public Optional<Summe> geteiltDurch(Summe nenner) {
		if (!vollstaendig() || !nenner.vollstaendig() || von.signum() < 0 || nenner.von.signum() <= 0) {
			return Optional.empty();
		}
		BigDecimal unten = von.divide(nenner.bis, STELLEN_EINES_QUOTIENTEN, RoundingMode.FLOOR);
		BigDecimal oben = bis.divide(nenner.von, STELLEN_EINES_QUOTIENTEN, RoundingMode.CEILING);
		return Optional.of(new Summe(unten.stripTrailingZeros(), oben.stripTrailingZeros(), ca || nenner.ca, 0));
	}

	/**
	 * The sum for a reader, in euro when {@code euro}: "297.000 €", "ca. 5.000–89.000 €", or with missing parts
	 * "mindestens 24.000 € (2 Beträge nicht angegeben)".
	 */
	public String text(Locale locale, boolean euro) {
		if (vollstaendig()) {
			return alsWert().orElseThrow().text(locale, euro);
		}
		Wert untergrenze = ca ? Wert.ca(von) : Wert.genau(von);
		String betrag = untergrenze.text(locale, euro);
		return fehlend == 1 ? NLS.bind(Messages.summe_mindestensEiner, betrag) : NLS.bind(Messages.summe_mindestens, betrag, fehlend);
	}

	/** The text of a result that is {@linkplain Optional#empty() not computable}: "nicht berechenbar". */
	public static String text(Optional<Summe> ergebnis, Locale locale, boolean euro) {
		return ergebnis.map(summe -> summe.text(locale, euro)).orElse(Messages.summe_nichtBerechenbar);
	}
}
