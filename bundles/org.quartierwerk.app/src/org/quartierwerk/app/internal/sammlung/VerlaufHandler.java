package org.quartierwerk.app.internal.sammlung;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Sammlung → Verlauf: shows the Verlauf view of the project selected in the navigator. */
public final class VerlaufHandler {

	@Execute
	public void execute(EPartService parts) {
		parts.showPart(VerlaufView.PART_ID, PartState.ACTIVATE);
	}
}
