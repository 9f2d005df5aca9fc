package org.quartierwerk.app.internal.hilfe;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.handbuch.Handbuch;

import jakarta.inject.Named;

/**
 * Hilfe → Handbuch and F1: writes the handbook into the workspace's {@code .metadata/handbuch/} (a bundle entry is no
 * file a browser can open; renewed on every opening, so the pages belong to the installed version) and opens the
 * section for where the user is ({@link Hilfethemen}) in the system browser.
 */
public final class HandbuchHandler {

	/** The folder of the pages below the workspace's {@code .metadata}. */
	public static final String ORDNER = "handbuch";

	/**
	 * Context key of what opens a page, a {@code Predicate<URI>} that says whether it could; without one, the system
	 * browser ({@link Program#launch(String)}). Tests put their own here, so they need no browser.
	 */
	public static final String OEFFNER = "org.quartierwerk.app.handbuch.oeffner";

	private static final Predicate<URI> BROWSER = adresse -> Program.launch(adresse.toString());

	/** Where the pages go in the given workspace folder. */
	public static Path ordnerIn(Path arbeitsbereich) {
		return arbeitsbereich.resolve(WorkspaceLocator.METADATA).resolve(ORDNER);
	}

	@Execute
	@SuppressWarnings("unchecked")
	public void execute(Shell shell, @Translation Messages texte, @Service WorkspaceLocator workspace, IEclipseContext context,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		Shell hauptfenster = shell;
		while (hauptfenster.getParent() instanceof Shell eltern) {
			hauptfenster = eltern;
		}
		String ziel = Hilfethemen.fuer(hauptfenster, part);
		Path ordner = null;
		try {
			ordner = ordnerIn(workspace.folder());
			Handbuch.schreiben(ordner);
		} catch (NoSuchFileException e) {
			MessageDialog.openError(shell, texte.handbuchTitel, Messages.format(texte.handbuchFehlt, e.getMessage()));
			return;
		} catch (IOException e) {
			MessageDialog.openError(shell, texte.handbuchTitel, Messages.format(texte.handbuchNichtAbgelegt,
					ordner == null ? "–" : ordner.toString(), e.getMessage()));
			return;
		}
		int raute = ziel.indexOf('#');
		Path seite = ordner.resolve(raute < 0 ? ziel : ziel.substring(0, raute));
		URI adresse = URI.create(seite.toUri() + (raute < 0 ? "" : ziel.substring(raute)));
		Object eigener = context.get(OEFFNER);
		Predicate<URI> oeffner = eigener instanceof Predicate<?> p ? (Predicate<URI>) p : BROWSER;
		if (!oeffner.test(adresse)) {
			MessageDialog.openInformation(shell, texte.handbuchTitel, Messages.format(texte.handbuchKeinBrowser, seite));
		}
	}
}
