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
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.app.internal.praxisbeispiele.PraxisbeispielNavigator;
import org.quartierwerk.app.internal.praxisbeispiele.ProblemeView;
import org.quartierwerk.app.internal.willkommen.WillkommenPart;

/**
 * The application model as the workbench assembles it from Application.e4xmi and the fragments of the areas
 * (fragmente/*.e4xmi): every element id of the former single model is there once and in its place, the Probleme view
 * below the editors, the commands on Praxisbeispiele in Datei and in the navigator's context menu with their keys,
 * and every handler class loadable.
 */
class ApplicationModelTest {

	/** The element ids of the model before it was split into fragments: persisted state and tests name them. */
	private static final List<String> IDS = List.of("org.quartierwerk.app.application", "org.quartierwerk.app.window.main",
			"org.quartierwerk.app.sash.main", "org.quartierwerk.app.partstack.navigator", "org.quartierwerk.app.part.projekte",
			"org.quartierwerk.app.popupmenu.projekte", "org.quartierwerk.app.popupitem.neu", "org.quartierwerk.app.popupitem.duplizieren",
			"org.quartierwerk.app.popupitem.umbenennen", "org.quartierwerk.app.popupitem.loeschen", "org.quartierwerk.app.part.kurse",
			"org.quartierwerk.app.sash.rechts", "org.quartierwerk.app.partstack.editors", "org.quartierwerk.app.partstack.unten",
			"org.quartierwerk.app.part.probleme", "org.quartierwerk.app.part.finanzierungsquellen", "org.quartierwerk.app.menu.main",
			"org.quartierwerk.app.menu.datei", "org.quartierwerk.app.menuitem.neu", "org.quartierwerk.app.menuitem.duplizieren",
			"org.quartierwerk.app.menuitem.umbenennen", "org.quartierwerk.app.menuitem.loeschen", "org.quartierwerk.app.menuseparator.projekte",
			"org.quartierwerk.app.menuitem.speichern", "org.quartierwerk.app.menuitem.beenden", "org.quartierwerk.app.menu.bearbeiten",
			"org.quartierwerk.app.menuitem.rueckgaengig", "org.quartierwerk.app.menuitem.wiederholen", "org.quartierwerk.app.menu.berichte",
			"org.quartierwerk.app.menuitem.berichtErstellen", "org.quartierwerk.app.menu.kurse", "org.quartierwerk.app.menuitem.kursInstallieren",
			"org.quartierwerk.app.menu.hilfe", "org.quartierwerk.app.menuitem.ueber", "org.quartierwerk.app.handler.beenden",
			"org.quartierwerk.app.handler.speichern", "org.quartierwerk.app.handler.rueckgaengig", "org.quartierwerk.app.handler.wiederholen",
			"org.quartierwerk.app.handler.berichtErstellen", "org.quartierwerk.app.handler.kursInstallieren", "org.quartierwerk.app.handler.ueber",
			"org.quartierwerk.app.handler.neu", "org.quartierwerk.app.handler.duplizieren", "org.quartierwerk.app.handler.umbenennen",
			"org.quartierwerk.app.handler.loeschen", "org.quartierwerk.app.bindingtable.window", "org.quartierwerk.app.binding.beenden",
			"org.quartierwerk.app.binding.speichern", "org.quartierwerk.app.binding.rueckgaengig", "org.quartierwerk.app.binding.berichtErstellen",
			"org.quartierwerk.app.binding.wiederholen", "org.quartierwerk.app.binding.neu", "org.quartierwerk.app.binding.duplizieren",
			"org.eclipse.ui.contexts.dialogAndWindow", "org.eclipse.ui.contexts.window", "org.eclipse.ui.contexts.dialog",
			"org.quartierwerk.app.command.beenden", "org.quartierwerk.app.command.speichern", "org.quartierwerk.app.command.rueckgaengig",
			"org.quartierwerk.app.command.wiederholen", "org.quartierwerk.app.command.berichtErstellen",
			"org.quartierwerk.app.command.kursInstallieren", "org.quartierwerk.app.command.ueber", "org.quartierwerk.app.command.neu",
			"org.quartierwerk.app.command.duplizieren", "org.quartierwerk.app.command.umbenennen", "org.quartierwerk.app.command.loeschen",
			"org.eclipse.e4.core.commands.service", "org.eclipse.e4.ui.contexts.service", "org.eclipse.e4.ui.bindings.service",
			"org.eclipse.e4.ui.workbench.commands.model", "org.eclipse.e4.ui.workbench.contexts.model",
			"org.eclipse.e4.ui.workbench.handler.model", "org.eclipse.e4.ui.workbench.bindings.model",
			"org.eclipse.e4.ui.workbench.addons.cleanupaddon.CleanupAddon", "org.quartierwerk.app.addon.zustandsprotokoll",
			"org.quartierwerk.app.addon.fensterlage", "org.quartierwerk.app.addon.willkommen", "org.quartierwerk.app.command.willkommen",
			"org.quartierwerk.app.handler.willkommen", "org.quartierwerk.app.menuitem.willkommen");

