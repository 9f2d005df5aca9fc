package org.quartierwerk.publishing.internal.web;

import java.util.List;
import java.util.Map;

/**
 * One project as the index shows and filters it: its page, title, Kurzbeschreibung, its values per facet (in the
 * order of {@link Startseite#FACETTEN}) and the text the full-text search reads.
 */
record Eintrag(String seite, String titel, String kurzbeschreibung, Map<String, List<String>> facetten, String suchtext) {
}
