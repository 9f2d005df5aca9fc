package org.quartierwerk.app.internal.zugaenglichkeit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.testing.Arbeitsbereich;

/**
 * The accessible workbench (issue 23, EN 301 549 chapter 11): the test walks what a user reaches from the menus – the
 * Willkommen page, every view, every page of the Praxisbeispiel editor and every dialog the menus and the Willkommen
 * page open – in the running workbench with real SWT on GTK, and lists every finding ("place → control: what is
 * wrong") instead of stopping at the first. The rules:
 * <ol>
 * <li><b>Which controls.</b> Every control that is shown and takes the keyboard focus: buttons (also check boxes),
 * text fields, drop-downs, lists, tables, trees, tab folders, links, spinners, sliders, browsers. Labels, groups and
 * plain containers are not operated and are not checked themselves; they name others.</li>
 * <li><b>An accessible name</b> is what GTK's accessibility interface ATK gives a screen reader (read natively, see
 * {@link Atk}): the name of the control's ATK object – a button's text, or what the product gives with
 * {@code getAccessible().addAccessibleListener} – or else the name of a control it is "labelled by"
 * ({@code Accessible.addRelation(ACC.RELATION_LABELLED_BY, …)}; SWT on GTK adds this relation by itself when a
 * {@code Label} is created directly before the field in the same parent, which is how Orca reads a field's label).
 * A text field whose label stands elsewhere (a heading, a row further up) has no name. A tooltip is no name.</li>
 * <li><b>A role</b> that says what the control does: ATK's role of the object must not be "unknown", "panel" or
 * "filler".</li>
 * <li><b>Reached with Tab.</b> Starting at one control of the window, the test presses Tab with SWT's own traversal
 * ({@code traverse(SWT.TRAVERSE_TAB_NEXT)}, what the key does) until the walk comes round; every enabled control
 * checked must have had the focus on the way. A tab folder (the editor's pages, the stacks of views) counts as reached
 * when a control on its page is: from there Ctrl+PgDn and Ctrl+PgUp switch its pages, and the test walks the editor's
 * pages that way. A radio button counts as reached when one of its group is: Tab goes to the chosen one, the arrow
 * keys choose.</li>
 * <li><b>Left with Tab.</b> SWT on GTK keeps Tab inside a multi-line text field (it types a tab character); such a
 * field must let Tab go on to the next control, as its Traverse listeners are asked.</li>
 * <li><b>Mnemonics in dialogs.</b> Within one dialog (one page of the assistant) no letter is the mnemonic (Alt+letter)
 * of two buttons, labels or groups.</li>
 * </ol>
 * Double-click has its keyboard twin in SWT itself: a double click and Enter both send {@code DefaultSelection}, which
 * JFace's double-click listeners of the navigator, the Probleme view and the Finanzierungsquellen view react to
 * (Enter in the navigator is tested in {@code WorkbenchScenarioTest}).
 */
class ZugaenglichkeitTest {

