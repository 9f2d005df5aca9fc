package org.quartierwerk.courses;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.courses.model.Verbindlichkeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;

/**
 * Every course use case, once, for the workbench and the command line: the installed courses, installing and removing
 * them, a participant's Teilnahme with its modules and checklist points, what is still missing, the certificate and
 * the Akteurslandkarte. Front ends only translate between their user and these calls.
 * <p>
 * Courses come from bundles (header {@code Quartierwerk-Inhalt}, kind {@value #ART}); Teilnahmen are kept in the
 * workspace, {@code kurse/<kurs>/<praxisprojekt>.xmi}, and stay when their course is uninstalled. A course has the
 * requirements and checklists its source gives; what a trainer asks beyond that are the course's {@link Kursvorgaben}
 * ({@code kurse/<kurs>/vorgaben.xmi}), added to the course's own everywhere below. Every failure is a
 * {@link CourseException} with a German message; nothing is changed then. The returned courses are shared and must not
 * be changed; a Teilnahme is the caller's copy and is changed only through these calls.
 */
public interface CourseService {

	/** The kind of a course file: {@code kurs/mein-kurs.xmi;art=kurs}. */
	String ART = "kurs";

	/** All installed courses, by title. */
	List<Kurs> kurse();

	Optional<Kurs> kurs(String id);

	/** Course files that could not be read, or that contradict themselves, each as a German message naming file and bundle. */
	List<String> probleme();

	// Vorgaben der Kursleitung

	/** The Kursleitung's Vorgaben for the course; empty when it has set none. */
	Optional<Kursvorgaben> vorgaben(String kursId) throws CourseException;

	/** The file the Vorgaben of a course are kept in ({@code kurse/<kurs>/vorgaben.xmi}). */
	Path vorgabenDatei(String kursId) throws CourseException;

	/**
	 * Takes the Vorgaben of an installed course from a file the trainer wrote (see docs/kurse.md) in place of the present
	 * ones, checked and saved at once; refused, unchanged, when the file holds no Vorgaben of this course or an id twice.
	 */
	Kursvorgaben uebernimmVorgaben(String kursId, Path datei) throws CourseException;

	/** Adds a requirement to the course's Vorgaben and saves; {@code beschreibung} may be null. */
	Kursvorgaben ergaenzeAnforderung(String kursId, Anforderungsart art, String beschreibung) throws CourseException;

	/**
	 * Adds a checklist point to the checklist "Vorgaben der Kursleitung" of the course's Vorgaben and saves; {@code erfassen}
	 * (what the participant records, may be null) as in the course's own points.
	 */
	Kursvorgaben ergaenzePunkt(String kursId, String frage, String erfassen) throws CourseException;

	/** The course's checklists, then those of its Vorgaben. */
	List<Checkliste> checklisten(Kurs kurs) throws CourseException;

	/** Whether a requirement, checklist or checklist point is a Vorgabe der Kursleitung rather than the course's own. */
	static boolean vonKursleitung(EObject element) {
		return element != null && EcoreUtil.getRootContainer(element) instanceof Kursvorgaben;
	}

	// certificate, as the course declares it (Kurs.zertifikat and Kurs.zertifikatsvorlage)

	/** Whether the course grants a certificate: it says what the certificate confirms and which template renders it. */
	boolean vergibtZertifikat(Kurs kurs);

	/** The installed template that renders the course's certificate; empty when the course grants none or it is missing. */
	Optional<Berichtsvorlage> zertifikatsvorlage(Kurs kurs);

	/** The installed templates that report on a Teilnahme in this course (certificate, Abschlussbericht, …), by title. */
	List<Berichtsvorlage> vorlagen(Kurs kurs);

	// installation

	/** Whether courses can be installed and removed in this installation (p2 is part of it). */
	boolean installierbar();

	/**
	 * Checks a course repository as typed – an existing folder, a ZIP file, an {@code https://} address, or an
	 * {@code http://} address when {@code unverschluesselt} – reading nothing but the local file system.
	 */
	void pruefeVerzeichnis(String verzeichnis, boolean unverschluesselt) throws CourseException;

	/** The courses a repository offers. */
	List<Kursfeature> angeboten(String verzeichnis, boolean unverschluesselt, IProgressMonitor monitor) throws CourseException;

	/** The course features installed here. */
	List<Kursfeature> installiert() throws CourseException;

	/**
	 * Installs the repository's courses, or only {@code features} when not empty; content that is unsigned or signed by
	 * an unknown key only with {@code vertrauen}.
	 */
	Installation installiere(String verzeichnis, boolean unverschluesselt, List<String> features, boolean vertrauen,
			IProgressMonitor monitor) throws CourseException;

