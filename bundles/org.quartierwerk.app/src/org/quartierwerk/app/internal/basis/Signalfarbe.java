package org.quartierwerk.app.internal.basis;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * The two colours that underline a statement which also stands as text (docs/zugaenglichkeit.md, "Farben"): a
 * balanced plan in dark green, a gap or a surplus in dark red. Both keep a contrast of at least 4.5:1 on a white
 * background (pure red has 4:1). With the desktop's high-contrast setting the theme's own text colour is used instead:
 * the user chose those colours, and the text says the same.
 */
public enum Signalfarbe {

	AUSGEGLICHEN(SWT.COLOR_DARK_GREEN), WARNUNG(SWT.COLOR_DARK_RED);

	private final int systemfarbe;

	Signalfarbe(int systemfarbe) {
		this.systemfarbe = systemfarbe;
	}

	/** The colour for a text, or null – the theme's text colour – in high contrast. */
	public Color auf(Display display) {
		return display.getHighContrast() ? null : display.getSystemColor(systemfarbe);
	}
}
