package org.quartierwerk.app.internal.kurse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.commands.CommandServiceAddon;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.installer.CourseInstaller;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Bedingung;
import org.quartierwerk.testing.Dienste;

/**
 * The Kurse view with real SWT in OSGi, injected by e4, with the course bundles installed: a Teilnahme created,
 * modules and checklist points (Vorgaben der Kursleitung) ticked and saved, what is missing, the certificate only for a
 * course that declares one, and removing the course through
 * the course service with a stand-in for p2. The questions a dialog would ask are answered by the test.
 */
class KurseViewTest {

	private static final String PROJEKT = "Kurstest Lindenhof";
	private static final String ZWEITES = "Kurstest Zweites Projekt";

	private final Display display = Display.getDefault();
	private final Shell shell = new Shell(display);
	private final BundleContext bundles = FrameworkUtil.getBundle(KurseViewTest.class).getBundleContext();
	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final CourseService kurse = Dienste.warte(CourseService.class);
	private final Antworten antworten = new Antworten();
	private IEclipseContext context;
	private ServiceRegistration<CourseInstaller> installer;

	@TempDir
	Path scratch;

	@AfterEach
	void close() throws Exception {
		if (installer != null) {
			installer.unregister();
		}
		if (context != null) {
			context.dispose();
		}
		shell.dispose();
		arbeitsbereich.close();
	}

