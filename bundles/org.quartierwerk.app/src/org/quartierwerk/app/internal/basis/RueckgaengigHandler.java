package org.quartierwerk.app.internal.basis;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.core.StoreException;

/**
 * Bearbeiten → Rückgängig (Ctrl+Z): takes back the last step of the active part's history – a change in the editor,
 * a workspace operation in the navigator.
 */
public final class RueckgaengigHandler {

	@CanExecute
	public boolean canExecute(@Optional Rueckgaengigbar verlauf) {
		return verlauf != null && verlauf.canUndo();
	}

	@Execute
	public void execute(@Optional Rueckgaengigbar verlauf, Shell shell, @Translation Messages texte) {
		try {
			verlauf.undo();
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projekteTitel, e.getMessage());
		}
	}
}