	@Test
	void theAssembledModelKeepsEveryElementInItsPlace() {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			MApplication application = werkbank.application();
			List<EObject> alle = alle(application);
			for (String id : IDS) {
				assertEquals(1, alle.stream().filter(o -> id.equals(((MApplicationElement) o).getElementId())).count(), id);
			}
			assertEquals(List.of(PraxisbeispielNavigator.PART_ID, "org.quartierwerk.app.part.kurse"),
					kinder(einer(alle, MElementContainer.class, "org.quartierwerk.app.partstack.navigator")));
			assertEquals(List.of(ProblemeView.PART_ID, "org.quartierwerk.app.part.finanzierungsquellen", "org.quartierwerk.app.part.verlauf"),
					kinder(einer(alle, MElementContainer.class, "org.quartierwerk.app.partstack.unten")));
			// the editor area holds the Willkommen page, which the add-on opens once the workbench has started
			MElementContainer<?> editoren = einer(alle, MElementContainer.class, "org.quartierwerk.app.partstack.editors");
			werkbank.await(() -> !kinder(editoren).isEmpty());
			assertEquals(List.of(WillkommenPart.PART_ID), kinder(editoren));
			assertEquals(List.of("org.quartierwerk.app.menuitem.willkommen", "org.quartierwerk.app.menuitem.handbuch",
					"org.quartierwerk.app.menuitem.ueber"),
					kinder(einer(alle, MElementContainer.class, "org.quartierwerk.app.menu.hilfe")));
			assertEquals(List.of("org.quartierwerk.app.menu.datei", "org.quartierwerk.app.menu.bearbeiten", "org.quartierwerk.app.menu.berichte",
					"org.quartierwerk.app.menu.sammlung", "org.quartierwerk.app.menu.kurse", "org.quartierwerk.app.menu.fenster",
					"org.quartierwerk.app.menu.hilfe"), kinder(einer(alle, MElementContainer.class, "org.quartierwerk.app.menu.main")));
			// every view has its entry in Fenster, in the order of the stacks
			assertEquals(List.of("org.quartierwerk.app.menuitem.fenster.projekte", "org.quartierwerk.app.menuitem.fenster.probleme",
					"org.quartierwerk.app.menuitem.fenster.finanzierungsquellen", "org.quartierwerk.app.menuitem.fenster.kurse",
					"org.quartierwerk.app.menuitem.fenster.verlauf"),
					kinder(einer(alle, MElementContainer.class, "org.quartierwerk.app.menu.fenster")));
			assertEquals(List.of("org.quartierwerk.app.menuitem.neu", "org.quartierwerk.app.menuitem.duplizieren",
					"org.quartierwerk.app.menuitem.umbenennen", "org.quartierwerk.app.menuitem.loeschen",
					"org.quartierwerk.app.menuseparator.projekte", "org.quartierwerk.app.menuitem.speichern",
					"org.quartierwerk.app.menuitem.veroeffentlichen", "org.quartierwerk.app.menuseparator.veroeffentlichen",
					"org.quartierwerk.app.menuitem.beenden"), kinder(einer(alle, MElementContainer.class, "org.quartierwerk.app.menu.datei")));

			MPart probleme = einer(alle, MPart.class, ProblemeView.PART_ID);
			assertEquals("bundleclass://org.quartierwerk.app/" + ProblemeView.class.getName(), probleme.getContributionURI());
			assertEquals("%part.probleme", probleme.getLabel());
			MPart navigator = einer(alle, MPart.class, PraxisbeispielNavigator.PART_ID);
			assertEquals("bundleclass://org.quartierwerk.app/" + PraxisbeispielNavigator.class.getName(), navigator.getContributionURI());
			MMenu kontextmenue = navigator.getMenus().stream().filter(m -> PraxisbeispielNavigator.MENU_ID.equals(m.getElementId()))
					.findFirst().orElseThrow(() -> new AssertionError("no context menu in the navigator"));
			List<String> befehle = List.of("org.quartierwerk.app.command.neu", "org.quartierwerk.app.command.duplizieren",
					"org.quartierwerk.app.command.umbenennen", "org.quartierwerk.app.command.loeschen");
			assertEquals(befehle,
					kontextmenue.getChildren().stream().map(i -> ((MHandledMenuItem) i).getCommand().getElementId()).toList());

			Map<String, String> tasten = application.getBindingTables().stream().map(MBindingTable::getBindings).flatMap(List::stream)
					.collect(Collectors.toMap(b -> b.getCommand().getElementId(), MKeyBinding::getKeySequence));
			assertEquals("M1+N", tasten.get("org.quartierwerk.app.command.neu"));
			assertEquals("M1+M2+D", tasten.get("org.quartierwerk.app.command.duplizieren"));
			assertEquals("M1+P", tasten.get("org.quartierwerk.app.command.berichtErstellen"));
			assertFalse(tasten.containsKey("org.quartierwerk.app.command.loeschen"), "Entf is the tree's own key, never a text field's");

			Bundle app = FrameworkUtil.getBundle(PraxisbeispielNavigator.class);
			for (MHandler handler : application.getHandlers()) {
				assertNotNull(handler.getCommand().getElementId(), handler.getElementId());
				assertTrue(application.getCommands().contains(handler.getCommand()), handler.getElementId());
				String klasse = handler.getContributionURI().substring("bundleclass://org.quartierwerk.app/".length());
				assertNotNull(assertDoesNotThrowLoading(app, klasse), klasse);
			}
			assertTrue(application.getHandlers().stream().map(h -> h.getCommand().getElementId()).toList().containsAll(befehle));
		}
	}

	private static Class<?> assertDoesNotThrowLoading(Bundle app, String klasse) {
		try {
			return app.loadClass(klasse);
		} catch (ClassNotFoundException e) {
			throw new AssertionError(klasse + " cannot be loaded", e);
		}
	}

	private static List<EObject> alle(MApplication application) {
		List<EObject> alle = new ArrayList<>();
		alle.add((EObject) application);
		for (TreeIterator<EObject> it = ((EObject) application).eAllContents(); it.hasNext();) {
			EObject objekt = it.next();
			if (objekt instanceof MApplicationElement) {
				alle.add(objekt);
			}
		}
		return alle;
	}

	private static List<String> kinder(MElementContainer<?> container) {
		return container.getChildren().stream().map(MUIElement::getElementId).toList();
	}

	private static <T> T einer(List<EObject> alle, Class<T> typ, String id) {
		List<T> treffer = alle.stream().filter(typ::isInstance).filter(o -> id.equals(((MApplicationElement) o).getElementId()))
				.map(typ::cast).toList();
		assertEquals(1, treffer.size(), () -> id + " in the assembled model");
		return treffer.get(0);
	}
}
