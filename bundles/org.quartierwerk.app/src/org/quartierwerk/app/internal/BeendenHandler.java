package org.quartierwerk.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Datei → Beenden (Ctrl+Q): closes the workbench, which saves its window state. */
public final class BeendenHandler {

	@Execute
	public void execute(IWorkbench workbench) {
		workbench.close();
	}
}
