package org.quartierwerk.reports;

import java.net.URL;
import java.util.Set;

/**
 * A report template. A bundle contributes one without Java code: its {@code .rptdesign} file named in the header
 * {@code Quartierwerk-Inhalt} with the kind {@value #ART}, e.g.
 * {@code berichte/teilnahmezertifikat.rptdesign;art=vorlage;kurs=biq;formate="pdf,docx,odt,html"} ({@code sammlung=true}
 * for a collection report; {@code zeitraum=true} for a template that reads a {@link Berichtszeitraum}; without
 * {@code formate}, all formats), title and description in the bundle's localization
 * as {@code vorlage.<id>.titel} and {@code vorlage.<id>.beschreibung}; the id is the file's base name (see
 * {@link org.quartierwerk.content.ContentRegistry}).
 */
public interface Berichtsvorlage {

	/** The kind of a template file in the header {@code Quartierwerk-Inhalt}. */
	String ART = "vorlage";

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

	/**
	 * Whether the template reports on a period when given one ({@link Berichtszeitraum}, e.g. the Wirkungsbericht); the
	 * command line and the Bericht dialog offer the period only for such a template.
	 */
	default boolean zeitraum() {
		return false;
	}

	/** The {@code .rptdesign} file; libraries it names are looked up beside it and in the reports bundle. */
	URL design();
}
