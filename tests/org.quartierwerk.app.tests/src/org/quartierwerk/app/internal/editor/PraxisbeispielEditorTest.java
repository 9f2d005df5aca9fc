package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.suppliers.ExtendedObjectSupplier;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/**
 * The Praxisbeispiel editor with real SWT in OSGi, injected by e4 like in the workbench: typing changes the model
 * through commands, undo and redo, dirty state, save into the workspace and reopen.
 */
class PraxisbeispielEditorTest {

	private static final String PROJEKT = "Editortest Sonnenhügel";

	private final Display display = Display.getDefault();
	private final Shell shell = new Shell(display);
	private final BundleContext bundles = FrameworkUtil.getBundle(PraxisbeispielEditorTest.class).getBundleContext();
	private final PraxisbeispielStore store = service(PraxisbeispielStore.class);
	private IEclipseContext context;

	@AfterEach
	void close() throws Exception {
		if (context != null) {
			context.dispose();
		}
		shell.dispose();
		if (store.names().contains(PROJEKT)) {
			store.delete(PROJEKT);
		}
	}

	@Test
	void editsGoThroughTheCommandStackWithUndoRedoDirtyStateAndSave() throws Exception {
		MPart part = editorPart();
		PraxisbeispielEditor editor = openNew(part);
		SteckbriefSeite seite = editor.steckbrief();
		assertEquals("Nachbarschaft Sonnenhügel", seite.titel.getText());
		assertFalse(part.isDirty());
		assertTrue(seite.herausforderung.getStructuredSelection().isEmpty(), "an unset choice shows no value");
		assertTrue(seite.bundesland.getStructuredSelection().isEmpty());
		assertTrue(editor.meldung().getText().contains("nicht ausgefüllt"), editor.meldung().getText());

		seite.titel.setText("Treffpunkt Sonnenhügel");
		pause(); // typing is taken over after a short pause
		seite.kurzbeschreibung.setText("Ein offener Treff für ältere Menschen im Quartier.");
		pause();
		seite.bundesland.setSelection(new StructuredSelection(Bundesland.NIEDERSACHSEN));
		settle();
		assertEquals("Treffpunkt Sonnenhügel", editor.beispiel().getTitel());
		assertEquals(Bundesland.NIEDERSACHSEN, editor.beispiel().getBundesland());
		assertTrue(part.isDirty(), "changed and not saved");
		screenshot("editor-steckbrief.png");

		editor.domain().getCommandStack().undo(); // the Bundesland
		editor.domain().getCommandStack().undo(); // the Kurzbeschreibung
		editor.domain().getCommandStack().undo(); // the title
		settle();
		assertEquals("Nachbarschaft Sonnenhügel", editor.beispiel().getTitel());
		assertEquals("Nachbarschaft Sonnenhügel", seite.titel.getText(), "the field follows the undo");
		assertFalse(part.isDirty(), "back at the saved state");
		editor.domain().getCommandStack().redo();
		settle();
		assertEquals("Treffpunkt Sonnenhügel", seite.titel.getText());
		assertTrue(part.isDirty());

		editor.save();
		assertFalse(part.isDirty());
		assertEquals("Treffpunkt Sonnenhügel", store.load(PROJEKT).getTitel());

		// reopened from the file, the editor shows what was saved
		context.dispose();
		context = null;
		assertEquals("Treffpunkt Sonnenhügel", open(editorPart()).steckbrief().titel.getText());
	}

