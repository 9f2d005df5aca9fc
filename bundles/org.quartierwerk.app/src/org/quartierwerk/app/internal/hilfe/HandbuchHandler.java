package org.quartierwerk.app.internal.hilfe;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.core.WorkspaceLocator;

/** Hilfe → Handbuch (F1): writes the handbook into the workspace and opens its start page in the system browser. */
public final class HandbuchHandler {

	/**
	 * Context key of what opens the start page, a {@code Predicate<Path>} that says whether it could; without one, the
	 * system browser ({@link Program#launch(String)}). Tests put their own here, so they need no browser.
	 */
	public static final String OEFFNER = "org.quartierwerk.app.handbuch.oeffner";

	private static final Predicate<Path> BROWSER = seite -> Program.launch(seite.toUri().toString());

	@Execute
	@SuppressWarnings("unchecked")
	public void execute(Shell shell, @Translation Messages texte, @Service WorkspaceLocator workspace, IEclipseContext context) {
		Path ordner = null;
		Path startseite;
		try {
			ordner = Handbuch.ordnerIn(workspace.folder());
			startseite = Handbuch.auspacken(ordner);
		} catch (NoSuchFileException e) {
			MessageDialog.openError(shell, texte.handbuchTitel, Messages.format(texte.handbuchFehlt, e.getMessage()));
			return;
		} catch (IOException e) {
			MessageDialog.openError(shell, texte.handbuchTitel, Messages.format(texte.handbuchNichtAbgelegt,
					ordner == null ? "–" : ordner.toString(), e.getMessage()));
			return;
		}
		Object eigener = context.get(OEFFNER);
		Predicate<Path> oeffner = eigener instanceof Predicate<?> p ? (Predicate<Path>) p : BROWSER;
		if (!oeffner.test(startseite)) {
			MessageDialog.openInformation(shell, texte.handbuchTitel, Messages.format(texte.handbuchKeinBrowser, startseite));
		}
	}
}