	@Test
	void withoutCoursesTheViewExplainsAndOffersToInstallOne() {
		context = context();
		context.set(CourseService.class, ohneKurse());
		ContextInjectionFactory.make(CommandServiceAddon.class, context); // the e4 command and handler services, as in the workbench
		ECommandService befehle = context.get(ECommandService.class);
		befehle.defineCategory("test", "Test", null);
		befehle.defineCommand(KurseView.KURS_INSTALLIEREN, "Kurs installieren", null, befehle.getCategory("test"), null);
		List<String> ausgefuehrt = new ArrayList<>();
		context.get(EHandlerService.class).activateHandler(KurseView.KURS_INSTALLIEREN, new Object() {
			@Execute
			public void execute() {
				ausgefuehrt.add("Kurs installieren");
			}
		});
		KurseView view = open();

		assertTrue(view.leer.isVisible());
		assertFalse(view.inhalt.isVisible());
		Composite leer = view.leer;
		String erklaerung = ((Label) leer.getChildren()[0]).getText();
		assertTrue(erklaerung.startsWith("Es ist noch kein Kurs installiert."), erklaerung);
		assertEquals("Kurs &installieren…", view.installierenLeer.getText());
		assertTrue(view.installierenLeer.isEnabled());
		view.installierenLeer.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("Kurs installieren"), ausgefuehrt, "the button runs the menu's command");
	}

	@Test
	void aTeilnahmeIsCreatedTickedAndSavedUntilTheCertificate() throws Exception {
		Kurs biq = kurse.kurs("biq").orElseThrow(() -> new AssertionError("BiQ is in the test runtime: " + kurse.probleme()));
		store.save(PROJEKT, projektMitBeteiligung());
		// what the BiQ Kursleitung asks for beyond the source (docs/kurse.md)
		kurse.ergaenzeAnforderung("biq", Anforderungsart.MODULE_ABGESCHLOSSEN, "Alle sechs Blöcke sind besucht.");
		kurse.ergaenzeAnforderung("biq", Anforderungsart.STADTTEILERKUNDUNG_DURCHGEFUEHRT, null);
		kurse.ergaenzePunkt("biq", "Welche Treffpunkte und Begegnungsorte gibt es?", "Treffpunkte");
		kurse.ergaenzePunkt("biq", "Wo gibt es Barrieren im öffentlichen Raum?", "Barrieren");
		List<Checkliste> checklisten = kurse.checklisten(biq);
		context = context();
		KurseView view = open();
		assertTrue(view.inhalt.isVisible());
		view.kurs.setSelection(new StructuredSelection(biq));
		view.projekt.setSelection(new StructuredSelection(PROJEKT));

		assertEquals("Für dieses Praxisprojekt gibt es noch keine Teilnahme an diesem Kurs.", view.teilnahmeText.getText());
		assertTrue(view.anlegen.isVisible());
		TreeItem module = view.punkte.getTree().getItem(0);
		assertEquals("Module", module.getText());
		assertEquals(biq.getModule().stream().map(Modul::getTitel).toList(),
				Arrays.stream(module.getItems()).map(i -> ((Modul) i.getData()).getTitel()).toList());
		assertEquals(1 + checklisten.size(), view.punkte.getTree().getItemCount());
		assertEquals("Weitere Prüfpunkte (Vorgabe der Kursleitung)", view.punkte.getTree().getItem(1).getText());
		assertFalse(view.punkte.getTree().isEnabled(), "nothing to tick without a Teilnahme");
		assertTrue(view.zertifikat.isVisible(), "BiQ declares its certificate");
		assertFalse(view.zertifikat.isEnabled());

		antworten.name = "Gisela Öztürk";
		view.anlegen.notifyListeners(SWT.Selection, new Event());
		assertTrue(antworten.fragen.get(0).contains("„" + PROJEKT + "“"), antworten.fragen.get(0));
		Teilnahme gespeichert = kurse.teilnahme("biq", PROJEKT).orElseThrow(() -> new AssertionError("no Teilnahme saved"));
		assertEquals("Gisela Öztürk", gespeichert.getTeilnehmende());
		assertEquals("Teilnahme von Gisela Öztürk", view.teilnahmeText.getText());
		assertFalse(view.anlegen.isVisible());
		assertTrue(view.punkte.getTree().isEnabled());

		// ticking the first module saves it at once
		hake(view, 0, 0, true);
		gespeichert = kurse.teilnahme("biq", PROJEKT).orElseThrow();
		Modul erstes = biq.getModule().get(0);
		assertTrue(gespeichert.getFortschritte().stream().anyMatch(f -> f.getModul() == erstes && f.isAbgeschlossen()));
		List<String> offen = kurse.offen(gespeichert, store.load(PROJEKT));
		assertEquals(2, offen.size(), "the modules and the checklist; the project's Beteiligung is there");
		assertEquals(offen.stream().map(o -> "• " + o).toList(), view.offen.getText().lines().toList());
		assertTrue(offen.get(0).endsWith(": Noch nicht abgeschlossen: " + biq.getModule().get(1).getTitel() + ", "
				+ biq.getModule().get(2).getTitel() + ", " + biq.getModule().get(3).getTitel() + ", " + biq.getModule().get(4).getTitel()
				+ ", " + biq.getModule().get(5).getTitel() + ". (Vorgabe der Kursleitung)"), offen.get(0));
		assertFalse(view.zertifikat.isEnabled());
		screenshot("kurse.png");

		// everything the course asks for
		for (int i = 1; i < biq.getModule().size(); i++) {
			hake(view, 0, i, true);
		}
		for (int i = 0; i < checklisten.get(0).getPunkte().size(); i++) {
			if (checklisten.get(0).getPunkte().get(i).isPflicht()) {
				hake(view, 1, i, true);
			}
		}
		assertEquals("", view.offen.getText());
		assertEquals("Alle Anforderungen sind erfüllt: Sie können das Zertifikat erstellen.", view.offenTitel.getText());
		assertTrue(view.zertifikat.isEnabled());

		// taking one back makes the certificate wait again
		hake(view, 0, 0, false);
		assertFalse(kurse.teilnahme("biq", PROJEKT).orElseThrow().getFortschritte().stream()
				.anyMatch(f -> f.getModul() == erstes && f.isAbgeschlossen()));
		assertFalse(view.zertifikat.isEnabled());
		hake(view, 0, 0, true);
		assertTrue(view.zertifikat.isEnabled());

		Path ziel = scratch.resolve("zertifikat.pdf");
		antworten.datei = ziel;
		view.zertifikat.notifyListeners(SWT.Selection, new Event());
		assertTrue(antworten.vorschlag.getFileName().toString().contains("Gisela Öztürk"), antworten.vorschlag.toString());
		assertTrue(antworten.vorschlag.toString().endsWith(".pdf"));
		assertEquals(List.of(), antworten.fehler);
		assertEquals(List.of(ziel), antworten.geoeffnet, "the certificate is opened once written");
		byte[] pdf = Files.readAllBytes(ziel);
		assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
		assertNotNull(kurse.teilnahme("biq", PROJEKT).orElseThrow().getZertifikatErteiltAm(), "the date is kept with the Teilnahme");
	}

	@Test
	void aCourseWithoutCertificateHasNoCertificateAction() throws Exception {
		Kurs netzwerk = kurse.kurs("netzwerkmanagement").orElseThrow(() -> new AssertionError(kurse.probleme().toString()));
		Kurs biq = kurse.kurs("biq").orElseThrow();
		store.save(PROJEKT, projektMitBeteiligung());
		context = context();
		KurseView view = open();
		view.kurs.setSelection(new StructuredSelection(biq));
		view.projekt.setSelection(new StructuredSelection(PROJEKT));
		assertTrue(view.zertifikat.isVisible());

		view.kurs.setSelection(new StructuredSelection(netzwerk));
		settle();
		assertFalse(view.zertifikat.isVisible(), "absent, not just disabled");
		assertTrue(((RowData) view.zertifikat.getLayoutData()).exclude, "and it takes no room in the row");
		antworten.name = "Jonas Berg";
		view.anlegen.notifyListeners(SWT.Selection, new Event());
		assertEquals("Alle Anforderungen sind erfüllt. Dieser Kurs stellt kein Zertifikat aus.", view.offenTitel.getText(),
				"the begleitetes Praxisprojekt is there");
		assertFalse(view.zertifikat.isVisible(), "still absent with every requirement met");
		for (TreeItem item : view.punkte.getTree().getItems()) {
			assertFalse(item.getText().contains("Zertifikat"), item.getText());
		}
		screenshot("kurse-ohne-zertifikat.png");

		view.kurs.setSelection(new StructuredSelection(biq));
		settle();
		assertTrue(view.zertifikat.isVisible(), "back for the course that declares one");
	}

	@Test
	void uninstallingAsksSaysTheTeilnahmeStaysAndRemovesTheCoursesFeature() throws Exception {
		Kurs biq = kurse.kurs("biq").orElseThrow();
		store.save(PROJEKT, projektMitBeteiligung());
		context = context();
		// the course service removes the course through the best ranked installer: this stand-in
		Protokoll protokoll = new Protokoll();
		installer = bundles.registerService(CourseInstaller.class, protokoll,
				new Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
		Bedingung.warteBis(kurse::installierbar, Duration.ofSeconds(10), () -> "the course service did not take the installer");
		KurseView view = open();
		view.kurs.setSelection(new StructuredSelection(biq));
		view.projekt.setSelection(new StructuredSelection(PROJEKT));
		antworten.name = "Jonas Berg";
		view.anlegen.notifyListeners(SWT.Selection, new Event());
		Path datei = kurse.datei("biq", PROJEKT);
		assertTrue(Files.isRegularFile(datei));

		antworten.bestaetigen = false;
		view.deinstallieren.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(), protokoll.entfernt, "cancelled");
		String frage = antworten.fragen.get(antworten.fragen.size() - 1);
		assertTrue(frage.contains("„" + biq.getTitel() + "“"), frage);
		assertTrue(frage.contains("Teilnahmen an diesem Kurs bleiben im Arbeitsbereich gespeichert"), frage);

		antworten.bestaetigen = true;
		view.deinstallieren.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("org.quartierwerk.course.biq.feature"), protokoll.entfernt, "the feature of the bundle that brings BiQ");
		assertTrue(protokoll.mitFortschritt, "p2 reports its progress");
		assertEquals(List.of(), antworten.fehler);
		assertTrue(antworten.meldungen.get(0).contains("Die Teilnahmen bleiben im Arbeitsbereich gespeichert"), antworten.meldungen.toString());
		assertTrue(Files.isRegularFile(datei), "the participant's file is kept");
	}

	@Test
	void theProjectFollowsTheActiveEditor() throws Exception {
		store.save(PROJEKT, projektMitBeteiligung());
		kurse.ergaenzeAnforderung("biq", Anforderungsart.BETEILIGUNG_DOKUMENTIERT, null);
		store.save(ZWEITES, projektMitBeteiligung());
		context = context();
		KurseView view = open();
		view.projekt.setSelection(new StructuredSelection(PROJEKT));

		MPart editorPart = MBasicFactory.INSTANCE.createPart();
		editorPart.setElementId(PraxisbeispielEditor.PART_ID);
		editorPart.getPersistedState().put(PraxisbeispielEditor.PROJEKT, ZWEITES);
		IEclipseContext editorContext = context.createChild("editor");
		editorContext.set(MPart.class, editorPart);
		editorContext.set(Composite.class, new Composite(new Shell(shell), SWT.NONE));
		editorPart.setObject(ContextInjectionFactory.make(PraxisbeispielEditor.class, editorContext));
		view.aktiv(editorPart); // the workbench injects the active part
		assertEquals(ZWEITES, view.projekt.getStructuredSelection().getFirstElement());
		assertEquals("Für dieses Praxisprojekt gibt es noch keine Teilnahme an diesem Kurs.", view.teilnahmeText.getText());

		// what is missing follows an edit in the editor at once, unsaved and without a focus change
		antworten.name = "Gisela Öztürk";
		view.anlegen.notifyListeners(SWT.Selection, new Event());
		settle();
		PraxisbeispielEditor editor = (PraxisbeispielEditor) editorPart.getObject();
		String vorher = view.offen.getText();
		editor.domain().getCommandStack().execute(RemoveCommand.create(editor.domain(), editor.praxisbeispiel(),
				QuartierwerkPackage.Literals.PRAXISBEISPIEL__BETEILIGUNGEN, editor.praxisbeispiel().getBeteiligungen().get(0)));
		settle();
		String erwartet = kurse.offen(kurse.teilnahme(((Kurs) view.kurs.getStructuredSelection().getFirstElement()).getId(), ZWEITES)
				.orElseThrow(), editor.praxisbeispiel()).stream().map(f -> "• " + f).collect(java.util.stream.Collectors.joining("\n"));
		assertNotEquals(vorher, erwartet, "removing the Beteiligung adds a requirement");
		assertEquals(erwartet, view.offen.getText());
		editor.domain().getCommandStack().undo();
		settle();
		assertEquals(vorher, view.offen.getText());
	}

	/** Ticks or unticks one entry of a tree section the way a click on its box does. */
	private void hake(KurseView view, int abschnitt, int eintrag, boolean erledigt) {
		TreeItem item = view.punkte.getTree().getItem(abschnitt).getItem(eintrag);
		item.setChecked(erledigt);
		Event klick = new Event();
		klick.detail = SWT.CHECK;
		klick.item = item;
		view.punkte.getTree().notifyListeners(SWT.Selection, klick);
		settle();
	}

	/** A project whose Beteiligung has a Stufe of the standard Partizipationsleiter: BiQ's third requirement. */
	private Praxisbeispiel projektMitBeteiligung() {
		Praxisbeispiel projekt = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		projekt.setTitel("Nachbarschaft Lindenhof");
		Beteiligung beteiligung = QuartierwerkFactory.eINSTANCE.createBeteiligung();
		beteiligung.setStufe(Dienste.warte(Katalog.class).partizipationsmodell(Katalog.STANDARD_MODELL).orElseThrow().getStufen().get(1));
		projekt.getBeteiligungen().add(beteiligung);
		return projekt;
	}

	private KurseView open() {
		shell.setLayout(new FillLayout());
		context.set(Composite.class, new Composite(shell, SWT.NONE));
		KurseView view = ContextInjectionFactory.make(KurseView.class, context);
		view.rueckfragen = antworten;
		shell.setSize(420, 760);
		shell.open();
		settle();
		return view;
	}

	private IEclipseContext context() {
		IEclipseContext neu = EclipseContextFactory.getServiceContext(bundles).createChild("kurse test");
		neu.set(TranslationService.LOCALE, Locale.GERMAN);
		UiTesting.connectTranslations(neu);
		return neu;
	}

	/** The user's answers, and what the view asked and reported. */
	private static final class Antworten implements Rueckfragen {
		final List<String> fragen = new ArrayList<>();
		final List<String> meldungen = new ArrayList<>();
		final List<String> fehler = new ArrayList<>();
		final List<Path> geoeffnet = new ArrayList<>();
		String name;
		boolean bestaetigen;
		Path datei;
		Path vorschlag;

		@Override
		public String eingabe(Shell shell, String titel, String frage) {
			fragen.add(frage);
			return name;
		}

		@Override
		public boolean bestaetigt(Shell shell, String titel, String frage) {
			fragen.add(frage);
			return bestaetigen;
		}

		@Override
		public Path speichernUnter(Shell shell, Path vorschlag) {
			this.vorschlag = vorschlag;
			return datei;
		}

		@Override
		public void melde(Shell shell, String titel, String meldung, boolean istFehler) {
			(istFehler ? fehler : meldungen).add(meldung);
		}

		@Override
		public boolean oeffne(Path datei) {
			geoeffnet.add(datei);
			return true;
		}
	}

	/** Stands in for p2, which the test runtime does not have (the product tests uninstall with the real one). */
	private static final class Protokoll implements CourseInstaller {
		final List<String> entfernt = new ArrayList<>();
		volatile boolean mitFortschritt;

		@Override
		public Result uninstall(String featureId, IProgressMonitor monitor) {
			mitFortschritt = monitor != null;
			entfernt.add(featureId);
			return new Result(List.of(new CourseFeature(featureId, "BiQ", "0.1.0")), false);
		}

		@Override
		public Result install(Repository repository, List<String> featureIds, boolean trust, IProgressMonitor monitor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<CourseFeature> offered(Repository repository, IProgressMonitor monitor) {
			return List.of();
		}

		@Override
		public List<CourseFeature> installed() {
			return List.of();
		}

		@Override
		public List<Publisher> trustedPublishers() {
			return List.of();
		}

		@Override
		public Publisher trustPublisher(Path certificate) {
			throw new UnsupportedOperationException();
		}
	}

	/** The course service of an installation without courses: the real one, but it has none. */
	private CourseService ohneKurse() {
		return (CourseService) Proxy.newProxyInstance(CourseService.class.getClassLoader(), new Class<?>[] { CourseService.class },
				(proxy, methode, argumente) -> methode.getName().equals("kurse") ? List.of() : methode.invoke(kurse, argumente));
	}

	private void settle() {
		UiTesting.settle(display);
	}

	private void screenshot(String name) throws Exception {
		UiTesting.screenshot(shell, name);
	}
}
