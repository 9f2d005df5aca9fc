package org.quartierwerk.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.app.internal.projekte.ProblemeView;

/**
 * Application.e4xmi as the workbench reads it: the Probleme view below the editors, the project commands in Datei and
 * in the navigator's context menu with their keys, and every handler class loadable.
 */
class ApplicationModelTest {

	@Test
	void theModelWiresTheNavigatorsCommandsAndTheProblemeView() throws Exception {
		Bundle app = FrameworkUtil.getBundle(ProjekteNavigator.class);
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resources.createResource(URI.createURI("Application.e4xmi"));
		try (var in = app.getEntry("Application.e4xmi").openStream()) {
			resource.load(in, Map.of());
		}
		MApplication application = (MApplication) resource.getContents().get(0);
		List<EObject> alle = new ArrayList<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			alle.add(it.next());
		}

		MPart probleme = einer(alle, MPart.class, ProblemeView.PART_ID);
		assertEquals("org.quartierwerk.app.partstack.unten", probleme.getParent().getElementId());
		assertEquals("bundleclass://org.quartierwerk.app/" + ProblemeView.class.getName(), probleme.getContributionURI());
		assertEquals("%part.probleme", probleme.getLabel());

		MPart navigator = einer(alle, MPart.class, ProjekteNavigator.PART_ID);
		MMenu kontextmenue = navigator.getMenus().stream().filter(m -> ProjekteNavigator.MENU_ID.equals(m.getElementId())).findFirst()
				.orElseThrow(() -> new AssertionError("no context menu in the navigator"));
		List<String> befehle = List.of("org.quartierwerk.app.command.neu", "org.quartierwerk.app.command.duplizieren",
				"org.quartierwerk.app.command.umbenennen", "org.quartierwerk.app.command.loeschen");
		assertEquals(befehle, kontextmenue.getChildren().stream().map(i -> ((MHandledMenuItem) i).getCommand().getElementId()).toList());
		MMenu datei = einer(alle, MMenu.class, "org.quartierwerk.app.menu.datei");
		List<String> inDatei = datei.getChildren().stream().filter(MHandledMenuItem.class::isInstance)
				.map(i -> ((MHandledMenuItem) i).getCommand().getElementId()).toList();
		assertTrue(inDatei.containsAll(befehle), inDatei::toString);
		assertEquals(ProjekteNavigator.UMBENENNEN, befehle.get(2));
		assertEquals(ProjekteNavigator.LOESCHEN, befehle.get(3));

		Map<String, String> tasten = application.getBindingTables().stream().map(MBindingTable::getBindings).flatMap(List::stream)
				.collect(Collectors.toMap(b -> b.getCommand().getElementId(), MKeyBinding::getKeySequence));
		assertEquals("M1+N", tasten.get("org.quartierwerk.app.command.neu"));
		assertEquals("M1+M2+D", tasten.get("org.quartierwerk.app.command.duplizieren"));
		assertFalse(tasten.containsKey(ProjekteNavigator.LOESCHEN), "Entf is the tree's own key, never a text field's");

		for (MHandler handler : application.getHandlers()) {
			assertNotNull(handler.getCommand().getElementId(), handler.getElementId());
			String klasse = handler.getContributionURI().substring("bundleclass://org.quartierwerk.app/".length());
			assertNotNull(app.loadClass(klasse), klasse);
		}
		assertTrue(application.getHandlers().stream().map(h -> h.getCommand().getElementId()).toList().containsAll(befehle));
	}

	private static <T> T einer(List<EObject> alle, Class<T> typ, String id) {
		List<T> treffer = alle.stream().filter(typ::isInstance)
				.filter(o -> id.equals(((org.eclipse.e4.ui.model.application.MApplicationElement) o).getElementId())).map(typ::cast)
				.toList();
		assertEquals(1, treffer.size(), () -> id + " in Application.e4xmi");
		return treffer.get(0);
	}
}
