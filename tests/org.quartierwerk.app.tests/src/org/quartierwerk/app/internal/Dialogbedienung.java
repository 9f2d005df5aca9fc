package org.quartierwerk.app.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A person's use of the workbench's dialogs in a test: fields found by their labels, buttons by their texts. */
public final class Dialogbedienung {

	private Dialogbedienung() {
	}

	/**
	 * Does something that opens dialogs and handles them: the first with {@code erster}, any later one (a note, a
	 * warning) by its default button, as a person reading and confirming it would.
	 */
	public static void mitDialogen(RunningWorkbench werkbank, Runnable aktion, Consumer<Shell> erster) {
		Shell haupt = werkbank.shell();
		boolean[] erledigt = new boolean[2]; // first dialog handled, action returned
		Throwable[] fehler = new Throwable[1];
		Runnable[] pruefe = new Runnable[1];
		pruefe[0] = () -> {
			if (erledigt[1] || haupt.isDisposed()) {
				return;
			}
			for (Shell shell : werkbank.display().getShells()) {
				if (shell != haupt && shell.isVisible() && shell.getData("dialogbedienung.handled") == null) {
					if (shell.getData() instanceof ProgressMonitorDialog
							|| erledigt[0] && (shell.getDefaultButton() == null || !shell.getDefaultButton().isEnabled())) {
						continue; // a progress dialog: it closes by itself (also before the dialog the action opens)
					}
					shell.setData("dialogbedienung.handled", Boolean.TRUE);
					if (!erledigt[0]) {
						erledigt[0] = true;
						try {
							erster.accept(shell);
						} catch (RuntimeException | AssertionError e) {
							// the dialog must not stay open, or the action never returns
							fehler[0] = e;
							shell.close();
						}
					} else {
						klicke(shell.getDefaultButton());
					}
				}
			}
			werkbank.display().timerExec(200, pruefe[0]);
		};
		werkbank.display().timerExec(200, pruefe[0]);
		try {
			aktion.run();
		} finally {
			erledigt[1] = true;
		}
		if (fehler[0] instanceof AssertionError e) {
			throw e;
		}
		if (fehler[0] instanceof RuntimeException e) {
			throw e;
		}
	}

	/**
	 * Does something that opens dialogs one after another and handles the n-th with the n-th of {@code dialoge}, which
	 * must close it (by a button, as a person would). Progress dialogs (no enabled default button) close by themselves
	 * and are left alone. A further dialog is closed and fails the test, as does a handler's failure; fewer dialogs
	 * than handlers fail it too.
	 */
	@SafeVarargs
	public static void nacheinander(RunningWorkbench werkbank, Runnable aktion, Consumer<Shell>... dialoge) {
		Shell haupt = werkbank.shell();
		int[] naechster = { 0 };
		boolean[] fertig = { false };
		Throwable[] fehler = new Throwable[1];
		Runnable[] pruefe = new Runnable[1];
		pruefe[0] = () -> {
			if (fertig[0] || haupt.isDisposed()) {
				return;
			}
			for (Shell shell : werkbank.display().getShells()) {
				if (shell == haupt || shell.isDisposed() || !shell.isVisible() || shell.getData("dialogbedienung.handled") != null
						|| shell.getDefaultButton() == null || !shell.getDefaultButton().isEnabled()) {
					continue;
				}
				shell.setData("dialogbedienung.handled", Boolean.TRUE);
				try {
					if (naechster[0] >= dialoge.length) {
						throw new AssertionError("an unexpected dialog: " + shell.getText());
					}
					dialoge[naechster[0]++].accept(shell);
				} catch (RuntimeException | AssertionError e) {
					if (fehler[0] == null) {
						fehler[0] = e;
					}
					if (!shell.isDisposed()) {
						shell.close();
					}
				}
			}
			werkbank.display().timerExec(200, pruefe[0]);
		};
		werkbank.display().timerExec(200, pruefe[0]);
		try {
			aktion.run();
		} finally {
			fertig[0] = true;
		}
		if (fehler[0] instanceof AssertionError e) {
			throw e;
		}
		if (fehler[0] instanceof RuntimeException e) {
			throw e;
		}
		if (naechster[0] != dialoge.length) {
			throw new AssertionError(naechster[0] + " of " + dialoge.length + " dialogs opened");
		}
	}

	/** Every label's text in the dialog, one per line, as a person reads it. */
	public static String texte(Composite composite) {
		StringBuilder text = new StringBuilder();
		for (Control kind : composite.getChildren()) {
			if (kind instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (kind instanceof Composite innen) {
				text.append(texte(innen));
			}
		}
		return text.toString();
	}

	/** The field (text or drop-down) that follows the visible label with this text. */
	public static <C extends Control> C feldNach(Composite parent, String beschriftung, Class<C> typ) {
		Label label = UiTesting.find(parent, Label.class, l -> l.getText().equals(beschriftung) && l.isVisible());
		if (label == null) {
			// a wizard's pages are all there; the label names one field of them
			label = UiTesting.find(parent, Label.class, l -> l.getText().equals(beschriftung));
		}
		assertNotNull(label, "label " + beschriftung + " in " + parent);
		Control[] geschwister = label.getParent().getChildren();
		for (int i = Arrays.asList(geschwister).indexOf(label) + 1; i < geschwister.length; i++) {
			if (typ.isInstance(geschwister[i])) {
				return typ.cast(geschwister[i]);
			}
		}
		throw new AssertionError("no field after " + beschriftung);
	}

	public static Text textNach(Composite parent, String beschriftung) {
		return feldNach(parent, beschriftung, Text.class);
	}

	/** Chooses the entry with this text in a drop-down, as a person does. */
	public static void waehle(Combo combo, String eintrag) {
		int index = Arrays.asList(combo.getItems()).indexOf(eintrag);
		if (index < 0) {
			throw new AssertionError(eintrag + " is not among " + Arrays.toString(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	public static Button knopf(Composite parent, String text) {
		Button button = UiTesting.find(parent, Button.class, b -> b.getText().equals(text) && b.isVisible());
		if (button == null) {
			button = UiTesting.find(parent, Button.class, b -> b.getText().equals(text));
		}
		assertNotNull(button, "button " + text + " in " + parent);
		return button;
	}

	public static void klicke(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("button " + button.getText() + " is disabled");
		}
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}
}
