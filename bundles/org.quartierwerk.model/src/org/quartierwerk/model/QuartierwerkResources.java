package org.quartierwerk.model;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
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

	/**
	 * Load options for files from outside (the workspace, e-mail, course bundles): no DTDs, so no external entities
	 * and no entity expansion; no shared parser pool.
	 */
	public static Map<Object, Object> safeLoadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
		return options;
	}

	private QuartierwerkResources() {
	}
}
