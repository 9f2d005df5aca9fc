package org.quartierwerk.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.quartierwerk.model.internal.laden.Format10;
import org.quartierwerk.model.internal.laden.SichereXmiRessourcen;

/**
 * Resource sets for Quartierwerk's XMI files, independent of the global EMF registries, that open nothing but the
 * content they are given.
 * <p>
 * Catalogue files (Partizipationsmodelle, Finanzierungsquellen) have logical URIs
 * {@code quartierwerk:/katalog/<file>} rather than the URL of the bundle that ships them, so a
 * project that refers to a Partizipationsstufe keeps a reference that survives reinstalling or
 * moving the catalogue bundle.
 * <p>
 * Loading resolves nothing outside the file (docs/sicherheit.md): no DTD, entity, schema location, namespace URI,
 * {@code href} or other reference makes Quartierwerk open another file or a URL. A file that declares a namespace
 * none of the resource set's packages has is refused with a {@link FremderNamensraum}. A number that is no
 * {@linkplain #rechenbar(BigDecimal) number to calculate with} is refused as a value that does not fit its field.
 */
public final class QuartierwerkResources {

	/** The beginning of the namespace of every format of the model; the format's version follows. */
	public static final String MODEL_NAMESPACE_PREFIX = "http://quartierwerk.org/model/";

	/** The namespace of format 1.0, which is read and migrated; files are written in {@link QuartierwerkPackage#eNS_URI}. */
	public static final String NAMESPACE_1_0 = MODEL_NAMESPACE_PREFIX + "1.0";

	/** URI scheme of the logical catalogue URIs. */
	public static final String SCHEME = "quartierwerk";

	/** Most digits of a number before the decimal point (amounts, percentages, Kennzahlen): below 10^15. */
	public static final int MAX_STELLEN_VOR_DEM_KOMMA = 15;

	/** Most digits of a number after the decimal point, as written. */
	public static final int MAX_STELLEN_NACH_DEM_KOMMA = 20;

	/** A resource set that reads and writes every file as XMI of the Quartierwerk model (and of the given packages). */
	public static ResourceSet newResourceSet(EPackage... weitere) {
		return configure(new ResourceSetImpl(), weitere);
	}

	/**
	 * A resource set in which references to the given resources (the installed catalogues or courses) resolve to them,
	 * shared and without reloading; every other reference stays an unresolved proxy. Nothing is loaded on demand.
	 */
	public static ResourceSet newResourceSet(Map<URI, Resource> bekannt, EPackage... weitere) {
		ResourceSetImpl set = new ResourceSetImpl() {
			@Override
			public Resource getResource(URI uri, boolean loadOnDemand) {
				return super.getResource(uri, false);
			}
		};
		configure(set, weitere);
		set.setURIResourceMap(new HashMap<>(bekannt));
		return set;
	}

