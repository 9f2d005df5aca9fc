package org.quartierwerk.app.internal.basis;

import org.quartierwerk.core.StoreException;

/** Bearbeiten → Wiederholen (Ctrl+Y): repeats the step the last undo of the active part's history took back. */
public final class WiederholenHandler extends Verlaufshandler {

	@Override
	boolean moeglich(Rueckgaengigbar verlauf) {
		return verlauf.canRedo();
	}

	@Override
	void schritt(Rueckgaengigbar verlauf) throws StoreException {
		verlauf.redo();
	}
}
