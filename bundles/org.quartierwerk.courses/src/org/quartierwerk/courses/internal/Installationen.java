package org.quartierwerk.courses.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.Installation;
import org.quartierwerk.courses.Kursanbieter;
import org.quartierwerk.courses.Kursfeature;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.installer.CourseInstaller.CourseFeature;
import org.quartierwerk.courses.installer.CourseInstaller.Result;
import org.quartierwerk.courses.installer.InstallException;

/** The p2 installer in the course service's terms: its results as the service's types, its refusals as CourseExceptions. */
final class Installationen {

	/** One installer call. */
	interface Schritt<T> {
		T tue(CourseInstaller installer) throws InstallException;
	}

	private Installationen() {
	}

	/** Runs a call on the installer, which may be absent (no p2 in this installation). */
	static <T> T mit(CourseInstaller installer, Schritt<T> schritt) throws CourseException {
		if (installer == null) {
			throw new CourseException(Messages.dienst_nichtInstallierbar);
		}
		try {
			return schritt.tue(installer);
		} catch (InstallException e) {
			throw new CourseException(grund(e.reason()), e.getMessage(), List.of(), e.getCause());
		}
	}

	static void pruefe(String verzeichnis, boolean unverschluesselt) throws CourseException {
		try {
			CourseInstaller.repository(verzeichnis, unverschluesselt);
		} catch (InstallException e) {
			throw new CourseException(grund(e.reason()), e.getMessage(), List.of(), e.getCause());
		}
	}

	static List<Kursfeature> angeboten(CourseInstaller installer, String verzeichnis, boolean unverschluesselt,
			IProgressMonitor monitor) throws CourseException {
		return mit(installer, i -> features(i.offered(CourseInstaller.repository(verzeichnis, unverschluesselt), monitor)));
	}

	static Installation installiere(CourseInstaller installer, String verzeichnis, boolean unverschluesselt, List<String> features,
			boolean vertrauen, IProgressMonitor monitor) throws CourseException {
		return mit(installer,
				i -> installation(i.install(CourseInstaller.repository(verzeichnis, unverschluesselt), features, vertrauen, monitor)));
	}

	static Installation deinstalliere(CourseInstaller installer, String feature, IProgressMonitor monitor) throws CourseException {
		return mit(installer, i -> installation(i.uninstall(feature, monitor)));
	}

	static Kursanbieter vertraue(CourseInstaller installer, Path signaturzertifikat) throws CourseException {
		return mit(installer, i -> {
			CourseInstaller.Publisher anbieter = i.trustPublisher(signaturzertifikat);
			return new Kursanbieter(anbieter.name(), anbieter.fingerprint());
		});
	}

	static List<Kursanbieter> vertraute(CourseInstaller installer) throws CourseException {
		return mit(installer, i -> i.trustedPublishers().stream().map(p -> new Kursanbieter(p.name(), p.fingerprint())).toList());
	}

	static List<Kursfeature> features(List<CourseFeature> features) {
		return features.stream().map(f -> new Kursfeature(f.id(), f.name(), f.version())).toList();
	}

	private static Installation installation(Result result) {
		return new Installation(features(result.features()), result.restartNeeded());
	}

	private static CourseException.Grund grund(InstallException.Reason reason) {
		return switch (reason) {
		case NOT_FOUND -> CourseException.Grund.NICHT_GEFUNDEN;
		case PLAIN_HTTP -> CourseException.Grund.UNVERSCHLUESSELT;
		case UNSIGNED -> CourseException.Grund.UNSIGNIERT;
		case UNKNOWN_SIGNER -> CourseException.Grund.UNBEKANNTER_ANBIETER;
		default -> CourseException.Grund.SONSTIGES;
		};
	}
}
