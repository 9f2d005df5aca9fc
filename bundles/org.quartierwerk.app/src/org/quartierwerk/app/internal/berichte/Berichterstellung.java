package org.quartierwerk.app.internal.berichte;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.MitFortschritt;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportService;

/**
 * Renders a report off the UI thread with a progress dialog; the file appears whole or not at all. The caller checks
 * beforehand that the file lies outside the workspace ({@code WorkspaceLocator.outsideWorkspace}).
 */
public final class Berichterstellung {

	/** What came out: the report's notes (draft, gaps), or why there is no file (German). */
	public record Ausgang(Berichtsergebnis ergebnis, String fehler) {
		public boolean erfolgreich() {
			return fehler == null;
		}
	}

	public static Ausgang erstelle(Shell shell, ReportService reports, Berichtsvorlage vorlage, Praxisbeispiel beispiel,
			Berichtsformat format, Path ziel, String aufgabe) {
		return erstelle(shell, reports, vorlage, beispiel, Map.of(), format, ziel, aufgabe);
	}

	/** As above, with further data for the template, e.g. a course's Teilnahme for its certificate. */
	public static Ausgang erstelle(Shell shell, ReportService reports, Berichtsvorlage vorlage, Praxisbeispiel beispiel,
			Map<String, Object> zusatzdaten, Berichtsformat format, Path ziel, String aufgabe) {
		MitFortschritt.Ausgang<Berichtsergebnis> ausgang = MitFortschritt.fuehreAus(shell, monitor -> {
			monitor.beginTask(aufgabe, IProgressMonitor.UNKNOWN);
			return DurableFile.write(ziel, false, out -> reports.render(vorlage.id(), List.of(beispiel), zusatzdaten, format, out));
		});
		return new Ausgang(ausgang.ergebnis(), ausgang.fehler());
	}

	private Berichterstellung() {
	}
}
