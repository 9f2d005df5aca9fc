package org.quartierwerk.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Told by the {@link PraxisbeispielStore} after it has written or removed project files – e.g. to record each save in a
 * shared collection (docs/sammlung.md). Registered as an OSGi service; the store calls every one after a successful
 * write, in the writing thread.
 */
public interface StoreListener {

	/**
	 * The store has saved, added or deleted these project files (absolute paths in the workspace). The write has
	 * happened: this must not throw, and it reports its own failures (e.g. to the {@link ErrorLog}).
	 */
	void stored(List<Path> files);
}
