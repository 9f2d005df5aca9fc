package org.quartierwerk.app.internal;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** What the SWT tests share: the German texts, letting the display catch up, screenshots for review. */
public final class UiTesting {

	/** Where the tests put their pictures of the workbench, for a person to review. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private UiTesting() {
	}

	/** The German texts as the workbench injects them (@Translation reads the same file). */
	public static Messages germanTexts() {
		Properties properties = new Properties();
		try (InputStream in = FrameworkUtil.getBundle(Messages.class).getEntry("OSGI-INF/l10n/bundle_de.properties").openStream()) {
			properties.load(in);
			Messages texte = new Messages();
			for (Field field : Messages.class.getFields()) {
				field.set(texte, properties.getProperty(field.getName()));
			}
			return texte;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Runs what is queued on the display: layout, paint, async updates. */
	public static void settle(Display display) {
		while (display.readAndDispatch()) {
			// nothing else to do
		}
	}

	/** Writes a picture of the window as it is on the screen to {@link #SCREENSHOTS}. */
	public static void screenshot(Shell window, String name) throws Exception {
		Display display = window.getDisplay();
		window.update();
		settle(display);
		Rectangle bounds = window.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(SCREENSHOTS);
			loader.save(SCREENSHOTS.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
