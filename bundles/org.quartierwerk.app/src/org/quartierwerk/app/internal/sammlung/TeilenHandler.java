package org.quartierwerk.app.internal.sammlung;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.MitFortschritt;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Autor;

/**
 * Sammlung → Teilen…: makes the workspace a shared collection at the address given in the {@link TeilenDialog} and
 * sends every project there. Unsaved editors are saved first (after asking); a workspace that is already shared, or a
 * collection there that is not empty, is refused with the service's German message, and the workspace stays as it was.
 */
public final class TeilenHandler {

	@CanExecute
	public boolean canExecute(@Optional @Service SharedCollection sammlung) {
		return sammlung != null;
	}

	@Execute
	public void execute(Shell shell, @Service SharedCollection sammlung, EPartService parts, EModelService models,
			MApplication application) {
		TeilenDialog dialog = new TeilenDialog(shell);
		if (dialog.open() != Window.OK || !AbgleichenHandler.speichere(shell, parts)) {
			return;
		}
		MitFortschritt.Ausgang<String> ausgang = MitFortschritt.fuehreAus(shell, monitor -> {
			monitor.beginTask(Texte.teilenLaeuft, -1);
			return sammlung.teilen(dialog.adresse(), new Autor(dialog.name(), dialog.email()));
		});
		if (ausgang.fehler() != null) {
			MessageDialog.openError(shell, Texte.teilenTitel, ausgang.fehler());
			return;
		}
		Auffrischung.nachAenderung(List.of(), application, parts, models);
		MessageDialog.openInformation(shell, Texte.teilenTitel, NLS.bind(Texte.teilenFertig, ausgang.ergebnis()));
	}
}
