package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.courses.CourseRegistry;
import org.quartierwerk.courses.Kurs;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.CourseInstaller.CourseFeature;
import org.quartierwerk.courses.installer.CourseInstaller.Publisher;
import org.quartierwerk.courses.installer.CourseInstaller.Repository;
import org.quartierwerk.courses.installer.CourseInstaller.Result;
import org.quartierwerk.courses.installer.InstallException;

/**
 * {@code quartierwerk kurs list|install|uninstall|trust}: trainers add and remove courses from a p2 repository. A failure
 * is one German message (plus how to give a missing permission) and exit code 1; with {@value #DEBUG} set, the failure
 * beneath follows.
 */
@Component(service = CliCommand.class)
public final class KursCommand implements CliCommand {

	/** The trainer's explicit permission to read a course repository over unencrypted http. */
	private static final String UNVERSCHLUESSELT = "--unverschluesselt";
	/** Set (to anything) to see the failure beneath a message on stderr. */
	private static final String DEBUG = "QUARTIERWERK_DEBUG";

	@Reference
	private CourseInstaller installer;

	@Reference
	private CourseRegistry registry;

	@Override
	public String name() {
		return "kurs";
	}

	@Override
	public String arguments() {
		return "list [--repo PFAD|URL [--unverschluesselt]] | install --repo PFAD|URL [--trust] [--unverschluesselt] [FEATURE ...] "
				+ "| uninstall KURS | trust ZERTIFIKAT";
	}

	@Override
	public String summary() {
		return Messages.kursSummary;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String action = args.isEmpty() ? "" : args.get(0);
		List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
		try {
			return switch (action) {
			case "list" -> list(rest, out, err);
			case "install" -> install(rest, out, err);
			case "uninstall" -> uninstall(rest, out, err);
			case "trust" -> trust(rest, out, err);
			default -> {
				err.println(Messages.kursUsage);
				yield USAGE;
			}
			};
		} catch (InstallException e) {
			err.println(e.getMessage());
			switch (e.reason()) {
			case PLAIN_HTTP -> err.println(Messages.kursHintPlainHttp);
			case UNSIGNED, UNKNOWN_SIGNER -> err.println(Messages.kursHintTrust);
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

	private int list(List<String> args, PrintStream out, PrintStream err) throws InstallException {
		if (!args.isEmpty() && args.get(0).equals("--repo")) {
			// what a repository offers, before installing
			boolean unverschluesselt = args.size() == 3 && args.get(2).equals(UNVERSCHLUESSELT);
			if (args.size() != 2 && !unverschluesselt) {
				err.println(Messages.kursUsage);
				return USAGE;
			}
			Repository repository = CourseInstaller.repository(args.get(1), unverschluesselt);
			for (CourseFeature feature : installer.offered(repository, new NullProgressMonitor())) {
				out.println(NLS.bind(Messages.kursOffered, new Object[] { feature.id(), feature.name(), feature.version() }));
			}
			return OK;
		}
		if (!args.isEmpty()) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		List<Kurs> kurse = registry.kurse();
		if (kurse.isEmpty()) {
			out.println(Messages.kursNone);
		}
		for (Kurs kurs : kurse) {
			out.println(NLS.bind(Messages.kursLine, new Object[] { kurs.getId(), kurs.getTitel(), kurs.getModule().size() }));
		}
		for (CourseFeature feature : installer.installed()) {
			out.println(NLS.bind(Messages.kursFeatureLine, feature.id(), feature.version()));
		}
		for (Publisher publisher : installer.trustedPublishers()) {
			out.println(NLS.bind(Messages.kursPublisherLine, publisher.name(), publisher.fingerprint()));
		}
		registry.probleme().forEach(err::println);
		return OK;
	}

	/** Trusts a course publisher's certificate: content signed with its key installs without --trust. */
	private int trust(List<String> args, PrintStream out, PrintStream err) throws InstallException {
		if (args.size() != 1) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		Path zertifikat = Path.of(args.get(0));
		if (!Files.isRegularFile(zertifikat)) {
			err.println(NLS.bind(Messages.kursCertificateMissing, zertifikat));
			return FAILED;
		}
		Publisher publisher = installer.trustPublisher(zertifikat);
		out.println(NLS.bind(Messages.kursPublisherTrusted, publisher.name(), publisher.fingerprint()));
		return OK;
	}

	private int install(List<String> args, PrintStream out, PrintStream err) throws InstallException {
		String repo = null;
		boolean trust = false;
		boolean unverschluesselt = false;
		List<String> features = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			switch (args.get(i)) {
			case "--repo" -> {
				if (i + 1 >= args.size()) {
					err.println(Messages.kursUsage);
					return USAGE;
				}
				repo = args.get(++i);
			}
			case "--trust" -> trust = true;
			case UNVERSCHLUESSELT -> unverschluesselt = true;
			default -> {
				if (args.get(i).startsWith("--")) {
					err.println(NLS.bind(Messages.unknownOption, args.get(i), "kurs install"));
					err.println(Messages.kursUsage);
					return USAGE;
				}
				features.add(args.get(i));
			}
			}
		}
		if (repo == null) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		Repository repository = CourseInstaller.repository(repo, unverschluesselt);
		out.println(NLS.bind(Messages.kursInstalling, repository.name()));
		Result result = installer.install(repository, features, trust, new NullProgressMonitor());
		for (CourseFeature feature : result.features()) {
			out.println(NLS.bind(Messages.kursInstalled, feature.name(), feature.version()));
		}
		out.println(result.restartNeeded() ? Messages.kursRestart : Messages.kursReady);
		return OK;
	}

	private int uninstall(List<String> args, PrintStream out, PrintStream err) throws InstallException {
		if (args.size() != 1) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		String id = args.get(0);
		// a course id (biq) names the feature of the bundle that contributes it
		String feature = id.startsWith(CourseInstaller.FEATURE_PREFIX) ? id
				: registry.bundle(id).map(bundle -> bundle + ".feature").orElse(CourseInstaller.FEATURE_PREFIX + id + ".feature");
		Result result = installer.uninstall(feature, new NullProgressMonitor());
		for (CourseFeature removed : result.features()) {
			out.println(NLS.bind(Messages.kursUninstalled, removed.name()));
		}
		out.println(result.restartNeeded() ? Messages.kursRestart : Messages.kursReady);
		return OK;
	}
}
