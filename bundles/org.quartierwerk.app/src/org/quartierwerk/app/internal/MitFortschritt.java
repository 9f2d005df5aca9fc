package org.quartierwerk.app.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs long work (a report, a p2 change) off the UI thread under a modal progress dialog and hands back its result,
 * or the message of the checked exception that stopped it. Not cancelable: each piece of work either completes or
 * changes nothing.
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
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				try {
					ergebnis.set(arbeit.tue(monitor));
				} catch (RuntimeException e) {
					throw e; // a defect, reported with its type below
				} catch (Exception e) {
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
		return new Ausgang<>(ergebnis.get(), fehler.get());
	}

	private MitFortschritt() {
	}
}
