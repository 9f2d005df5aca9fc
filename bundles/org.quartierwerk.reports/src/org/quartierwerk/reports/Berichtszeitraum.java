package org.quartierwerk.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.quartierwerk.model.Teildatum;

/**
 * The period a report covers, both days included (docs/berichte.md, "Der Wirkungsbericht"). A template that reads it
 * finds it in the report's application context under {@value #APP_CONTEXT_KEY}: pass it to
 * {@link ReportService#render(String, java.util.List, java.util.Map, Berichtsformat, java.io.OutputStream)} as
 * {@code Map.of(Berichtszeitraum.APP_CONTEXT_KEY, zeitraum)}.
 *
 * @param von first day
 * @param bis last day, not before {@code von}
 */
public record Berichtszeitraum(LocalDate von, LocalDate bis) {

	/** Key of the period among the further data of a render call and in the application context. */
	public static final String APP_CONTEXT_KEY = "zeitraum";

	public Berichtszeitraum {
		Objects.requireNonNull(von, "von");
		Objects.requireNonNull(bis, "bis");
		if (bis.isBefore(von)) {
			throw new IllegalArgumentException("Das Ende des Berichtszeitraums (" + Berichtstabellen.datum(bis)
					+ ") liegt vor seinem Beginn (" + Berichtstabellen.datum(von) + ").");
		}
	}

	/**
	 * The period from the first day {@code von} may mean to the last day {@code bis} may mean, each written
	 * {@code JJJJ}, {@code JJJJ-MM} or {@code JJJJ-MM-TT}: {@code von("2023", "2023")} is the year 2023.
	 *
	 * @throws IllegalArgumentException with a German message naming the wrong date
	 */
	public static Berichtszeitraum von(String von, String bis) {
		return new Berichtszeitraum(Teildatum.valueOf(von).erster(), Teildatum.valueOf(bis).letzter());
	}

	/**
	 * The period of the same length just before this one: by whole months where this one is whole months (2023 → 2022,
	 * 2023-07 to 2023-12 → 2023-01 to 2023-06), otherwise by days.
	 */
	public Berichtszeitraum vorperiode() {
		boolean ganzeMonate = von.getDayOfMonth() == 1 && bis.plusDays(1).getDayOfMonth() == 1;
		if (ganzeMonate) {
			long monate = ChronoUnit.MONTHS.between(von, bis.plusDays(1));
			return new Berichtszeitraum(von.minusMonths(monate), von.minusDays(1));
		}
		long tage = ChronoUnit.DAYS.between(von, bis) + 1;
		return new Berichtszeitraum(von.minusDays(tage), von.minusDays(1));
	}

	/** Whether every day a date may mean lies in this period: the year 2023 lies in 2023, not in its second half. */
	public boolean enthaelt(Teildatum datum) {
		return datum != null && !datum.erster().isBefore(von) && !datum.letzter().isAfter(bis);
	}

	/** "1. Januar 2023 bis 31. Dezember 2023". */
	@Override
	public String toString() {
		return Berichtstabellen.datum(von) + " bis " + Berichtstabellen.datum(bis);
	}
}
