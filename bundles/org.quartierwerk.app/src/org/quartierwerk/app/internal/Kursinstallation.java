package org.quartierwerk.app.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.MitFortschritt;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.Installation;

/** Runs a course installation or removal off the UI thread, with p2's progress in a progress dialog. */
public final class Kursinstallation {

	/** The outcome: what p2 did, or why nothing changed (German) and for which reason, if the service gave one. */
	public record Ausgang(Installation ergebnis, String fehler, CourseException.Grund grund) {
		public boolean erfolgreich() {
			return fehler == null;
		}
	}

	public static Ausgang installiere(Shell shell, CourseService kurse, String verzeichnis, boolean unverschluesselt, boolean vertrauen) {
		return mitFortschritt(shell, monitor -> kurse.installiere(verzeichnis, unverschluesselt, List.of(), vertrauen, monitor));
	}

	/** Removes the course (by its id); the participants' Teilnahme files in the workspace stay. */
	public static Ausgang deinstalliere(Shell shell, CourseService kurse, String kursId) {
		return mitFortschritt(shell, monitor -> kurse.deinstalliere(kursId, monitor));
	}

	// not cancelable: p2 changes the installation in one step, and a half-read repository helps nobody
	private static Ausgang mitFortschritt(Shell shell, MitFortschritt.Arbeit<Installation> schritt) {
		AtomicReference<CourseException.Grund> grund = new AtomicReference<>();
		MitFortschritt.Ausgang<Installation> ausgang = MitFortschritt.fuehreAus(shell, monitor -> {
			try {
				return schritt.tue(monitor);
			} catch (CourseException e) {
				grund.set(e.grund());
				throw e;
			}
		});
		return new Ausgang(ausgang.ergebnis(), ausgang.fehler(), grund.get());
	}

	private Kursinstallation() {
	}
}
