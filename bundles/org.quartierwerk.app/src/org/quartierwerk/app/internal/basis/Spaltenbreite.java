package org.quartierwerk.app.internal.basis;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * The width of a table or tree column: the width it was laid out with, grown with the font when the desktop's text is
 * larger than the font it was laid out for, and never narrower than its heading in the control's font – with a larger
 * system font neither a heading ("Projektph…") nor the cells' contents are cut more than in the usual size
 * (docs/zugaenglichkeit.md).
 */
public final class Spaltenbreite {

	/** Room beside the heading's text: GTK's padding of a column header and its separator. */
	static final int RAND = 24;

	/**
	 * The width of a digit in the font the columns' widths were laid out for: GTK's default, DejaVu Sans 10 pt at 96 dpi
	 * (a digit is 0.636 em of 13.3 pixels).
	 */
	static final double ENTWURF_ZIFFERNBREITE = 8.5;

	private Spaltenbreite() {
	}

	/**
	 * The width for a column with this heading in {@code tabelle}: {@code entwurf} pixels in the font they were laid out
	 * for, as much more as the control's font is larger, and at least the heading's width.
	 */
	public static int fuer(Control tabelle, String ueberschrift, int entwurf) {
		return Math.max(gewachsen(tabelle, entwurf), ueberschriftsbreite(tabelle, ueberschrift.replace("&", "")) + RAND);
	}

	/** {@code entwurf} pixels grown by the factor the control's font is larger than the one it was laid out for. */
	static int gewachsen(Control tabelle, int entwurf) {
		GC gc = new GC(tabelle);
		try {
			double faktor = gc.textExtent("0123456789").x / 10.0 / ENTWURF_ZIFFERNBREITE;
			return Math.max(entwurf, (int) Math.round(entwurf * faktor));
		} finally {
			gc.dispose();
		}
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
