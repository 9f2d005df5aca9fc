package org.quartierwerk.app.internal.editor;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Bearbeiten → Wiederholen (Ctrl+Y): repeats the change the last undo took back. */
public final class WiederholenHandler {

	@CanExecute
	public boolean canExecute(@Optional EditingDomain domain) {
		return domain != null && domain.getCommandStack().canRedo();
	}

	@Execute
	public void execute(EditingDomain domain) {
		domain.getCommandStack().redo();
	}
}
