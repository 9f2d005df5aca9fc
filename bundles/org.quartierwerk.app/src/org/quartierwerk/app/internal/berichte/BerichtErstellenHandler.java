package org.quartierwerk.app.internal.berichte;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.Berichtszeitraum;
import org.quartierwerk.reports.ReportService;

import jakarta.inject.Named;

/**
 * Berichte → Bericht erstellen… (Ctrl+P): a report of the project in the active editor, as it is shown (unsaved changes
 * included), rendered with progress and opened in the system's viewer.
 */
public final class BerichtErstellenHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.getObject() instanceof PraxisbeispielEditor editor && editor.praxisbeispiel() != null;
	}

	@Execute
	public void execute(Shell shell, @Named(IServiceConstants.ACTIVE_PART) MPart part, @Service ReportService reports,
			@Service WorkspaceLocator workspace, @Translation Messages texte) {
		PraxisbeispielEditor editor = (PraxisbeispielEditor) part.getObject();
		List<Berichtsvorlage> vorlagen = reports.vorlagen().stream().filter(v -> !v.sammlung() && v.kurs().isEmpty()).toList();
		BerichtDialog dialog = new BerichtDialog(shell, texte, vorlagen, editor.projekt(), Path.of(System.getProperty("user.home")));
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			workspace.outsideWorkspace(dialog.ziel());
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.berichtTitel, e.getMessage());
			return;
		}
		Map<String, Object> zeitraum = dialog.zeitraum() == null ? Map.of() : Map.of(Berichtszeitraum.APP_CONTEXT_KEY, dialog.zeitraum());
		Berichterstellung.Ausgang ausgang = Berichterstellung.erstelle(shell, reports, dialog.vorlage(), editor.praxisbeispiel(), zeitraum,
				dialog.format(), dialog.ziel(), Messages.format(texte.berichtLaeuft, dialog.vorlage().titel()));
		if (!ausgang.erfolgreich()) {
			MessageDialog.openError(shell, texte.berichtTitel, ausgang.fehler());
			return;
		}
		if (ausgang.ergebnis().entwurf()) {
			List<String> hinweise = ausgang.ergebnis().hinweise();
			MessageDialog.openWarning(shell, texte.berichtTitel, Messages.format(texte.berichtEntwurf,
					String.join("\n", hinweise.subList(0, Math.min(5, hinweise.size())))));
		}
		if (!Program.launch(dialog.ziel().toString())) {
			MessageDialog.openInformation(shell, texte.berichtTitel, Messages.format(texte.berichtGeschrieben, dialog.ziel()));
		}
	}
}
