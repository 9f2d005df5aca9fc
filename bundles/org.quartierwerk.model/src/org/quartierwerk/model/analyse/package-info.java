/**
 * Figures over Praxisbeispiele: financing per project and year, statistics and facet search over collections,
 * and the funding sources that fit a project.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.model.analyse;
