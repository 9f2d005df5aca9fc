package org.quartierwerk.publishing.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the ways an output can spell a character: JSON escapes ({@code \u00fc}, {@code \/}), HTML character references
 * ({@code &#252;}, {@code &#xFC;}, {@code &uuml;}, {@code &nbsp;}), and percent-encoding ({@code %C3%BC}) – repeatedly,
 * so that doubly encoded text ({@code &amp;#77;}) is read as well. Markup is offered once as it is (attributes stay
 * searchable), once with every tag as a space and once with every tag removed.
 */
final class Entschluesselung {

	private static final Pattern JSON = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\([nrtbf/\"\\\\])");
	private static final Pattern HTML = Pattern.compile("&#(\\d{1,7});?|&#[xX]([0-9a-fA-F]{1,6});?|&([a-zA-Z][a-zA-Z0-9]{1,31});");
	private static final Pattern PROZENT = Pattern.compile("(?:%[0-9a-fA-F]{2})+");
	private static final Pattern AKZENT = Pattern.compile("([a-zA-Z])(uml|acute|grave|circ|tilde|cedil|ring|slash|caron|breve|macr|ogon|dot)");
	private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}>");

	/** The text as it reads, in three forms: markup kept, tags as spaces, tags removed. */
	static List<String> lesarten(String roh) {
		String text = roh;
		for (int runde = 0; runde < 8; runde++) {
			String weiter = prozent(html(json(text)));
			if (weiter.equals(text)) {
				break;
			}
			text = weiter;
		}
		return List.of(text, TAG.matcher(text).replaceAll(" "), TAG.matcher(text).replaceAll(""));
	}

	private static String json(String text) {
		return JSON.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
				? String.valueOf((char) Integer.parseInt(m.group(1), 16))
				: switch (m.group(2)) {
				case "n", "r", "t", "b", "f" -> " ";
				default -> m.group(2);
				}));
	}

	private static String html(String text) {
		return HTML.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entitaet(m)));
	}

	private static String entitaet(MatchResult m) {
		if (m.group(1) != null || m.group(2) != null) {
			int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
			return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
		}
		String name = m.group(3);
		Matcher akzent = AKZENT.matcher(name);
		if (akzent.matches()) {
			return akzent.group(1);
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "szlig" -> "ss";
		case "aelig" -> "ae";
		case "oelig" -> "oe";
		case "amp" -> "&";
		case "lt" -> "<";
		case "gt" -> ">";
		case "quot" -> "\"";
		case "apos" -> "'";
		case "commat" -> "@";
		case "period" -> ".";
		case "shy", "zwsp", "zwnj", "zwj", "wj" -> "";
		default -> " ";
		};
	}

	private static String prozent(String text) {
		return PROZENT.matcher(text).replaceAll(m -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			String folge = m.group();
			for (int i = 0; i < folge.length(); i += 3) {
				bytes.write(Integer.parseInt(folge.substring(i + 1, i + 3), 16));
			}
			return Matcher.quoteReplacement(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
		});
	}

	private Entschluesselung() {
	}
}
