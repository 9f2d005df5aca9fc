package org.quartierwerk.app.internal;

import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Fragen;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.Kursfeature;

/** Kurse → Kurs installieren…: choose the repository, install with progress, restart only when p2 asks for it. */
public final class KursInstallierenHandler {

	@Execute
	public void execute(Shell shell, @Optional CourseService kurse, IWorkbench workbench, @Translation Messages texte) {
		if (kurse == null || !kurse.installierbar()) {
			MessageDialog.openError(shell, texte.kursInstallierenTitel, texte.kursInstallierenNichtVerfuegbar);
			return;
		}
		KursInstallierenDialog dialog = new KursInstallierenDialog(shell, kurse, texte);
		if (dialog.open() != Window.OK || dialog.verzeichnis().isEmpty()) {
			return;
		}
		Kursinstallation.Ausgang ausgang = Kursinstallation.installiere(shell, kurse, dialog.verzeichnis().get(),
				dialog.unverschluesselt(), dialog.vertrauen());
		if (!ausgang.erfolgreich()) {
			MessageDialog.openError(shell, texte.kursInstallierenTitel, fehlermeldung(ausgang, texte));
			return;
		}
		String namen = ausgang.ergebnis().features().stream().map(Kursfeature::name).collect(Collectors.joining("\n"));
		if (ausgang.ergebnis().neustartNoetig()) {
			if (Fragen.jaNein(shell, texte, texte.kursInstallierenTitel, NLS.bind(texte.kursInstalliertNeustart, namen))) {
				workbench.restart();
			}
		} else {
			MessageDialog.openInformation(shell, texte.kursInstallierenTitel, NLS.bind(texte.kursInstalliert, namen));
		}
	}

	/** The installer's message, and for a missing permission how to give it in the dialog. */
	static String fehlermeldung(Kursinstallation.Ausgang ausgang, Messages texte) {
		if (ausgang.grund() == null) {
			return ausgang.fehler();
		}
		return switch (ausgang.grund()) {
		case UNSIGNIERT, UNBEKANNTER_ANBIETER -> ausgang.fehler() + "\n\n" + texte.kursInstallierenHinweisVertrauen;
		case UNVERSCHLUESSELT -> ausgang.fehler() + "\n\n" + texte.kursInstallierenHinweisUnverschluesselt;
		default -> ausgang.fehler();
		};
	}
}
