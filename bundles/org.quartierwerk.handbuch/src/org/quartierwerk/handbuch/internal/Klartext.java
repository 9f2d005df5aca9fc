package org.quartierwerk.handbuch.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML fragment of the handbook for a terminal: tags removed, character references resolved, one line
 * per paragraph, list item or preformatted line, list items marked with "-" or their number, a blank line between
 * paragraphs. Written for the handbook's own pages (well-formed, no scripts in the content), not for any HTML.
 */
public final class Klartext {

	private static final Pattern MARKE = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>", Pattern.DOTALL);
	private static final Pattern ZEICHEN = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

	private final StringBuilder text = new StringBuilder();
	/** One entry per open list: the next number of an {@code <ol>}, -1 for a {@code <ul>}. */
	private final Deque<int[]> listen = new ArrayDeque<>();
	private boolean vorformatiert;

	private Klartext() {
	}

	/** The text of the fragment. */
	public static String von(String html) {
		Klartext k = new Klartext();
		Matcher m = MARKE.matcher(html);
		int bis = 0;
		while (m.find()) {
			k.text(html.substring(bis, m.start()));
			if (m.group(2) != null) {
				k.marke(m.group(1).isEmpty(), m.group(2).toLowerCase(Locale.ROOT));
			}
			bis = m.end();
		}
		k.text(html.substring(bis));
		return k.text.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}

	/** Resolves the character references of a text: named ones of the handbook, numeric ones all. */
	public static String zeichen(String text) {
		Matcher m = ZEICHEN.matcher(text);
		StringBuilder aus = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String ersatz = switch (name) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> "\u00A0";
			default -> name.startsWith("#x") || name.startsWith("#X") ? Character.toString(Integer.parseInt(name.substring(2), 16))
					: name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1))) : m.group();
			};
			m.appendReplacement(aus, Matcher.quoteReplacement(ersatz));
		}
		m.appendTail(aus);
		return aus.toString();
	}

	private void text(String roh) {
		String t = zeichen(roh);
		if (vorformatiert) {
			text.append(t);
			return;
		}
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (Character.isWhitespace(c) && c != '\u00A0') {
				if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
					text.append(' ');
				}
			} else {
				text.append(c);
			}
		}
	}

	private void marke(boolean auf, String name) {
		switch (name) {
		case "p", "h1", "h2", "h3", "h4", "dl", "figure", "blockquote", "noscript", "table", "div" -> absatz();
		case "pre" -> {
			absatz();
			vorformatiert = auf;
		}
		case "ul", "ol" -> {
			absatz();
			if (auf) {
				listen.push(new int[] { name.equals("ol") ? 1 : -1 });
			} else if (!listen.isEmpty()) {
				listen.pop();
			}
		}
		case "li" -> {
			if (auf) {
				zeile();
				text.append("  ".repeat(Math.max(0, listen.size() - 1)));
				int[] liste = listen.peek();
				text.append(liste == null || liste[0] < 0 ? "- " : liste[0]++ + ". ");
			}
		}
		case "dt", "tr", "figcaption", "br" -> zeile();
		case "dd" -> {
			if (auf) {
				zeile();
				text.append("  ");
			}
		}
		default -> {
			// inline: strong, em, code, kbd, a, span, img … leave only their text
		}
		}
	}

	private void zeile() {
		while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
			text.setLength(text.length() - 1);
		}
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

	private void absatz() {
		zeile();
		if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
			text.append('\n');
		}
	}
}
