package org.quartierwerk.app.internal.quellen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.basis.Rueckgaengigbar;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Handlungsfeld;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * The Finanzierungsquellen view with real SWT in OSGi next to a Praxisbeispiel editor, both injected by e4: the
 * catalogue grouped by Art, the search, the sources matching the project, and taking a source into its plan.
 */
class FinanzierungsquellenViewTest {

	private static final String PROJEKT = "Quellentest Lindenhof";

	private final Display display = Display.getDefault();
	private final Shell shell = new Shell(display);
	private final BundleContext bundles = FrameworkUtil.getBundle(FinanzierungsquellenViewTest.class).getBundleContext();
	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final List<Finanzierungsquelle> katalog = Dienste.warte(Katalog.class).finanzierungsquellen();
	private final List<IEclipseContext> contexts = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		contexts.forEach(IEclipseContext::dispose);
		shell.dispose();
		arbeitsbereich.close();
	}

	@Test
	void theCatalogueGroupedByArtAndTheSearchNarrowingIt() {
		shell.setLayout(new FillLayout());
		FinanzierungsquellenView view = view(new Composite(shell, SWT.NONE));
		view.aktiv(null);
		assertFalse(katalog.isEmpty(), "the catalogue bundle's sources are installed");

		Map<Finanzierungsart, Long> jeArt = katalog.stream().collect(Collectors.groupingBy(Finanzierungsquelle::getArt, Collectors.counting()));
		TreeItem[] gruppen = view.baum.getTree().getItems();
		assertEquals(jeArt.size(), gruppen.length, "one group per Art in the catalogue");
		for (TreeItem gruppe : gruppen) {
			Finanzierungsart art = ((Quellenanzeige.Gruppe) gruppe.getData()).art();
			assertEquals(Bezeichnungen.von(art) + " (" + jeArt.get(art) + ")", gruppe.getText());
		}
		assertEquals(Set.copyOf(katalog), gezeigt(view));
		assertTrue(view.status.getText().contains(katalog.size() + " von " + katalog.size()), view.status.getText());
		assertTrue(view.status.getText().contains("Kein Projekt geöffnet"), view.status.getText());
		assertFalse(view.nurPassende.isEnabled(), "nothing to match without a project");

		// typing narrows the tree to the sources that name the text
		view.suche.setText("Niedersachsen");
		Set<Finanzierungsquelle> erwartet = katalog.stream()
				.filter(q -> Stream.of(q.getName(), q.getGeber(), q.getProgramm(), q.getBeschreibung())
						.anyMatch(t -> t != null && t.toLowerCase(Locale.GERMAN).contains("niedersachsen")))
				.collect(Collectors.toSet());
		assertFalse(erwartet.isEmpty());
		assertTrue(erwartet.size() < katalog.size());
		assertEquals(erwartet, gezeigt(view));
		assertTrue(view.status.getText().startsWith(erwartet.size() + " von " + katalog.size()), view.status.getText());

		// the details of a selected source name its Beleg
		Finanzierungsquelle quelle = erwartet.iterator().next();
		view.baum.setSelection(new StructuredSelection(quelle), true);
		assertTrue(view.details.getText().startsWith(quelle.getName()), view.details.getText());
		assertTrue(view.details.getText().contains("Beleg: " + quelle.getBeleg()), view.details.getText());
		assertFalse(view.hinzufuegen.isEnabled(), "no project to add it to");

		// a competition says how often it is called
		view.suche.setText("Nachbarschaftspreis");
		Finanzierungsquelle preis = gezeigt(view).iterator().next();
		view.baum.setSelection(new StructuredSelection(preis), true);
		assertTrue(view.details.getText().contains("Ausschreibung: jährlich seit 2017"), view.details.getText());

		view.suche.setText("");
		assertEquals(katalog.size(), gezeigt(view).size());
	}

	@Test
	void matchingSourcesFollowTheProjectAndAddingGoesIntoItsPlanAsOneUndoableCommand() throws Exception {
		Praxisbeispiel neu = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		neu.setTitel("Nachbarschaft Lindenhof");
		neu.setBundesland(Bundesland.NIEDERSACHSEN);
		neu.getHandlungsfelder().add(Handlungsfeld.WOHNEN);
		store.save(PROJEKT, neu);

		shell.setLayout(new FillLayout());
		SashForm teilung = new SashForm(shell, SWT.VERTICAL);
		MPart editorPart = MBasicFactory.INSTANCE.createPart();
		editorPart.setElementId(PraxisbeispielEditor.PART_ID);
		editorPart.getPersistedState().put(PraxisbeispielEditor.PROJEKT, PROJEKT);
		Composite editorFlaeche = new Composite(teilung, SWT.NONE);
		IEclipseContext editorContext = context(editorFlaeche);
		editorContext.set(MPart.class, editorPart);
		PraxisbeispielEditor editor = ContextInjectionFactory.make(PraxisbeispielEditor.class, editorContext);
		editorPart.setObject(editor);
		FinanzierungsquellenView view = view(new Composite(teilung, SWT.NONE));
		shell.setSize(1000, 900);
		shell.open();
		settle();

		view.aktiv(editorPart); // the workbench injects the active part
		Praxisbeispiel beispiel = editor.praxisbeispiel();
		assertSame(editor.verlauf(), contexts.get(1).get(Rueckgaengigbar.class), "Ctrl+Z in the view undoes in the editor");
		assertTrue(view.nurPassende.isEnabled());
		assertEquals("Nur &passende für „Nachbarschaft Lindenhof“", view.nurPassende.getText());
		view.nurPassende.setSelection(true);
		view.nurPassende.notifyListeners(SWT.Selection, new Event());
		Set<Finanzierungsquelle> passend = Set.copyOf(Sammlung.passendeQuellen(beispiel, katalog));
		assertTrue(passend.size() < katalog.size(), "Niedersachsen excludes other Länder' programmes");
		assertTrue(passend.stream().anyMatch(q -> q.getFoerdergebiet().contains(Bundesland.NIEDERSACHSEN)));
		assertEquals(passend, gezeigt(view));

		// the view follows a change of the project's Bundesland in the editor
		EditingDomain domain = editor.domain();
		domain.getCommandStack().execute(SetCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__BUNDESLAND, Bundesland.BAYERN));
		settle();
		assertEquals(Set.copyOf(Sammlung.passendeQuellen(beispiel, katalog)), gezeigt(view));
		assertFalse(gezeigt(view).stream().anyMatch(q -> q.getFoerdergebiet().contains(Bundesland.NIEDERSACHSEN)));
		domain.getCommandStack().undo();
		settle();
		assertEquals(passend, gezeigt(view));

		Finanzierungsquelle katalogquelle = passend.stream().filter(q -> q.getFoerdergebiet().contains(Bundesland.NIEDERSACHSEN))
				.findFirst().orElseThrow();
		view.baum.setSelection(new StructuredSelection(katalogquelle), true);
		assertTrue(view.hinzufuegen.isEnabled());
		assertNull(beispiel.getFinanzierungsplan(), "the project has no plan yet");
		view.hinzufuegen.notifyListeners(SWT.Selection, new Event());
		settle();
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		assertNotNull(plan, "the plan was created");
		assertEquals(1, plan.getQuellen().size());
		Finanzierungsquelle kopie = plan.getQuellen().get(0);
		assertNotSame(katalogquelle, kopie, "the catalogue's object stays shared and unchanged");
		assertEquals(katalogquelle.getId(), kopie.getId());
		assertEquals(katalogquelle.getName(), kopie.getName());
		assertEquals(1, plan.getAnteile().size());
		Finanzierungsanteil anteil = plan.getAnteile().get(0);
		assertSame(kopie, anteil.getQuelle());
		assertEquals(Bewilligungsstatus.BEANTRAGT, anteil.getStatus());
		assertTrue(zeilen(editorFlaeche).contains(katalogquelle.getName()), "the editor's Finanzierung page shows the row");
		assertTrue(view.status.getText().contains("steht jetzt im Finanzierungsplan von „Nachbarschaft Lindenhof“"), view.status.getText());
		screenshot("finanzierungsquellen.png");

		domain.getCommandStack().undo();
		settle();
		assertNull(beispiel.getFinanzierungsplan(), "one undo takes back the plan, the source and the row");
		assertFalse(zeilen(editorFlaeche).contains(katalogquelle.getName()));
		assertFalse(view.status.getText().contains("steht jetzt"), "the message went with the undo");

		// twice, the second time by double-click: two rows, one copy of the source
		view.hinzufuegen.notifyListeners(SWT.Selection, new Event());
		Event doppelklick = new Event();
		doppelklick.item = view.baum.getTree().getSelection()[0];
		view.baum.getTree().notifyListeners(SWT.DefaultSelection, doppelklick);
		settle();
		plan = beispiel.getFinanzierungsplan();
		assertEquals(1, plan.getQuellen().size(), "the source is copied once");
		assertEquals(2, plan.getAnteile().size());
		assertSame(plan.getQuellen().get(0), plan.getAnteile().get(1).getQuelle());
		assertTrue(editorPart.isDirty());

		// the editor is closed: nothing to add to, and the view says so
		editorPart.setToBeRendered(false);
		view.aktiv(null);
		settle();
		assertFalse(view.hinzufuegen.isEnabled());
		assertFalse(view.nurPassende.isEnabled());
		assertTrue(view.status.getText().contains("Kein Projekt geöffnet"), view.status.getText());
		assertEquals(katalog.size(), gezeigt(view).size(), "the whole catalogue again");
		assertNull(contexts.get(1).get(Rueckgaengigbar.class));
	}

	private static Set<Finanzierungsquelle> gezeigt(FinanzierungsquellenView view) {
		view.baum.expandAll();
		Set<Finanzierungsquelle> quellen = new HashSet<>();
		for (TreeItem gruppe : view.baum.getTree().getItems()) {
			for (TreeItem quelle : gruppe.getItems()) {
				quellen.add((Finanzierungsquelle) quelle.getData());
			}
		}
		return quellen;
	}

	/** The texts of the first column of all tables below a control, e.g. the editor's Finanzierungsanteile. */
	private static List<String> zeilen(Control control) {
		List<String> texte = new ArrayList<>();
		if (control instanceof Table table) {
			for (TableItem item : table.getItems()) {
				texte.add(item.getText(0));
			}
		} else if (control instanceof Composite composite) {
			for (Control kind : composite.getChildren()) {
				texte.addAll(zeilen(kind));
			}
		}
		return texte;
	}

	private FinanzierungsquellenView view(Composite parent) {
		IEclipseContext context = context(parent);
		context.set(MPart.class, MBasicFactory.INSTANCE.createPart());
		return ContextInjectionFactory.make(FinanzierungsquellenView.class, context);
	}

	private IEclipseContext context(Composite parent) {
		IEclipseContext context = EclipseContextFactory.getServiceContext(bundles).createChild("quellen test");
		contexts.add(context);
		context.set(TranslationService.LOCALE, Locale.GERMAN);
		context.set(Composite.class, parent);
		UiTesting.connectTranslations(context);
		return context;
	}


	private void settle() {
		UiTesting.settle(display);
	}

	private void screenshot(String name) throws Exception {
		UiTesting.screenshot(shell, name);
	}
}
