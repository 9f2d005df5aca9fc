package org.quartierwerk.app.internal.basis;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Fenster → a view: brings the view in front of its stack and gives it the focus, so that every view is reached with
 * the keyboard (Alt+F, then its letter), not only by clicking its tab (docs/zugaenglichkeit.md).
 */
public final class AnsichtZeigenHandler {

	/** The command's parameter: the element id of the view to show. */
	public static final String ANSICHT = "org.quartierwerk.app.commandparameter.ansicht";

	@CanExecute
	public boolean canExecute(EPartService parts, @Optional @Named(ANSICHT) String ansicht) {
		return ansicht != null && parts.findPart(ansicht) != null;
	}

	@Execute
	public void execute(EPartService parts, @Named(ANSICHT) String ansicht) {
		parts.showPart(ansicht, PartState.ACTIVATE);
	}
}
