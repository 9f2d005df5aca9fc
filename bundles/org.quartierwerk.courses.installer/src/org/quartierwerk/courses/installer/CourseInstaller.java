package org.quartierwerk.courses.installer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.quartierwerk.courses.installer.internal.Repositories;

/**
 * Installs course features from a p2 repository into this installation and removes them again, with p2's checks:
 * content that is unsigned or signed by an unknown key is refused unless the caller trusts it explicitly, either for one
 * installation ({@code trust}) or by trusting its publisher's certificate ({@link #trustPublisher(Path)}). A plain
 * {@code http://} repository is read only when the trainer allows it explicitly, and then exactly at that address.
 * Every failure is an {@link InstallException} with a German message that names the repository as typed.
 * <p>
 * A course feature is a feature whose id starts with {@value #FEATURE_PREFIX}.
 */
public interface CourseInstaller {

	String FEATURE_PREFIX = "org.quartierwerk.course.";

	/** An installable or installed course feature. */
	record CourseFeature(String id, String name, String version) {
	}

	/**
	 * A course repository as the trainer named it.
	 *
	 * @param name             the text as typed (a path or an address), for messages
	 * @param location         what p2 reads: a folder, a ZIP file (as {@code jar:…!/}) or an address
	 * @param plainHttpAllowed whether the trainer explicitly allowed an unencrypted {@code http://} address; without it
	 *                         such an address is refused before anything is fetched, and it is never changed to
	 *                         {@code https://} behind the trainer's back
	 */
	record Repository(String name, URI location, boolean plainHttpAllowed) {
	}

	/**
	 * The repository a trainer names: an existing folder, a ZIP file or an address ({@code https://}, or
	 * {@code http://} when {@code plainHttpAllowed}). Reads nothing but the local file system.
	 *
	 * @throws InstallException with a German message when the path does not exist, the address is not one Quartierwerk
	 *                          reads, or it is a plain {@code http://} address that was not allowed
	 */
	static Repository repository(String typed, boolean plainHttpAllowed) throws InstallException {
		return Repositories.parse(typed, plainHttpAllowed);
	}

	/** The course features a repository offers. */
	List<CourseFeature> offered(Repository repository, IProgressMonitor monitor) throws InstallException;

	/** The course features installed here. */
	List<CourseFeature> installed() throws InstallException;

	/**
	 * Installs the repository's course features (or only {@code featureIds} when not empty).
	 *
	 * @return what was installed; whether a restart is needed is in {@link Result#restartNeeded()}
	 */
	Result install(Repository repository, List<String> featureIds, boolean trust, IProgressMonitor monitor) throws InstallException;

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
