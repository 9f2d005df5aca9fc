package org.quartierwerk.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named tables for report templates, each computed once on first use, read the way a template's scripted data set
 * reads them: {@link #anzahl(String)} rows, then {@link #wert(String, int, String)} per cell. The report data objects
 * ({@link Berichtsdaten}, the courses' Teilnahme data) say how a table's rows are made.
 */
public abstract class Berichtstabellen {

	private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

	private final Map<String, List<Map<String, Object>>> tabellen = new HashMap<>();

	/** The rows of a table by its name, computed when first asked for; no rows for an unknown name. */
	protected abstract List<Map<String, Object>> zeilen(String name);

	/** The rows of a table. */
	public List<Map<String, Object>> tabelle(String name) {
		return tabellen.computeIfAbsent(name, this::zeilen);
	}

	/** Number of rows of a table; with {@link #wert} the way report scripts read a table, by plain Java calls. */
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
