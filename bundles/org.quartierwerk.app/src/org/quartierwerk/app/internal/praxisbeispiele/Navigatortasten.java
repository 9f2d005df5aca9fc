package org.quartierwerk.app.internal.praxisbeispiele;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.quartierwerk.app.internal.praxisbeispiele.Navigatorbaum.Projektknoten;

/**
 * What the navigator's tree does on keys and double-clicks: double-click or Enter opens the Praxisbeispiel, or opens
 * and closes a group; F2 renames and Entf deletes – on the tree only, never in the search box or an editor's field.
 */
final class Navigatortasten {

	/** Command ids of Umbenennen and Löschen (fragmente/praxisbeispiele.e4xmi). */
	static final String UMBENENNEN = "org.quartierwerk.app.command.umbenennen";
	static final String LOESCHEN = "org.quartierwerk.app.command.loeschen";

	/** Opens a Praxisbeispiel in its editor. */
	interface Oeffner {
		void oeffne(String name);
	}

	static void verbinde(TreeViewer viewer, Oeffner oeffner, ECommandService commands, EHandlerService handlers) {
		viewer.addDoubleClickListener(event -> {
			Object gewaehlt = viewer.getStructuredSelection().getFirstElement();
			if (gewaehlt instanceof Projektknoten knoten) {
				oeffner.oeffne(knoten.projekt().name());
			} else if (gewaehlt != null) {
				viewer.setExpandedState(gewaehlt, !viewer.getExpandedState(gewaehlt));
			}
		});
		viewer.getControl().addListener(SWT.KeyDown, event -> {
			String befehl = event.keyCode == SWT.F2 ? UMBENENNEN : event.keyCode == SWT.DEL ? LOESCHEN : null;
			if (befehl != null && event.stateMask == 0 && commands != null && handlers != null) {
				handlers.executeHandler(commands.createCommand(befehl, null));
				event.doit = false;
			}
		});
	}

	private Navigatortasten() {
	}
}
