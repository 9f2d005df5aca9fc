package org.quartierwerk.model;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How titles and names are ordered and searched wherever a user sees them (projects, sources, courses, templates):
 * German, and the same whatever the JVM's default locale. Code that compares user texts uses this class instead of
 * {@code toLowerCase()}, {@code String.compareTo} or a collator of the default locale.
 */
public final class Textvergleich {

	/**
	 * Texts in the order of a German register, after {@link Collator} for {@link Locale#GERMAN}: "Ä" beside "A", "ß"
	 * beside "ss", upper and lower case together. Signs before the first letter or digit (the quotation marks of
	 * „Zuhause im Stadtteil“, an emoji) are skipped, so such a title stands under its first word; a word ends before a
	 * longer one that begins with it ("Bürger im …" before "Bürgergemeinschaft"). Texts that are equal
	 * so far keep the order of their characters, so the order is total; {@code null} comes last. For long lists
	 * {@link #sortiert} is faster.
	 */
	public static Comparator<String> ordnung() {
		Collator collator = collator();
		Comparator<String> ganz = collator::compare;
		Comparator<String> ordnung = Comparator.comparing(Textvergleich::sortierform, ganz);
		return Comparator.nullsLast(ordnung.thenComparing(ganz).thenComparing(Comparator.naturalOrder()));
	}

	/**
	 * The elements sorted by their text in the {@link #ordnung() order}. Each text's collation key is computed once,
	 * which sorts a workspace of 50 000 projects several times faster than comparing with the collator.
	 */
	public static <T> List<T> sortiert(Collection<? extends T> elemente, Function<? super T, String> text) {
		Collator collator = collator();
		record Eintrag<T>(CollationKey schluessel, String text, T element) {
		}
		List<Eintrag<T>> eintraege = new ArrayList<>(elemente.size());
		for (T element : elemente) {
			String t = text.apply(element);
			eintraege.add(new Eintrag<>(t == null ? null : collator.getCollationKey(sortierform(t)), t, element));
		}
		Comparator<String> ganz = collator::compare;
		eintraege.sort(Comparator.comparing((Eintrag<T> e) -> e.schluessel(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Eintrag::text, Comparator.nullsLast(ganz.thenComparing(Comparator.naturalOrder()))));
		return eintraege.stream().map(Eintrag::element).toList();
	}

	/**
	 * The form in which a search compares texts: a text contains what is searched for if its search form contains the
	 * search form of the query. Upper and lower case count the same (German rules, not those of the default locale:
	 * under Turkish rules "TITEL" would become "tıtel"), and so do the Turkish "İ" and "ı" and the plain "i", which a
	 * German keyboard cannot tell apart: "inci" and "İNCİ" find "İnci", "IŞIK" finds "Işık".
	 */
	public static String suchform(String text) {
		String klein = text.toLowerCase(Locale.ROOT);
		if (klein.indexOf('ı') < 0 && klein.indexOf('\u0307') < 0) {
			return klein;
		}
		StringBuilder form = new StringBuilder(klein.length());
		for (int i = 0; i < klein.length(); i++) {
			char c = klein.charAt(i);
			// "İ" becomes "i" and a combining dot above
			if (c == '\u0307' && !form.isEmpty() && form.charAt(form.length() - 1) == 'i') {
				continue;
			}
			form.append(c == 'ı' ? 'i' : c);
		}
		return form.toString();
	}

	private static Collator collator() {
		Collator collator = Collator.getInstance(Locale.GERMAN);
		// a name copied from macOS may hold "Ä" as "A" and a combining diaeresis
		collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
		return collator;
	}

	/**
	 * The text as it is sorted: from its first letter or digit, and with a space between words sorting before every
	 * letter ("Bürger im Quartier" before "Bürgergemeinschaft", as in a German register); the German collator would
	 * ignore the space. The underscore stands for it: it sorts before digits and letters.
	 */
	private static String sortierform(String text) {
		return abErstemZeichen(text).replaceAll("\\s+", "_");
	}

	private static String abErstemZeichen(String text) {
		int i = 0;
		while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
			i += Character.charCount(text.codePointAt(i));
		}
		return text.substring(i);
	}

	private Textvergleich() {
	}
}
