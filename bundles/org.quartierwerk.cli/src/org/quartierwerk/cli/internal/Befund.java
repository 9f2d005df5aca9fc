package org.quartierwerk.cli.internal;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.validierung.Validierung;

/**
 * What the check of one Praxisbeispiel found, by severity (docs/fachmodell.md §7), counted the same way by every
 * command that reports it.
 */
record Befund(List<String> fehler, List<String> warnungen, List<String> hinweise) {

	static Befund von(Praxisbeispiel beispiel, Katalog katalog) {
		List<String> modelle = katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
		Diagnostic diagnostic = Validierung.pruefe(beispiel, modelle);
		return new Befund(meldungen(diagnostic, Diagnostic.ERROR), meldungen(diagnostic, Diagnostic.WARNING),
				meldungen(diagnostic, Diagnostic.INFO));
	}

	/** No Fehler and no Warnung; Hinweise are help, not a finding against the project. */
	boolean leer() {
		return fehler.isEmpty() && warnungen.isEmpty();
	}

	private static List<String> meldungen(Diagnostic diagnostic, int schwere) {
		return diagnostic.getChildren().stream().filter(d -> d.getSeverity() == schwere).map(Diagnostic::getMessage).toList();
	}
}
