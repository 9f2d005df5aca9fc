package org.quartierwerk.app.internal.praxisbeispiele;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;

import jakarta.inject.Named;

/**
 * Datei → Umbenennen… (F2): a new title and the file name derived from it. An open editor of the project is saved
 * first if the user agrees (else nothing happens), closed and opened again under the new name.
 */
public final class UmbenennenHandler extends Praxisbeispielhandler {

	@Execute
	public void execute(Shell shell, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object auswahl,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart aktiv, @Service PraxisbeispielStore store,
			@Translation Messages texte, MApplication application, EPartService parts, EModelService models) {
		Praxisbeispielauswahl ziel = ziel(auswahl, aktiv);
		Praxisbeispieloperationen operationen = Praxisbeispieloperationen.von(application.getContext(), store);
		TitelDialog dialog = new TitelDialog(shell, texte, texte.projektUmbenennenTitel, texte.projektUmbenennenHinweis,
				ziel.titel(), name -> !name.equals(ziel.name()) && NeuHandler.vergeben(operationen, name));
		if (dialog.open() != Window.OK) {
			return;
		}
		MPart editor = editor(ziel.name(), parts);
		if (editor != null && editor.isDirty()) {
			MessageDialog frage = new MessageDialog(shell, texte.projektUmbenennenTitel, null,
					Messages.format(texte.projektUngespeichert, ziel.titel()), MessageDialog.QUESTION, 0,
					texte.projektSpeichernUmbenennen, texte.abbrechen);
			if (frage.open() != 0 || !parts.savePart(editor, false) || editor.isDirty()) {
				return;
			}
		}
		try {
			if (editor != null) {
				schliesse(editor, parts);
			}
			String neu = operationen.benenneUm(ziel.name(), dialog.titel());
			if (editor != null) {
				EditorOeffner.oeffne(neu, parts, models, application);
			}
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projektUmbenennenTitel, e.getMessage());
		}
	}
}
