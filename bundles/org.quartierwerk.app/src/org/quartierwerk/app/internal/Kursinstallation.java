package org.quartierwerk.app.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.MitFortschritt;
import org.quartierwerk.courses.installer.CourseInstaller.Repository;
import org.quartierwerk.courses.installer.CourseInstaller.Result;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.InstallException;

/** Runs a course installation or removal off the UI thread, with p2's progress in a progress dialog. */
public final class Kursinstallation {

	/** The outcome: what p2 did, or why nothing changed (German) and for which reason, if the installer gave one. */
	public record Ausgang(Result result, String fehler, InstallException.Reason grund) {
		public boolean erfolgreich() {
			return fehler == null;
		}
	}

	public static Ausgang installiere(Shell shell, CourseInstaller installer, Repository repository, boolean trust) {
		return mitFortschritt(shell, monitor -> installer.install(repository, List.of(), trust, monitor));
	}

	/** Removes the course feature; the participants' Teilnahme files in the workspace stay. */
	public static Ausgang deinstalliere(Shell shell, CourseInstaller installer, String featureId) {
		return mitFortschritt(shell, monitor -> installer.uninstall(featureId, monitor));
	}

	// not cancelable: p2 changes the installation in one step, and a half-read repository helps nobody
	private static Ausgang mitFortschritt(Shell shell, MitFortschritt.Arbeit<Result> schritt) {
		AtomicReference<InstallException.Reason> grund = new AtomicReference<>();
		MitFortschritt.Ausgang<Result> ausgang = MitFortschritt.fuehreAus(shell, monitor -> {
			try {
				return schritt.tue(monitor);
			} catch (InstallException e) {
				grund.set(e.reason());
				throw e;
			}
		});
		return new Ausgang(ausgang.ergebnis(), ausgang.fehler(), grund.get());
	}

	private Kursinstallation() {
	}
}
