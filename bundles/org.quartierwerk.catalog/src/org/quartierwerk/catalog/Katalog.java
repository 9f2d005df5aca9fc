package org.quartierwerk.catalog;

import java.util.List;
import java.util.Optional;

import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;

/**
 * The Partizipationsmodelle and Finanzierungsquellen of all installed catalogue bundles.
 * <p>
 * A bundle contributes catalogues as data, without code: its manifest header {@value #HEADER}
 * lists XMI files in the bundle, each holding a {@code Partizipationsmodell} or a
 * {@code Finanzierungskatalog}. They appear when the bundle starts and disappear when it stops.
 * The returned objects are shared and must not be changed; copy them ({@code EcoreUtil.copy})
 * to take them into a project.
 */
public interface Katalog {

	/** Manifest header naming a bundle's catalogue files, separated by commas. */
	String HEADER = "Quartierwerk-Katalog";

	/** Id of the default model: the four-stage Partizipationsleiter. */
	String STANDARD_MODELL = "partizipationsleiter";

	/** All installed participation models, the default first, then by name. */
	List<Partizipationsmodell> partizipationsmodelle();

	Optional<Partizipationsmodell> partizipationsmodell(String id);

	/** All installed funding sources, by name. */
	List<Finanzierungsquelle> finanzierungsquellen();

	/** Catalogue files that could not be read, each as a German message naming bundle and file. */
	List<String> probleme();
}
