package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.suppliers.ExtendedObjectSupplier;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;

/**
 * A test bench for the Praxisbeispiel editor: real SWT in OSGi, the editor injected by e4 as in the workbench, and
 * the user's gestures on its widgets (typing, clicking buttons, editing cells, choosing in combos).
 */
final class Editorbank implements AutoCloseable {

	final Display display = Display.getDefault();
	final Shell shell = new Shell(display);
	final BundleContext bundles = FrameworkUtil.getBundle(Editorbank.class).getBundleContext();
	final PraxisbeispielStore store = service(PraxisbeispielStore.class);
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
		if (store.names().contains(projekt)) {
			store.delete(projekt);
		}
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
		verbindeUebersetzungen();
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

	/** What the workbench does at start: @Translation's supplier gets its message factory from the context. */
	private void verbindeUebersetzungen() {
		try {
			ServiceReference<?>[] suppliers = bundles.getServiceReferences(ExtendedObjectSupplier.class.getName(),
					"(" + ExtendedObjectSupplier.SERVICE_CONTEXT_KEY + "=" + Translation.class.getName() + ")");
			assertNotNull(suppliers, "no supplier for @Translation");
			ContextInjectionFactory.inject(bundles.getService(suppliers[0]), context);
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}

	/** Clicks the button with this text (mnemonic and all) somewhere in the composite. */
	void klicke(Composite wo, String text) {
		Button knopf = finde(wo, Button.class, b -> text.equals(b.getText()));
		if (knopf == null) {
			throw new AssertionError("no button " + text);
		}
		knopf.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** Types into a field and waits longer than the editor's pause before it records the typing. */
	void tippe(Text feld, String text) {
		feld.setText(text);
		pause();
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
		bearbeite(viewer, zeile, spalte, editor -> ((Text) editor).setText(text));
	}

	/** Chooses an entry of a cell's drop-down. */
	void waehle(ColumnViewer viewer, Object zeile, int spalte, String eintrag) {
		bearbeite(viewer, zeile, spalte, editor -> {
			CCombo combo = (CCombo) editor;
			int index = Arrays.asList(combo.getItems()).indexOf(eintrag);
			if (index < 0) {
				throw new AssertionError(eintrag + " is not among " + Arrays.toString(combo.getItems()));
			}
			combo.select(index);
			combo.notifyListeners(SWT.Selection, new Event());
		});
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

	private void bearbeite(ColumnViewer viewer, Object zeile, int spalte, Consumer<Control> eingabe) {
		viewer.editElement(zeile, spalte);
		Control editor = Arrays.stream(((Composite) viewer.getControl()).getChildren()).filter(Control::isVisible).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor opened in column " + spalte));
		eingabe.accept(editor);
		viewer.applyEditorValue();
		settle();
	}

	@SuppressWarnings("unchecked")
	static <C extends Control> C finde(Control wo, Class<C> typ, Predicate<C> passt) {
		if (typ.isInstance(wo) && passt.test((C) wo)) {
			return (C) wo;
		}
		if (wo instanceof Composite composite) {
			for (Control kind : composite.getChildren()) {
				C gefunden = finde(kind, typ, passt);
				if (gefunden != null) {
					return gefunden;
				}
			}
		}
		return null;
	}

	/** Longer than the editor waits after the last keystroke. */
	void pause() {
		long ende = System.currentTimeMillis() + 800;
		while (System.currentTimeMillis() < ende) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
		settle();
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
		shell.update();
		var bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	<S> S service(Class<S> type) {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(bundles, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(10_000);
			assertNotNull(service, "no " + type.getSimpleName());
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
