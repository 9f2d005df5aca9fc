package org.quartierwerk.app.internal.projekte;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.Messages;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.StoreException;

/** What the project handlers share: the project they act on, its open editor, undo and redo with error messages. */
public final class Projekthandler {

	/** The project selected in the navigator, else the project of the active editor, else null. */
	public static Projektauswahl ziel(Object auswahl, MPart aktiv) {
		if (auswahl instanceof Projektauswahl projekt) {
			return projekt;
		}
		if (aktiv != null && aktiv.getObject() instanceof PraxisbeispielEditor editor && editor.projekt() != null) {
			String titel = editor.praxisbeispiel() == null ? null : editor.praxisbeispiel().getTitel();
			return new Projektauswahl(editor.projekt(), titel == null || titel.isBlank() ? editor.projekt() : titel);
		}
		return null;
	}

	/** The open editor of the project, or null. */
	public static MPart editor(String name, EPartService parts) {
		for (MPart part : parts.getParts()) {
			if (PraxisbeispielEditor.PART_ID.equals(part.getElementId())
					&& name.equals(part.getPersistedState().get(PraxisbeispielEditor.PROJEKT))) {
				return part;
			}
		}
		return null;
	}

	/** Closes the editor without asking; the caller has asked already. */
	public static void schliesse(MPart editor, EPartService parts) {
		editor.setDirty(false);
		parts.hidePart(editor, true);
	}

	/** Bearbeiten → Rückgängig for the workspace operations. */
	public static void rueckgaengig(Projektoperationen operationen, Shell shell, Messages texte) {
		try {
			operationen.rueckgaengig();
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projekteTitel, e.getMessage());
		}
	}

	/** Bearbeiten → Wiederholen for the workspace operations. */
	public static void wiederholen(Projektoperationen operationen, Shell shell, Messages texte) {
		try {
			operationen.wiederholen();
		} catch (StoreException e) {
			MessageDialog.openError(shell, texte.projekteTitel, e.getMessage());
		}
	}

	private Projekthandler() {
	}
}
