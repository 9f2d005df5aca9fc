package org.quartierwerk.app.internal.zugaenglichkeit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.testing.Arbeitsbereich;

/**
 * The workbench with the desktop's high-contrast theme and a larger font (text scaling 1.5, as the desktop's
 * accessibility settings set it): SWT reports the high contrast, no label or button of the Willkommen page and the
 * editor's pages is cut off, no column heading is narrower than its text, and screenshots of the main window and
 * the editor's pages show how it looks
 * ({@code target/screenshots/kontrast-*.png}; {@code kontrast-vorher-willkommen.png} is the usual look, to compare).
 */
class KontrastUndSchriftTest {

	/** The least room GTK's column header needs beside its text (padding on both sides). */
	private static final int KOPFRAND = 12;

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void inHighContrastAndWithALargerFontNoLabelIsCutOff() throws Exception {
		List<String> abgeschnitten = new ArrayList<>();
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			// for comparison: the same window with the desktop's usual theme and font
			UiTesting.screenshot(werkbank.shell(), "kontrast-vorher-willkommen.png");
		}
		try (Darstellung darstellung = new Darstellung()) {
			darstellung.thema(Darstellung.HOHER_KONTRAST);
			darstellung.schriftgroesse(1.5);
			UiTesting.settle(Display.getDefault());
			assertTrue(Display.getDefault().getHighContrast(), "SWT sees the desktop's high contrast");
			try (RunningWorkbench werkbank = RunningWorkbench.start()) {
				werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null);
				MPart willkommen = werkbank.get(EPartService.class).getActivePart();
				UiTesting.screenshot(werkbank.shell(), "kontrast-willkommen.png");
				pruefe("Willkommen", (Control) willkommen.getWidget(), abgeschnitten);

				Dialogbedienung.klicke(Dialogbedienung.knopf((Composite) willkommen.getWidget(), "Ein Beispiel &ansehen"));
				assertTrue(werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null
						&& werkbank.get(EPartService.class).getActivePart().getObject() instanceof PraxisbeispielEditor),
						"the example opened in the editor");
				MPart editor = werkbank.get(EPartService.class).getActivePart();
				CTabFolder seiten = UiTesting.find((Control) editor.getWidget(), CTabFolder.class, f -> true);
				for (CTabItem seite : seiten.getItems()) {
					seiten.setSelection(seite);
					werkbank.settle();
					String name = seite.getText().replace("&&", "und").replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
					UiTesting.screenshot(werkbank.shell(), "kontrast-editor-" + name + ".png");
					pruefe("Editor, Seite " + seite.getText(), seite.getControl(), abgeschnitten);
				}
			}
		}
		assertEquals("", String.join("\n", abgeschnitten), abgeschnitten.size() + " cut off");
	}

	/** Labels and buttons (not those that wrap) narrower than their text needs. */
	private static void pruefe(String ort, Control control, List<String> abgeschnitten) {
		if (!control.isVisible()) {
			return;
		}
		String text = control instanceof Label label && (label.getStyle() & SWT.WRAP) == 0 ? label.getText()
				: control instanceof Button button ? button.getText() : null;
		if (text != null && !text.isBlank()) {
			Point noetig = control.computeSize(SWT.DEFAULT, SWT.DEFAULT);
			Point hat = control.getSize();
			if (hat.x + 1 < noetig.x || hat.y + 1 < noetig.y) {
				abgeschnitten.add(ort + " → „" + text + "“ hat " + hat.x + "×" + hat.y + " statt " + noetig.x + "×" + noetig.y);
			}
		}
		if (control instanceof Table tabelle && tabelle.getHeaderVisible()) {
			for (TableColumn spalte : tabelle.getColumns()) {
				pruefeSpalte(ort, tabelle, spalte.getText(), spalte.getWidth(), abgeschnitten);
			}
		}
		if (control instanceof Tree baum && baum.getHeaderVisible()) {
			for (TreeColumn spalte : baum.getColumns()) {
				pruefeSpalte(ort, baum, spalte.getText(), spalte.getWidth(), abgeschnitten);
			}
		}
		if (control instanceof Composite composite) {
			for (Control kind : composite.getChildren()) {
				pruefe(ort, kind, abgeschnitten);
			}
		}
	}

	/**
	 * A column narrower than its heading's text (plain or bold, as the theme draws it) and the header's padding: GTK then
	 * cuts it ("Projektph…").
	 */
	private static void pruefeSpalte(String ort, Control tabelle, String ueberschrift, int breite, List<String> abgeschnitten) {
		if (ueberschrift.isBlank()) {
			return;
		}
		int noetig = Spaltenbreite.ueberschriftsbreite(tabelle, ueberschrift) + KOPFRAND;
		if (breite < noetig) {
			abgeschnitten.add(ort + " → Spalte „" + ueberschrift + "“ hat " + breite + " statt " + noetig + " Pixel");
		}
	}
}
