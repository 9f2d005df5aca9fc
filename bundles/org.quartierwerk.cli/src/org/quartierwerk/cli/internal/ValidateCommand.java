package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Praxisbeispiel;

/** {@code quartierwerk pruefen [NAME …]}: checks the workspace's Praxisbeispiele; exit code 1 when any has errors. */
@Component(service = CliCommand.class)
public final class ValidateCommand implements CliCommand {

	@Reference
	private PraxisbeispielStore store;

	@Reference
	private Katalog katalog;

	@Override
	public Description description() {
		return new Description("pruefen", "[NAME ...]", Messages.validateSummary).formerly("validate");
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws StoreException {
		List<String> names = args.isEmpty() ? store.names() : args;
		if (names.isEmpty()) {
			out.println(Messages.validateNothing);
			return OK;
		}
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
			Befund befund = Befund.von(beispiel, katalog);
			List<String> fehler = befund.fehler();
			List<String> warnungen = befund.warnungen();
			if (befund.leer()) {
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
