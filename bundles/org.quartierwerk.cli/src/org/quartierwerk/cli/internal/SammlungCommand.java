package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Abgleich;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Autor;
import org.quartierwerk.sharing.SharedCollection.Konflikt;
import org.quartierwerk.sharing.SharedCollection.Stand;
import org.quartierwerk.sharing.SharedCollection.Verlaufseintrag;

/**
 * {@code quartierwerk sammlung teilen|beitreten|abgleichen|status|konflikte|verlauf|wiederherstellen}: the workspace as a
 * collection shared on Git ({@link SharedCollection}, docs/sammlung.md).
 */
@Component(service = CliCommand.class)
public final class SammlungCommand implements CliCommand {

	private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());
	private static final Set<String> MIT_WERT = Set.of("--remote", "--autor", "--email", "--stand");

	@Reference
	private SharedCollection sammlung;

	@Reference
	private WorkspaceLocator workspace;

	@Override
	public Description description() {
		return new Description("sammlung", "teilen|beitreten|abgleichen|status|konflikte|verlauf|wiederherstellen \u2026",
				Sammlungstexte.summary).creatingWorkspace();
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.isEmpty()) {
			err.println(Sammlungstexte.usage);
			return USAGE;
		}
		String aktion = args.get(0);
		Map<String, String> optionen = new HashMap<>();
		List<String> woerter = new ArrayList<>();
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (MIT_WERT.contains(arg)) {
				if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
					err.println(NLS.bind(Messages.optionNeedsValue, arg));
					return USAGE;
				}
				optionen.put(arg, args.get(++i));
			} else if (arg.equals("--meine") || arg.equals("--ihre")) {
				optionen.put(arg, "");
			} else if (arg.startsWith("--")) {
				err.println(NLS.bind(Messages.unknownOption, arg, "sammlung " + aktion));
				return USAGE;
			} else {
				woerter.add(arg);
			}
		}
		Autor autor = new Autor(optionen.get("--autor"), optionen.get("--email"));
		return switch (aktion) {
		case "teilen" -> teilen(optionen, woerter, autor, out, err);
		case "beitreten" -> beitreten(woerter, autor, out, err);
		case "abgleichen" -> abgleichen(optionen, woerter, autor, out, err);
		case "status" -> woerter.isEmpty() ? status(out, false) : falsch(err);
		case "konflikte" -> woerter.isEmpty() ? status(out, true) : falsch(err);
		case "verlauf" -> woerter.size() == 1 ? verlauf(woerter.get(0), out) : falsch(err);
		case "wiederherstellen" -> wiederherstellen(optionen, woerter, autor, out, err);
		default -> {
			err.println(NLS.bind(Sammlungstexte.unknownAction, aktion));
			err.println(Sammlungstexte.usage);
			yield USAGE;
		}
		};
	}

	private int teilen(Map<String, String> optionen, List<String> woerter, Autor autor, PrintStream out, PrintStream err)
			throws Exception {
		String remote = optionen.get("--remote");
		if (remote == null || !woerter.isEmpty()) {
			err.println(Sammlungstexte.teilenUsage);
			return USAGE;
		}
		String adresse = sammlung.teilen(remote, autor);
		out.println(NLS.bind(Sammlungstexte.geteilt, workspace.location(), adresse));
		return OK;
	}

	private int beitreten(List<String> woerter, Autor autor, PrintStream out, PrintStream err) throws Exception {
		if (woerter.size() != 1) {
			err.println(Sammlungstexte.beitretenUsage);
			return USAGE;
		}
		Path ordner = workspace.location();
		String adresse = sammlung.beitreten(woerter.get(0), ordner, autor);
		out.println(NLS.bind(Sammlungstexte.beigetreten, adresse, ordner));
		return OK;
	}

	private int abgleichen(Map<String, String> optionen, List<String> woerter, Autor autor, PrintStream out,
			PrintStream err) throws Exception {
		if (!woerter.isEmpty() || (optionen.containsKey("--meine") && optionen.containsKey("--ihre"))) {
			err.println(Sammlungstexte.abgleichenUsage);
			return USAGE;
		}
		Aufloesung aufloesung = optionen.containsKey("--meine") ? Aufloesung.MEINE
				: optionen.containsKey("--ihre") ? Aufloesung.IHRE : Aufloesung.KEINE;
		Abgleich abgleich = sammlung.abgleichen(aufloesung, autor);
		liste(Sammlungstexte.eigene, abgleich.eigene(), out);
		liste(Sammlungstexte.vonAnderen, abgleich.vonAnderen(), out);
		liste(Sammlungstexte.zusammengefuehrt, abgleich.zusammengefuehrt(), out);
		konflikte(abgleich.konflikte(), out);
		if (!abgleich.uebertragen()) {
			err.println(NLS.bind(Sammlungstexte.nichtZusammengefuehrt, abgleich.konflikte().size()));
			return FAILED;
		}
		if (!abgleich.konflikte().isEmpty()) {
			out.println(NLS.bind(aufloesung == Aufloesung.MEINE ? Sammlungstexte.aufgeloestMeine : Sammlungstexte.aufgeloestIhre,
					abgleich.konflikte().size()));
		}
		out.println(Sammlungstexte.aktuell);
		return OK;
	}

	private int status(PrintStream out, boolean nurKonflikte) throws Exception {
		Stand stand = sammlung.status();
		if (!nurKonflikte) {
			out.println(NLS.bind(Sammlungstexte.remote, stand.remote()));
			liste(Sammlungstexte.hier, stand.hier(), out);
			liste(Sammlungstexte.vonAnderenGeholt, stand.vonAnderen(), out);
		}
		konflikte(stand.konflikte(), out);
		if (stand.konflikte().isEmpty()) {
			out.println(Sammlungstexte.keineKonflikte);
		}
		return OK;
	}

	private int verlauf(String name, PrintStream out) throws Exception {
		for (Verlaufseintrag eintrag : sammlung.verlauf(name)) {
			out.println(NLS.bind(Sammlungstexte.verlaufKopf,
					new Object[] { eintrag.stand(), DATUM.format(eintrag.zeit()), eintrag.autor(), eintrag.nachricht() }));
			for (String aenderung : eintrag.aenderungen()) {
				out.println("    " + aenderung);
			}
		}
		return OK;
	}

	private int wiederherstellen(Map<String, String> optionen, List<String> woerter, Autor autor, PrintStream out,
			PrintStream err) throws Exception {
		String stand = optionen.get("--stand");
		if (woerter.size() != 1 || stand == null) {
			err.println(Sammlungstexte.wiederherstellenUsage);
			return USAGE;
		}
		String wann = sammlung.wiederherstellen(woerter.get(0), stand, autor);
		out.println(NLS.bind(Sammlungstexte.wiederhergestellt, new Object[] { woerter.get(0), stand, wann }));
		return OK;
	}

	private static void liste(String kopf, List<String> namen, PrintStream out) {
		out.println(NLS.bind(kopf, namen.isEmpty() ? Sammlungstexte.keine
				: String.join(", ", namen.stream().map(n -> "\u201E" + n + "\u201C").toList())));
	}

	private static void konflikte(List<Konflikt> konflikte, PrintStream out) {
		for (Konflikt k : konflikte) {
			out.println(NLS.bind(Sammlungstexte.konflikt, k.datei(), k.ort()));
			out.println(NLS.bind(Sammlungstexte.konfliktWerte, new Object[] { k.basis(), k.meine(), k.ihre() }));
		}
	}

	private static int falsch(PrintStream err) {
		err.println(Sammlungstexte.usage);
		return USAGE;
	}
}
