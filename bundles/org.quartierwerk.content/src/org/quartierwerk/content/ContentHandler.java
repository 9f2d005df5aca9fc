package org.quartierwerk.content;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;

/**
 * Reads the files of one kind, or of several related ones. The bundle that owns the kind's type registers its handler
 * as a service with the property {@value ContentRegistry#ART_PROPERTY} = the kind (several values for several kinds);
 * the extender then offers each kind's {@link ContentRegistry} and asks the handler for every clause of that kind in the
 * header of every started bundle – also of bundles that started before the handler came.
 * <p>
 * The extender takes care of what is common to all kinds: it parses the header, keeps the contributions while their
 * bundle runs, and leaves out a contribution whose id is already taken, with a problem naming it.
 */
public interface ContentHandler<T> {

	/**
	 * The contributions of one clause, usually one; none when the clause's file cannot be read. Called with the
	 * extender's lock held: read the bundle's entry and nothing else, and do not call a registry.
	 *
	 * @param bundle  the contributing bundle, starting or active
	 * @param klausel the clause: its value is the path of the file in the bundle, its attributes say more (e.g.
	 *                {@code kurs=biq})
	 * @param problem takes a German sentence, naming the file and the bundle, for everything that could not be taken in
	 */
	List<Beitrag<T>> lies(Bundle bundle, ManifestElement klausel, Consumer<String> problem);
}
