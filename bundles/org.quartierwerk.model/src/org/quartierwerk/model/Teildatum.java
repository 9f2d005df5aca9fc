package org.quartierwerk.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.model.internal.Messages;

/**
 * A date known to the year, the month or the day, as project documents give them:
 * {@code 2007}, {@code 2017-02}, {@code 2018-07-01}. Stored in the model as that text.
 */
public final class Teildatum {

	/** How precisely the date is known. */
	public enum Genauigkeit {
		JAHR, MONAT, TAG
	}

	private final LocalDate erster;
	private final Genauigkeit genauigkeit;

	private Teildatum(LocalDate erster, Genauigkeit genauigkeit) {
		this.erster = erster;
		this.genauigkeit = genauigkeit;
	}

	public static Teildatum jahr(int jahr) {
		return new Teildatum(LocalDate.of(jahr, 1, 1), Genauigkeit.JAHR);
	}

	public static Teildatum monat(int jahr, int monat) {
		return new Teildatum(LocalDate.of(jahr, monat, 1), Genauigkeit.MONAT);
	}

	public static Teildatum tag(LocalDate tag) {
		return new Teildatum(Objects.requireNonNull(tag), Genauigkeit.TAG);
	}

	/**
	 * Reads {@code JJJJ}, {@code JJJJ-MM} or {@code JJJJ-MM-TT}; the name lets EMF convert the stored text.
	 *
	 * @throws IllegalArgumentException with a German message when the text is none of these
	 */
	public static Teildatum valueOf(String text) {
		String value = text == null ? "" : text.trim();
		try {
			switch (value.length()) {
			case 4:
				return jahr(Integer.parseInt(value));
			case 7:
				YearMonth month = YearMonth.parse(value);
				return monat(month.getYear(), month.getMonthValue());
			case 10:
				return tag(LocalDate.parse(value));
			default:
				break;
			}
		} catch (NumberFormatException | DateTimeParseException e) {
			// reported below with the expected forms
		}
		throw new IllegalArgumentException(NLS.bind(Messages.teildatum_invalid, value));
	}

	public Genauigkeit genauigkeit() {
		return genauigkeit;
	}

	/** The first day the date may mean. */
	public LocalDate erster() {
		return erster;
	}

	/** The last day the date may mean: 31 December for a year, the month's last day for a month. */
	public LocalDate letzter() {
		return switch (genauigkeit) {
		case JAHR -> erster.withMonth(12).withDayOfMonth(31);
		case MONAT -> YearMonth.from(erster).atEndOfMonth();
		case TAG -> erster;
		};
	}

	/** Whether this date can lie before or on {@code other}: e.g. 2018 is not after 2018-07. */
	public boolean kannVorOderAm(Teildatum other) {
		return !erster.isAfter(other.letzter());
	}

	@Override
	public String toString() {
		return switch (genauigkeit) {
		case JAHR -> String.format(Locale.ROOT, "%04d", erster.getYear());
		case MONAT -> YearMonth.from(erster).toString();
		case TAG -> erster.toString();
		};
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Teildatum other && erster.equals(other.erster) && genauigkeit == other.genauigkeit;
	}

	@Override
	public int hashCode() {
		return Objects.hash(erster, genauigkeit);
	}
}
