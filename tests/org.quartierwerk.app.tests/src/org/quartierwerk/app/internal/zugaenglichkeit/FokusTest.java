package org.quartierwerk.app.internal.zugaenglichkeit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.willkommen.WillkommenPart;
import org.quartierwerk.testing.Arbeitsbereich;

/**
 * The keyboard focus is visible (issue 23, EN 301 549 11.2.4.7): for every kind of control the workbench uses – a
 * button, a check box, a text field, a drop-down, the navigator's tree, a table, the editor's page tabs – the control
 * looks different on the screen when it has the focus than when another one has it, and is wholly in sight then (a
 * scrolled page scrolls to it), in the usual theme and in high contrast. GTK draws the focus only after the keyboard was used in a window (its "focus-visible"); the test switches it
 * on as a Tab key press does.
 */
class FokusTest {

	/**
	 * The least number of pixels that must change with the focus: a text field's caret (one pixel by a line's height)
	 * is the smallest indicator GTK draws – a multi-line field shows nothing else.
	 */
	private static final int MINDESTENS = 12;

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void everyKindOfControlShowsWhenItHasTheFocus() throws Exception {
		List<String> unsichtbar = new ArrayList<>();
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			pruefe(werkbank, "gewohnte Darstellung", unsichtbar);
			try (Darstellung darstellung = new Darstellung()) {
				darstellung.thema(Darstellung.HOHER_KONTRAST);
				werkbank.settle();
				pruefe(werkbank, "hoher Kontrast", unsichtbar);
			}
		}
		assertEquals("", String.join("\n", unsichtbar), unsichtbar.size() + " controls without a visible focus");
	}

	private static void pruefe(RunningWorkbench werkbank, String darstellung, List<String> unsichtbar) throws Exception {
		werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null);
		MPart navigator = werkbank.show("org.quartierwerk.app.part.projekte");
		MPart probleme = werkbank.show("org.quartierwerk.app.part.probleme");
		MPart willkommen = werkbank.show(WillkommenPart.PART_ID);
		Map<String, Control> arten = new LinkedHashMap<>();
		Composite seite = (Composite) willkommen.getWidget();
		arten.put("Knopf", Dialogbedienung.knopf(seite, "Ein Beispiel &ansehen"));
		arten.put("Kästchen", UiTesting.find(seite, Button.class, b -> b.getText().equals("Beim &Start anzeigen")));
		Composite links = (Composite) navigator.getWidget();
		arten.put("Suchfeld", UiTesting.find(links, Text.class, t -> true));
		arten.put("Auswahlliste", UiTesting.find(links, Combo.class, c -> true));
		arten.put("Baum", UiTesting.find(links, Tree.class, t -> true));
		arten.put("Tabelle", UiTesting.find((Composite) probleme.getWidget(), Table.class, t -> true));
		pruefe(werkbank, darstellung, arten, unsichtbar);

		// the editor takes the Willkommen page's place: its controls in a second round
		Dialogbedienung.klicke(Dialogbedienung.knopf(seite, "Ein Beispiel &ansehen"));
		assertTrue(werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null
				&& werkbank.get(EPartService.class).getActivePart().getObject() instanceof PraxisbeispielEditor), "the example opened");
		MPart editorPart = werkbank.get(EPartService.class).getActivePart();
		Composite editor = (Composite) editorPart.getWidget();
		arten.clear();
		arten.put("Reiter der Editorseiten", UiTesting.find(editor, CTabFolder.class, f -> true));
		arten.put("Textfeld", UiTesting.find(editor, Text.class, t -> t.isVisible() && (t.getStyle() & SWT.SEARCH) == 0));
		arten.put("Textfeld daneben", UiTesting.find(editor, Text.class,
				t -> t.isVisible() && (t.getStyle() & SWT.SEARCH) == 0 && t != arten.get("Textfeld")));
		pruefe(werkbank, darstellung, arten, unsichtbar);
		werkbank.get(EPartService.class).hidePart(editorPart);
		werkbank.settle();
	}

	/** Each control looks different with the focus than while another control of the list has it. */
	private static void pruefe(RunningWorkbench werkbank, String darstellung, Map<String, Control> arten, List<String> unsichtbar) {
		for (Map.Entry<String, Control> art : arten.entrySet()) {
			Control control = art.getValue();
			assertTrue(control != null && !control.isDisposed() && control.isVisible(), art.getKey() + " found");
			werkbank.focus(anderes(arten, control));
			fokusSichtbar(werkbank.shell());
			ImageData ohne = bild(control);
			if (control instanceof CTabFolder reiter) {
				// the tab row itself, as Tab reaches it (setFocus would pass the focus on to the page)
				werkbank.shell().forceActive();
				assertTrue(reiter.forceFocus(), "the page tabs take the focus");
			} else {
				werkbank.focus(control);
			}
			fokusSichtbar(werkbank.shell());
			ImageData mit = bild(control);
			int anders = unterschied(ohne, mit);
			String name = "fokus-" + (darstellung.startsWith("hoher") ? "kontrast-" : "") + art.getKey().toLowerCase(Locale.ROOT)
					.replace(' ', '-').replace("ä", "ae");
			speichere(ohne, name + "-ohne.png");
			speichere(mit, name + "-mit.png");
			if (anders < MINDESTENS) {
				unsichtbar.add(darstellung + ": " + art.getKey() + " – " + anders + " Pixel ändern sich");
			}
			if (!ganzZuSehen(control)) {
				unsichtbar.add(darstellung + ": " + art.getKey() + " – mit dem Fokus nicht ganz zu sehen (nicht dorthin gerollt)");
			}
		}
	}

	private static Control anderes(Map<String, Control> arten, Control ausser) {
		return arten.values().stream().filter(c -> c != ausser && !(c instanceof CTabFolder) && c.isVisible()).findFirst()
				.orElseThrow();
	}

	/** What a Tab key press does in GTK: the window shows where the focus is from now on. */
	private static void fokusSichtbar(Shell shell) {
		try {
			ClassLoader swt = Display.class.getClassLoader();
			Class<?> os = swt.loadClass("org.eclipse.swt.internal.gtk.OS");
			Method setze = os.getMethod("g_object_set", long.class, byte[].class, boolean.class, long.class);
			Field fenster = Shell.class.getDeclaredField("shellHandle");
			fenster.setAccessible(true);
			setze.invoke(null, fenster.getLong(shell), "focus-visible\0".getBytes(StandardCharsets.US_ASCII), true, 0L);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("SWT for GTK 3 is needed to show the focus: " + e);
		}
		// GTK draws the focus in the active window only; without a window manager X makes it active a moment later
		shell.forceActive();
		UiTesting.waitFor(shell.getDisplay(), () -> shell.getDisplay().getActiveShell() == shell, () -> "the window did not become active");
		shell.redraw();
		shell.update();
		UiTesting.settle(shell.getDisplay());
	}

	/** The control as it is on the screen, once GTK has drawn it (two pictures in a row alike). */
	private static ImageData bild(Control control) {
		ImageData vorher = aufnahme(control);
		for (int i = 0; i < 20; i++) {
			ImageData jetzt = aufnahme(control);
			if (unterschied(vorher, jetzt) == 0) {
				return jetzt;
			}
			vorher = jetzt;
		}
		return vorher;
	}

	private static ImageData aufnahme(Control control) {
		Display display = control.getDisplay();
		control.redraw();
		control.update();
		UiTesting.settle(display);
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		UiTesting.settle(display);
		Rectangle grenzen = display.map(control.getParent(), null, control.getBounds());
		Image bild = new Image(display, grenzen.width, grenzen.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(bild, grenzen.x, grenzen.y);
			return bild.getImageData();
		} finally {
			gc.dispose();
			bild.dispose();
		}
	}

	/** Whether the control lies wholly inside what each of its parents shows (a scrolled page shows a part only). */
	private static boolean ganzZuSehen(Control control) {
		Display display = control.getDisplay();
		Rectangle flaeche = display.map(control.getParent(), null, control.getBounds());
		for (Composite eltern = control.getParent(); eltern != null; eltern = eltern.getParent()) {
			Rectangle sicht = display.map(eltern, null, eltern.getClientArea());
			if (!sicht.intersection(flaeche).equals(flaeche)) {
				return false;
			}
			if (eltern instanceof Shell) {
				break;
			}
		}
		return true;
	}

	/** Keeps a picture for review in {@code target/screenshots/}. */
	private static void speichere(ImageData bild, String name) {
		try {
			Files.createDirectories(UiTesting.SCREENSHOTS);
			ImageLoader lader = new ImageLoader();
			lader.data = new ImageData[] { bild };
			lader.save(UiTesting.SCREENSHOTS.resolve(name).toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int unterschied(ImageData a, ImageData b) {
		int anders = 0;
		for (int y = 0; y < a.height; y++) {
			for (int x = 0; x < a.width; x++) {
				if (a.getPixel(x, y) != b.getPixel(x, y)) {
					anders++;
				}
			}
		}
		return anders;
	}
}
