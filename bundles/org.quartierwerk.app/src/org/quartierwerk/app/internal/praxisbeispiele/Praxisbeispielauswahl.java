package org.quartierwerk.app.internal.praxisbeispiele;

/** The project selected in the navigator: its name in the workspace and its title; the selection the handlers act on. */
public record Praxisbeispielauswahl(String name, String titel) {
}
