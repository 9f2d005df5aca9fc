package org.quartierwerk.app.internal.editor;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Datei → Speichern (Ctrl+S): saves the active editor. */
public final class SpeichernHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.isDirty();
	}

	@Execute
	public void execute(EPartService parts, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		parts.savePart(part, false);
	}
}
