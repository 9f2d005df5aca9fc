package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.Installation;
import org.quartierwerk.courses.Kursanbieter;
import org.quartierwerk.courses.Kursfeature;
import org.quartierwerk.courses.model.Kurs;

/**
 * {@code quartierwerk kurs liste|installieren|deinstallieren|vertrauen|vorgaben}: trainers add and remove courses from a
 * p2 repository and set their own Vorgaben (requirements and checklist points beyond what the course's source gives). A failure is one German message (plus how to give a missing permission) and exit code 1; with
 * {@value #DEBUG} set, the failure beneath follows. The English names of before still work, with a hint.
 */
@Component(service = CliCommand.class)
public final class KursCommand implements CliCommand {

	/** The trainer's explicit permission to read a course repository over unencrypted http. */
	private static final String UNVERSCHLUESSELT = "--unverschluesselt";
	private static final String VERZEICHNIS = "--verzeichnis";
	private static final String VERTRAUEN = "--vertrauen";
	/** Set (to anything) to see the failure beneath a message on stderr. */
	private static final String DEBUG = "QUARTIERWERK_DEBUG";
	private static final FruehereNamen FRUEHER = new FruehereNamen(Map.of("list", "liste", "install", "installieren", "uninstall",
			"deinstallieren", "trust", "vertrauen", "--repo", VERZEICHNIS, "--trust", VERTRAUEN));

	@Reference
	private CourseService kurse;

	@Override
	public Description description() {
		return new Description("kurs", "liste [--verzeichnis PFAD|URL [--unverschluesselt]] | installieren --verzeichnis PFAD|URL "
				+ "[--vertrauen] [--unverschluesselt] [FEATURE ...] | deinstallieren KURS | vertrauen SIGNATURZERTIFIKAT | vorgaben KURS "
				+ "[--datei DATEI | --anforderung ART [--beschreibung TEXT] | --punkt FRAGE [--erfassen TEXT]]",
				Messages.kursSummary);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String action = args.isEmpty() ? "" : FRUEHER.name(args.get(0), err);
		List<String> rest = args.isEmpty() ? List.of() : FRUEHER.optionen(args.subList(1, args.size()), err);
		try {
			return switch (action) {
			case "liste" -> liste(rest, out, err);
			case "installieren" -> installiere(rest, out, err);
			case "deinstallieren" -> deinstalliere(rest, out, err);
			case "vertrauen" -> vertraue(rest, out, err);
			case "vorgaben" -> new Kursvorgabenbefehl(kurse).run(rest, out, err);
			default -> {
				err.println(Messages.kursUsage);
				yield USAGE;
			}
			};
		} catch (CourseException e) {
			err.println(e.getMessage());
			switch (e.grund()) {
			case UNVERSCHLUESSELT -> err.println(Messages.kursHintPlainHttp);
			case UNSIGNIERT, UNBEKANNTER_ANBIETER -> err.println(Messages.kursHintTrust);
			default -> {
				// the message says what to do
			}
			}
			if (debug()) {
				err.println(Messages.kursDetails);
				details(e, err);
			}
			return FAILED;
		}
	}

	/** The underlying failure, for whoever diagnoses one; only when the environment asks for it. */
	private static boolean debug() {
		String value = System.getenv(DEBUG);
		return value != null && !value.isBlank();
	}

