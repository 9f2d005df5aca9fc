package org.quartierwerk.app.internal.sammlung;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Konflikt;
import org.quartierwerk.sharing.SharedCollection.Stand;
import org.quartierwerk.sharing.SharingException;

/**
 * Sammlung → Status…: what changed here and is not sent, what the others changed (as of the last Abgleich) and where
 * the two conflict; without the network. A workspace that is no shared collection gets the service's German message.
 */
public final class StatusHandler {

	@CanExecute
	public boolean canExecute(@Optional @Service SharedCollection sammlung) {
		return sammlung != null;
	}

	@Execute
	public void execute(Shell shell, @Service SharedCollection sammlung) {
		Stand[] stand = new Stand[1];
		SharingException[] fehler = new SharingException[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				stand[0] = sammlung.status();
			} catch (SharingException e) {
				fehler[0] = e;
			}
		});
		if (fehler[0] != null) {
			MessageDialog.openError(shell, Texte.statusTitel, fehler[0].getMessage());
			return;
		}
		MessageDialog.openInformation(shell, Texte.statusTitel, text(stand[0]));
	}

	/** The state in German, every list "keine" when empty. */
	static String text(Stand stand) {
		List<String> konflikte = stand.konflikte().stream().map(StatusHandler::konflikt).toList();
		return NLS.bind(Texte.statusText, new Object[] { stand.remote(), liste(stand.hier()), liste(stand.vonAnderen()),
				konflikte.isEmpty() ? Texte.keine : "\n" + String.join("\n", konflikte) });
	}

	private static String konflikt(Konflikt k) {
		return NLS.bind(Texte.statusKonflikt, new Object[] { Auffrischung.name(k.datei()), k.ort(), k.basis(), k.meine(), k.ihre() });
	}

	private static String liste(List<String> namen) {
		return namen.isEmpty() ? Texte.keine : String.join(", ", namen);
	}
}
