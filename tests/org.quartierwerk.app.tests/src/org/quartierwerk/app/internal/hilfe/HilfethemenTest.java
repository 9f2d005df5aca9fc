package org.quartierwerk.app.internal.hilfe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.handbuch.Handbuch;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * F1 per place: in the running workbench F1 on a page of the Praxisbeispiel editor, in a view and in a dialog opens
 * that place's section of the handbook; and the one map {@link Hilfethemen} names a section that exists for every part
 * of the workbench and every dialog class of the bundle.
 */
class HilfethemenTest {

	private static final String BEFEHL = "org.quartierwerk.app.command.handbuch";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();

	@TempDir
	Path handbuch;

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void f1OpensTheSectionOfTheEditorPageTheViewAndTheDialog() throws Exception {
		Path ordner = HandbuchHandler.ordnerIn(arbeitsbereich.ordner());
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			List<URI> geoeffnet = new ArrayList<>();
			Predicate<URI> oeffner = geoeffnet::add;
			werkbank.application().getContext().set(HandbuchHandler.OEFFNER, oeffner);
			String projekt = "Hilfe-Probe";
			Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
			beispiel.setTitel("Treffpunkt Sonnenhügel");
			Dienste.warte(PraxisbeispielStore.class).save(projekt, beispiel);
			MPart part = EditorOeffner.oeffne(projekt, werkbank.get(EPartService.class), werkbank.get(EModelService.class),
					werkbank.application());
			werkbank.settle();
			assertTrue(werkbank.await(() -> part.getObject() instanceof PraxisbeispielEditor), "the editor is open");

			// the Finanzierung page
			CTabFolder seiten = UiTesting.find((Control) part.getWidget(), CTabFolder.class, f -> true);
			CTabItem finanzierung = Arrays.stream(seiten.getItems()).filter(i -> i.getText().equals("Finanzierung")).findFirst()
					.orElseThrow();
			seiten.setSelection(finanzierung);
			werkbank.settle();
			werkbank.focus(UiTesting.find(finanzierung.getControl(), Table.class, t -> true));
			werkbank.press(SWT.NONE, SWT.F1);
			assertEquals(List.of(ordner.resolve("finanzierungsplan.html").toUri() + "#ausgaben"), texte(geoeffnet),
					"F1 on the Finanzierung page");

			// the Steckbrief page of the same editor
			CTabItem steckbrief = Arrays.stream(seiten.getItems()).filter(i -> i.getText().equals("Steckbrief")).findFirst().orElseThrow();
			seiten.setSelection(steckbrief);
			werkbank.settle();
			werkbank.focus(seiten);
			werkbank.press(SWT.NONE, SWT.F1);
			assertEquals(ordner.resolve("praxisbeispiel.html").toUri() + "#steckbrief", texte(geoeffnet).get(1), "F1 on the Steckbrief page");

			// a view
			MPart probleme = werkbank.show("org.quartierwerk.app.part.probleme");
			werkbank.focus(UiTesting.find((Control) probleme.getWidget(), Table.class, t -> true));
			werkbank.press(SWT.NONE, SWT.F1);
			assertEquals(ordner.resolve("praxisbeispiel.html").toUri() + "#probleme", texte(geoeffnet).get(2), "F1 in the Probleme view");

			// the Bericht dialog, over the editor
			werkbank.get(EPartService.class).activate(part);
			werkbank.settle();
			Dialogbedienung.mitDialogen(werkbank, () -> werkbank.execute("org.quartierwerk.app.command.berichtErstellen"), dialog -> {
				// the first field open to input: the Berichtszeitraum stays closed for templates without a period
				Control fokus = UiTesting.find(dialog, org.eclipse.swt.widgets.Text.class, t -> t.isEnabled());
				assertTrue(fokus.setFocus(), "a field of the dialog takes the focus");
				werkbank.settle();
				// through the workbench's key binding dispatcher, as the key would go: its binding of F1 holds in dialogs too
				werkbank.press(SWT.NONE, SWT.F1);
				dialog.close();
			});
			assertEquals(4, geoeffnet.size(), () -> "one opening per F1: " + geoeffnet);
			assertEquals(ordner.resolve("bericht.html").toUri() + "#erstellen", texte(geoeffnet).get(3), "F1 in the Bericht dialog");
		}
	}

	@Test
	void everyPartPageAndDialogHasASectionThatExists() throws Exception {
		Handbuch.schreiben(handbuch);
		List<String> fehlt = new ArrayList<>();
		for (Map.Entry<String, String> ort : Hilfethemen.ORTE.entrySet()) {
			String[] teile = ort.getValue().split("#", 2);
			Path seite = handbuch.resolve(teile[0]);
			if (!Files.isRegularFile(seite)) {
				fehlt.add(ort.getKey() + " → " + ort.getValue() + ": no such page");
			} else if (teile.length == 2 && !Files.readString(seite, StandardCharsets.UTF_8).contains(" id=\"" + teile[1] + "\"")) {
				fehlt.add(ort.getKey() + " → " + ort.getValue() + ": no such anchor");
			}
		}
		assertEquals(List.of(), fehlt, "sections F1 would open that the handbook lacks");

		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			TreeSet<String> parts = new TreeSet<>();
			werkbank.get(EModelService.class).findElements(werkbank.application(), null, MPart.class, null)
					.forEach(p -> parts.add(p.getElementId()));
			parts.add(PraxisbeispielEditor.PART_ID);
			assertTrue(parts.size() >= 7, parts::toString);
			parts.removeIf(Hilfethemen.ORTE::containsKey);
			assertEquals(new TreeSet<>(), parts, "parts without a section for F1 (add them to Hilfethemen.ORTE)");
			for (String seite : List.of("steckbrief", "ziele", "arbeitsschritte", "kooperation", "beteiligung", "finanzierung",
					"good-practice")) {
				assertTrue(Hilfethemen.ORTE.containsKey(PraxisbeispielEditor.PART_ID + "/" + seite), seite);
			}
		}

		Bundle app = FrameworkUtil.getBundle(HandbuchHandler.class);
		List<String> dialoge = new ArrayList<>();
		List<String> ohne = new ArrayList<>();
		for (URL eintrag : Collections.list(app.findEntries("org/quartierwerk/app", "*.class", true))) {
			String name = eintrag.getPath().replaceFirst("^.*?(org/quartierwerk/app/)", "$1").replace(".class", "").replace('/', '.');
			if (name.contains("$") || name.endsWith("Test")) {
				continue;
			}
			Class<?> klasse = app.loadClass(name);
			if (Window.class.isAssignableFrom(klasse) && !Modifier.isAbstract(klasse.getModifiers())) {
				dialoge.add(name);
				if (Hilfethemen.fuerKlasse(klasse).isEmpty()) {
					ohne.add(name);
				}
			}
		}
		assertTrue(dialoge.size() >= 8, dialoge::toString);
		assertEquals(List.of(), ohne, "dialogs without a section for F1 (add them to Hilfethemen.ORTE)");
	}

	private static List<String> texte(List<URI> adressen) {
		return adressen.stream().map(URI::toString).toList();
	}
}
