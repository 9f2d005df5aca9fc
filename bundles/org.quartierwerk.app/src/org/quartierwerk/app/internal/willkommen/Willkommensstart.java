package org.quartierwerk.app.internal.willkommen;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.osgi.service.event.Event;
import org.quartierwerk.app.internal.basis.Einstellungen;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.core.WorkspaceLocator;

import jakarta.inject.Inject;

/**
 * Add-on: when the workbench has started, the Willkommen page opens in the editor area, unless the user turned
 * "Beim Start anzeigen" off on it.
 */
public final class Willkommensstart {

	/** Set in the application's context once the start was handled, whether the page opened or not. */
	public static final String GEPRUEFT = Willkommensstart.class.getName() + ".geprueft";

	@Inject
	@Optional
	void gestartet(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
			@Service WorkspaceLocator workspace, @Translation Messages texte) {
		try {
			if (beimStart(workspace)) {
				zeige(application, texte);
			}
		} finally {
			application.getContext().set(GEPRUEFT, Boolean.TRUE);
		}
	}

	private static void zeige(MApplication application, Messages texte) {
		var fenster = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
		if (fenster.getContext() == null) {
			return; // the window was closed before the start was announced
		}
		EPartService parts = fenster.getContext().get(EPartService.class);
		EModelService models = fenster.getContext().get(EModelService.class);
		WillkommenHandler.zeige(parts, models, application, texte);
	}

	/** Whether the page opens at the start; when the settings cannot be read it does (a newcomer needs it most). */
	static boolean beimStart(WorkspaceLocator workspace) {
		try {
			return Einstellungen.von(workspace.folder()).schalter(WillkommenPart.BEIM_START, true);
		} catch (IOException e) {
			return true;
		}
	}
}
