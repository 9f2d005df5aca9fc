package org.quartierwerk.app.internal.basis;

import org.quartierwerk.core.StoreException;

/** Bearbeiten → Rückgängig (Ctrl+Z): takes back the last step of the active part's history. */
public final class RueckgaengigHandler extends Verlaufshandler {

	@Override
	boolean moeglich(Rueckgaengigbar verlauf) {
		return verlauf.canUndo();
	}

	@Override
	void schritt(Rueckgaengigbar verlauf) throws StoreException {
		verlauf.undo();
	}
}
