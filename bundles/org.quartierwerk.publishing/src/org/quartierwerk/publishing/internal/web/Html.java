package org.quartierwerk.publishing.internal.web;

import java.util.List;

/**
 * Markup for the web site: escaped text and the frame every page shares (language, landmarks, skip link, navigation).
 * Every page is XHTML-compatible HTML5 – each element closed, each attribute quoted, only numeric character
 * references – so that the tests read it with an XML parser.
 */
final class Html {

	/** What the site shows for a value the project does not record. */
	static final String NICHT_ANGEGEBEN = "nicht angegeben";

	/** Text for element content and attribute values: {@code & < > " '} as character references. */
	static String text(Object wert) {
		String s = wert == null ? "" : String.valueOf(wert);
		StringBuilder b = new StringBuilder(s.length() + 16);
		s.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> b.append("&#38;");
			case '<' -> b.append("&#60;");
			case '>' -> b.append("&#62;");
			case '"' -> b.append("&#34;");
			case '\'' -> b.append("&#39;");
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
					b.append(' '); // not allowed in XML; a control character carries no meaning on a page
				} else {
					b.appendCodePoint(c);
				}
			}
			}
		});
		return b.toString();
	}

	/** A recorded value, or "nicht angegeben" for none (empty, blank or the reports' gap "[fehlt]"). */
	static String angabe(Object wert) {
		String s = wert == null ? "" : String.valueOf(wert).strip();
		return s.isEmpty() || s.equals("[fehlt]") ? NICHT_ANGEGEBEN : s;
	}

	/** A text with its line breaks kept as paragraphs. */
	static String absaetze(String text) {
		StringBuilder b = new StringBuilder();
		for (String absatz : angabe(text).split("\\R\\s*\\R")) {
			b.append("<p>").append(text(absatz.strip()).replaceAll("\\R", "<br/>")).append("</p>\n");
		}
		return b.toString();
	}

	/** A table with a caption, column headers and rows of already escaped cells. */
	static String tabelle(String beschriftung, List<String> spalten, List<List<String>> zeilen) {
		// a wide table scrolls within its box; the box takes the focus, so the keyboard can scroll it too
		StringBuilder b = new StringBuilder("<div class=\"tabelle\" tabindex=\"0\" role=\"region\" aria-label=\"").append(text(beschriftung))
				.append("\"><table>\n<caption>").append(text(beschriftung)).append("</caption>\n<thead><tr>");
		for (String spalte : spalten) {
			b.append("<th scope=\"col\">").append(text(spalte)).append("</th>");
		}
		b.append("</tr></thead>\n<tbody>\n");
		for (List<String> zeile : zeilen) {
			b.append("<tr>");
			for (int i = 0; i < zeile.size(); i++) {
				String tag = i == 0 ? "th scope=\"row\"" : "td";
				b.append('<').append(tag).append('>').append(zeile.get(i)).append("</").append(tag.split(" ")[0]).append('>');
			}
			b.append("</tr>\n");
		}
		return b.append("</tbody>\n</table></div>\n").toString();
	}

	/** Label and value pairs (escaped here) as a description list. */
	static String liste(List<String[]> paare) {
		StringBuilder b = new StringBuilder("<dl class=\"angaben\">\n");
		for (String[] paar : paare) {
			b.append("<dt>").append(text(paar[0])).append("</dt><dd>").append(text(angabe(paar[1]))).append("</dd>\n");
		}
		return b.append("</dl>\n").toString();
	}

	/**
	 * A whole page.
	 *
	 * @param titel  the page's title and its one h1
	 * @param basis  the way from the page to the site's root: "" or "../"
	 * @param inhalt the main content after the h1, already markup
	 * @param skripte script files of the site the page loads at its end
	 */
	static String seite(String titel, String basis, String inhalt, List<String> skripte) {
		StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n")
				.append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
				.append("<meta name=\"generator\" content=\"Quartierwerk\"/>\n<title>").append(text(titel))
				.append(" – Praxisbeispiele</title>\n<link rel=\"stylesheet\" href=\"").append(basis).append("stil.css\"/>\n</head>\n<body>\n")
				.append("<a class=\"sprung\" href=\"#inhalt\">Zum Inhalt springen</a>\n")
				.append("<header class=\"kopf\"><p class=\"marke\">Praxisbeispiele der Quartiersentwicklung</p>\n")
				.append("<nav aria-label=\"Hauptnavigation\"><ul>")
				.append("<li><a href=\"").append(basis).append("index.html\">Alle Praxisbeispiele</a></li>")
				.append("<li><a href=\"").append(basis).append("sammlung.html\">Die Sammlung im Überblick</a></li>")
				.append("</ul></nav></header>\n<main id=\"inhalt\" tabindex=\"-1\">\n<h1>").append(text(titel)).append("</h1>\n")
				.append(inhalt).append("</main>\n<footer class=\"fuss\"><p>Ohne personenbezogene Angaben veröffentlicht mit Quartierwerk. ")
				.append("Personen sind durch ihre Rolle ersetzt, etwa „[Ansprechperson]“.</p></footer>\n");
		for (String skript : skripte) {
			b.append("<script src=\"").append(basis).append(skript).append("\"></script>\n");
		}
		return b.append("</body>\n</html>\n").toString();
	}

	private Html() {
	}
}
