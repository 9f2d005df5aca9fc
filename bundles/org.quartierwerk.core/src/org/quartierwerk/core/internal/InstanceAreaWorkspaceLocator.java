package org.quartierwerk.core.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.quartierwerk.core.WorkspaceLocator;

/**
 * Finds the workspace: the folder the system property {@value #WORKSPACE_PROPERTY} names (the command line runs with an
 * instance area of its own, see docs/sicherheit.md), else Equinox's instance location, else the default below the
 * user's home folder.
 */
@Component(service = WorkspaceLocator.class)
public final class InstanceAreaWorkspaceLocator implements WorkspaceLocator {

	/** The workspace, when it is not the instance area. */
	public static final String WORKSPACE_PROPERTY = "quartierwerk.workspace";
	/** {@code true} when the user named the workspace given in {@value #WORKSPACE_PROPERTY}. */
	public static final String NAMED_PROPERTY = "quartierwerk.workspace.named";

	@Reference(target = "(type=osgi.instance.area)", cardinality = ReferenceCardinality.OPTIONAL,
			policyOption = ReferencePolicyOption.GREEDY)
	volatile Location instanceLocation;

	@Override
	public Path location() throws IOException {
		String property = System.getProperty(WORKSPACE_PROPERTY);
		if (property != null && !property.isBlank()) {
			return Paths.get(property).toAbsolutePath().normalize();
		}
		Path folder = toPath(instanceLocation == null ? null : instanceLocation.getURL());
		return folder != null ? folder : Paths.get(System.getProperty("user.home"), DEFAULT_WORKSPACE);
	}

	@Override
	public boolean named() {
		if (System.getProperty(WORKSPACE_PROPERTY) != null) {
			return Boolean.getBoolean(NAMED_PROPERTY);
		}
		Location location = instanceLocation;
		if (location == null || location.getURL() == null) {
			return false;
		}
		Path folder = toPath(location.getURL());
		Path standard = toPath(location.getDefault());
		return folder != null && !folder.equals(standard);
	}

	private static Path toPath(URL url) {
		if (url == null || !"file".equals(url.getProtocol())) {
			return null;
		}
		try {
			return Paths.get(url.toURI()).toAbsolutePath().normalize();
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox builds instance URLs from raw paths, so spaces stay unencoded
			return Paths.get(url.getPath()).toAbsolutePath().normalize();
		}
	}
}
