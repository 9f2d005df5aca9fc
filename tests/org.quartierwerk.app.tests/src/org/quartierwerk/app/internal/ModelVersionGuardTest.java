package org.quartierwerk.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window state is kept between starts of the same build, and dropped when a newer application model arrives. */
class ModelVersionGuardTest {

	@TempDir
	Path workspace;

	@Test
	void keepsTheStateOfTheSameBuildAndDropsAnOlderOne() throws Exception {
		Path state = workspace.resolve(ModelVersionGuard.WORKBENCH_STATE);
		ModelVersionGuard.discardStaleState(workspace, "0.1.0.202612010900");
		assertEquals("0.1.0.202612010900", Files.readString(workspace.resolve(ModelVersionGuard.MODEL_VERSION)));

		Files.createDirectories(state.getParent());
		Files.writeString(state, "<application window x=\"300\"/>");
		ModelVersionGuard.discardStaleState(workspace, "0.1.0.202612010900");
		assertTrue(Files.exists(state), "the next start of the same build keeps the window state");

		ModelVersionGuard.discardStaleState(workspace, "0.1.0.202612011200");
		assertFalse(Files.exists(state), "a newer build's model is not hidden by the old state");
		assertEquals("0.1.0.202612011200", Files.readString(workspace.resolve(ModelVersionGuard.MODEL_VERSION)));
	}

	@Test
	void aWorkspaceFromBeforeTheGuardLosesItsUnversionedState() throws Exception {
		Path state = workspace.resolve(ModelVersionGuard.WORKBENCH_STATE);
		Files.createDirectories(state.getParent());
		Files.writeString(state, "<application/>");
		ModelVersionGuard.discardStaleState(workspace, "0.1.0.202612011200");
		assertFalse(Files.exists(state));
	}
}
