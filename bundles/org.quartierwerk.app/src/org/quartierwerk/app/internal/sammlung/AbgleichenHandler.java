package org.quartierwerk.app.internal.sammlung;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.MitFortschritt;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Abgleich;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Autor;

/**
 * Sammlung → Abgleichen (Ctrl+Alt+S): saves unsaved editors first (after asking), then commits, fetches, merges and
 * sends under a progress dialog. Conflicts open the {@link Konfliktdialog}; the choice runs the Abgleich again with
 * Meine or Ihre. Afterwards the changed projects' editors and the navigator show the merged files, and a German
 * summary says what was sent and taken. A failure (an unreachable collection, a workspace that is no collection)
 * shows the service's German message; nothing is lost, the changes stay saved here.
 */
public final class AbgleichenHandler {

	@CanExecute
	public boolean canExecute(@Optional @Service SharedCollection sammlung) {
		return sammlung != null;
	}

	@Execute
	public void execute(Shell shell, @Service SharedCollection sammlung, EPartService parts, EModelService models,
			MApplication application) {
		if (!speichere(shell, parts)) {
			return;
		}
		Aufloesung aufloesung = Aufloesung.KEINE;
		List<String> geloest = new ArrayList<>();
		// what was changed here and not sent, also what earlier saves committed: the Abgleich names only what it commits
		List<String> hier = new ArrayList<>();
		while (true) {
			Aufloesung wie = aufloesung;
			MitFortschritt.Ausgang<Abgleich> ausgang = MitFortschritt.fuehreAus(shell, monitor -> {
				monitor.beginTask(Texte.abgleichLaeuft, -1);
				if (wie == Aufloesung.KEINE) {
					hier.addAll(sammlung.status().hier());
				}
				return sammlung.abgleichen(wie, Autor.UNBEKANNT);
			});
			if (ausgang.fehler() != null) {
				MessageDialog.openError(shell, Texte.titel, ausgang.fehler());
				aktualisiereMarken(application);
				return;
			}
			Abgleich abgleich = ausgang.ergebnis();
			if (wie == Aufloesung.KEINE && !abgleich.konflikte().isEmpty()) {
				Konfliktdialog dialog = new Konfliktdialog(shell, abgleich.konflikte());
				if (dialog.open() == Window.CANCEL || dialog.wahl() == null) {
					aktualisiereMarken(application);
					return;
				}
				aufloesung = dialog.wahl();
				abgleich.konflikte().forEach(k -> geloest.add(Auffrischung.name(k.datei()) + " \u203A " + k.ort()));
				continue;
			}
			List<String> geaendert = new ArrayList<>(abgleich.vonAnderen());
			geaendert.addAll(abgleich.zusammengefuehrt());
			Auffrischung.nachAenderung(geaendert, application, parts, models);
			MessageDialog.openInformation(shell, Texte.titel, zusammenfassung(abgleich, hier, geloest));
			return;
		}
	}

	/** Saves the unsaved editors after asking; false when the user declines or a save did not succeed. */
	static boolean speichere(Shell shell, EPartService parts) {
		List<MPart> ungespeichert = new ArrayList<>(parts.getDirtyParts());
		if (ungespeichert.isEmpty()) {
			return true;
		}
		String namen = String.join(", ", ungespeichert.stream().map(MPart::getLabel).toList());
		MessageDialog frage = new MessageDialog(shell, Texte.titel, null, NLS.bind(Texte.ungespeichert, namen), MessageDialog.QUESTION,
				0, Texte.speichernUndAbgleichen, Texte.abbrechen);
		if (frage.open() != 0) {
			return false;
		}
		for (MPart part : ungespeichert) {
			if (!parts.savePart(part, false) || part.isDirty()) {
				MessageDialog.openError(shell, Texte.titel, NLS.bind(Texte.ungespeichertBleibt, part.getLabel()));
				return false;
			}
		}
		return true;
	}

	/** What the Abgleich did, in German; only what happened is said. */
	static String zusammenfassung(Abgleich abgleich, List<String> hier, List<String> geloest) {
		Set<String> eigene = new TreeSet<>(hier);
		eigene.addAll(abgleich.eigene());
		List<String> zeilen = new ArrayList<>();
		zeilen.add(Texte.abgleichFertig);
		if (eigene.isEmpty() && abgleich.vonAnderen().isEmpty() && abgleich.zusammengefuehrt().isEmpty()) {
			zeilen.add(Texte.abgleichNichts);
		}
		if (!eigene.isEmpty() && abgleich.uebertragen()) {
			zeilen.add(NLS.bind(Texte.abgleichGesendet, String.join(", ", eigene)));
		}
		if (!abgleich.vonAnderen().isEmpty()) {
			zeilen.add(NLS.bind(Texte.abgleichVonAnderen, String.join(", ", abgleich.vonAnderen())));
		}
		if (!abgleich.zusammengefuehrt().isEmpty()) {
			zeilen.add(NLS.bind(Texte.abgleichZusammengefuehrt, String.join(", ", abgleich.zusammengefuehrt())));
		}
		if (!geloest.isEmpty()) {
			zeilen.add(NLS.bind(Texte.abgleichKonflikteGeloest, String.join("; ", geloest)));
		}
		if (!abgleich.uebertragen()) {
			zeilen.add(Texte.abgleichNichtUebertragen);
		}
		return String.join("\n", zeilen);
	}

	private static void aktualisiereMarken(MApplication application) {
		if (application.getContext().get(Sammlungsmarken.class) instanceof Sammlungsmarken marken) {
			marken.aktualisiere();
		}
	}
}
