package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * A test bench for the Praxisbeispiel editor: real SWT in OSGi, the editor injected by e4 as in the workbench, and
 * the user's gestures on its widgets (typing, clicking buttons, editing cells, choosing in combos).
 */
final class Editorbank implements AutoCloseable {

	final Display display = Display.getDefault();
	final Shell shell = new Shell(display);
	final BundleContext bundles = FrameworkUtil.getBundle(Editorbank.class).getBundleContext();
	final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final String projekt;
	private IEclipseContext context;
	MPart part;

	Editorbank(String projekt) {
		this.projekt = projekt;
	}

	@Override
	public void close() throws Exception {
		schliesse();
		shell.dispose();
		arbeitsbereich.close();
	}

	/** The editor of a new project with this title, saved in the workspace first. */
	PraxisbeispielEditor oeffneNeu(String titel) throws Exception {
		Praxisbeispiel neu = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		neu.setTitel(titel);
		store.save(projekt, neu);
		return oeffne();
	}

	/** The editor of the project as saved. */
	PraxisbeispielEditor oeffne() {
		schliesse();
		for (var child : shell.getChildren()) {
			child.dispose();
		}
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(PraxisbeispielEditor.PROJEKT, projekt);
		shell.setLayout(new FillLayout());
		Composite parent = new Composite(shell, SWT.NONE);
		context = EclipseContextFactory.getServiceContext(bundles).createChild("editor test");
		context.set(TranslationService.LOCALE, Locale.GERMAN);
		context.set(MPart.class, part);
		context.set(Composite.class, parent);
		UiTesting.connectTranslations(context);
		PraxisbeispielEditor editor = ContextInjectionFactory.make(PraxisbeispielEditor.class, context);
		shell.setSize(1000, 760);
		shell.open();
		settle();
		assertNotNull(editor.domain(), editor.meldung().getText());
		return editor;
	}

	private void schliesse() {
		if (context != null) {
			context.dispose();
			context = null;
		}
	}


	/** Clicks the button with this text (mnemonic and all) somewhere in the composite. */
	void klicke(Composite wo, String text) {
		UiTesting.click(wo, text);
		settle();
	}

	/** Types into a field and leaves it: the editor records the typing at once, as after its pause. */
	void tippe(Text feld, String text) {
		feld.setText(text);
		verlasse(feld);
	}

	/** Leaves a field, as a click elsewhere does: what was typed and is still waiting for the pause is taken over. */
	void verlasse(Text feld) {
		feld.notifyListeners(SWT.FocusOut, new Event());
		settle();
	}

	/** Runs the display until the condition holds, e.g. after the pause with which the editor takes over typing. */
	void warteBis(BooleanSupplier bedingung, String was) {
		UiTesting.waitFor(display, bedingung, () -> was);
	}

	/** Chooses the entry with this text in a combo, as a user does. */
	void waehle(Combo combo, String eintrag) {
		int index = Arrays.asList(combo.getItems()).indexOf(eintrag);
		if (index < 0) {
			throw new AssertionError(eintrag + " is not among " + Arrays.toString(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** Types into a cell: the cell editor opens, takes the text, and the value is applied. */
	void tippe(ColumnViewer viewer, Object zeile, int spalte, String text) {
		UiTesting.typeInCell(viewer, zeile, spalte, text);
		settle();
	}

	/** Chooses an entry of a cell's drop-down. */
	void waehle(ColumnViewer viewer, Object zeile, int spalte, String eintrag) {
		UiTesting.chooseInCell(viewer, zeile, spalte, eintrag);
		settle();
	}

	/** Clicks a check cell, which toggles it. */
	void kreuze(ColumnViewer viewer, Object zeile, int spalte) {
		viewer.editElement(zeile, spalte);
		settle();
	}

	/** Ticks or unticks a check box as a click does. */
	void kreuze(Button feld, boolean an) {
		feld.setSelection(an);
		feld.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	static <C extends Control> C finde(Control wo, Class<C> typ, Predicate<C> passt) {
		return UiTesting.find(wo, typ, passt);
	}

	void settle() {
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// run what the editor posted, e.g. the dirty state
			}
		}
	}

	void undo(PraxisbeispielEditor editor) {
		editor.domain().getCommandStack().undo();
		settle();
	}

	void redo(PraxisbeispielEditor editor) {
		editor.domain().getCommandStack().redo();
		settle();
	}

	/** A PNG of the shell under {@code target/screenshots/}. */
	void screenshot(String name) throws Exception {
		settle();
		UiTesting.screenshot(shell, name);
	}
}
