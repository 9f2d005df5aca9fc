package org.quartierwerk.app.internal.basis;

import org.eclipse.emf.common.command.CommandStack;
import org.quartierwerk.core.StoreException;

/**
 * What Bearbeiten → Rückgängig and Wiederholen act on while a part is active. A part puts its history into its own
 * context under this type – the navigator its workspace operations, the editor its command stack – so the two
 * handlers find the active part's history and know no part.
 */
public interface Rueckgaengigbar {

	boolean canUndo();

	/** Takes back the last step; a step that touches files may fail with a German message and changes nothing. */
	void undo() throws StoreException;

	boolean canRedo();

	void redo() throws StoreException;

	/** The history of an EMF command stack. */
	static Rueckgaengigbar von(CommandStack stapel) {
		return new Rueckgaengigbar() {
			@Override
			public boolean canUndo() {
				return stapel.canUndo();
			}

			@Override
			public void undo() {
				stapel.undo();
			}

			@Override
			public boolean canRedo() {
				return stapel.canRedo();
			}

			@Override
			public void redo() {
				stapel.redo();
			}
		};
	}
}