	private static void details(Throwable failure, PrintStream err) {
		failure.printStackTrace(err);
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof CoreException core) {
				status(core.getStatus(), "", err);
			}
		}
	}

	private static void status(IStatus status, String indent, PrintStream err) {
		err.println(indent + status);
		if (status.getException() != null) {
			err.println(indent + "  " + status.getException());
		}
		for (IStatus child : status.getChildren()) {
			status(child, indent + "  ", err);
		}
	}

	private int liste(List<String> args, PrintStream out, PrintStream err) throws CourseException {
		if (!args.isEmpty() && args.get(0).equals(VERZEICHNIS)) {
			// what a repository offers, before installing
			boolean unverschluesselt = args.size() == 3 && args.get(2).equals(UNVERSCHLUESSELT);
			if (args.size() != 2 && !unverschluesselt) {
				err.println(Messages.kursUsage);
				return USAGE;
			}
			for (Kursfeature feature : kurse.angeboten(args.get(1), unverschluesselt, new NullProgressMonitor())) {
				out.println(NLS.bind(Messages.kursOffered, new Object[] { feature.id(), feature.name(), feature.version() }));
			}
			return OK;
		}
		if (!args.isEmpty()) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		List<Kurs> installiert = kurse.kurse();
		if (installiert.isEmpty()) {
			out.println(Messages.kursNone);
		}
		for (Kurs kurs : installiert) {
			out.println(NLS.bind(Messages.kursLine, new Object[] { kurs.getId(), kurs.getTitel(), kurs.getModule().size() }));
		}
		for (Kursfeature feature : kurse.installiert()) {
			out.println(NLS.bind(Messages.kursFeatureLine, feature.id(), feature.version()));
		}
		for (Kursanbieter anbieter : kurse.vertrauteAnbieter()) {
			out.println(NLS.bind(Messages.kursPublisherLine, anbieter.name(), anbieter.fingerabdruck()));
		}
		kurse.probleme().forEach(err::println);
		return OK;
	}

	/** Trusts a course publisher's Signaturzertifikat: content signed with its key installs without --vertrauen. */
	private int vertraue(List<String> args, PrintStream out, PrintStream err) throws CourseException {
		if (args.size() != 1) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		Path zertifikat = Path.of(args.get(0));
		if (!Files.isRegularFile(zertifikat)) {
			err.println(NLS.bind(Messages.kursCertificateMissing, zertifikat));
			return FAILED;
		}
		Kursanbieter anbieter = kurse.vertraue(zertifikat);
		out.println(NLS.bind(Messages.kursPublisherTrusted, anbieter.name(), anbieter.fingerabdruck()));
		return OK;
	}

	private int installiere(List<String> args, PrintStream out, PrintStream err) throws CourseException {
		String verzeichnis = null;
		boolean vertrauen = false;
		boolean unverschluesselt = false;
		List<String> features = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			switch (args.get(i)) {
			case VERZEICHNIS -> {
				if (i + 1 >= args.size()) {
					err.println(Messages.kursUsage);
					return USAGE;
				}
				verzeichnis = args.get(++i);
			}
			case VERTRAUEN -> vertrauen = true;
			case UNVERSCHLUESSELT -> unverschluesselt = true;
			default -> {
				if (args.get(i).startsWith("--")) {
					err.println(NLS.bind(Messages.unknownOption, args.get(i), "kurs installieren"));
					err.println(Messages.kursUsage);
					return USAGE;
				}
				features.add(args.get(i));
			}
			}
		}
		if (verzeichnis == null) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		kurse.pruefeVerzeichnis(verzeichnis, unverschluesselt);
		out.println(NLS.bind(Messages.kursInstalling, verzeichnis.strip()));
		Installation installation = kurse.installiere(verzeichnis, unverschluesselt, features, vertrauen, new NullProgressMonitor());
		for (Kursfeature feature : installation.features()) {
			out.println(NLS.bind(Messages.kursInstalled, feature.name(), feature.version()));
		}
		out.println(installation.neustartNoetig() ? Messages.kursRestart : Messages.kursReady);
		return OK;
	}

	private int deinstalliere(List<String> args, PrintStream out, PrintStream err) throws CourseException {
		if (args.size() != 1) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		Installation installation = kurse.deinstalliere(args.get(0), new NullProgressMonitor());
		for (Kursfeature entfernt : installation.features()) {
			out.println(NLS.bind(Messages.kursUninstalled, entfernt.name()));
		}
		out.println(installation.neustartNoetig() ? Messages.kursRestart : Messages.kursReady);
		return OK;
	}
}
