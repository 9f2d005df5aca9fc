package org.quartierwerk.app.internal.basis;

/**
 * How a part with pages tells F1 which page is shown: each page's {@code CTabItem} carries its name for the handbook
 * under {@link #SEITE}; {@code hilfe.Hilfethemen} maps part and page to a section of the handbook.
 */
public final class Hilfeseite {

	/** Key of a page's {@code CTabItem} data: the page's name for the handbook, e.g. {@code finanzierung}. */
	public static final String SEITE = "org.quartierwerk.app.hilfe.seite";

	private Hilfeseite() {
	}
}
