package org.quartierwerk.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * {@code quartierwerk exportieren [--format json|csv] [--nach FILE] [NAME …]}: the Praxisbeispiele as Quartierwerk
 * JSON or their overview as CSV; a file is written completely or not at all.
 */
@Component(service = CliCommand.class)
public final class ExportCommand implements CliCommand {

	@Reference
	private PraxisbeispielStore store;

	@Reference
	private Exchange exchange;

	@Reference
	private WorkspaceLocator workspace;

	/** Former option names → current ones. */
	private static final FruehereNamen FRUEHERE_OPTIONEN = new FruehereNamen(Map.of("--out", "--nach"));

	@Override
	public Description description() {
		return new Description("exportieren", "[--format json|csv] [--nach DATEI] [NAME ...]", Messages.exportSummary)
				.formerly("export");
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String format = "json";
		Path ziel = null;
		List<String> namen = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = FRUEHERE_OPTIONEN.name(args.get(i), err);
			if (arg.equals("--format") || arg.equals("--nach")) {
				if (i + 1 >= args.size()) {
					err.println(NLS.bind(Messages.optionNeedsValue, arg));
					return USAGE;
				}
				String wert = args.get(++i);
				if (arg.equals("--nach")) {
					ziel = workspace.outsideWorkspace(Path.of(wert));
				} else {
					format = wert;
				}
			} else if (arg.startsWith("--")) {
				err.println(NLS.bind(Messages.unknownOption, arg, description().name()));
				return USAGE;
			} else {
				namen.add(arg);
			}
		}
		if (!format.equals("json") && !format.equals("csv")) {
			err.println(NLS.bind(Messages.exportUnknownFormat, format));
			return USAGE;
		}
		List<String> vorhanden = store.names();
		for (String name : namen) {
			if (!vorhanden.contains(name)) {
				err.println(NLS.bind(Messages.exportUnknownProject, name));
				return FAILED;
			}
		}
		SequencedMap<String, Praxisbeispiel> beispiele = new LinkedHashMap<>();
		int unlesbar = 0;
		for (String name : namen.isEmpty() ? vorhanden : namen) {
			try {
				beispiele.put(name, store.load(name));
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.validateUnreadable, name, e.getMessage()));
				unlesbar++;
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (format.equals("json")) {
			exchange.writeJson(List.copyOf(beispiele.values()), bytes);
		} else {
			try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
				exchange.writeCsv(beispiele, writer);
			}
		}
		if (ziel == null) {
			out.write(bytes.toByteArray());
			out.flush();
		} else {
			DurableFile.replace(ziel, bytes.toByteArray(), false);
			out.println(NLS.bind(Messages.exportWritten, new Object[] { beispiele.size(), format.toUpperCase(), ziel }));
		}
		if (unlesbar > 0) {
			err.println(NLS.bind(Messages.exportIncomplete, unlesbar));
			return FAILED;
		}
		return OK;
	}
}
