package org.quartierwerk.app.internal.basis;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
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
		return Math.max(entwurf, ueberschriftsbreite(tabelle, ueberschrift.replace("&", "")) + RAND);
	}

	/**
	 * The width of a heading's text in the control's font, plain or bold, whichever is wider: GTK themes draw column
	 * headings in either (the high-contrast theme in bold).
	 */
	public static int ueberschriftsbreite(Control tabelle, String text) {
		GC gc = new GC(tabelle);
		Font fett = null;
		try {
			int breite = gc.textExtent(text).x;
			FontData[] schrift = gc.getFont().getFontData();
			for (FontData daten : schrift) {
				daten.setStyle(daten.getStyle() | SWT.BOLD);
			}
			fett = new Font(tabelle.getDisplay(), schrift);
			gc.setFont(fett);
			return Math.max(breite, gc.textExtent(text).x);
		} finally {
			gc.dispose();
			if (fett != null) {
				fett.dispose();
			}
		}
	}
}
