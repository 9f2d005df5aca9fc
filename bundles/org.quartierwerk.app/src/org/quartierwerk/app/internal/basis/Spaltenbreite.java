package org.quartierwerk.app.internal.basis;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * The width of a table or tree column: the width it was laid out with, but never narrower than its heading in the
 * control's font – with a larger system font no heading is cut ("Projektph…"; docs/zugaenglichkeit.md).
 */
public final class Spaltenbreite {

	/** Room beside the heading's text: GTK's padding of a column header and its separator. */
	static final int RAND = 24;

	private Spaltenbreite() {
	}

	/** The width for a column with this heading in {@code tabelle}, at least {@code entwurf} pixels. */
	public static int fuer(Control tabelle, String ueberschrift, int entwurf) {
		GC gc = new GC(tabelle);
		try {
			return Math.max(entwurf, gc.textExtent(ueberschrift.replace("&", "")).x + RAND);
		} finally {
			gc.dispose();
		}
	}
}
