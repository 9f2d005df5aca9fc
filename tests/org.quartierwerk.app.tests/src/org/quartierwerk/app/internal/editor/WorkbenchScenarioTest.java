package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * The whole way of a course participant through the running workbench (the application model with its handlers,
 * key bindings and parts, rendered by e4): a new project with Ctrl+N, the Steckbrief, a Finanzierungsplan whose sums
 * and balance message follow the input, Ctrl+S, closing and reopening from the navigator, Ctrl+Z, the Probleme view,
 * the PDF through Berichte → Bericht erstellen…, Hilfe → Über Quartierwerk; a screenshot of every view.
 */
class WorkbenchScenarioTest {

	private static final String TITEL = "Szenario Nachbarschaftstreff";
	private static final String NAVIGATOR = "org.quartierwerk.app.part.projekte";
	private static final List<String> ANSICHTEN = List.of(NAVIGATOR, "org.quartierwerk.app.part.kurse",
			"org.quartierwerk.app.part.probleme", "org.quartierwerk.app.part.finanzierungsquellen");

	@TempDir
	Path ablage;

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void aNewProjectThroughSteckbriefAndFinanzierungSavedReopenedUndoneAndPrinted() throws Exception {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			List<String> menues = Arrays.stream(werkbank.shell().getMenuBar().getItems()).map(MenuItem::getText).toList();
			assertEquals(List.of("&Datei", "&Bearbeiten", "Be&richte", "&Sammlung", "&Kurse", "&Fenster", "&Hilfe"), menues);
			for (String ansicht : ANSICHTEN) {
				werkbank.show(ansicht);
				UiTesting.screenshot(werkbank.shell(), "workbench-" + ansicht.substring(ansicht.lastIndexOf('.') + 1) + ".png");
			}
			assertTrue(!werkbank.canExecute("org.quartierwerk.app.command.berichtErstellen"), "no project open, no report");

			// Ctrl+N in the navigator: the title asked, the editor opens
			MPart navigator = werkbank.show(NAVIGATOR);
			Tree projekte = UiTesting.find((Control) navigator.getWidget(), Tree.class, t -> true);
			werkbank.focus(projekte);
			mitDialogen(werkbank, () -> werkbank.press(SWT.MOD1, 'n'), dialog -> {
				feldNach(dialog, "&Titel:").setText(TITEL);
				klicke(dialog.getDefaultButton());
			});
			assertTrue(werkbank.await(() -> aktiverEditor(werkbank) != null), "Ctrl+N opened the new project");
			MPart part = werkbank.get(EPartService.class).getActivePart();
			PraxisbeispielEditor editor = (PraxisbeispielEditor) part.getObject();
			String projekt = editor.projekt();
			assertEquals(TITEL, editor.praxisbeispiel().getTitel());
			assertTrue(store.names().contains(projekt), "the new project is a file in the workspace");

			// the Steckbrief
			Composite seiten = (Composite) part.getWidget();
			Text kurz = feldNach(seiten, "&Kurzbeschreibung:");
			werkbank.focus(kurz);
			kurz.setText("Ein offener Treff für ältere Menschen im Quartier.");
			werkbank.focus(feldNach(seiten, "&Titel:")); // leaving the field takes the text over at once
			assertTrue(werkbank.await(() -> editor.praxisbeispiel().getKurzbeschreibung() != null));
			assertTrue(werkbank.await(part::isDirty), "changed, not saved");

			// the Finanzierungsplan: sums and balance follow the input, the gap is named until it is closed
			zeigeSeite(werkbank, seiten, "Finanzierung");
			FinanzierungSeite finanzierung = editor.finanzierung();
			UiTesting.click(finanzierung.control(), "&Ausgabe hinzuf\u00FCgen");
			Ausgabeposition miete = editor.praxisbeispiel().getFinanzierungsplan().getAusgaben().get(0);
			UiTesting.typeInCell(finanzierung.ausgaben, miete, 0, "Miete Treffpunkt");
			UiTesting.typeInCell(finanzierung.ausgaben, miete, 2, "1.000");
			UiTesting.click(finanzierung.control(), "&Finanzierung hinzuf\u00FCgen");
			Finanzierungsanteil stadt = editor.praxisbeispiel().getFinanzierungsplan().getAnteile().get(0);
			UiTesting.typeInCell(finanzierung.anteile, stadt, 2, "900");
			werkbank.settle();
			assertTrue(finanzierung.summen.getText().startsWith("Ausgaben 1.000,00 € · Finanzierung 900,00 €"),
					finanzierung.summen.getText());
			assertEquals("Der Plan ist nicht ausgeglichen: Es fehlen 100,00 €.", finanzierung.ausgleich.getText());
			UiTesting.screenshot(werkbank.shell(), "workbench-finanzierung-luecke.png");
			UiTesting.typeInCell(finanzierung.anteile, stadt, 2, "1.000");
			werkbank.settle();
			assertEquals("Ausgaben und Finanzierung sind ausgeglichen.", finanzierung.ausgleich.getText());

			// Ctrl+S, close, reopen from the navigator with Enter
			werkbank.focus(finanzierung.anteile.getControl()); // where the edited cell was
			werkbank.press(SWT.MOD1, 's');
			assertTrue(werkbank.await(() -> !part.isDirty()), "Ctrl+S saved");
			assertEquals(2, store.load(projekt).getFinanzierungsplan().getAusgaben().size()
					+ store.load(projekt).getFinanzierungsplan().getAnteile().size());
			werkbank.get(EPartService.class).hidePart(part);
			werkbank.settle();
			werkbank.show(NAVIGATOR);
			werkbank.focus(projekte);
			TreeItem zeile = finde(projekte.getItems(), TITEL);
			assertNotNull(zeile, "the navigator lists the new project");
			projekte.setSelection(zeile);
			projekte.notifyListeners(SWT.Selection, new Event());
			werkbank.press(0, SWT.CR);
			assertTrue(werkbank.await(() -> aktiverEditor(werkbank) != null), () -> "Enter reopened the project; selected "
					+ Arrays.toString(projekte.getSelection()) + ", active " + werkbank.get(EPartService.class).getActivePart()
					+ ", focus " + werkbank.display().getFocusControl() + ", parts " + werkbank.get(EPartService.class).getParts().stream()
							.map(MPart::getElementId).toList() + ", shells " + Arrays.stream(werkbank.display().getShells())
									.map(sh -> sh.getText() + "/" + sh.isVisible() + "/" + Arrays.toString(sh.getChildren())).toList());
			PraxisbeispielEditor wieder = aktiverEditor(werkbank);
			MPart wiederPart = werkbank.get(EPartService.class).getActivePart();
			assertEquals(projekt, wieder.projekt());
			assertEquals("Ein offener Treff für ältere Menschen im Quartier.", feldNach((Composite) wiederPart.getWidget(),
					"&Kurzbeschreibung:").getText());
			assertEquals("1.000,00 €", wieder.finanzierung().anteile.getTable().getItem(0).getText(2));

			// Ctrl+Z takes a change back, Ctrl+Y brings it again
			Text titel = feldNach((Composite) wiederPart.getWidget(), "&Titel:");
			werkbank.focus(titel);
			titel.setText("Treffpunkt Sonnenhügel");
			werkbank.focus(feldNach((Composite) wiederPart.getWidget(), "&Kurzbeschreibung:"));
			assertTrue(werkbank.await(() -> "Treffpunkt Sonnenhügel".equals(wieder.praxisbeispiel().getTitel())));
			assertTrue(werkbank.await(() -> "Treffpunkt Sonnenhügel".equals(wiederPart.getLabel())), "the tab follows the title");
			werkbank.press(SWT.MOD1, 'z');
			assertTrue(werkbank.await(() -> TITEL.equals(wieder.praxisbeispiel().getTitel())), "Ctrl+Z");
			assertTrue(werkbank.await(() -> TITEL.equals(titel.getText())), "the field follows the undo");
			assertTrue(werkbank.await(() -> !wiederPart.isDirty()), "back at the saved state");
			werkbank.press(SWT.MOD1, 'y');
			assertTrue(werkbank.await(() -> "Treffpunkt Sonnenhügel".equals(wieder.praxisbeispiel().getTitel())), "Ctrl+Y");
			werkbank.press(SWT.MOD1, 'z');
			assertTrue(werkbank.await(() -> !wiederPart.isDirty()));

			// the Probleme view names what is still missing in the project
			MPart probleme = werkbank.show("org.quartierwerk.app.part.probleme");
			Table liste = UiTesting.find((Control) probleme.getWidget(), Table.class, t -> true);
			assertTrue(werkbank.await(() -> Arrays.stream(liste.getItems()).anyMatch(
					i -> i.getText(0).contains("„Bundesland“") && i.getText(1).equals(TITEL))), "Probleme lists the missing Bundesland");
			UiTesting.screenshot(werkbank.shell(), "workbench-probleme-projekt.png");
			werkbank.get(EPartService.class).activate(wiederPart);
			werkbank.settle();

			// Berichte → Bericht erstellen… writes the PDF of the project as shown
			Path pdf = ablage.resolve("steckbrief.pdf");
			assertTrue(werkbank.canExecute("org.quartierwerk.app.command.berichtErstellen"));
			mitDialogen(werkbank, () -> werkbank.execute("org.quartierwerk.app.command.berichtErstellen"), dialog -> {
				feldNach(dialog, "&Datei:").setText(pdf.toString());
				klicke(knopf(dialog, "&Erstellen"));
			});
			assertTrue(Files.exists(pdf), "the report was written");
			assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));

			// Hilfe → Über Quartierwerk
			String[] angaben = new String[1];
			mitDialogen(werkbank, () -> werkbank.execute("org.quartierwerk.app.command.ueber"), dialog -> {
				angaben[0] = UiTesting.find(dialog, Text.class, t -> true).getText();
				klicke(dialog.getDefaultButton());
			});
			assertNotNull(angaben[0], "the About dialog opened");
			assertTrue(angaben[0].startsWith("Version "), angaben[0]);
		}
	}

	private static PraxisbeispielEditor aktiverEditor(RunningWorkbench werkbank) {
		MPart aktiv = werkbank.get(EPartService.class).getActivePart();
		return aktiv != null && aktiv.getObject() instanceof PraxisbeispielEditor editor ? editor : null;
	}

	private static void zeigeSeite(RunningWorkbench werkbank, Composite editor, String titel) {
		CTabFolder reiter = UiTesting.find(editor, CTabFolder.class, f -> true);
		CTabItem seite = Arrays.stream(reiter.getItems()).filter(i -> i.getText().equals(titel)).findFirst().orElseThrow();
		reiter.setSelection(seite);
		werkbank.settle();
	}

	private static TreeItem finde(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText().equals(text)) {
				return item;
			}
			TreeItem darunter = finde(item.getItems(), text);
			if (darunter != null) {
				return darunter;
			}
		}
		return null;
	}

	/**
	 * Does something that opens dialogs and handles them: the first with {@code erster}, any later one (a note, a
	 * warning) by its default button, as a person reading and confirming it would.
	 */
	private static void mitDialogen(RunningWorkbench werkbank, Runnable aktion, Consumer<Shell> erster) {
		Shell haupt = werkbank.shell();
		boolean[] erledigt = new boolean[2]; // first dialog handled, action returned
		Runnable[] pruefe = new Runnable[1];
		pruefe[0] = () -> {
			if (erledigt[1] || haupt.isDisposed()) {
				return;
			}
			for (Shell shell : werkbank.display().getShells()) {
				if (shell != haupt && shell.isVisible() && shell.getData("scenario.handled") == null) {
					if (erledigt[0] && (shell.getDefaultButton() == null || !shell.getDefaultButton().isEnabled())) {
						continue; // a progress dialog closes by itself; a click on its disabled Abbrechen would cancel the work
					}
					shell.setData("scenario.handled", Boolean.TRUE);
					if (!erledigt[0]) {
						erledigt[0] = true;
						erster.accept(shell);
					} else if (shell.getDefaultButton() != null) {
						klicke(shell.getDefaultButton());
					}
				}
			}
			werkbank.display().timerExec(200, pruefe[0]);
		};
		werkbank.display().timerExec(200, pruefe[0]);
		try {
			aktion.run();
		} finally {
			erledigt[1] = true;
		}
	}

	/** The field that follows the label with this text, as a person finds it on the screen. */
	private static Text feldNach(Composite parent, String beschriftung) {
		Label label = UiTesting.find(parent, Label.class, l -> l.getText().equals(beschriftung) && l.isVisible());
		assertNotNull(label, "label " + beschriftung);
		Control[] geschwister = label.getParent().getChildren();
		for (int i = Arrays.asList(geschwister).indexOf(label) + 1; i < geschwister.length; i++) {
			if (geschwister[i] instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no field after " + beschriftung);
	}

	private static Button knopf(Composite parent, String text) {
		Button button = UiTesting.find(parent, Button.class, b -> b.getText().equals(text));
		assertNotNull(button, "button " + text);
		return button;
	}

	private static void klicke(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}
}
