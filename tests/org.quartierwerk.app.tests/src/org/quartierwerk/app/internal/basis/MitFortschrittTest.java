package org.quartierwerk.app.internal.basis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The progress dialog of long work speaks German: its title, its message before the work names a task, its button. */
class MitFortschrittTest {

	@Test
	void theProgressDialogSpeaksGerman() {
		Display display = Display.getDefault();
		Shell haupt = new Shell(display);
		CountDownLatch gesehen = new CountDownLatch(1);
		List<String> texte = new ArrayList<>();
		Runnable[] suche = new Runnable[1];
		suche[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof ProgressMonitorDialog && shell.isVisible()) {
					texte.add(shell.getText());
					sammle(shell, texte);
					gesehen.countDown();
					return;
				}
			}
			display.timerExec(50, suche[0]);
		};
		display.timerExec(50, suche[0]);
		try {
			MitFortschritt.Ausgang<String> ausgang = MitFortschritt.fuehreAus(haupt, monitor -> {
				// the work waits until the dialog was looked at (at most a minute), then ends
				return gesehen.await(60, TimeUnit.SECONDS) ? "fertig" : "nicht gesehen";
			});
			assertEquals("fertig", ausgang.ergebnis());
			assertNull(ausgang.fehler());
		} finally {
			haupt.dispose();
		}
		assertEquals("Quartierwerk arbeitet", texte.get(0));
		assertTrue(texte.contains("Bitte warten \u2026"), texte::toString);
		assertTrue(texte.contains("Abbrechen"), texte::toString);
		assertTrue(texte.stream().noneMatch(t -> t.contains("Progress") || t.contains("Operation") || t.equals("Cancel")),
				texte::toString);
	}

	private static void sammle(Composite teil, List<String> texte) {
		for (Control kind : teil.getChildren()) {
			if (kind instanceof Label label) {
				texte.add(label.getText());
			} else if (kind instanceof Button knopf) {
				texte.add(knopf.getText());
			} else if (kind instanceof Composite innen) {
				sammle(innen, texte);
			}
		}
	}
}
