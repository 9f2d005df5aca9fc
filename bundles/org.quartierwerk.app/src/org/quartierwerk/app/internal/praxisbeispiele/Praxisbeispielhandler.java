package org.quartierwerk.app.internal.praxisbeispiele;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;

import jakarta.inject.Named;

/**
 * What the handlers of Duplizieren, Umbenennen and Löschen share: they act on the Praxisbeispiel selected in the
 * navigator or open in the active editor, and are enabled only when there is one; and its open editor.
 */
abstract class Praxisbeispielhandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object auswahl,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart aktiv) {
		return ziel(auswahl, aktiv) != null;
	}

	/** The project selected in the navigator, else the project of the active editor, else null. */
	static Praxisbeispielauswahl ziel(Object auswahl, MPart aktiv) {
		if (auswahl instanceof Praxisbeispielauswahl projekt) {
			return projekt;
		}
		if (aktiv != null && aktiv.getObject() instanceof PraxisbeispielEditor editor && editor.projekt() != null) {
			String titel = editor.praxisbeispiel() == null ? null : editor.praxisbeispiel().getTitel();
			return new Praxisbeispielauswahl(editor.projekt(), titel == null || titel.isBlank() ? editor.projekt() : titel);
		}
		return null;
	}

	/** The open editor of the project, or null. */
	static MPart editor(String name, EPartService parts) {
		for (MPart part : parts.getParts()) {
			if (PraxisbeispielEditor.PART_ID.equals(part.getElementId())
					&& name.equals(part.getPersistedState().get(PraxisbeispielEditor.PROJEKT))) {
				return part;
			}
		}
		return null;
	}

	/** Closes the editor without asking; the caller has asked already. */
	static void schliesse(MPart editor, EPartService parts) {
		editor.setDirty(false);
		parts.hidePart(editor, true);
	}

}
