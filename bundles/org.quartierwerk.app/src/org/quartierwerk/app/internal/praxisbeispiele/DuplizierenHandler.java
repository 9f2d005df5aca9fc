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
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;

import jakarta.inject.Named;

/** Datei → Duplizieren (Ctrl+Shift+D): a copy of the selected project, "… (Kopie)", as saved, opened in its editor. */
public final class DuplizierenHandler extends Praxisbeispielhandler {

	@Execute
	public void execute(Shell shell, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object auswahl,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart aktiv, @Service PraxisbeispielStore store,
			@Translation Messages texte, MApplication application, EPartService parts, EModelService models) {
		Praxisbeispielauswahl ziel = ziel(auswahl, aktiv);
		try {
			String kopie = Praxisbeispieloperationen.von(application.getContext(), store).dupliziere(ziel.name());
			EditorOeffner.oeffne(kopie, parts, models, application);
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projekteTitel, e.getMessage());
		}
	}
}
