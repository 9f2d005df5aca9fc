package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.model.Praxisbeispiel;

/** {@code quartierwerk import FILE}: adds the file's Praxisbeispiele to the workspace, never replacing one, and checks them. */
@Component(service = CliCommand.class)
public final class ImportCommand implements CliCommand {

	@Reference
	private Exchange exchange;

	@Reference
	private Katalog katalog;

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String arguments() {
		return "DATEI";
	}

	@Override
	public String summary() {
		return Messages.importSummary;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() != 1) {
			err.println(Messages.importFileExpected);
			return USAGE;
		}
		Path file = Path.of(args.get(0));
		List<Praxisbeispiel> beispiele;
		try {
			beispiele = exchange.read(file);
		} catch (ExchangeException e) {
			err.println(e.getMessage());
			return FAILED;
		}
		if (beispiele.isEmpty()) {
			out.println(NLS.bind(Messages.importNothing, file));
			return OK;
		}
		List<String> namen = exchange.addToWorkspace(beispiele);
		int fehlerhaft = 0;
		for (int i = 0; i < namen.size(); i++) {
			Befund befund = Befund.von(beispiele.get(i), katalog);
			String zustand = befund.leer() ? Messages.importOk
					: NLS.bind(Messages.importFindings, new Object[] { befund.fehler().size(), befund.warnungen().size(), namen.get(i) });
			out.println(NLS.bind(Messages.importLine, namen.get(i), zustand));
			if (!befund.fehler().isEmpty()) {
				fehlerhaft++;
			}
		}
		out.println(NLS.bind(Messages.importSummaryLine, namen.size(), fehlerhaft));
		return OK;
	}
}
