package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.handbuch.Abschnitt;
import org.quartierwerk.handbuch.Handbuch;
import org.quartierwerk.handbuch.Kapitel;

/**
 * {@code quartierwerk hilfe [THEMA]}: the handbook's chapter "Befehlszeile" on the terminal – without a topic the list
 * of its sections (one per command), with a topic that section as plain text, from the same HTML the browser shows.
 * {@code --nach ORDNER} writes the whole handbook there as HTML pages.
 */
@Component(service = CliCommand.class)
public final class HilfeCommand implements CliCommand {

	private static final String NACH = "--nach";

	@Override
	public Description description() {
		return new Description("hilfe", "[THEMA | --nach ORDNER]", Messages.hilfeSummary);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		try {
			if (!args.isEmpty() && args.get(0).equals(NACH)) {
				if (args.size() != 2) {
					err.println(args.size() < 2 ? NLS.bind(Messages.optionNeedsValue, NACH) : Messages.hilfeZuViele);
					return USAGE;
				}
				Path startseite = Handbuch.schreiben(Path.of(args.get(1)));
				out.println(NLS.bind(Messages.hilfeGeschrieben, startseite.toAbsolutePath().normalize()));
				return OK;
			}
			if (args.size() > 1) {
				err.println(Messages.hilfeZuViele);
				return USAGE;
			}
			if (!args.isEmpty() && args.get(0).startsWith("--")) {
				err.println(NLS.bind(Messages.unknownOption, args.get(0), description().name()));
				return USAGE;
			}
			Kapitel kapitel = Handbuch.kapitel(Handbuch.BEFEHLSZEILE).orElseThrow();
			List<Abschnitt> themen = Handbuch.abschnitte(kapitel).stream().filter(a -> !a.anker().isEmpty()).toList();
			if (args.isEmpty()) {
				out.println(Messages.hilfeThemen);
				for (Abschnitt thema : themen) {
					int strich = thema.titel().indexOf(" – ");
					out.printf("  %-18s %s%n", thema.anker(), strich < 0 ? thema.titel() : thema.titel().substring(strich + 3));
				}
				return OK;
			}
			for (Abschnitt thema : themen) {
				if (thema.anker().equals(args.get(0))) {
					out.println(thema.titel());
					out.println();
					out.println(thema.text());
					return OK;
				}
			}
			err.println(NLS.bind(Messages.hilfeUnbekannt, args.get(0), String.join(", ", themen.stream().map(Abschnitt::anker).toList())));
			return USAGE;
		} catch (NoSuchFileException e) {
			err.println(NLS.bind(Messages.hilfeFehlt, e.getMessage()));
			return FAILED;
		}
	}
}
