package org.quartierwerk.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.model.internal.Messages;

/**
 * A figure as project documents give it: exact ({@code 250000}), approximate ("ca. 150") or a range ("20–30",
 * "zwischen 5.000 und 89.000"), possibly both ("ca. 20–30"). Immutable; an exact value is the range from x to x.
 * <p>
 * Stored form, the same in every locale (XMI, JSON and {@link #valueOf(String)}/{@link #toString()}, so EMF converts
 * it like {@link Teildatum}): {@code 250000}, {@code ca. 150}, {@code 20..30}, {@code ca. 5000..89000}. The text of
 * today's numeric attributes ({@code 24000.00}, {@code 2500}) is valid stored text. German input and output:
 * {@link #lies(String)} and {@link #text(Locale)}. Sums, differences and quotients: {@code analyse.Summe}
 * (docs/fachmodell.md §10.8).
 */
public final class Wert {

	private static final String ZAHL = "-?\\d+(?:\\.\\d+)?";
	private static final Pattern GESPEICHERT = Pattern.compile("(ca\\. )?(" + ZAHL + ")(?:\\.\\.(" + ZAHL + "))?");

	private static final String DEUTSCHE_ZAHL = "-?[\\d.,]+";
	private static final Pattern ZWISCHEN = Pattern.compile("(?:zwischen|von) (" + DEUTSCHE_ZAHL + ") (?:und|bis) (" + DEUTSCHE_ZAHL + ")");
	private static final Pattern SPANNE = Pattern.compile("(" + DEUTSCHE_ZAHL + ") ?(?:bis|–|—|-|\\.\\.) ?(" + DEUTSCHE_ZAHL + ")");
	private static final Pattern UNGEFAEHR = Pattern.compile("(?:ca\\.?|circa|etwa|rund) (.*)");
	private static final Pattern EINHEIT = Pattern.compile("(.*?) ?(?:€|eur|euro|%|prozent)");
	private static final Pattern GRUPPE_MIT_LEERZEICHEN = Pattern.compile("(\\d) (?=\\d{3}(?!\\d))");
	private static final Pattern MIT_KOMMA = Pattern.compile("-?\\d{1,3}(?:\\.\\d{3})*,\\d+|-?\\d+,\\d+");
	private static final Pattern MIT_TAUSENDERPUNKTEN = Pattern.compile("-?\\d{1,3}(?:\\.\\d{3})+");
	private static final Pattern GANZ = Pattern.compile("-?\\d+");

	private final BigDecimal von;
	private final BigDecimal bis;
	private final boolean ca;

	private Wert(BigDecimal von, BigDecimal bis, boolean ca) {
		this.von = von;
		this.bis = bis;
		this.ca = ca;
	}

	/** An exact value. */
	public static Wert genau(BigDecimal wert) {
		return new Wert(pruefe(wert), wert, false);
	}

	/** An approximate value, "ca. x". */
	public static Wert ca(BigDecimal wert) {
		return new Wert(pruefe(wert), wert, true);
	}

	/** The same value or range, approximate: "ca. 20–30". */
	public static Wert ca(Wert wert) {
		return new Wert(wert.von, wert.bis, true);
	}

	/**
	 * A range from {@code von} to {@code bis}; exact when both are equal.
	 *
	 * @throws IllegalArgumentException with a German message when {@code von} is greater than {@code bis}
	 */
	public static Wert spanne(BigDecimal von, BigDecimal bis) {
		return spanne(von, bis, false, null);
	}

