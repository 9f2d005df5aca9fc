package org.quartierwerk.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Resource sets for Quartierwerk's XMI files, independent of the global EMF registries.
 * <p>
 * Catalogue files (Partizipationsmodelle, Finanzierungsquellen) have logical URIs
 * {@code quartierwerk:/katalog/<file>} rather than the URL of the bundle that ships them, so a
 * project that refers to a Partizipationsstufe keeps a reference that survives reinstalling or
 * moving the catalogue bundle.
 */
public final class QuartierwerkResources {

	/** URI scheme of the logical catalogue URIs. */
	public static final String SCHEME = "quartierwerk";

	/** A resource set that reads and writes every file as XMI of the Quartierwerk model. */
	public static ResourceSet newResourceSet() {
		return configure(new ResourceSetImpl());
	}

	private static ResourceSet configure(ResourceSet set) {
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(QuartierwerkPackage.eNS_URI, QuartierwerkPackage.eINSTANCE);
		return set;
	}

	/**
	 * A resource set in which references to the given catalogue resources resolve to them, shared
	 * and without reloading; every other reference stays an unresolved proxy. Nothing is loaded on
	 * demand, so a file from elsewhere cannot make Quartierwerk open other files or URLs.
	 */
	public static ResourceSet newResourceSet(Map<URI, Resource> katalog) {
		ResourceSetImpl set = new ResourceSetImpl() {
			@Override
			public Resource getResource(URI uri, boolean loadOnDemand) {
				return super.getResource(uri, false);
			}
		};
		configure(set);
		set.setURIResourceMap(new HashMap<>(katalog));
		return set;
	}

	/** The logical URI of a catalogue file, by its file name. */
	public static URI katalogUri(String fileName) {
		return URI.createURI(SCHEME + ":/katalog/" + fileName);
	}

	private QuartierwerkResources() {
	}
}
