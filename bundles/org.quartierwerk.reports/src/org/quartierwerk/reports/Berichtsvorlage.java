package org.quartierwerk.reports;

import java.net.URL;
import java.util.Set;

/**
 * A report template, registered as an OSGi service by the bundle that ships its {@code .rptdesign}.
 * A bundle contributes one without Java code: a component description in {@code OSGI-INF/} that uses
 * {@link VorlagenDatei} with the properties named there (see {@code bundles/org.quartierwerk.reports/OSGI-INF/vorlagen.xml}).
 */
public interface Berichtsvorlage {

	/** Stable id, e.g. {@code projektsteckbrief}; used on the command line. */
	String id();

	String titel();

	String beschreibung();

	/** Formats the template is designed for. */
	Set<Berichtsformat> formate();

	/** Whether the report covers a collection of Praxisbeispiele rather than one. */
	boolean sammlung();

	/**
	 * Id of the course whose Teilnahme the template reports on, e.g. {@code biq} for the Teilnahmezertifikat; empty
	 * for project and collection templates. Such a template is rendered for the Teilnahme's Praxisprojekt and reads the
	 * Teilnahme from the application context under {@code "kurs"}.
	 */
	String kurs();

	/** The {@code .rptdesign} file; libraries it names are looked up beside it and in the reports bundle. */
	URL design();
}
