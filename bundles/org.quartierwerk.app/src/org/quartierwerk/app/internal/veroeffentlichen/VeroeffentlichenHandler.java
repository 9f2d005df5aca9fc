package org.quartierwerk.app.internal.veroeffentlichen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.MitFortschritt;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.publishing.Publishing;
import org.quartierwerk.publishing.Publishing.Vorschau;

/**
 * Datei → Veröffentlichen… (docs/veroeffentlichen.md): asks the publishing service for its preview, lets the person
 * exclude projects and choose the output in the {@link VeroeffentlichenDialog}, and runs the service under a progress
 * dialog. Every check – the target outside the workspace, an occupied folder, the leak check – is the service's; its
 * German message is shown as it is, and what it refused leaves no output. A web site can then be opened in the system
 * browser.
 */
public final class VeroeffentlichenHandler {

	/**
	 * Context key of what opens the site's {@code index.html}, a {@code Predicate<Path>} that says whether it could;
	 * without one, the system browser ({@link Program#launch(String)}). Tests put their own here, so they need no browser.
	 */
	public static final String OEFFNER = "org.quartierwerk.app.veroeffentlichen.oeffner";

	private static final Predicate<Path> BROWSER = seite -> Program.launch(seite.toUri().toString());

	@CanExecute
	public boolean canExecute(@Optional @Service Publishing publishing) {
		return publishing != null;
	}

	@Execute
	@SuppressWarnings("unchecked")
	public void execute(Shell shell, @Service Publishing publishing, @Service WorkspaceLocator workspace, EPartService parts,
			IEclipseContext context) {
		MitFortschritt.Ausgang<Vorschau> vorschau = MitFortschritt.fuehreAus(shell, monitor -> {
			monitor.beginTask(Texte.vorschauLaeuft, -1);
			return publishing.vorschau(List.of());
		});
		if (vorschau.fehler() != null) {
			MessageDialog.openError(shell, Texte.titel, vorschau.fehler());
			return;
		}
		List<String> ungespeichert = new ArrayList<>(parts.getDirtyParts().stream().map(MPart::getLabel).toList());
		Path neben = neben(workspace);
		VeroeffentlichenDialog dialog = new VeroeffentlichenDialog(shell, vorschau.ergebnis(), neben.resolve("Quartierwerk-Webauftritt"),
				neben.resolve("quartierwerk-veroeffentlichung.json"),
				ungespeichert.isEmpty() ? null : NLS.bind(Texte.ungespeichert, String.join(", ", ungespeichert)));
		if (dialog.open() != Window.OK) {
			return;
		}
		VeroeffentlichenDialog.Auswahl auswahl = dialog.auswahl();
		MitFortschritt.Ausgang<Vorschau> ausgang = MitFortschritt.fuehreAus(shell, monitor -> {
			monitor.beginTask(Texte.laeuft, -1);
			return auswahl.webauftritt() ? publishing.veroeffentlicheWebauftritt(auswahl.ohne(), auswahl.ziel())
					: publishing.veroeffentliche(auswahl.ohne(), auswahl.ziel());
		});
		if (ausgang.fehler() != null) {
			MessageDialog.openError(shell, Texte.titel, ausgang.fehler());
			return;
		}
		Vorschau ergebnis = ausgang.ergebnis();
		int aenderungen = ergebnis.projekte().stream().mapToInt(p -> p.aenderungen().size()).sum();
		StringBuilder text = new StringBuilder();
		Path index = auswahl.ziel().resolve("index.html");
		text.append(NLS.bind(auswahl.webauftritt() ? Texte.webFertig : Texte.jsonFertig, new Object[] { ergebnis.projekte().size(),
				auswahl.webauftritt() ? index : auswahl.ziel(), aenderungen, ergebnis.gesuchteAngaben() }));
		if (!ergebnis.unlesbar().isEmpty()) {
			text.append("\n\n").append(NLS.bind(Texte.unlesbar, String.join("; ", ergebnis.unlesbar())));
		}
		if (!auswahl.webauftritt()) {
			if (ergebnis.unlesbar().isEmpty()) {
				MessageDialog.openInformation(shell, Texte.titel, text.toString());
			} else {
				MessageDialog.openWarning(shell, Texte.titel, text.toString());
			}
			return;
		}
		text.append("\n\n").append(Texte.frageOeffnen);
		MessageDialog frage = new MessageDialog(shell, Texte.titel, null, text.toString(),
				ergebnis.unlesbar().isEmpty() ? MessageDialog.QUESTION : MessageDialog.WARNING, 0, Texte.oeffnen, Texte.schliessen);
		if (frage.open() != 0) {
			return;
		}
		Object eigener = context.get(OEFFNER);
		Predicate<Path> oeffner = eigener instanceof Predicate<?> p ? (Predicate<Path>) p : BROWSER;
		if (!oeffner.test(index)) {
			MessageDialog.openInformation(shell, Texte.titel, NLS.bind(Texte.keinBrowser, index));
		}
	}

	/** The folder beside the workspace, where the output is proposed: never inside it. */
	private static Path neben(WorkspaceLocator workspace) {
		try {
			Path eltern = workspace.folder().toAbsolutePath().normalize().getParent();
			if (eltern != null) {
				return eltern;
			}
		} catch (java.io.IOException e) {
			// the service says what is wrong with the workspace when it runs; the proposal is only a proposal
		}
		return Path.of(System.getProperty("user.home")).toAbsolutePath();
	}
}
