package org.quartierwerk.content;

import java.util.Objects;

/**
 * One contribution: what a clause of a bundle's header brought in.
 *
 * @param id     the contribution's id, unique within its kind (a course's or a model's id, a template's file name)
 * @param inhalt the contributed object, shared and not to be changed
 * @param bundle the symbolic name of the contributing bundle
 */
public record Beitrag<T>(String id, T inhalt, String bundle) {

	public Beitrag {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(inhalt, "inhalt");
		Objects.requireNonNull(bundle, "bundle");
	}
}
