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
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.core.internal.InstanceAreaWorkspaceLocator;
import org.quartierwerk.testing.Dienste;

/** The workspace locator is a Declarative Services component that Felix SCR activates in the running framework. */
class WorkspaceLocatorTest {

	private final List<Path> created = new ArrayList<>();

	@AfterEach
	void cleanUp() throws IOException {
		for (Path file : created) {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void felixScrActivatesTheWorkspaceLocator() throws Exception {
		WorkspaceLocator locator = Dienste.warte(WorkspaceLocator.class);
		assertEquals(InstanceAreaWorkspaceLocator.class, locator.getClass());

		ServiceComponentRuntime scr = Dienste.warte(ServiceComponentRuntime.class);
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
		WorkspaceLocator locator = Dienste.warte(WorkspaceLocator.class);
		Location instance = Dienste.warte(Location.class, Location.INSTANCE_FILTER);

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

}
