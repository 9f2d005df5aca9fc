package org.quartierwerk.app.internal.editor;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Bearbeiten → Rückgängig (Ctrl+Z): takes back the last change of the active editor. */
public final class RueckgaengigHandler {

	@CanExecute
	public boolean canExecute(@Optional EditingDomain domain) {
		return domain != null && domain.getCommandStack().canUndo();
	}

	@Execute
	public void execute(EditingDomain domain) {
		domain.getCommandStack().undo();
	}
}
