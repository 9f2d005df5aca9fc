package org.quartierwerk.app.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.core.WorkspaceLocator;

/** Hilfe → Über Quartierwerk: the version of this installation. */
public final class UeberHandler {

	@Execute
	public void execute(Shell shell, @Translation Messages texte, @Service WorkspaceLocator workspace) {
		Path arbeitsbereich;
		try {
			arbeitsbereich = workspace.folder();
		} catch (IOException e) {
			arbeitsbereich = null; // the dialog says "–"; the navigator reports the unreadable workspace
		}
		new UeberDialog(shell, texte, FrameworkUtil.getBundle(UeberHandler.class).getVersion(), arbeitsbereich).open();
	}
}