	private static ResourceSet configure(ResourceSet set, EPackage... weitere) {
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new SichereXmiRessourcen());
		set.getResourceFactoryRegistry().getProtocolToFactoryMap().clear();
		set.getPackageRegistry().put(QuartierwerkPackage.eNS_URI, QuartierwerkPackage.eINSTANCE);
		// format 1.0 has the same classes; its meaning is restored by ausFormat10 (docs/fachmodell.md §10.10)
		set.getPackageRegistry().put(NAMESPACE_1_0, QuartierwerkPackage.eINSTANCE);
		for (EPackage paket : weitere) {
			set.getPackageRegistry().put(paket.getNsURI(), paket);
		}
		set.setURIConverter(new GeschlossenerUriConverter());
		return set;
	}

	/**
	 * Loads a resource from the given bytes – never from its URI, which only names it – with {@link #safeLoadOptions()}.
	 *
	 * @throws IOException for broken or hostile content; a foreign namespace as {@link FremderNamensraum} in the cause chain
	 */
	public static void load(Resource resource, byte[] inhalt) throws IOException {
		try (InputStream in = new ByteArrayInputStream(inhalt)) {
			resource.load(in, safeLoadOptions());
		} catch (FremderNamensraum e) {
			throw new IOException("Fremder Namensraum " + e.namensraum(), e);
		}
		if (Format10.warFormat10(resource)) {
			ausFormat10(resource.getContents());
		}
	}

	/**
	 * Gives objects read from a file of format 1.0 the meaning they had there (docs/fachmodell.md §10.10). XMI files are
	 * migrated by {@link #load}; readers of other formats call this when the file named {@link #NAMESPACE_1_0}.
	 */
	public static void ausFormat10(List<? extends EObject> inhalte) {
		Format10.migriere(inhalte);
	}

	/** Whether a namespace is that of a format of the model newer than this Quartierwerk reads. */
	public static boolean neueresFormat(String namensraum) {
		return namensraum != null && namensraum.startsWith(MODEL_NAMESPACE_PREFIX) && !namensraum.equals(QuartierwerkPackage.eNS_URI)
				&& !namensraum.equals(NAMESPACE_1_0);
	}

	/**
	 * Whether Quartierwerk can calculate with the number and show it: at most {@value #MAX_STELLEN_VOR_DEM_KOMMA} digits
	 * before and {@value #MAX_STELLEN_NACH_DEM_KOMMA} after the decimal point. A number such as {@code 1E+999999999} is
	 * short in a file but needs a billion digits in a sum or on the screen; the loaders refuse it.
	 */
	public static boolean rechenbar(BigDecimal zahl) {
		return zahl.scale() <= MAX_STELLEN_NACH_DEM_KOMMA && zahl.precision() - zahl.scale() <= MAX_STELLEN_VOR_DEM_KOMMA;
	}

	/** The logical URI of a catalogue file, by its file name. */
	public static URI katalogUri(String fileName) {
		return URI.createURI(SCHEME + ":/katalog/" + fileName);
	}

	/** Save options of every project file: UTF-8, lines of at most 100 characters. */
	public static Map<Object, Object> saveOptions() {
		return Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100);
	}

	/**
	 * A copy of a project for saving in {@code ziel}, every element with its {@code xmi:id}: the one it was read with,
	 * or a new one, which the original keeps too, so the next save gives it the same. Stable ids let a shared
	 * collection match elements across versions and keep references from shifting when a list changes
	 * (docs/sammlung.md).
	 */
	public static <T extends EObject> T kopieMitKennungen(T original, XMLResource ziel) {
		EcoreUtil.Copier kopierer = new EcoreUtil.Copier();
		@SuppressWarnings("unchecked")
		T kopie = (T) kopierer.copy(original);
		kopierer.copyReferences();
		ziel.getContents().add(kopie);
		for (Map.Entry<EObject, EObject> paar : kopierer.entrySet()) {
			EObject quelle = paar.getKey();
			String id = quelle.eResource() instanceof XMLResource gelesen ? gelesen.getID(quelle) : null;
			if (id == null) {
				id = EcoreUtil.generateUUID();
				if (quelle.eResource() instanceof XMLResource gelesen) {
					gelesen.setID(quelle, id);
				}
			}
			ziel.setID(paar.getValue(), id);
		}
		return kopie;
	}

	/**
	 * Load options for files from outside (the workspace, e-mail, course bundles): no DTDs, so no external entities
	 * and no entity expansion; no shared parser pool; packages are never looked up by their namespace URI.
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
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		return options;
	}

	/** A file declares a namespace that belongs to none of the packages Quartierwerk reads. */
	public static final class FremderNamensraum extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String namensraum;

		public FremderNamensraum(String namensraum) {
			super(namensraum);
			this.namensraum = namensraum;
		}

		/** The namespace URI as the file declares it. */
		public String namensraum() {
			return namensraum;
		}
	}

	/** Opens no stream at all: every URI a file names is refused, whatever its scheme. */
	private static final class GeschlossenerUriConverter extends ExtensibleURIConverterImpl {

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("Verweis auf " + uri + " wird nicht geöffnet.");
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("In " + uri + " wird nicht über einen Verweis geschrieben.");
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("Verweis auf " + uri + " wird nicht gelöscht.");
		}
	}

	private QuartierwerkResources() {
	}
}
