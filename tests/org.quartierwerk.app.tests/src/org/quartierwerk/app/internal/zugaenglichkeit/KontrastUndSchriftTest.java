package org.quartierwerk.app.internal.zugaenglichkeit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
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
		Map<String, Integer> breitenVorher;
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			// for comparison: the same window with the desktop's usual theme and font
			UiTesting.screenshot(werkbank.shell(), "kontrast-vorher-willkommen.png");
			breitenVorher = spaltenbreiten(beispielImEditor(werkbank), true);
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

				MPart editor = beispielImEditor(werkbank);
				// the columns grew with the font: what fitted into a cell before fits now
				Map<String, Integer> breitenNachher = spaltenbreiten(editor, false);
				assertTrue(breitenVorher.size() > 10, "columns with a width of their own: " + breitenVorher.keySet());
				breitenVorher.forEach((spalte, vorher) -> {
					Integer breite = breitenNachher.get(spalte);
					if (breite == null || breite < Math.round(vorher * 1.3)) {
						abgeschnitten.add(spalte + " hat " + breite + " Pixel, in gewohnter Schrift " + vorher);
					}
				});
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

	/** Willkommen → Ein Beispiel ansehen: the example's editor. */
	private static MPart beispielImEditor(RunningWorkbench werkbank) {
		werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null);
		MPart willkommen = werkbank.get(EPartService.class).getActivePart();
		Dialogbedienung.klicke(Dialogbedienung.knopf((Composite) willkommen.getWidget(), "Ein Beispiel &ansehen"));
		assertTrue(werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null
				&& werkbank.get(EPartService.class).getActivePart().getObject() instanceof PraxisbeispielEditor),
				"the example opened in the editor");
		return werkbank.get(EPartService.class).getActivePart();
	}

	/**
	 * The width of every column of every table on the editor's pages, by page, table and heading; with {@code nurEigene}
	 * of those only whose width is their own, not their heading's (the heading rule is checked on its own).
	 */
	private static Map<String, Integer> spaltenbreiten(MPart editor, boolean nurEigene) {
		Map<String, Integer> breiten = new LinkedHashMap<>();
		CTabFolder seiten = UiTesting.find((Control) editor.getWidget(), CTabFolder.class, f -> true);
		for (CTabItem seite : seiten.getItems()) {
			List<Control> tabellen = new ArrayList<>();
			sammle(seite.getControl(), tabellen);
			for (int i = 0; i < tabellen.size(); i++) {
				String ort = seite.getText() + ", Tabelle " + (i + 1) + ", Spalte „";
				if (tabellen.get(i) instanceof Table tabelle) {
					// not the last column: GTK gives it whatever room the table has left
					for (TableColumn spalte : List.of(tabelle.getColumns()).subList(0, tabelle.getColumnCount() - 1)) {
						eigeneBreite(breiten, ort, tabelle, spalte.getText(), spalte.getWidth(), nurEigene);
					}
				} else if (tabellen.get(i) instanceof Tree baum) {
					for (TreeColumn spalte : List.of(baum.getColumns()).subList(0, baum.getColumnCount() - 1)) {
						eigeneBreite(breiten, ort, baum, spalte.getText(), spalte.getWidth(), nurEigene);
					}
				}
			}
		}
		return breiten;
	}

	private static void eigeneBreite(Map<String, Integer> breiten, String ort, Control tabelle, String ueberschrift, int breite,
			boolean nurEigene) {
		if (!nurEigene || breite > Spaltenbreite.fuer(tabelle, ueberschrift, 0)) {
			breiten.put(ort + ueberschrift + "“", breite);
		}
	}

	private static void sammle(Control control, List<Control> tabellen) {
		if (control instanceof Table || control instanceof Tree) {
			tabellen.add(control);
		} else if (control instanceof Composite composite) {
			for (Control kind : composite.getChildren()) {
				sammle(kind, tabellen);
			}
		}
	}

	/**
	 * The Finanzierung page underlines its balance and the years' differences in dark green and dark red; with the
	 * desktop's high contrast switched on while the page is open, they take the theme's text colour, and back again.
	 */
	@Test
	void signalColoursGiveWayToTheThemesColoursInHighContrast() {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			MPart editor = beispielImEditor(werkbank);
			// an Ausgabe recorded, so that the page says whether the plan balances (without, it says nothing in colour)
			mitAusgabe((PraxisbeispielEditor) editor.getObject());
			CTabFolder seiten = UiTesting.find((Control) editor.getWidget(), CTabFolder.class, f -> true);
			CTabItem finanzierung = List.of(seiten.getItems()).stream().filter(i -> i.getText().equals("Finanzierung")).findFirst()
					.orElseThrow();
			seiten.setSelection(finanzierung);
			werkbank.settle();
			List<String> vorher = signalfarben(finanzierung.getControl());
			assertTrue(!vorher.isEmpty(), "the example's page shows its balance in a signal colour");
			try (Darstellung darstellung = new Darstellung()) {
				darstellung.thema(Darstellung.HOHER_KONTRAST);
				einstellungenAngekommen(werkbank);
				assertTrue(werkbank.display().getHighContrast(), "SWT sees the desktop's high contrast");
				assertEquals(List.of(), signalfarben(finanzierung.getControl()), "fixed colours in high contrast");
			}
			einstellungenAngekommen(werkbank);
			assertEquals(vorher, signalfarben(finanzierung.getControl()), "the usual theme again");
		}
	}

	/**
	 * Lets SWT announce a changed desktop setting (SWT.Settings): SWT notes GTK's change and sends the event when its
	 * event loop would sleep, which the tests' loop never does by itself.
	 */
	private static void einstellungenAngekommen(RunningWorkbench werkbank) {
		werkbank.display().asyncExec(() -> {
		});
		werkbank.display().sleep();
		werkbank.settle();
	}

	/** Adds an Ausgabe of 1.000 € to the project's plan, as one undoable change of the editor. */
	private static void mitAusgabe(PraxisbeispielEditor editor) {
		Ausgabeposition miete = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		miete.setBezeichnung("Miete Treffpunkt");
		miete.setBetrag(new BigDecimal("1000"));
		Finanzierungsplan plan = editor.praxisbeispiel().getFinanzierungsplan();
		EditingDomain domain = editor.domain();
		if (plan == null) {
			Finanzierungsplan neu = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
			neu.getAusgaben().add(miete);
			domain.getCommandStack().execute(SetCommand.create(domain, editor.praxisbeispiel(), Literals.PRAXISBEISPIEL__FINANZIERUNGSPLAN, neu));
		} else {
			domain.getCommandStack().execute(AddCommand.create(domain, plan, Literals.FINANZIERUNGSPLAN__AUSGABEN, miete));
		}
	}

	/** Where a label or a table cell below the control is drawn in one of the fixed signal colours. */
	private static List<String> signalfarben(Control control) {
		List<String> gefunden = new ArrayList<>();
		Display display = control.getDisplay();
		List<Color> farben = List.of(display.getSystemColor(SWT.COLOR_DARK_RED), display.getSystemColor(SWT.COLOR_DARK_GREEN),
				display.getSystemColor(SWT.COLOR_RED));
		if (control instanceof Label label && farben.contains(label.getForeground())) {
			gefunden.add(label.getText());
		}
		if (control instanceof Table tabelle) {
			for (TableItem zeile : tabelle.getItems()) {
				for (int i = 0; i < tabelle.getColumnCount(); i++) {
					if (farben.contains(zeile.getForeground(i))) {
						gefunden.add(zeile.getText(0) + ": " + zeile.getText(i));
					}
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control kind : composite.getChildren()) {
				gefunden.addAll(signalfarben(kind));
			}
		}
		return gefunden;
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
