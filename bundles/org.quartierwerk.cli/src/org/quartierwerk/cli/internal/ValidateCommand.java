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

/**
 * {@code quartierwerk pruefen [--hinweise] [NAME …]}: checks the workspace's Praxisbeispiele and lists their Fehler and
 * Warnungen; Hinweise are counted, and listed with {@code --hinweise}. Exit code 1 when any has a Fehler.
 */
@Component(service = CliCommand.class)
public final class ValidateCommand implements CliCommand {

	@Reference
	private PraxisbeispielStore store;

	@Reference
	private Katalog katalog;

	@Override
	public Description description() {
		return new Description("pruefen", "[--hinweise] [NAME ...]", Messages.validateSummary).formerly("validate");
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws StoreException {
		boolean hinweiseZeigen = args.contains("--hinweise");
		List<String> namen = args.stream().filter(a -> !a.equals("--hinweise")).toList();
		for (String arg : namen) {
			if (arg.startsWith("--")) {
				err.println(NLS.bind(Messages.unknownOption, arg, description().name()));
				return USAGE;
			}
		}
		List<String> names = namen.isEmpty() ? store.names() : namen;
		if (names.isEmpty()) {
			out.println(Messages.validateNothing);
			return OK;
		}
		int fehlerhaft = 0;
		int gezaehlteHinweise = 0;
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
			List<String> hinweise = befund.hinweise();
			gezaehlteHinweise += hinweise.size();
			if (befund.leer() && hinweise.isEmpty()) {
				out.println(NLS.bind(Messages.validateOk, name));
				continue;
			}
			out.println(NLS.bind(Messages.validateFindings, new Object[] { name, fehler.size(), warnungen.size(), hinweise.size() }));
			fehler.forEach(m -> out.println(NLS.bind(Messages.validateError, m)));
			warnungen.forEach(m -> out.println(NLS.bind(Messages.validateWarning, m)));
			if (hinweiseZeigen) {
				hinweise.forEach(m -> out.println(NLS.bind(Messages.validateHint, m)));
			}
			if (!fehler.isEmpty()) {
				fehlerhaft++;
			}
		}
		out.println(NLS.bind(Messages.validateSummaryLine, names.size(), fehlerhaft));
		if (!hinweiseZeigen && gezaehlteHinweise > 0) {
			out.println(NLS.bind(Messages.validateHintsHidden, gezaehlteHinweise));
		}
		return fehlerhaft == 0 ? OK : FAILED;
	}
}
