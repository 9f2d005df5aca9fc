package org.quartierwerk.app.internal.zugaenglichkeit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.testing.Arbeitsbereich;

/**
 * The keyboard way to every command (issue 23, EN 301 549 11.2.1.1; docs/zugaenglichkeit.md): every command of the
 * workbench sits in a menu of the menu bar or a context menu, or has a key (that every entry has its own Alt letter
 * checks {@code LocalizationTest}); Fenster brings each view to the front with the focus in it.
 */
class TastaturTest {

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void everyCommandIsInAMenuOrHasAKey() {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			Set<String> erreichbar = new TreeSet<>();
			EModelService modell = werkbank.get(EModelService.class);
			for (MHandledItem eintrag : modell.findElements(werkbank.application(), null, MHandledItem.class, null,
					EModelService.ANYWHERE | EModelService.IN_MAIN_MENU | EModelService.IN_PART)) {
				erreichbar.add(eintrag.getCommand().getElementId());
			}
			for (MBindingTable tabelle : werkbank.application().getBindingTables()) {
				tabelle.getBindings().forEach(taste -> erreichbar.add(taste.getCommand().getElementId()));
			}
			List<String> ohneWeg = werkbank.application().getCommands().stream().map(MCommand::getElementId)
					.filter(befehl -> !erreichbar.contains(befehl)).toList();
			assertEquals(List.of(), ohneWeg, "commands without a menu entry or a key");
			assertTrue(erreichbar.size() >= 15, "commands found: " + erreichbar);
		}
	}

	@Test
	void fensterBringsEveryViewToTheFrontWithTheFocusInIt() {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			MMenu fenster = (MMenu) werkbank.application().getChildren().get(0).getMainMenu().getChildren().stream()
					.filter(m -> "org.quartierwerk.app.menu.fenster".equals(m.getElementId())).findFirst().orElseThrow();
			Map<String, String> ansichtNachEintrag = new HashMap<>();
			for (MMenuElement eintrag : fenster.getChildren()) {
				MHandledItem befehl = (MHandledItem) eintrag;
				ansichtNachEintrag.put(eintrag.getLocalizedLabel(), befehl.getParameters().get(0).getValue());
			}
			assertEquals(5, ansichtNachEintrag.size(), "one entry per view: " + ansichtNachEintrag);

			MenuItem fensterEintrag = List.of(werkbank.shell().getMenuBar().getItems()).stream()
					.filter(i -> i.getText().equals("&Fenster")).findFirst().orElse(null);
			assertNotNull(fensterEintrag, "the menu bar has Fenster, Alt+F");
			EPartService parts = werkbank.get(EPartService.class);
			for (MenuItem eintrag : geoeffnet(werkbank, fensterEintrag).getItems()) {
				String text = eintrag.getText().split("\t")[0];
				String ansicht = ansichtNachEintrag.get(text);
				assertNotNull(ansicht, "the entry " + text + " belongs to a view");
				eintrag.notifyListeners(SWT.Selection, new Event());
				werkbank.settle();
				MPart aktiv = parts.getActivePart();
				assertEquals(ansicht, aktiv == null ? null : aktiv.getElementId(), "Fenster → " + text + " activates its view");
				assertTrue(parts.isPartVisible(aktiv), text + " is in front of its stack");
				// the active part has the keyboard focus somewhere inside it
				Control fokus = werkbank.display().getFocusControl();
				assertTrue(fokus != null && innerhalb(fokus, (Control) aktiv.getWidget()),
						"the focus is in " + text + ": " + fokus);
			}
		}
	}

	/** The menu under a menu bar entry, filled as e4 fills it when it is shown. */
	private static Menu geoeffnet(RunningWorkbench werkbank, MenuItem menue) {
		Menu darin = menue.getMenu();
		darin.notifyListeners(SWT.Show, new Event());
		werkbank.settle();
		return darin;
	}

	private static boolean innerhalb(Control control, Control behaelter) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == behaelter) {
				return true;
			}
		}
		return false;
	}
}
