package org.quartierwerk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;

/**
 * The Partizipationsmodelle and Finanzierungsquellen of all installed catalogue bundles.
 * <p>
 * A bundle contributes catalogues as data, without code: its manifest header {@code Quartierwerk-Inhalt} names XMI
 * files in the bundle, each holding one {@code Partizipationsmodell} (kind {@value #ART_PARTIZIPATIONSMODELL}) or one
 * {@code Finanzierungskatalog} (kind {@value #ART_FINANZIERUNGSKATALOG}); see
 * {@link org.quartierwerk.content.ContentRegistry}. They appear when the bundle starts and disappear when it stops.
 * The returned objects are shared and must not be changed; copy them ({@code EcoreUtil.copy})
 * to take them into a project; a project may refer to a Partizipationsstufe directly.
 * <p>
 * Each catalogue file gets the logical URI {@code quartierwerk:/katalog/<file name>}
 * ({@link org.quartierwerk.model.QuartierwerkResources#katalogUri}), so file names must be unique
 * across bundles; a second file of the same name is reported in {@link #probleme()} and ignored.
 */
public interface Katalog {

	/** The kind of a catalogue file that holds one Partizipationsmodell: {@code katalog/x.xmi;art=partizipationsmodell}. */
	String ART_PARTIZIPATIONSMODELL = "partizipationsmodell";

	/** The kind of a catalogue file that holds one Finanzierungskatalog. */
	String ART_FINANZIERUNGSKATALOG = "finanzierungskatalog";

	/** Id of the default model: the four-stage Partizipationsleiter. */
	String STANDARD_MODELL = "partizipationsleiter";

	/** All installed participation models, the default first, then by name. */
	List<Partizipationsmodell> partizipationsmodelle();

	Optional<Partizipationsmodell> partizipationsmodell(String id);

	/** All installed funding sources, by name. */
	List<Finanzierungsquelle> finanzierungsquellen();

	/**
	 * The loaded catalogue files by logical URI, for
	 * {@link org.quartierwerk.model.QuartierwerkResources#newResourceSet(Map)} so that projects'
	 * references into the catalogues resolve.
	 */
	Map<URI, Resource> ressourcen();

	/**
	 * Catalogue files that could not be read or whose file name or id is taken, each as a German message naming bundle
	 * and file; and what no registry takes (see {@link org.quartierwerk.content.ContentRegistry#probleme()}).
	 */
	List<String> probleme();
}
