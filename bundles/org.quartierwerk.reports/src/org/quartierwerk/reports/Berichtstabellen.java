package org.quartierwerk.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Named tables for report templates, each computed once on first use, read the way a template's scripted data set
 * reads them: {@link #anzahl(String)} rows, then {@link #wert(String, int, String)} per cell. The report data objects
 * ({@link Berichtsdaten}, the courses' Teilnahme data) hand their table calls to one of these.
 */
public final class Berichtstabellen {

	private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

	private final Function<String, List<Map<String, Object>>> zeilen;
	private final Map<String, List<Map<String, Object>>> tabellen = new HashMap<>();

	/** @param zeilen the rows of a table by its name; no rows for an unknown name */
	public Berichtstabellen(Function<String, List<Map<String, Object>>> zeilen) {
		this.zeilen = zeilen;
	}

	/** The rows of a table. */
	public List<Map<String, Object>> tabelle(String name) {
		return tabellen.computeIfAbsent(name, zeilen);
	}

	/** Number of rows of a table. */
	public int anzahl(String tabelle) {
		return tabelle(tabelle).size();
	}

	/** One value of a table: text, whole number, amount or null for an empty cell. */
	public Object wert(String tabelle, int zeile, String spalte) {
		return tabelle(tabelle).get(zeile).get(spalte);
	}

	/** A date as documents print it, e.g. "30. November 2026"; empty for none. */
	public static String datum(LocalDate datum) {
		return datum == null ? "" : datum.format(DATUM);
	}

	/** A text as documents print it: empty for none. */
	public static String text(String text) {
		return text == null ? "" : text;
	}
}
