package org.quartierwerk.publishing.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A text folded for searching personal data, so that layout cannot hide it: lower case, accents and umlauts as their
 * base letter ("ü", "ue" and "u" alike, "ß", "ss" and "s" alike), invisible characters (soft hyphen, zero-width space)
 * dropped, and every run of other characters – spaces, line breaks, punctuation, markup – one space. Each folded
 * character remembers the span of the original it came from, so a hit can be replaced in the original.
 */
final class Faltung {

	private static final Map<Integer, String> SONDERZEICHEN = Map.of((int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe",
			(int) 'ø', "o", (int) 'ł', "l", (int) 'đ', "d", (int) 'ı', "i", (int) 'þ', "th", (int) 'ẞ', "ss");

	/** The folded text, with a space before and after. */
	final String text;
	private final int[] anfang;
	private final int[] ende;

	private Faltung(String text, int[] anfang, int[] ende) {
		this.text = text;
		this.anfang = anfang;
		this.ende = ende;
	}

	static Faltung von(String original) {
		StringBuilder roh = new StringBuilder(" ");
		List<int[]> spannen = new ArrayList<>();
		spannen.add(new int[] { 0, 0 });
		for (int i = 0; i < original.length();) {
			int cp = original.codePointAt(i);
			int naechstes = i + Character.charCount(cp);
			if (Character.getType(cp) != Character.FORMAT) {
				for (char c : basis(cp).toCharArray()) {
					boolean zeichen = Character.isLetterOrDigit(c);
					if (zeichen || roh.charAt(roh.length() - 1) != ' ') {
						roh.append(zeichen ? c : ' ');
						spannen.add(new int[] { i, naechstes });
					} else {
						spannen.get(spannen.size() - 1)[1] = naechstes;
					}
				}
			}
			i = naechstes;
		}
		if (roh.charAt(roh.length() - 1) != ' ') {
			roh.append(' ');
			spannen.add(new int[] { original.length(), original.length() });
		}
		// "ae", "oe", "ue" as "a", "o", "u" and "ss" as "s", so "Müller", "Mueller" and "Muller" fold alike
		StringBuilder text = new StringBuilder();
		int[] anfang = new int[roh.length()];
		int[] ende = new int[roh.length()];
		for (int i = 0; i < roh.length(); i++) {
			char c = roh.charAt(i);
			anfang[text.length()] = spannen.get(i)[0];
			ende[text.length()] = spannen.get(i)[1];
			if (i + 1 < roh.length() && ("aou".indexOf(c) >= 0 && roh.charAt(i + 1) == 'e' || c == 's' && roh.charAt(i + 1) == 's')) {
				ende[text.length()] = spannen.get(++i)[1];
			}
			text.append(c);
		}
		return new Faltung(text.toString(), Arrays.copyOf(anfang, text.length()), Arrays.copyOf(ende, text.length()));
	}

	/** The folded form of a search term, without the surrounding spaces. */
	static String begriff(String original) {
		return von(original).text.strip();
	}

	/**
	 * Where a term starts a word: the spans in the original, each reaching from the term's first character to the end of
	 * the word its last character belongs to ("Beispiels" for "Beispiel"). Empty for an empty term.
	 */
	List<int[]> fundstellen(String gefalteterBegriff, String original) {
		List<int[]> stellen = new ArrayList<>();
		if (gefalteterBegriff.isEmpty()) {
			return stellen;
		}
		String gesucht = " " + gefalteterBegriff;
		for (int i = text.indexOf(gesucht); i >= 0; i = text.indexOf(gesucht, i + 1)) {
			int von = anfang[i + 1];
			int bis = ende[i + gesucht.length() - 1];
			while (bis < original.length() && Character.isLetter(original.charAt(bis))) {
				bis++;
			}
			stellen.add(new int[] { von, bis });
		}
		return stellen;
	}

	/** Whether the folded text has the term at the start of a word. */
	boolean enthaelt(String gefalteterBegriff) {
		return !gefalteterBegriff.isEmpty() && text.contains(" " + gefalteterBegriff);
	}

	private static final Pattern ZEICHEN_DER_ZERLEGUNG = Pattern.compile("\\p{M}");

	/**
	 * The base letters of the Latin blocks up to Latin Extended-B, worked out once: the leak check folds every character
	 * of every file it reads (bench/README.md, part web).
	 */
	private static final String[] LATEIN = new String[0x250];

	static {
		for (int cp = 0; cp < LATEIN.length; cp++) {
			LATEIN[cp] = zerlege(cp);
		}
	}

	private static String basis(int cp) {
		return cp < LATEIN.length ? LATEIN[cp] : zerlege(cp);
	}

	private static String zerlege(int cp) {
		String sonder = SONDERZEICHEN.get(Character.toLowerCase(cp));
		if (sonder != null) {
			return sonder;
		}
		String zerlegt = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
		return ZEICHEN_DER_ZERLEGUNG.matcher(zerlegt).replaceAll("").toLowerCase(Locale.ROOT);
	}
}
