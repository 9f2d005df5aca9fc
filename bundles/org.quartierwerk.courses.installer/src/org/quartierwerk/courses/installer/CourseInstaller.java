package org.quartierwerk.courses.installer;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Installs course features from a p2 repository into this installation and removes them again, with p2's checks:
 * content that is unsigned or signed by an unknown key is refused unless the caller trusts it explicitly, either for one
 * installation ({@code trust}) or by trusting its publisher's certificate ({@link #trustPublisher(Path)}).
 * <p>
 * A course feature is a feature whose id starts with {@value #FEATURE_PREFIX}.
 */
public interface CourseInstaller {

	String FEATURE_PREFIX = "org.quartierwerk.course.";

	/** An installable or installed course feature. */
	record CourseFeature(String id, String name, String version) {
	}

	/**
	 * The repository a trainer names: an existing folder, a zip file (as {@code jar:…!/}) or anything with a scheme,
	 * taken as a URL; empty when it is a path that does not exist.
	 */
	static Optional<URI> repository(String location) {
		if (location.matches("[a-zA-Z][a-zA-Z+.-]+://.*")) {
			return Optional.of(URI.create(location));
		}
		Path path;
		try {
			path = Path.of(location).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
		if (Files.isDirectory(path)) {
			return Optional.of(path.toUri());
		}
		if (Files.isRegularFile(path)) {
			return Optional.of(URI.create("jar:" + path.toUri() + "!/"));
		}
		return Optional.empty();
	}

	/** The course features a repository (a directory, a zip file or a URL) offers. */
	List<CourseFeature> offered(URI repository, IProgressMonitor monitor) throws InstallException;

	/** The course features installed here. */
	List<CourseFeature> installed() throws InstallException;

	/**
	 * Installs the repository's course features (or only {@code featureIds} when not empty).
	 *
	 * @return what was installed; whether a restart is needed is in {@link Result#restartNeeded()}
	 */
	Result install(URI repository, List<String> featureIds, boolean trust, IProgressMonitor monitor) throws InstallException;

	Result uninstall(String featureId, IProgressMonitor monitor) throws InstallException;

	record Result(List<CourseFeature> features, boolean restartNeeded) {
	}

	/**
	 * A course publisher whose signature this installation accepts without asking.
	 *
	 * @param name        the certificate's subject, e.g. {@code CN=Bremer Heimstiftung, O=…}
	 * @param fingerprint SHA-256 of the certificate, hexadecimal with colons
	 */
	record Publisher(String name, String fingerprint) {
	}

	/** The publishers trusted in this installation. */
	List<Publisher> trustedPublishers() throws InstallException;

	/**
	 * Trusts the publisher of an X.509 certificate (PEM or DER) in this installation: course content signed with its key
	 * installs without {@code trust}. Needs write access to the installation, like installing.
	 */
	Publisher trustPublisher(Path certificate) throws InstallException;
}
