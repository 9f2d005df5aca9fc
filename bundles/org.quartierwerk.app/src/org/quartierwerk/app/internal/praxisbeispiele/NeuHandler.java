package org.quartierwerk.app.internal.praxisbeispiele;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;

/** Datei → Neues Praxisbeispiel… (Ctrl+N): asks the title, creates the project and opens its editor. */
public final class NeuHandler {

	@Execute
	public void execute(Shell shell, @Service PraxisbeispielStore store, @Translation Messages texte, MApplication application,
			EPartService parts, EModelService models) {
		Praxisbeispieloperationen operationen = Praxisbeispieloperationen.von(application.getContext(), store);
		TitelDialog dialog = new TitelDialog(shell, texte, texte.projektNeuTitel, texte.projektNeuHinweis, "",
				name -> vergeben(operationen, name));
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			String name = operationen.neu(dialog.titel());
			EditorOeffner.oeffne(name, parts, models, application);
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projektNeuTitel, e.getMessage());
		}
	}

	static boolean vergeben(Praxisbeispieloperationen operationen, String name) {
		try {
			return operationen.gibtEs(name);
		} catch (StoreException e) {
			return true;
		}
	}
}
