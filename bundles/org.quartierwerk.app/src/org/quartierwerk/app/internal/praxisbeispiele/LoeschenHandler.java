package org.quartierwerk.app.internal.praxisbeispiele;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;

import jakarta.inject.Named;

/**
 * Datei → Löschen (Entf): after a confirmation naming the project, it goes to the workspace's trash; Bearbeiten →
 * Rückgängig in the navigator brings it back. An open editor of it is closed.
 */
public final class LoeschenHandler extends Praxisbeispielhandler {

	@Execute
	public void execute(Shell shell, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object auswahl,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart aktiv, @Service PraxisbeispielStore store,
			@Translation Messages texte, MApplication application, EPartService parts) {
		Praxisbeispielauswahl ziel = ziel(auswahl, aktiv);
		MPart editor = editor(ziel.name(), parts);
		if (!bestaetigt(shell, texte, ziel, editor != null && editor.isDirty())) {
			return;
		}
		try {
			if (editor != null) {
				schliesse(editor, parts);
			}
			Praxisbeispieloperationen.von(application.getContext(), store).loesche(ziel.name());
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projektLoeschenTitel, e.getMessage());
		}
	}

	/** The confirmation: names the project and says how to get it back; "Abbrechen" is the default. */
	static boolean bestaetigt(Shell shell, Messages texte, Praxisbeispielauswahl ziel, boolean ungespeichert) {
		String frage = Messages.format(texte.projektLoeschenFrage, ziel.titel())
				+ (ungespeichert ? "\n\n" + texte.projektLoeschenUngespeichert : "");
		MessageDialog dialog = new MessageDialog(shell, texte.projektLoeschenTitel, null, frage, MessageDialog.QUESTION, 1,
				texte.projektLoeschen, texte.abbrechen);
		return dialog.open() == 0;
	}
}