	@Test
	void theFinanzierungPageSumsLiveAndSaysWhenThePlanBalances() throws Exception {
		PraxisbeispielEditor editor = openNew(editorPart());
		FinanzierungSeite seite = editor.finanzierung();

		Ausgabeposition miete = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
		miete.setBezeichnung("Miete Treffpunkt");
		seite.fuegeHinzu(miete, Literals.FINANZIERUNGSPLAN__AUSGABEN);
		seite.setze(miete, Literals.AUSGABEPOSITION__BETRAG, FinanzierungSeite.parseBetrag("1.000,00 €"));
		Finanzierungsanteil stadt = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		seite.fuegeHinzu(stadt, Literals.FINANZIERUNGSPLAN__ANTEILE);
		seite.setze(stadt, Literals.FINANZIERUNGSANTEIL__BETRAG, FinanzierungSeite.parseBetrag("900"));
		settle();
		assertEquals("Der Plan ist nicht ausgeglichen: Es fehlen 100,00 €.", seite.ausgleich.getText());
		assertEquals(display.getSystemColor(SWT.COLOR_RED), seite.ausgleich.getForeground());
		assertTrue(seite.summen.getText().startsWith("Ausgaben 1.000,00 € · Finanzierung 900,00 €"), seite.summen.getText());
		assertEquals(1, seite.ausgaben.getTable().getItemCount());
		assertEquals("1.000,00 €", seite.ausgaben.getTable().getItem(0).getText(2));
		editor.selectFinanzierung();
		settle();
		screenshot("editor-finanzierung.png");

		seite.setze(stadt, Literals.FINANZIERUNGSANTEIL__BETRAG, FinanzierungSeite.parseBetrag("1.000"));
		settle();
		assertEquals("Ausgaben und Finanzierung sind ausgeglichen.", seite.ausgleich.getText());
		editor.domain().getCommandStack().undo();
		settle();
		assertEquals("Der Plan ist nicht ausgeglichen: Es fehlen 100,00 €.", seite.ausgleich.getText(), "undo brings the gap back");
		editor.domain().getCommandStack().redo();
		settle();
		assertEquals("Ausgaben und Finanzierung sind ausgeglichen.", seite.ausgleich.getText());

		// what cannot be read as an amount changes nothing
		seite.setze(stadt, Literals.FINANZIERUNGSANTEIL__BETRAG, FinanzierungSeite.parseBetrag("zwölf Euro"));
		assertEquals(new BigDecimal("1000.00"), stadt.getBetrag());

		editor.save();
		Praxisbeispiel gespeichert = store.load(PROJEKT);
		assertEquals(new BigDecimal("1000.00"), gespeichert.getFinanzierungsplan().getAusgaben().get(0).getBetrag());
		assertEquals(new BigDecimal("1000.00"), gespeichert.getFinanzierungsplan().getAnteile().get(0).getBetrag());
	}

	/** The editor of a new project "Nachbarschaft Sonnenhügel", saved in the workspace first. */
	private PraxisbeispielEditor openNew(MPart part) throws Exception {
		Praxisbeispiel neu = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		neu.setTitel("Nachbarschaft Sonnenhügel");
		store.save(PROJEKT, neu);
		return open(part);
	}

	private static MPart editorPart() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(PraxisbeispielEditor.PROJEKT, PROJEKT);
		return part;
	}

	private PraxisbeispielEditor open(MPart part) {
		for (var child : shell.getChildren()) {
			child.dispose();
		}
		shell.setLayout(new FillLayout());
		Composite parent = new Composite(shell, SWT.NONE);
		context = EclipseContextFactory.getServiceContext(bundles).createChild("editor test");
		context.set(TranslationService.LOCALE, Locale.GERMAN);
		context.set(MPart.class, part);
		context.set(Composite.class, parent);
		connectTranslations();
		PraxisbeispielEditor editor = ContextInjectionFactory.make(PraxisbeispielEditor.class, context);
		shell.setSize(900, 600);
		shell.open();
		settle();
		assertNotNull(editor.domain(), editor.meldung().getText());
		return editor;
	}

	/** What the workbench does at start: @Translation's supplier gets its message factory from the context. */
	private void connectTranslations() {
		try {
			ServiceReference<?>[] suppliers = bundles.getServiceReferences(ExtendedObjectSupplier.class.getName(),
					"(" + ExtendedObjectSupplier.SERVICE_CONTEXT_KEY + "=" + Translation.class.getName() + ")");
			assertNotNull(suppliers, "no supplier for @Translation");
			ContextInjectionFactory.inject(bundles.getService(suppliers[0]), context);
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}

	/** Longer than the editor waits after the last keystroke. */
	private void pause() {
		long ende = System.currentTimeMillis() + 800;
		while (System.currentTimeMillis() < ende) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
	}

	private void settle() {
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// run what the editor posted, e.g. the dirty state
			}
		}
	}

	private void screenshot(String name) throws Exception {
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

	private <S> S service(Class<S> type) {
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
