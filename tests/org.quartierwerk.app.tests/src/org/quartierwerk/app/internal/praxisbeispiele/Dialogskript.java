package org.quartierwerk.app.internal.praxisbeispiele;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Answers the modal dialogs a handler opens, in order, as a user would: by their title, with the real widgets. */
public final class Dialogskript {

	private record Schritt(String titel, Consumer<Shell> antwort) {
	}

	private final Display display;
	private final Deque<Schritt> schritte = new ArrayDeque<>();
	private final StringBuilder gesehen = new StringBuilder();

	public Dialogskript(Display display) {
		this.display = display;
	}

	/** When a dialog with this title is open: the answer. */
	public Dialogskript dann(String titel, Consumer<Shell> antwort) {
		schritte.add(new Schritt(titel, antwort));
		return this;
	}

	/** Starts watching; call before the handler opens its first dialog. */
	public Dialogskript los() {
		display.timerExec(100, this::schaue);
		return this;
	}

	public boolean fertig() {
		return schritte.isEmpty();
	}

	/** The texts of all labels of the dialogs answered, for assertions. */
	public String gesehen() {
		return gesehen.toString();
	}

	private void schaue() {
		Schritt schritt = schritte.peek();
		if (schritt == null) {
			return;
		}
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && schritt.titel().equals(shell.getText())) {
				schritte.pop();
				sammle(shell);
				schritt.antwort().accept(shell);
				break;
			}
		}
		display.timerExec(100, this::schaue);
	}

	private void sammle(Composite composite) {
		for (Control control : composite.getChildren()) {
			if (control instanceof Label label) {
				gesehen.append(label.getText()).append('\n');
			} else if (control instanceof Composite inner) {
				sammle(inner);
			}
		}
	}

	/** Presses the button with this text (mnemonic included). */
	public static void druecke(Shell shell, String text) {
		Button button = finde(shell, Button.class, b -> b.getText().equals(text));
		if (button == null) {
			throw new AssertionError("no button " + text + " in " + shell.getText());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	public static <C extends Control> C finde(Composite composite, Class<C> typ, java.util.function.Predicate<C> passt) {
		for (Control control : composite.getChildren()) {
			if (typ.isInstance(control) && passt.test(typ.cast(control))) {
				return typ.cast(control);
			}
			if (control instanceof Composite inner) {
				C gefunden = finde(inner, typ, passt);
				if (gefunden != null) {
					return gefunden;
				}
			}
		}
		return null;
	}
}
