package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.quartierwerk.courses.installer.CourseInstaller.Result;
import org.quartierwerk.courses.installer.InstallException;

/** {@code quartierwerk kurs list|install|uninstall}: trainers add and remove courses from a p2 repository. */
@Component(service = CliCommand.class)
public final class KursCommand implements CliCommand {

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
		return "list [--repo PFAD|URL] | install --repo PFAD|URL [--trust] [FEATURE ...] | uninstall KURS | trust ZERTIFIKAT";
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
			return FAILED;
		}
	}

	private int list(List<String> args, PrintStream out, PrintStream err) throws InstallException {
		if (args.size() == 2 && args.get(0).equals("--repo")) {
			// what a repository offers, before installing
			Optional<URI> uri = CourseInstaller.repository(args.get(1));
			if (uri.isEmpty()) {
				err.println(NLS.bind(Messages.kursRepoMissing, args.get(1)));
				return FAILED;
			}
			for (CourseFeature feature : installer.offered(uri.get(), new NullProgressMonitor())) {
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
			default -> features.add(args.get(i));
			}
		}
		if (repo == null) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		Optional<URI> uri = CourseInstaller.repository(repo);
		if (uri.isEmpty()) {
			err.println(NLS.bind(Messages.kursRepoMissing, repo));
			return FAILED;
		}
		out.println(NLS.bind(Messages.kursInstalling, uri.get()));
		Result result = installer.install(uri.get(), features, trust, new NullProgressMonitor());
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