	/** Removes a course, named by its id or its feature; its Teilnahmen stay in the workspace. */
	Installation deinstalliere(String kursIdOderFeature, IProgressMonitor monitor) throws CourseException;

	/** The feature that brings a course, named by its id (an installed or a known one) or already by its feature. */
	String feature(String kursIdOderFeature);

	List<Kursanbieter> vertrauteAnbieter() throws CourseException;

	/** Trusts the publisher of a Signaturzertifikat (X.509, PEM or DER): its signed courses install without asking. */
	Kursanbieter vertraue(Path signaturzertifikat) throws CourseException;

	// participation

	/** All Teilnahmen of the workspace, of installed courses only. */
	List<Teilnahme> teilnahmen() throws CourseException;

	Optional<Teilnahme> teilnahme(String kursId, String praxisprojekt) throws CourseException;

	/** The file a Teilnahme is kept in. */
	Path datei(String kursId, String praxisprojekt) throws CourseException;

	/**
	 * Starts a Teilnahme: every module and checklist point open, saved at once. Refused when the course is not installed,
	 * the Praxisprojekt is not in the workspace or there already is a Teilnahme of this course for it.
	 */
	Teilnahme nimmTeil(String kursId, String praxisprojekt, String teilnehmende, boolean gebuehrBefreit) throws CourseException;

	/** The module or checklist point with this id in the Teilnahme's course; refused for an unknown id. */
	void pruefeElement(Teilnahme teilnahme, String elementId) throws CourseException;

	/**
	 * Ticks modules and checklist points as done today and saves; {@code notiz} (may be null) goes to each, {@code eintraege}
	 * to a checklist point, e.g. the Treffpunkte of the Stadtteilerkundung. Refused, unchanged, when an id is unknown or
	 * entries are given for a module (its progress holds none).
	 */
	void erledige(Teilnahme teilnahme, List<String> elementIds, List<String> eintraege, String notiz) throws CourseException;

	/** Takes a tick back: the module or point is open again, saved at once. */
	void oeffne(Teilnahme teilnahme, String elementId) throws CourseException;

	/** Whether a module or checklist point of the Teilnahme is done. */
	boolean erledigt(Teilnahme teilnahme, String elementId);

	// requirements

	/**
	 * One state per requirement of the course, in its order, then one per requirement of its Vorgaben.
	 *
	 * @param projekt the Praxisprojekt as the user sees it (e.g. the editor's unsaved copy); null: as stored in the
	 *                workspace
	 * @throws CourseException when the course's Vorgaben cannot be read
	 */
	List<Anforderungsstand> stand(Teilnahme teilnahme, Praxisbeispiel projekt) throws CourseException;

	/** The requirements not met, each as "Anforderung: Befund"; {@code projekt} as in {@link #stand}. */
	List<String> offen(Teilnahme teilnahme, Praxisbeispiel projekt) throws CourseException;

	// certificate and course reports

	/**
	 * Renders the course's certificate into {@code ziel} (outside the workspace), all or nothing. Refused while a
	 * requirement is open ({@link CourseException.Grund#ANFORDERUNGEN_OFFEN}) and for a course without certificate. The
	 * date it is granted is set the first time and kept with the Teilnahme.
	 *
	 * @param projekt as in {@link #stand}
	 */
	Berichtsergebnis erstelleZertifikat(Teilnahme teilnahme, Praxisbeispiel projekt, Berichtsformat format, Path ziel)
			throws CourseException;

	/**
	 * What a course template finds in the report's application context for this Teilnahme (see
	 * {@link org.quartierwerk.reports.ReportService#render(String, List, Map, Berichtsformat, java.io.OutputStream)}).
	 */
	Map<String, Object> berichtsdaten(Teilnahme teilnahme, Praxisbeispiel projekt) throws CourseException;

	// Akteurslandkarte

	/** An actor to add: its name and Akteursart. */
	record Akteurangabe(String name, Akteursart art) {
	}

	/** A cooperation to add between two actors of the map, named as there (case does not matter). */
	record Verbindung(String von, String zu, Verbindlichkeit verbindlichkeit) {
	}

	/**
	 * Extends the Teilnahme's Akteurslandkarte and saves: with {@code ausPraxisprojekt} it first starts anew from the
	 * Praxisprojekt's Träger, partners and their cooperation (as stored), then the actors and cooperations are added.
	 * Refused, unchanged, when a cooperation names an actor the map does not have.
	 */
	Akteurslandkarte ergaenzeAkteurslandkarte(Teilnahme teilnahme, boolean ausPraxisprojekt, List<Akteurangabe> akteure,
			List<Verbindung> verbindungen) throws CourseException;

	/** The Akteurslandkarte as PNG picture (with a note when it has no actors yet). */
	byte[] akteurslandkarteAlsBild(Teilnahme teilnahme);
}
