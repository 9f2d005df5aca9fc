package org.quartierwerk.publishing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data is recognised in text: e-mail addresses (also written as "name(at)ort.de"), phone numbers (German
 * and international notation, or a number after "Tel.", "Fax", "Mobil"), and person names in an Ansprechperson or
 * Teilnehmende field. Offices and institutions ("Sozialamt der Stadt", "Quartiersbüro") are no person.
 */
final class Muster {

	static final Pattern EMAIL = Pattern.compile(
			"[\\p{L}\\p{N}._%+-]+\\s*(?:@|[(\\[{]\\s*(?:at|ät)\\s*[)\\]}])\\s*[\\p{L}\\p{N}-]+"
					+ "(?:\\s*(?:\\.|[(\\[{]\\s*(?:dot|punkt)\\s*[)\\]}])\\s*[\\p{L}\\p{N}-]+)*"
					+ "(?:\\.|[(\\[{]\\s*(?:dot|punkt)\\s*[)\\]}])\\s*\\p{L}{2,}",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Group "nr": the number; a labelled one may lack the area code, an unlabelled one starts with 0, 00 or +. */
	static final Pattern TELEFON = Pattern.compile(
			"(?:(?i:tel(?:efon)?|fon|mobil|handy|fax)\\.?:?\\s*(?<nr>\\+?[\\d(][\\d \\t/\\-()\\u00A0]{4,}\\d))"
					+ "|(?<![\\p{L}\\p{N}.,+])(?<nr2>(?:\\+|00)\\s?[1-9][\\d \\t/\\-()\\u00A0]{5,}\\d|\\(?0[1-9][\\d \\t/\\-()\\u00A0]{4,}\\d)");

	private static final Pattern ANREDE = Pattern.compile(
			"(?i)frau|herrn?|fr\\.|hr\\.|dr\\.|prof\\.|dipl\\.[\\p{L}.-]*|med\\.|phil\\.|rer\\.|nat\\.|mag\\.|m\\.a\\.|b\\.a\\.");

	/** A word with one of these endings makes a text an institution or office, not a person. */
	private static final List<String> INSTITUTION = List.of("amt", "ämter", "büro", "buero", "verwaltung", "stadt",
			"gemeinde", "kommune", "landkreis", "kreis", "bezirk", "rathaus", "gmbh", "e.v.", "verein", "stiftung",
			"zentrum", "treff", "haus", "dienst", "beirat", "referat", "abteilung", "fachbereich", "sekretariat", "zentrale",
			"stelle", "team", "management", "netzwerk", "initiative", "agentur", "kasse", "schule", "universität", "kirche",
			"verband", "werk", "gruppe", "forum", "postfach", "kontakt", "info");

	/** Words naming a function before a name ("Quartiersmanagerin Anna Beispiel"); dropped. */
	private static final List<String> FUNKTION = List.of("koordinator", "koordinatorin", "leiter", "leiterin", "leitung",
			"manager", "managerin", "partner", "partnerin", "mitarbeiter", "mitarbeiterin", "referent", "referentin",
			"beauftragte", "beauftragter", "meister", "meisterin", "arbeiter", "arbeiterin", "vorsitzende", "vorsitzender",
			"sprecher", "sprecherin", "fachkraft", "pädagoge", "pädagogin", "ehrenamtliche", "ehrenamtlicher");

	private static final Set<String> NAMENSZUSATZ = Set.of("von", "van", "de", "zu", "der", "den", "vom", "di", "da", "el");
	private static final Pattern NAMENSWORT = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.");

	/** What a text names of persons: full names and, after an Anrede, "Frau X" forms. */
	record Personen(List<String> namen, boolean person) {
	}

	/**
	 * The person names in a contact text such as "Frau Dr. Anna Beispiel (Quartiersmanagement), Tel. 0751 123456".
	 *
	 * @param immerPerson the field names persons only (Teilnehmende): a single word is a name too, no word makes it an
	 *                    institution
	 * @return the names found, and whether the text names a person at all (also when no full name could be taken, e.g.
	 *         "Frau B.")
	 */
	static Personen personen(String text, boolean immerPerson) {
		List<String> namen = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new Personen(namen, false);
		}
		String rest = EMAIL.matcher(text).replaceAll(",");
		rest = TELEFON.matcher(rest).replaceAll(",");
		rest = rest.replaceAll("\\([^)]*\\)|https?://\\S+|www\\.\\S+", ",");
		boolean person = false;
		for (String teil : rest.split("[,;/|\\n:]|\\s(?:und|&|sowie)\\s")) {
			List<String> woerter = new ArrayList<>(List.of(teil.strip().split("\\s+")));
			woerter.removeIf(String::isEmpty);
			boolean anrede = false;
			while (!woerter.isEmpty() && (ANREDE.matcher(woerter.get(0)).matches() || endetAuf(woerter.get(0), FUNKTION))) {
				anrede |= ANREDE.matcher(woerter.remove(0)).matches();
			}
			woerter.removeIf(w -> ANREDE.matcher(w).matches());
			if (woerter.isEmpty()) {
				person |= anrede;
				continue;
			}
			boolean institution = !immerPerson && !anrede && woerter.stream().anyMatch(w -> endetAuf(w, INSTITUTION));
			boolean namensform = woerter.size() <= 4 && woerter.stream()
					.allMatch(w -> NAMENSWORT.matcher(w).matches() || NAMENSZUSATZ.contains(w.toLowerCase(Locale.ROOT)));
			if (institution || !namensform && !immerPerson) {
				continue;
			}
			if (woerter.size() >= 2 || anrede || immerPerson) {
				person = true;
				String name = String.join(" ", woerter).replaceAll("[.]$", "");
				if (name.length() >= 3) {
					namen.add(name);
				}
				String nachname = woerter.get(woerter.size() - 1).replaceAll("[.]$", "");
				if (anrede && woerter.size() == 1) {
					namen.remove(name);
				}
				if (nachname.length() >= 3 && (anrede || woerter.size() >= 2)) {
					namen.add("Frau " + nachname);
					namen.add("Herr " + nachname);
				}
			}
		}
		return new Personen(namen, person);
	}

	/** The e-mail addresses in a text, as written. */
	static List<String> emails(String text) {
		return treffer(EMAIL.matcher(text == null ? "" : text), null);
	}

	/** The phone numbers in a text, as written; only those with 6 to 15 digits. */
	static List<String> telefonnummern(String text) {
		List<String> nummern = new ArrayList<>();
		Matcher m = TELEFON.matcher(text == null ? "" : text);
		while (m.find()) {
			String nr = nummer(m);
			if (nr != null) {
				nummern.add(nr);
			}
		}
		return nummern;
	}

	/** The number of a phone match, or null when it has too few or too many digits to be one. */
	static String nummer(Matcher m) {
		String nr = m.group("nr") != null ? m.group("nr") : m.group("nr2");
		int ziffern = nr.replaceAll("\\D", "").length();
		int mindestens = m.group("nr") != null ? 6 : 7;
		return ziffern >= mindestens && ziffern <= 15 ? nr.strip() : null;
	}

	private static List<String> treffer(Matcher m, String gruppe) {
		List<String> gefunden = new ArrayList<>();
		while (m.find()) {
			gefunden.add(gruppe == null ? m.group() : m.group(gruppe));
		}
		return gefunden;
	}

	private static boolean endetAuf(String wort, List<String> endungen) {
		String klein = wort.toLowerCase(Locale.GERMAN).replaceAll("[.:]$", "");
		return endungen.stream().anyMatch(klein::endsWith);
	}

	private Muster() {
	}
}
