package org.quartierwerk.app.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.exchange.Exchange;

/** What happens before the workbench model is loaded: stale state is discarded, a new workspace gets the examples. */
public final class WorkbenchLifecycle {

	@PostContextCreate
	public void prepareWorkspace(@Service WorkspaceLocator workspace, @Service Exchange exchange, @Optional Logger logger)
			throws IOException {
		String current = FrameworkUtil.getBundle(WorkbenchLifecycle.class).getVersion().toString();
		ModelVersionGuard.discardStaleState(workspace.folder(), current);
		try {
			List<String> added = exchange.seedWorkspace();
			if (!added.isEmpty() && logger != null) {
				logger.info("Beispielprojekte in den neuen Arbeitsbereich übernommen: " + added.size());
			}
		} catch (IOException | RuntimeException e) {
			// the workbench is usable without the examples; the user still sees an empty workspace
			if (logger != null) {
				logger.error(e, "Die Beispielprojekte konnten nicht übernommen werden: " + e.getMessage());
			}
		}
	}
}
