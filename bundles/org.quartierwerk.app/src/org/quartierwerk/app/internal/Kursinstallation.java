package org.quartierwerk.app.internal;

import java.net.URI;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.CourseInstaller.Result;

/** Runs a course installation or removal off the UI thread, with p2's progress in a progress dialog. */
public final class Kursinstallation {

	/** The outcome: what p2 did, or why nothing changed (German). */
	public record Ausgang(Result result, String fehler) {
		public boolean erfolgreich() {
			return fehler == null;
		}
	}

	public static Ausgang installiere(Shell shell, CourseInstaller installer, URI repository, boolean trust) {
		return mitFortschritt(shell, monitor -> installer.install(repository, List.of(), trust, monitor));
	}

	/** Removes the course feature; the participants' Teilnahme files in the workspace stay. */
	public static Ausgang deinstalliere(Shell shell, CourseInstaller installer, String featureId) {
		return mitFortschritt(shell, monitor -> installer.uninstall(featureId, monitor));
	}

	// not cancelable: p2 changes the installation in one step, and a half-read repository helps nobody
	private static Ausgang mitFortschritt(Shell shell, MitFortschritt.Arbeit<Result> schritt) {
		MitFortschritt.Ausgang<Result> ausgang = MitFortschritt.fuehreAus(shell, schritt);
		return new Ausgang(ausgang.ergebnis(), ausgang.fehler());
	}

	private Kursinstallation() {
	}
}
