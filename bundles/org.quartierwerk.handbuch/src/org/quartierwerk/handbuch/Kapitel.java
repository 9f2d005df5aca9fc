package org.quartierwerk.handbuch;

/**
 * One page of the handbook.
 *
 * @param datei  the page's file name, e.g. {@code finanzierungsplan.html}
 * @param titel  its heading and its entry in the chapter navigation
 * @param inhalt what it covers, in a few words, for the list of chapters on the start page
 */
public record Kapitel(String datei, String titel, String inhalt) {
}