	private static Wert spanne(BigDecimal von, BigDecimal bis, boolean ca, String text) {
		pruefe(von);
		pruefe(bis);
		if (von.compareTo(bis) > 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.wert_vonNachBis,
					new Object[] { text == null ? von.toPlainString() + ".." + bis.toPlainString() : text, zahl(von, Locale.GERMANY),
							zahl(bis, Locale.GERMANY) }));
		}
		return new Wert(von, bis, ca);
	}

	private static BigDecimal pruefe(BigDecimal zahl) {
		Objects.requireNonNull(zahl);
		if (!QuartierwerkResources.rechenbar(zahl)) {
			throw new IllegalArgumentException(NLS.bind(Messages.wert_zuLang, new Object[] { QuartierwerkResources.MAX_STELLEN_VOR_DEM_KOMMA,
					QuartierwerkResources.MAX_STELLEN_NACH_DEM_KOMMA }));
		}
		return zahl;
	}

	/**
	 * Reads the stored form ({@code 250000}, {@code ca. 150}, {@code 20..30}, {@code ca. 5000..89000}); the name lets
	 * EMF convert the stored text.
	 *
	 * @throws IllegalArgumentException with a German message when the text is not in this form or its range runs backwards
	 */
	public static Wert valueOf(String text) {
		String wert = text == null ? "" : text.strip();
		Matcher m = GESPEICHERT.matcher(wert);
		if (!m.matches()) {
			throw new IllegalArgumentException(NLS.bind(Messages.wert_invalidStored, wert));
		}
		BigDecimal von = new BigDecimal(m.group(2));
		BigDecimal bis = m.group(3) == null ? von : new BigDecimal(m.group(3));
		return spanne(von, bis, m.group(1) != null, wert);
	}

	/**
	 * Reads a figure as people write it in German: "250.000", "1.234,5", "5 000", "ca. 150" (also "circa", "etwa",
	 * "rund"), "20–30", "20 bis 30", "zwischen 5 000 und 89 000", "von 5 bis 10", with or without "€" or "%"; the
	 * stored form is read as well when it is not ambiguous.
	 *
	 * @throws IllegalArgumentException with a German message when the text is none of these or its range runs backwards
	 */
	public static Wert lies(String text) {
		String original = text == null ? "" : text.strip();
		String wert = original.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace('\u2212', '-')
				.replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
		boolean ca = false;
		Matcher ungefaehr = UNGEFAEHR.matcher(wert);
		if (ungefaehr.matches()) {
			ca = true;
			wert = ungefaehr.group(1);
		} else if (wert.startsWith("ca.")) {
			ca = true;
			wert = wert.substring(3);
		}
		Matcher einheit = EINHEIT.matcher(wert);
		if (einheit.matches()) {
			wert = einheit.group(1);
		}
		wert = GRUPPE_MIT_LEERZEICHEN.matcher(wert).replaceAll("$1");
		Matcher zwischen = ZWISCHEN.matcher(wert);
		Matcher spanne = SPANNE.matcher(wert);
		BigDecimal von;
		BigDecimal bis;
		if (zwischen.matches()) {
			von = deutscheZahl(zwischen.group(1), original);
			bis = deutscheZahl(zwischen.group(2), original);
		} else if (spanne.matches()) {
			von = deutscheZahl(spanne.group(1), original);
			bis = deutscheZahl(spanne.group(2), original);
		} else {
			von = deutscheZahl(wert, original);
			bis = von;
		}
		return spanne(von, bis, ca, original);
	}

	private static BigDecimal deutscheZahl(String zahl, String original) {
		String normal;
		if (MIT_KOMMA.matcher(zahl).matches()) {
			normal = zahl.replace(".", "").replace(',', '.');
		} else if (MIT_TAUSENDERPUNKTEN.matcher(zahl).matches()) {
			normal = zahl.replace(".", "");
		} else if (GANZ.matcher(zahl).matches()) {
			normal = zahl;
		} else {
			throw new IllegalArgumentException(NLS.bind(Messages.wert_invalid, original));
		}
		return pruefe(new BigDecimal(normal));
	}

	/** The lower bound; for an exact value the value. */
	public BigDecimal von() {
		return von;
	}

	/** The upper bound; for an exact value the value. */
	public BigDecimal bis() {
		return bis;
	}

	/** Whether the figure is approximate ("ca."). */
	public boolean istCa() {
		return ca;
	}

	/** Whether the figure is one number, i.e. not a range (it may still be "ca."). */
	public boolean istEinzeln() {
		return von.compareTo(bis) == 0;
	}

	/** Whether the figure is one number and not approximate. */
	public boolean istGenau() {
		return !ca && istEinzeln();
	}

	/** The figure for a reader: "150", "ca. 150", "20–30", "1.234,5" (digits as the locale writes them). */
	public String text(Locale locale) {
		return text(locale, false);
	}

	/**
	 * The figure for a reader, as an amount in euro when {@code euro}: "297.000 €", "ca. 5.000–89.000 €", "1.234,50 €"
	 * (cents only when the amount has them).
	 */
	public String text(Locale locale, boolean euro) {
		StringBuilder text = new StringBuilder();
		if (ca) {
			text.append("ca. ");
		}
		boolean cent = euro && (hatNachkommastellen(von) || hatNachkommastellen(bis));
		text.append(euro ? betrag(von, locale, cent) : zahl(von, locale));
		if (!istEinzeln()) {
			text.append('–').append(euro ? betrag(bis, locale, cent) : zahl(bis, locale));
		}
		if (euro) {
			text.append(" €");
		}
		return text.toString();
	}

	private static boolean hatNachkommastellen(BigDecimal zahl) {
		return zahl.stripTrailingZeros().scale() > 0;
	}

	static String zahl(BigDecimal zahl, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
		format.setMaximumFractionDigits(Math.max(0, zahl.stripTrailingZeros().scale()));
		return format.format(zahl);
	}

	private static String betrag(BigDecimal zahl, Locale locale, boolean cent) {
		DecimalFormat format = new DecimalFormat(cent ? "#,##0.00" : "#,##0", DecimalFormatSymbols.getInstance(locale));
		format.setMaximumFractionDigits(Math.max(cent ? 2 : 0, zahl.stripTrailingZeros().scale()));
		return format.format(zahl);
	}

	/** The stored form: {@code 250000}, {@code ca. 150}, {@code 20..30}, {@code ca. 5000..89000}; the digits as given. */
	@Override
	public String toString() {
		String text = istEinzeln() ? von.toPlainString() : von.toPlainString() + ".." + bis.toPlainString();
		return ca ? "ca. " + text : text;
	}

	/** Equal when both mean the same numbers with the same "ca.": {@code 24000.00} equals {@code 24000}. */
	@Override
	public boolean equals(Object obj) {
		return obj instanceof Wert other && ca == other.ca && von.compareTo(other.von) == 0 && bis.compareTo(other.bis) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(von.stripTrailingZeros(), bis.stripTrailingZeros(), ca);
	}
}
