package org.quartierwerk.app.internal.basis;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.quartierwerk.core.ErrorLog;

/**
 * Runs long work (a report, a p2 change) off the UI thread under a modal progress dialog and hands back its result,
 * or the German message of what stopped it. Not cancelable: each piece of work either completes or changes nothing.
 * The technical details of a failure go to the {@link ErrorLog}, which the message names.
 */
public final class MitFortschritt {

	/** The work; what it throws (checked) is shown to the user by its message, so that message must be German. */
	public interface Arbeit<T> {
		T tue(IProgressMonitor monitor) throws Exception;
	}

	/** The work's result, or why there is none. */
	public record Ausgang<T>(T ergebnis, String fehler) {
	}

	public static <T> Ausgang<T> fuehreAus(Shell shell, Arbeit<T> arbeit) {
		AtomicReference<T> ergebnis = new AtomicReference<>();
		AtomicReference<String> fehler = new AtomicReference<>();
		try {
			new Fortschrittsdialog(shell).run(true, false, monitor -> {
				try {
					ergebnis.set(arbeit.tue(monitor));
				} catch (RuntimeException | Error e) {
					throw e; // a defect, reported below
				} catch (Exception e) {
					fehler.set(e.getCause() == null ? e.getMessage() : e.getMessage() + " " + protokolliere(e));
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			fehler.set(e.getCause() instanceof OutOfMemoryError ? "Quartierwerk hat nicht genug Arbeitsspeicher für diese Aufgabe "
					+ "und hat sie abgebrochen; es wurde nichts geändert. Schließen Sie andere Programme und versuchen Sie es noch einmal."
					: "Ein unerwarteter Fehler ist aufgetreten; es wurde nichts geändert. " + protokolliere(e.getCause())
							+ " Bitte melden Sie den Fehler mit dieser Datei.");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fehler.set("Die Arbeit wurde unterbrochen; es wurde nichts geändert.");
		}
		return new Ausgang<>(ergebnis.get(), fehler.get());
	}

	/** Writes the failure to the error log and says where, in German. */
	static String protokolliere(Throwable fehler) {
		BundleContext context = FrameworkUtil.getBundle(MitFortschritt.class).getBundleContext();
		ServiceReference<ErrorLog> referenz = context == null ? null : context.getServiceReference(ErrorLog.class);
		Optional<Path> datei = Optional.empty();
		if (referenz != null) {
			try {
				datei = context.getService(referenz).record("Werkbank", fehler);
			} finally {
				context.ungetService(referenz);
			}
		}
		return datei.map(d -> "Einzelheiten stehen in " + d + ".").orElse("Einzelheiten konnten nicht protokolliert werden.");
	}

	private MitFortschritt() {
	}

	/**
	 * JFace's progress dialog in German: without a language pack it says "Progress Information", "Operation in
	 * progress..." and "Cancel" (found when a slow preview showed it in the accessibility walk).
	 */
	private static final class Fortschrittsdialog extends ProgressMonitorDialog {

		private static final String BITTE_WARTEN = "Bitte warten \u2026";
		private static final String DEFAULT_MESSAGE = JFaceResources.getString("ProgressMonitorDialog.message");

		Fortschrittsdialog(Shell parent) {
			super(parent);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Quartierwerk arbeitet");
		}

		/** German from the start: SWT may run the event loop while the shell opens. */
		@Override
		protected Control createDialogArea(Composite parent) {
			Control bereich = super.createDialogArea(parent);
			deutsch();
			return bereich;
		}

		/** Once open, JFace writes its English default message while no task is named; the German one replaces it. */
		@Override
		public int open() {
			int ergebnis = super.open();
			deutsch();
			return ergebnis;
		}

		private void deutsch() {
			if (messageLabel != null && !messageLabel.isDisposed() && (DEFAULT_MESSAGE.equals(message) || BITTE_WARTEN.equals(message))) {
				// the field too: JFace writes it into the label again once the shell shows
				message = BITTE_WARTEN;
				messageLabel.setText(message);
			}
		}

		@Override
		protected void createCancelButton(Composite parent) {
			super.createCancelButton(parent);
			cancel.setText("Abbrechen");
		}
	}
}
