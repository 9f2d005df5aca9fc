package org.quartierwerk.app.internal.basis;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * JFace's ready-made questions with the workbench's own button texts: without a language pack JFace labels them
 * "Yes", "No" and "Cancel".
 */
public final class Fragen {

	private Fragen() {
	}

	/** A question answered with Ja (the default) or Nein; true for Ja. */
	public static boolean jaNein(Shell shell, Messages texte, String titel, String frage) {
		MessageDialog dialog = new MessageDialog(shell, titel, null, frage, MessageDialog.QUESTION, 0, texte.knopfJa, texte.knopfNein);
		return dialog.open() == 0;
	}

	/** A text typed by the user (OK only while {@code pruefung} accepts it); null when cancelled. */
	public static String eingabe(Shell shell, Messages texte, String titel, String frage, IInputValidator pruefung) {
		InputDialog dialog = new InputDialog(shell, titel, frage, "", pruefung) {
			@Override
			protected void createButtonsForButtonBar(Composite parent) {
				super.createButtonsForButtonBar(parent);
				Button abbrechen = getButton(IDialogConstants.CANCEL_ID);
				abbrechen.setText(texte.abbrechen);
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue() : null;
	}
}
