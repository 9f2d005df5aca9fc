package org.quartierwerk.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;

/**
 * The whole way of a course participant through the running workbench, by keyboard and mouse as far as SWT lets a
 * test act: open a project from the navigator, fill the Steckbrief, save with Ctrl+S, undo with Ctrl+Z, create its
 * PDF through Berichte → Bericht erstellen…, read Hilfe → Über Quartierwerk.
 */
class WorkbenchScenarioTest {

	private static final String PROJEKT = "Szenario Sonnenhügel";
	private static final String NAVIGATOR = "org.quartierwerk.app.part.projekte";

	@TempDir
	Path ablage;

	private final PraxisbeispielStore store = UiTesting.service(PraxisbeispielStore.class);

	@AfterEach
	void aufraeumen() throws Exception {
		if (store.names().contains(PROJEKT)) {
			store.delete(PROJEKT);
		}
	}

	@Test
	void fromTheNavigatorThroughSteckbriefSaveAndUndoToThePdf() throws Exception {
		Praxisbeispiel neu = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		neu.setTitel("Nachbarschaft Sonnenhügel");
		store.save(PROJEKT, neu);

		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			List<String> menues = Arrays.stream(werkbank.shell().getMenuBar().getItems()).map(MenuItem::getText).toList();
			assertEquals(List.of("&Datei", "&Bearbeiten", "Be&richte", "&Kurse", "&Hilfe"), menues);
			assertFalse(werkbank.canExecute("org.quartierwerk.app.command.berichtErstellen"), "no project open, no report");

			// open the project from the navigator with Enter
			MPart navigator = werkbank.show(NAVIGATOR);
			((ProjekteNavigator) navigator.getObject()).refresh();
			Table projekte = RunningWorkbench.find((Composite) navigator.getWidget(), Table.class, t -> true);
			TableItem zeile = Arrays.stream(projekte.getItems()).filter(i -> i.getText().equals(PROJEKT)).findFirst().orElseThrow();
			projekte.setSelection(zeile);
			projekte.setFocus();
			werkbank.press(0, SWT.CR);
			assertTrue(werkbank.await(() -> aktiverEditor(werkbank) != null), () -> "Enter opens the editor; focus " + werkbank.display().getFocusControl() + ", active shell " + werkbank.display().getActiveShell()
					+ ", parts " + werkbank.get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).getParts());
			MPart part = werkbank.get(EPartService.class).getActivePart();
			PraxisbeispielEditor editor = (PraxisbeispielEditor) part.getObject();
			Composite seiten = (Composite) part.getWidget();

			// fill the Steckbrief
			Text titel = feldNach(seiten, "&Titel:");
			titel.setFocus();
			titel.setText("Nachbarschaftstreff Sonnenhügel");
			Text kurz = feldNach(seiten, "&Kurzbeschreibung:");
			kurz.setFocus(); // leaving the title takes it over at once
			kurz.setText("Ein offener Treff für ältere Menschen im Quartier.");
			titel.setFocus();
			assertTrue(werkbank.await(() -> "Nachbarschaftstreff Sonnenhügel".equals(editor.praxisbeispiel().getTitel())
					&& editor.praxisbeispiel().getKurzbeschreibung() != null));
			assertTrue(werkbank.await(part::isDirty), "changed, not saved");
			UiTesting.screenshot(werkbank.shell(), "workbench-editor.png");

			// Ctrl+S saves
			werkbank.press(SWT.MOD1, 's');
			assertTrue(werkbank.await(() -> !part.isDirty()), "Ctrl+S saved");
			assertEquals("Nachbarschaftstreff Sonnenhügel", store.load(PROJEKT).getTitel());

			// Ctrl+Z takes the last change back, Ctrl+Y brings it again
			werkbank.press(SWT.MOD1, 'z');
			assertTrue(werkbank.await(() -> editor.praxisbeispiel().getKurzbeschreibung() == null), "Ctrl+Z");
			assertTrue(werkbank.await(() -> kurz.getText().isEmpty()), "the field follows the undo");
			assertTrue(part.isDirty());
			werkbank.press(SWT.MOD1, 'y');
			assertTrue(werkbank.await(() -> editor.praxisbeispiel().getKurzbeschreibung() != null), "Ctrl+Y");
			assertTrue(werkbank.await(() -> !part.isDirty()), "back at the saved state");

			// Berichte → Bericht erstellen… writes the PDF of the project as shown
			Path pdf = ablage.resolve("steckbrief.pdf");
			assertTrue(werkbank.canExecute("org.quartierwerk.app.command.berichtErstellen"));
			mitDialogen(werkbank, "org.quartierwerk.app.command.berichtErstellen", dialog -> {
				feldNach(dialog, "&Datei:").setText(pdf.toString());
				klicke(knopf(dialog, "&Erstellen"));
			});
			assertTrue(Files.exists(pdf), "the report was written");
			assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));

			// Hilfe → Über Quartierwerk
			String[] angaben = new String[1];
			mitDialogen(werkbank, "org.quartierwerk.app.command.ueber", dialog -> {
				angaben[0] = RunningWorkbench.find(dialog, Text.class, t -> true).getText();
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

	/**
	 * Runs a command and handles the dialogs it opens: the first with {@code erster}, any later one (a note, a
	 * warning) by its default button, as a person reading and confirming it would.
	 */
	private static void mitDialogen(RunningWorkbench werkbank, String befehl, Consumer<Shell> erster) {
		Shell haupt = werkbank.shell();
		boolean[] erledigt = new boolean[2]; // first dialog handled, command returned
		Runnable[] pruefe = new Runnable[1];
		pruefe[0] = () -> {
			if (erledigt[1] || haupt.isDisposed()) {
				return;
			}
			for (Shell shell : werkbank.display().getShells()) {
				if (shell != haupt && shell.isVisible() && shell.getData("scenario.handled") == null) {
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
			werkbank.execute(befehl);
		} finally {
			erledigt[1] = true;
		}
	}

	/** The field that follows the label with this text, as a person finds it on the screen. */
	static Text feldNach(Composite parent, String beschriftung) {
		Label label = RunningWorkbench.find(parent, Label.class, l -> l.getText().equals(beschriftung));
		assertNotNull(label, "label " + beschriftung);
		Control[] geschwister = label.getParent().getChildren();
		for (int i = Arrays.asList(geschwister).indexOf(label) + 1; i < geschwister.length; i++) {
			if (geschwister[i] instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no field after " + beschriftung);
	}

	static Button knopf(Composite parent, String text) {
		Button button = RunningWorkbench.find(parent, Button.class, b -> b.getText().equals(text));
		assertNotNull(button, "button " + text);
		return button;
	}

	static void klicke(Button button) {
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

}
