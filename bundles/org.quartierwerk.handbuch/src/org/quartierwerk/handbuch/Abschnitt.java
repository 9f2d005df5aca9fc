package org.quartierwerk.handbuch;

/**
 * A section of a chapter: the part under one {@code <h2 id="…">}, or the part before the first one.
 *
 * @param kapitel the chapter
 * @param anker   the heading's id, the anchor a link names after {@code #}; empty for the part before the first heading
 * @param titel   the heading's text; the chapter's title for the part before the first heading
 * @param html    the section's HTML, without its heading
 */
public record Abschnitt(Kapitel kapitel, String anker, String titel, String html) {

	/** The section as plain text: tags removed, entities resolved, one paragraph or list item per line. */
	public String text() {
		return org.quartierwerk.handbuch.internal.Klartext.von(html);
	}

	/** Where a link finds this section, e.g. {@code finanzierungsplan.html#ausgaben}. */
	public String adresse() {
		return anker.isEmpty() ? kapitel.datei() : kapitel.datei() + "#" + anker;
	}
}
