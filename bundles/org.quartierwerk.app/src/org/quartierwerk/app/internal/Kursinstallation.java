package org.quartierwerk.app.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.CourseInstaller.Result;
import org.quartierwerk.courses.installer.InstallException;

/** Runs a course installation or removal off the UI thread, with p2's progress in a progress dialog. */
public final class Kursinstallation {

	/** The outcome: what p2 did, or why nothing changed (German). */
	public record Ausgang(Result result, String fehler) {
		public boolean erfolgreich() {
			return fehler == null;
		}
	}

	private interface P2Schritt {
		Result tue(IProgressMonitor monitor) throws InstallException;
	}

	public static Ausgang installiere(Shell shell, CourseInstaller installer, URI repository, boolean trust) {
		return mitFortschritt(shell, monitor -> installer.install(repository, List.of(), trust, monitor));
	}

	/** Removes the course feature; the participants' Teilnahme files in the workspace stay. */
	public static Ausgang deinstalliere(Shell shell, CourseInstaller installer, String featureId) {
		return mitFortschritt(shell, monitor -> installer.uninstall(featureId, monitor));
	}

	private static Ausgang mitFortschritt(Shell shell, P2Schritt schritt) {
		AtomicReference<Result> result = new AtomicReference<>();
		AtomicReference<String> fehler = new AtomicReference<>();
		try {
			// not cancelable: p2 changes the installation in one step, and a half-read repository helps nobody
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				try {
					result.set(schritt.tue(monitor));
				} catch (InstallException e) {
					fehler.set(e.getMessage());
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			fehler.set(String.valueOf(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fehler.set(e.toString());
		}
		return new Ausgang(result.get(), fehler.get());
	}

	private Kursinstallation() {
	}
}
