package org.quartierwerk.app.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.quartierwerk.core.DurableFile;

/**
 * Keeps a persisted workbench state from hiding a newer application model.
 * <p>
 * The e4 workbench restores {@code workbench.xmi} from the workspace instead of reading
 * {@code Application.e4xmi}. That keeps window positions, but after an update it would
 * also keep the old parts and menus. So the state is kept only while it was written by
 * the same build of this bundle; otherwise it is discarded before the model is loaded.
 */
final class ModelVersionGuard {

	static final String WORKBENCH_STATE = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";
	static final String MODEL_VERSION = ".metadata/.plugins/org.quartierwerk.app/model.version";

	private ModelVersionGuard() {
	}

	static void discardStaleState(Path workspace, String currentVersion) throws IOException {
		Path marker = workspace.resolve(MODEL_VERSION);
		String stored = Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8).trim() : "";
		if (!stored.equals(currentVersion)) {
			Files.deleteIfExists(workspace.resolve(WORKBENCH_STATE));
			DurableFile.replace(marker, currentVersion.getBytes(StandardCharsets.UTF_8), false);
		}
	}
}
