package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.publishing.Publishing;
import org.quartierwerk.publishing.Publishing.Aenderung;
import org.quartierwerk.publishing.Publishing.Projektaenderungen;
import org.quartierwerk.publishing.Publishing.Vorschau;
import org.quartierwerk.publishing.ZielordnerBelegtException;

/**
 * {@code quartierwerk veroeffentlichen [--vorschau] [--ohne NAME ...] --nach DATEI | --web ORDNER}: the projects without
 * personal data as Quartierwerk JSON or as a static web site, checked for leaks ({@link Publishing}); with
 * {@code --vorschau} only what would be removed.
 */
@Component(service = CliCommand.class)
public final class PublishCommand implements CliCommand {

	@Reference
	private Publishing publishing;

	@Override
	public Description description() {
		return new Description("veroeffentlichen", "[--vorschau] [--ohne NAME ...] --nach DATEI | --web ORDNER", Messages.publishSummary);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean vorschau = false;
		Path ziel = null;
		Path web = null;
		List<String> ohne = new ArrayList<>();
		boolean namen = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--vorschau")) {
				vorschau = true;
				namen = false;
			} else if (arg.equals("--ohne") || arg.equals("--nach") || arg.equals("--web")) {
				if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
					err.println(NLS.bind(Messages.optionNeedsValue, arg));
					return USAGE;
				}
				if (arg.equals("--nach")) {
					ziel = Path.of(args.get(++i));
					namen = false;
				} else if (arg.equals("--web")) {
					web = Path.of(args.get(++i));
					namen = false;
				} else {
					ohne.add(args.get(++i));
					namen = true;
				}
			} else if (arg.startsWith("--")) {
				err.println(NLS.bind(Messages.unknownOption, arg, description().name()));
				return USAGE;
			} else if (namen) {
				ohne.add(arg);
			} else {
				err.println(NLS.bind(Messages.publishUnexpected, arg));
				return USAGE;
			}
		}
		if (ziel != null && web != null) {
			err.println(Messages.publishOneTarget);
			return USAGE;
		}
		if (!vorschau && ziel == null && web == null) {
			err.println(Messages.publishNeedsOut);
			return USAGE;
		}
		Vorschau ergebnis;
		try {
			ergebnis = vorschau ? publishing.vorschau(ohne)
					: web != null ? publishing.veroeffentlicheWebauftritt(ohne, web) : publishing.veroeffentliche(ohne, ziel);
		} catch (ZielordnerBelegtException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		int aenderungen = ergebnis.projekte().stream().mapToInt(p -> p.aenderungen().size()).sum();
		if (vorschau) {
			for (Projektaenderungen projekt : ergebnis.projekte()) {
				zeige(projekt, out);
			}
			if (!ohne.isEmpty()) {
				out.println(NLS.bind(Messages.publishExcluded, String.join(", ", ohne.stream().map(n -> "\u201E" + n + "\u201C").toList())));
			}
			out.println(NLS.bind(Messages.publishPreviewEnd,
					new Object[] { ergebnis.projekte().size(), aenderungen, ergebnis.gesuchteAngaben() }));
		} else if (web != null) {
			out.println(NLS.bind(Messages.publishWebWritten, new Object[] { ergebnis.projekte().size(),
					web.toAbsolutePath().normalize().resolve("index.html"), aenderungen, ergebnis.gesuchteAngaben() }));
		} else {
			out.println(NLS.bind(Messages.publishWritten, new Object[] { ergebnis.projekte().size(),
					ziel.toAbsolutePath().normalize(), aenderungen, ergebnis.gesuchteAngaben() }));
		}
		for (String unlesbar : ergebnis.unlesbar()) {
			err.println(NLS.bind(Messages.publishUnreadable, unlesbar));
		}
		if (!ergebnis.unlesbar().isEmpty()) {
			err.println(NLS.bind(Messages.publishIncomplete, ergebnis.unlesbar().size()));
			return FAILED;
		}
		return OK;
	}

	private static void zeige(Projektaenderungen projekt, PrintStream out) {
		if (projekt.aenderungen().isEmpty()) {
			out.println(NLS.bind(Messages.publishNothing, projekt.projekt()));
			return;
		}
		out.println(NLS.bind(Messages.publishProject, projekt.projekt(), projekt.aenderungen().size()));
		for (Aenderung a : projekt.aenderungen()) {
			String ersatz = a.ersatz().isEmpty() ? Messages.publishRemoved : a.ersatz();
			out.println(NLS.bind(Messages.publishChange, new Object[] { a.feld(), a.bisher().strip().replaceAll("\\s+", " "), ersatz }));
		}
	}
}
