package org.quartierwerk.app.internal.praxisbeispiele;

/**
 * Marks that another area puts after a project's title in the navigator, e.g. the collection's state of a project
 * (area {@code sammlung}). Whoever computes them sets an instance into the application's context; the navigator shows
 * the newest one, and none when there is none.
 */
@FunctionalInterface
public interface Navigatormarken {

	/** The mark of the project of this name in the workspace, e.g. "(geändert)", or null for none. */
	String marke(String name);
}
