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
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.courses.installer.CourseInstaller.CourseFeature;
import org.quartierwerk.courses.installer.CourseInstaller;

/** Kurse → Kurs installieren…: choose the repository, install with progress, restart only when p2 asks for it. */
public final class KursInstallierenHandler {

	@Execute
	public void execute(Shell shell, @Optional CourseInstaller installer, IWorkbench workbench, @Translation Messages texte) {
		if (installer == null) {
			MessageDialog.openError(shell, texte.kursInstallierenTitel, texte.kursInstallierenNichtVerfuegbar);
			return;
		}
		KursInstallierenDialog dialog = new KursInstallierenDialog(shell, texte);
		if (dialog.open() != Window.OK || dialog.repository().isEmpty()) {
			return;
		}
		Kursinstallation.Ausgang ausgang = Kursinstallation.installiere(shell, installer, dialog.repository().get(), dialog.trust());
		if (!ausgang.erfolgreich()) {
			MessageDialog.openError(shell, texte.kursInstallierenTitel, fehlermeldung(ausgang, texte));
			return;
		}
		String kurse = ausgang.result().features().stream().map(CourseFeature::name).collect(Collectors.joining("\n"));
		if (ausgang.result().restartNeeded()) {
			if (MessageDialog.openQuestion(shell, texte.kursInstallierenTitel, NLS.bind(texte.kursInstalliertNeustart, kurse))) {
				workbench.restart();
			}
		} else {
			MessageDialog.openInformation(shell, texte.kursInstallierenTitel, NLS.bind(texte.kursInstalliert, kurse));
		}
	}

	/** The installer's message, and for a missing permission how to give it in the dialog. */
	static String fehlermeldung(Kursinstallation.Ausgang ausgang, Messages texte) {
		if (ausgang.grund() == null) {
			return ausgang.fehler();
		}
		return switch (ausgang.grund()) {
		case UNSIGNED, UNKNOWN_SIGNER -> ausgang.fehler() + "\n\n" + texte.kursInstallierenHinweisVertrauen;
		case PLAIN_HTTP -> ausgang.fehler() + "\n\n" + texte.kursInstallierenHinweisUnverschluesselt;
		default -> ausgang.fehler();
		};
	}
}
