package org.quartierwerk.app.internal.zugaenglichkeit;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.widgets.Display;

/**
 * The desktop's settings for contrast and font size, changed for a test as the desktop changes them: through GTK's
 * settings object ({@code gtk-theme-name}, {@code gtk-xft-dpi}), which GTK applies at once to every window. SWT has no
 * API for them; this reaches SWT's GTK internals by reflection.
 */
final class Darstellung implements AutoCloseable {

	/** The high-contrast theme that GTK 3 brings along. */
	static final String HOHER_KONTRAST = "HighContrast";

	private final Method setzeText;
	private final Method setzeZahl;
	private final Method liesZahl;
	private final long einstellungen;
	private final String vorherThema;
	private final int vorherDpi;

	Darstellung() {
		try {
			ClassLoader swt = Display.class.getClassLoader();
			Class<?> os = swt.loadClass("org.eclipse.swt.internal.gtk.OS");
			Class<?> gtk = swt.loadClass("org.eclipse.swt.internal.gtk.GTK");
			einstellungen = (long) gtk.getMethod("gtk_settings_get_default").invoke(null);
			setzeText = os.getMethod("g_object_set", long.class, byte[].class, byte[].class, long.class);
			setzeZahl = os.getMethod("g_object_set", long.class, byte[].class, int.class, long.class);
			liesZahl = os.getMethod("g_object_get", long.class, byte[].class, int[].class, long.class);
			String thema = (String) os.getMethod("getThemeName").invoke(null);
			vorherThema = thema == null || thema.isEmpty() || "unknown".equals(thema) ? "Adwaita" : thema;
			int[] dpi = new int[1];
			liesZahl.invoke(null, einstellungen, c("gtk-xft-dpi"), dpi, 0L);
			vorherDpi = dpi[0];
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("SWT for GTK 3 is needed to change the desktop's settings: " + e);
		}
	}

	/** Switches GTK's theme, e.g. to {@link #HOHER_KONTRAST}. */
	void thema(String name) {
		try {
			setzeText.invoke(null, einstellungen, c("gtk-theme-name"), c(name), 0L);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	/** Sets the font resolution, as the desktop's "text scaling" does: 1.5 makes every font half as large again. */
	void schriftgroesse(double faktor) {
		try {
			setzeZahl.invoke(null, einstellungen, c("gtk-xft-dpi"), (int) Math.round(96 * 1024 * faktor), 0L);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	/** Back to the settings before. */
	@Override
	public void close() {
		thema(vorherThema);
		try {
			setzeZahl.invoke(null, einstellungen, c("gtk-xft-dpi"), vorherDpi, 0L);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static byte[] c(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		byte[] mitNull = new byte[bytes.length + 1];
		System.arraycopy(bytes, 0, mitNull, 0, bytes.length);
		return mitNull;
	}
}
