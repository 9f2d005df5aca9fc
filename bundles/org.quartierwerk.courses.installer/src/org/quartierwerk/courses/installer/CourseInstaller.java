package org.quartierwerk.courses.installer;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Installs course features from a p2 repository into this installation and removes them again, with p2's checks:
 * content that is unsigned or signed by an unknown key is refused unless the caller trusts it explicitly.
 * <p>
 * A course feature is a feature whose id starts with {@value #FEATURE_PREFIX}.
 */
public interface CourseInstaller {

	String FEATURE_PREFIX = "org.quartierwerk.course.";

	/** An installable or installed course feature. */
	record CourseFeature(String id, String name, String version) {
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
}
