package org.quartierwerk.app.internal.projekte;

/** The project selected in the navigator: its name in the workspace and its title; the selection the handlers act on. */
public record Projektauswahl(String name, String titel) {
}
