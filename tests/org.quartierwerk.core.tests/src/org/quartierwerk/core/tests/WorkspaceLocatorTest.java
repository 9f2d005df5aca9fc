package org.quartierwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.core.internal.InstanceAreaWorkspaceLocator;

/** The workspace locator is a Declarative Services component that Felix SCR activates in the running framework. */
class WorkspaceLocatorTest {

	private static final long TIMEOUT_MS = 10_000;

	private final BundleContext context = FrameworkUtil.getBundle(WorkspaceLocatorTest.class).getBundleContext();
	private final List<Path> created = new ArrayList<>();
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

	@AfterEach
	void cleanUp() throws IOException {
		trackers.forEach(ServiceTracker::close);
		for (Path file : created) {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void felixScrActivatesTheWorkspaceLocator() throws Exception {
		WorkspaceLocator locator = await(WorkspaceLocator.class, null);
		assertEquals(InstanceAreaWorkspaceLocator.class, locator.getClass());

		ServiceComponentRuntime scr = await(ServiceComponentRuntime.class, null);
		assertEquals("org.apache.felix.scr",
				FrameworkUtil.getBundle(scr.getClass()).getSymbolicName(), "the DS runtime must be Felix SCR");
		ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(
				FrameworkUtil.getBundle(InstanceAreaWorkspaceLocator.class), InstanceAreaWorkspaceLocator.class.getName());
		assertNotNull(description, "no component description: was the DS XML generated into the bundle?");
		List<Integer> states = scr.getComponentConfigurationDTOs(description).stream().map(c -> c.state).toList();
		assertEquals(List.of(ComponentConfigurationDTO.ACTIVE), states);
	}

	@Test
	void workspaceIsTheInstanceAreaAndListsProjectFilesOnly() throws Exception {
		WorkspaceLocator locator = await(WorkspaceLocator.class, null);
		Location instance = await(Location.class, Location.INSTANCE_FILTER);

		Path folder = locator.folder();
		assertEquals(Paths.get(instance.getURL().toURI()).toRealPath(), folder.toRealPath());

		Path second = create(folder.resolve("zz-Vrees.xmi"));
		Path first = create(folder.resolve("aa-Galgenhalde.xmi"));
		create(folder.resolve("aa-Galgenhalde.xmi.bak"));
		create(folder.resolve("notizen.txt"));
		Files.createDirectories(folder.resolve("ordner.xmi"));
		created.add(folder.resolve("ordner.xmi"));

		List<Path> files = locator.projectFiles();
		assertEquals(List.of(first, second), files.stream().filter(created::contains).toList());
		assertTrue(files.stream().allMatch(f -> f.getFileName().toString().endsWith(".xmi") && Files.isRegularFile(f)));
	}

	private Path create(Path file) throws IOException {
		Files.writeString(file, "<xmi/>");
		created.add(file);
		return file;
	}

	private <T> T await(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
		ServiceTracker<T, T> tracker = filter == null ? new ServiceTracker<>(context, type, null)
				: new ServiceTracker<>(context, context.createFilter(filter), null);
		tracker.open();
		// kept open until the test ends: releasing the last user would deactivate a delayed component
		trackers.add(tracker);
		T service = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(service, () -> "service " + type.getName() + " did not appear within " + TIMEOUT_MS + " ms");
		return service;
	}
}
