package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.InputFiles;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.exchange.Exchange.Uebernahme;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * {@code quartierwerk importieren DATEI|-}: adds the file's Praxisbeispiele to the workspace, all or none, never replacing
 * one and not adding again what is already there unchanged, and checks them.
 */
@Component(service = CliCommand.class)
public final class ImportCommand implements CliCommand {

	@Reference
	private Exchange exchange;

	@Reference
	private Katalog katalog;

	@Override
	public Description description() {
		return new Description("importieren", "DATEI|-", Messages.importSummary).formerly("import").creatingWorkspace();
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() != 1) {
			err.println(Messages.importFileExpected);
			return USAGE;
		}
		String quelle = args.get(0);
		List<Praxisbeispiel> beispiele;
		try {
			beispiele = quelle.equals(InputFiles.STDIN) ? exchange.read(System.in, Messages.importStdin)
					: exchange.read(Path.of(quelle));
		} catch (ExchangeException e) {
			err.println(e.getMessage());
			return FAILED;
		}
		if (beispiele.isEmpty()) {
			out.println(NLS.bind(Messages.importNothing, quelle));
			return OK;
		}
		List<Uebernahme> uebernahmen = exchange.addToWorkspace(beispiele);
		int neu = 0;
		int fehlerhaft = 0;
		for (int i = 0; i < uebernahmen.size(); i++) {
			Uebernahme uebernahme = uebernahmen.get(i);
			if (!uebernahme.neu()) {
				out.println(NLS.bind(Messages.importUnchanged, uebernahme.name()));
				continue;
			}
			neu++;
			Befund befund = Befund.von(beispiele.get(i), katalog);
			String zustand = befund.leer() ? Messages.importOk
					: NLS.bind(Messages.importFindings,
							new Object[] { befund.fehler().size(), befund.warnungen().size(), uebernahme.name() });
			out.println(NLS.bind(Messages.importLine, uebernahme.name(), zustand));
			if (!befund.fehler().isEmpty()) {
				fehlerhaft++;
			}
		}
		out.println(NLS.bind(Messages.importSummaryLine, neu, fehlerhaft)
				+ (neu < uebernahmen.size() ? " " + NLS.bind(Messages.importSummaryUnchanged, uebernahmen.size() - neu) : ""));
		return OK;
	}
}
