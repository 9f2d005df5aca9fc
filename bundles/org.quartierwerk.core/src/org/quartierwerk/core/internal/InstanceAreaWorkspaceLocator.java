package org.quartierwerk.core.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.quartierwerk.core.WorkspaceLocator;

/** Finds the workspace through Equinox's instance location, falling back to the user's home folder. */
@Component(service = WorkspaceLocator.class)
public final class InstanceAreaWorkspaceLocator implements WorkspaceLocator {

	@Reference(target = "(type=osgi.instance.area)", cardinality = ReferenceCardinality.OPTIONAL,
			policyOption = ReferencePolicyOption.GREEDY)
	volatile Location instanceLocation;

	@Override
	public Path folder() throws IOException {
		Path folder = instanceFolder();
		if (folder == null) {
			folder = Paths.get(System.getProperty("user.home"), DEFAULT_WORKSPACE);
		}
		Files.createDirectories(folder);
		return folder;
	}

	private Path instanceFolder() throws IOException {
		Location location = instanceLocation;
		URL url = location == null ? null : location.getURL();
		if (url == null || !"file".equals(url.getProtocol())) {
			return null;
		}
		try {
			return Paths.get(url.toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox builds instance URLs from raw paths, so spaces stay unencoded
			return Paths.get(url.getPath());
		}
	}
}
