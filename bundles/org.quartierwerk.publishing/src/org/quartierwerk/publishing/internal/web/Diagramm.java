package org.quartierwerk.publishing.internal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart as inline SVG: {@code role="img"} with a title and a description that says every bar's value
 * in words, so a screen reader reads what the eye sees. The page shows the same numbers in a table beside it. Colours
 * reach 4.5:1 against white (text) and 3:1 (bars).
 */
final class Diagramm {

	/** One bar: its label, its length on the scale and the value as the page prints it. */
	record Balken(String beschriftung, BigDecimal wert, String anzeige) {
	}

	private static final int BREITE = 640;
	private static final int ZEILE = 46;
	private static final int WERTPLATZ = 150;

	/**
	 * @param id     unique on the page, for the title and description ids
	 * @param titel  what the chart shows
	 * @param balken the bars, in order, each with its label above it
	 * @param skala  the value of a full bar (e.g. 100 for percent)
	 */
	static String balken(String id, String titel, List<Balken> balken, BigDecimal skala) {
		int hoehe = balken.size() * ZEILE + 6;
		String beschreibung = titel + ": " + balken.stream().map(b -> b.beschriftung() + " " + b.anzeige())
				.collect(Collectors.joining("; ")) + ".";
		StringBuilder svg = new StringBuilder("<figure class=\"diagramm\">\n<svg role=\"img\" aria-labelledby=\"").append(id)
				.append("-titel ").append(id).append("-beschreibung\" viewBox=\"0 0 ").append(BREITE).append(' ').append(hoehe)
				.append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n<title id=\"").append(id).append("-titel\">")
				.append(Html.text(titel)).append("</title>\n<desc id=\"").append(id).append("-beschreibung\">")
				.append(Html.text(beschreibung)).append("</desc>\n");
		int platz = BREITE - WERTPLATZ;
		for (int i = 0; i < balken.size(); i++) {
			Balken b = balken.get(i);
			int y = 4 + i * ZEILE;
			int laenge = skala.signum() <= 0 ? 0
					: b.wert().max(BigDecimal.ZERO).min(skala).multiply(BigDecimal.valueOf(platz)).divide(skala, 0, RoundingMode.HALF_UP)
							.intValue();
			svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" class=\"beschriftung\">").append(Html.text(kurz(b.beschriftung())))
					.append("</text>").append("<rect x=\"0\" y=\"").append(y + 20).append("\" width=\"").append(laenge)
					.append("\" height=\"18\" class=\"balken\"/>").append("<text x=\"").append(laenge + 6).append("\" y=\"").append(y + 34)
					.append("\" class=\"wert\">").append(Html.text(b.anzeige())).append("</text>\n");
		}
		return svg.append("</svg>\n</figure>\n").toString();
	}

	/** A label that fits the chart's width; the whole label is in the description and the table. */
	private static String kurz(String text) {
		return text.length() > 80 ? text.substring(0, 79) + "…" : text;
	}

	private Diagramm() {
	}
}
