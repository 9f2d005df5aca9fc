package org.quartierwerk.courses.internal;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.model.QuartierwerkResources;

/**
 * Resource sets for course, Vorgaben and Teilnahme files. The course model changed only additively from 1.0 to 2.0
 * ({@code quelle}, {@code Kursvorgaben}, one more Anforderungsart), so a file that names the 1.0 namespace is read
 * with the 2.0 package as it is; it is written as 2.0 the next time it is saved.
 */
final class Kursressourcen {

	/** The namespace of course files written before Kursvorgaben (course format 1.0). */
	static final String NAMENSRAUM_1_0 = "http://quartierwerk.org/kurs/1.0";

	/** A safe resource set (see {@link QuartierwerkResources#newResourceSet(Map, org.eclipse.emf.ecore.EPackage...)}). */
	static ResourceSet neu(Map<URI, Resource> bekannt) {
		ResourceSet set = QuartierwerkResources.newResourceSet(bekannt, KursPackage.eINSTANCE);
		set.getPackageRegistry().put(NAMENSRAUM_1_0, KursPackage.eINSTANCE);
		return set;
	}

	private Kursressourcen() {
	}
}
