package org.quartierwerk.app.internal.editor;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.Messages;
import org.quartierwerk.app.internal.projekte.Projekthandler;
import org.quartierwerk.app.internal.projekte.Projektoperationen;

/**
 * Bearbeiten → Rückgängig (Ctrl+Z): takes back the last change of the active editor, or in the navigator the last
 * project operation.
 */
public final class RueckgaengigHandler {

	@CanExecute
	public boolean canExecute(@Optional EditingDomain domain, @Optional Projektoperationen projekte) {
		if (domain == null) {
			// the navigator is active: its workspace operations
			return projekte != null && projekte.kannRueckgaengig();
		}
		return domain.getCommandStack().canUndo();
	}

	@Execute
	public void execute(@Optional EditingDomain domain, @Optional Projektoperationen projekte, Shell shell,
			@Translation Messages texte) {
		if (domain == null) {
			Projekthandler.rueckgaengig(projekte, shell, texte);
			return;
		}
		domain.getCommandStack().undo();
	}
}
