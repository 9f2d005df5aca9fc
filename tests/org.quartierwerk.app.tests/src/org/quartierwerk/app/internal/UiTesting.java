package org.quartierwerk.app.internal;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.suppliers.ExtendedObjectSupplier;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.testing.Bedingung;

/**
 * What the SWT tests share: the German texts, a user's gestures on widgets (clicking, typing into cells, choosing),
 * letting the display catch up, waiting until the workbench shows something, screenshots for review.
 */
public final class UiTesting {

	/** Where the tests put their pictures of the workbench, for a person to review. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The most a test waits for the workbench to show something; it goes on as soon as it is shown. */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** The longest the display sleeps between two checks of a condition. */
	private static final int ROUND_MS = 20;
	private static final Runnable WAKE_UP = () -> {
		// only wakes the display
	};

	private UiTesting() {
	}

	/** The German texts as the workbench injects them (@Translation reads the same file). */
	public static Messages germanTexts() {
		Properties properties = new Properties();
		try (InputStream in = FrameworkUtil.getBundle(Messages.class).getEntry("OSGI-INF/l10n/bundle.properties").openStream()) {
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
		// several rounds: what runs may post more (e.g. an editor's dirty state after a command)
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// keep going
			}
		}
	}

	/**
	 * Whether the condition holds within {@link #TIMEOUT}, running the display meanwhile: what is queued, and the
	 * timers (a delayed search, the editor's pause after typing) when they are due. Between two checks the thread
	 * sleeps until the display has something to do, at most {@link #ROUND_MS} long.
	 */
	public static boolean await(Display display, BooleanSupplier condition) {
		return Bedingung.giltBinnen(condition, TIMEOUT, () -> {
			if (!display.readAndDispatch()) {
				display.timerExec(ROUND_MS, WAKE_UP);
				display.sleep();
			}
		});
	}

	/** As {@link #await(Display, BooleanSupplier)}, failing with the message when the time is up. */
	public static void waitFor(Display display, BooleanSupplier condition, Supplier<String> message) {
		if (!await(display, condition)) {
			throw new AssertionError(message.get() + " (not within " + TIMEOUT.toSeconds() + " s)");
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

	/**
	 * What the workbench does at start: the supplier of {@code @Translation} objects reads the locale and the
	 * translation service from this context.
	 */
	public static void connectTranslations(IEclipseContext context) {
		BundleContext bundles = FrameworkUtil.getBundle(UiTesting.class).getBundleContext();
		try {
			var suppliers = bundles.getServiceReferences(ExtendedObjectSupplier.class,
					"(" + ExtendedObjectSupplier.SERVICE_CONTEXT_KEY + "=" + Translation.class.getName() + ")");
			if (suppliers.isEmpty()) {
				throw new AssertionError("no supplier for @Translation");
			}
			for (var supplier : suppliers) {
				ContextInjectionFactory.inject(bundles.getService(supplier), context);
			}
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}

	/** The first control of this type at or under {@code where}, depth first, that passes the test; null if none. */
	@SuppressWarnings("unchecked")
	public static <C extends Control> C find(Control where, Class<C> type, Predicate<C> test) {
		if (type.isInstance(where) && test.test((C) where)) {
			return (C) where;
		}
		if (where instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				C found = find(child, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Clicks the button with this text (mnemonic and all) somewhere under {@code where}. */
	public static void click(Control where, String text) {
		Button button = find(where, Button.class, b -> text.equals(b.getText()));
		if (button == null) {
			throw new AssertionError("no button " + text);
		}
		button.notifyListeners(SWT.Selection, new Event());
		settle(where.getDisplay());
	}

	/** Types into a cell: the cell editor opens, takes the text, and the value is applied. */
	public static void typeInCell(ColumnViewer viewer, Object row, int column, String text) {
		editCell(viewer, row, column, editor -> ((Text) editor).setText(text));
	}

	/** Chooses an entry of a cell's drop-down. */
	public static void chooseInCell(ColumnViewer viewer, Object row, int column, String entry) {
		editCell(viewer, row, column, editor -> {
			CCombo combo = (CCombo) editor;
			int index = Arrays.asList(combo.getItems()).indexOf(entry);
			if (index < 0) {
				throw new AssertionError(entry + " is not among " + Arrays.toString(combo.getItems()));
			}
			combo.select(index);
			combo.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static void editCell(ColumnViewer viewer, Object row, int column, Consumer<Control> input) {
		viewer.editElement(row, column);
		Control editor = Arrays.stream(((Composite) viewer.getControl()).getChildren()).filter(Control::isVisible).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor opened in column " + column));
		input.accept(editor);
		viewer.applyEditorValue();
		settle(viewer.getControl().getDisplay());
	}
}
