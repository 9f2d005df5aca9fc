package org.quartierwerk.core;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Installed resources that a project file may refer to, e.g. the catalogues whose Partizipationsstufen a project names
 * by the logical URI {@code quartierwerk:/katalog/<file>#<id>}. A bundle that offers such resources registers this
 * service; the {@link PraxisbeispielStore} resolves a project's references into the resources of all registered
 * services and leaves every other reference unresolved. So core needs to know no bundle that offers them.
 */
public interface ReferenceTargets {

	/** The resources by their logical URI; they are shared and must not be changed. */
	Map<URI, Resource> ressourcen();
}