	private static final List<String> ANSICHTEN = List.of("org.quartierwerk.app.part.projekte", "org.quartierwerk.app.part.probleme",
			"org.quartierwerk.app.part.finanzierungsquellen", "org.quartierwerk.app.part.kurse", "org.quartierwerk.app.part.verlauf");

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void everyPartPageAndDialogNamesItsControlsAndTabReachesThem() throws Exception {
		Bedienbarkeit pruefung = new Bedienbarkeit();
		List<String> dialoge = new ArrayList<>();
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			MPart willkommen = aktiv(werkbank);
			assertNotNull(willkommen, "the Willkommen page opens at the first start");
			pruefung.pruefe("Willkommen", (Control) willkommen.getWidget());
			pruefung.pruefe("Hauptfenster", werkbank.shell());

			// the views, each in front of its stack
			for (String ansicht : ANSICHTEN) {
				MPart part = werkbank.show(ansicht);
				pruefung.pruefe("Ansicht " + part.getLocalizedLabel(), (Control) part.getWidget());
			}

			// Willkommen → Eigenes Praxisbeispiel anlegen…: the assistant, page by page
			werkbank.get(EPartService.class).activate(willkommen);
			werkbank.settle();
			Dialogbedienung.mitDialogen(werkbank, () -> Dialogbedienung.klicke(knopf(willkommen, "Eigenes &Praxisbeispiel anlegen\u2026")),
					dialog -> {
						dialoge.add(dialog.getText());
						pruefeDialog(pruefung, "Assistent „" + dialog.getText() + "“, Seite 1", dialog);
						Dialogbedienung.textNach(dialog, "&Titel:").setText("Zugänglichkeit");
						Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "&Weiter >"));
						UiTesting.settle(dialog.getDisplay());
						pruefeDialog(pruefung, "Assistent „" + dialog.getText() + "“, Seite 2", dialog);
						((WizardDialog) dialog.getData()).close();
					});

			// Willkommen → Ein Beispiel ansehen: a filled-in project in the editor, every page
			Dialogbedienung.klicke(knopf(willkommen, "Ein Beispiel &ansehen"));
			assertTrue(werkbank.await(() -> editor(werkbank) != null), "the example opened in the editor");
			MPart editorPart = werkbank.get(EPartService.class).getActivePart();
			CTabFolder seiten = UiTesting.find((Control) editorPart.getWidget(), CTabFolder.class, f -> true);
			seiten.setSelection(0);
			werkbank.settle();
			for (int i = 0; i < seiten.getItemCount(); i++) {
				CTabItem seite = seiten.getItem(i);
				assertEquals(i, seiten.getSelectionIndex(), "Ctrl+PgDn went on to the page " + seite.getText());
				pruefung.pruefe("Editor, Seite " + seite.getText(), (Control) editorPart.getWidget());
				if (i + 1 < seiten.getItemCount()) {
					Control feld = UiTesting.find(seite.getControl(), Control.class,
							c -> (c instanceof Text || c instanceof Button) && c.isVisible() && c.isEnabled());
					werkbank.focus(feld);
					Event strgBildAb = new Event();
					strgBildAb.keyCode = SWT.PAGE_DOWN;
					strgBildAb.stateMask = SWT.CTRL;
					strgBildAb.doit = true;
					assertTrue(feld.traverse(SWT.TRAVERSE_PAGE_NEXT, strgBildAb), "Ctrl+PgDn on the page " + seite.getText());
					werkbank.settle();
				}
			}
			seiten.setSelection(0);
			werkbank.settle();

			// the dialogs of the menus
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.berichtErstellen");
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.neu");
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.kursInstallieren");
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.ueber");
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.teilen");
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.veroeffentlichen");
			MPart navigator = werkbank.show("org.quartierwerk.app.part.projekte");
			Tree projekte = UiTesting.find((Control) navigator.getWidget(), Tree.class, t -> true);
			werkbank.focus(projekte);
			TreeItem projekt = erstesProjekt(projekte.getItems());
			assertNotNull(projekt, "the example is in the navigator");
			projekte.setSelection(projekt);
			projekte.notifyListeners(SWT.Selection, new Event());
			werkbank.settle();
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.umbenennen");
			dialog(werkbank, pruefung, dialoge, "org.quartierwerk.app.command.loeschen");

			// Willkommen → Förderantrag erstellen… asks for the project when no editor is open
			werkbank.get(EPartService.class).hidePart(editorPart);
			werkbank.settle();
			werkbank.get(EPartService.class).activate(willkommen);
			werkbank.settle();
			Dialogbedienung.mitDialogen(werkbank, () -> Dialogbedienung.klicke(knopf(willkommen, "&F\u00F6rderantrag erstellen\u2026")),
					dialog -> {
						dialoge.add(dialog.getText());
						pruefeDialog(pruefung, "Dialog „" + dialog.getText() + "“", dialog);
						dialog.close();
					});
		}
		assertEquals(List.of("Eigenes Praxisbeispiel anlegen", "Bericht erstellen", "Neues Praxisbeispiel", "Kurs installieren",
				"Über Quartierwerk", "Sammlung teilen", "Veröffentlichen", "Praxisbeispiel umbenennen", "Praxisbeispiel löschen",
				"Praxisbeispiel für den Förderantrag"), dialoge, "the dialogs walked");
		assertTrue(pruefung.gepruefteBedienelemente() > 100, "controls checked: " + pruefung.gepruefteBedienelemente());
		assertEquals("", String.join("\n", pruefung.befunde()), pruefung.befunde().size() + " findings");
	}

	/** Runs a command that opens a dialog, checks the dialog and closes it as the window's close button would. */
	private static void dialog(RunningWorkbench werkbank, Bedienbarkeit pruefung, List<String> dialoge, String befehl) {
		assertTrue(werkbank.canExecute(befehl), befehl + " can run");
		Dialogbedienung.mitDialogen(werkbank, () -> werkbank.execute(befehl), dialog -> {
			dialoge.add(dialog.getText());
			pruefeDialog(pruefung, "Dialog „" + dialog.getText() + "“", dialog);
			dialog.close();
		});
	}

	private static void pruefeDialog(Bedienbarkeit pruefung, String ort, Shell dialog) {
		dialog.forceActive();
		UiTesting.settle(dialog.getDisplay());
		pruefung.pruefe(ort, dialog);
		pruefung.pruefeMnemonics(ort, dialog);
	}

	private static Button knopf(MPart part, String text) {
		return Dialogbedienung.knopf((Composite) part.getWidget(), text);
	}

	private static MPart aktiv(RunningWorkbench werkbank) {
		werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null);
		return werkbank.get(EPartService.class).getActivePart();
	}

	private static PraxisbeispielEditor editor(RunningWorkbench werkbank) {
		MPart aktiv = werkbank.get(EPartService.class).getActivePart();
		return aktiv != null && aktiv.getObject() instanceof PraxisbeispielEditor editor ? editor : null;
	}

	private static TreeItem erstesProjekt(TreeItem[] zeilen) {
		for (TreeItem zeile : zeilen) {
			if (zeile.getItemCount() == 0) {
				return zeile;
			}
			zeile.setExpanded(true);
			TreeItem darin = erstesProjekt(zeile.getItems());
			if (darin != null) {
				return darin;
			}
		}
		return null;
	}
}
