package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.validierung.Validierung;

/** {@code quartierwerk validate [NAME …]}: checks the workspace's Praxisbeispiele; exit code 1 when any has errors. */
@Component(service = CliCommand.class)
public final class ValidateCommand implements CliCommand {

	@Reference
	private PraxisbeispielStore store;

	@Reference
	private Katalog katalog;

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String arguments() {
		return "[NAME ...]";
	}

	@Override
	public String summary() {
		return Messages.validateSummary;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws StoreException {
		List<String> names = args.isEmpty() ? store.names() : args;
		if (names.isEmpty()) {
			out.println(Messages.validateNothing);
			return OK;
		}
		List<String> modelle = katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
		int fehlerhaft = 0;
		for (String name : names) {
			Praxisbeispiel beispiel;
			try {
				beispiel = store.load(name);
			} catch (StoreException e) {
				out.println(NLS.bind(Messages.validateUnreadable, name, e.getMessage()));
				fehlerhaft++;
				continue;
			}
			Diagnostic befund = Validierung.pruefe(beispiel, modelle);
			List<String> fehler = Validierung.meldungen(befund, Diagnostic.ERROR);
			List<String> warnungen = befund.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.WARNING)
					.map(Diagnostic::getMessage).toList();
			if (fehler.isEmpty() && warnungen.isEmpty()) {
				out.println(NLS.bind(Messages.validateOk, name));
				continue;
			}
			out.println(NLS.bind(Messages.validateFindings, new Object[] { name, fehler.size(), warnungen.size() }));
			fehler.forEach(m -> out.println(NLS.bind(Messages.validateError, m)));
			warnungen.forEach(m -> out.println(NLS.bind(Messages.validateWarning, m)));
			if (!fehler.isEmpty()) {
				fehlerhaft++;
			}
		}
		out.println(NLS.bind(Messages.validateSummaryLine, names.size(), fehlerhaft));
		return fehlerhaft == 0 ? OK : FAILED;
	}
}
