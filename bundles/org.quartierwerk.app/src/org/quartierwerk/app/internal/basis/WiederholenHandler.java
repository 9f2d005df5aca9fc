package org.quartierwerk.app.internal.basis;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.core.StoreException;

/** Bearbeiten → Wiederholen (Ctrl+Y): repeats the step the last undo of the active part's history took back. */
public final class WiederholenHandler {

	@CanExecute
	public boolean canExecute(@Optional Rueckgaengigbar verlauf) {
		return verlauf != null && verlauf.canRedo();
	}

	@Execute
	public void execute(@Optional Rueckgaengigbar verlauf, Shell shell, @Translation Messages texte) {
		try {
			verlauf.redo();
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projekteTitel, e.getMessage());
		}
	}
}
