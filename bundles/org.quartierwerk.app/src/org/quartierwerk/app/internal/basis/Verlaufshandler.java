package org.quartierwerk.app.internal.basis;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.core.StoreException;

/**
 * Bearbeiten → Rückgängig and Wiederholen: one step of the active part's history ({@link Rueckgaengigbar} in its
 * context) – a change in the editor, a workspace operation in the navigator – back or again. A step that fails says
 * why and changes nothing.
 */
abstract class Verlaufshandler {

	abstract boolean moeglich(Rueckgaengigbar verlauf);

	abstract void schritt(Rueckgaengigbar verlauf) throws StoreException;

	@CanExecute
	public boolean canExecute(@Optional Rueckgaengigbar verlauf) {
		return verlauf != null && moeglich(verlauf);
	}

	@Execute
	public void execute(@Optional Rueckgaengigbar verlauf, Shell shell, @Translation Messages texte) {
		try {
			schritt(verlauf);
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projekteTitel, e.getMessage());
		}
	}
}
