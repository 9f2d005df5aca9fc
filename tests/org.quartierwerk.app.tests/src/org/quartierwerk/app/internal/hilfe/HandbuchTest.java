package org.quartierwerk.app.internal.hilfe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.testing.Arbeitsbereich;

/**
 * Hilfe → Handbuch and F1 in the running workbench: the command is in the Hilfe menu and enabled, F1 is bound to it and
 * to nothing else, and executing it writes the shipped pages into the workspace and hands the start page, which names
 * every chapter, to the opener. The opener stands in for the system browser, so no browser is needed.
 */
class HandbuchTest {

	private static final String BEFEHL = "org.quartierwerk.app.command.handbuch";

	/** The chapters the handbook must have: file and heading. */
	private static final Map<String, String> KAPITEL = new LinkedHashMap<>();
	static {
		KAPITEL.put("praxisbeispiel.html", "Praxisbeispiel dokumentieren");
		KAPITEL.put("finanzierungsplan.html", "Finanzierungsplan aufstellen");
		KAPITEL.put("beteiligung.html", "Beteiligung einschätzen");
		KAPITEL.put("wirkung.html", "Wirkung messen");
		KAPITEL.put("bericht.html", "Bericht erstellen");
		KAPITEL.put("kursteilnahme.html", "An einem Kurs teilnehmen");
		KAPITEL.put("kurse-installieren.html", "Kurse installieren (für Kursleitungen)");
		KAPITEL.put("veroeffentlichen.html", "Veröffentlichen");
		KAPITEL.put("sammlung.html", "Sammlung teilen");
		KAPITEL.put("befehlszeile.html", "Befehlszeile");
	}

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private Path ordner;

	@BeforeEach
	void ohneHandbuch() throws Exception {
		ordner = HandbuchHandler.ordnerIn(arbeitsbereich.ordner());
		loesche(ordner);
	}

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void hilfeHandbuchAndF1WriteTheHandbookAndOpenItsStartPageWithEveryChapter() throws Exception {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			MMenu hilfe = (MMenu) werkbank.application().getChildren().get(0).getMainMenu().getChildren().stream()
					.filter(m -> "org.quartierwerk.app.menu.hilfe".equals(m.getElementId())).findFirst().orElseThrow();
			assertEquals(List.of("org.quartierwerk.app.menuitem.willkommen", "org.quartierwerk.app.menuitem.handbuch",
					"org.quartierwerk.app.menuitem.ueber"), hilfe.getChildren().stream().map(MMenuElement::getElementId).toList(),
					"Hilfe → Handbuch, after Willkommen");
			MHandledMenuItem eintrag = (MHandledMenuItem) hilfe.getChildren().get(1);
			assertEquals(BEFEHL, eintrag.getCommand().getElementId());
			assertEquals("%command.handbuch", eintrag.getLabel());
			List<MKeyBinding> f1 = new ArrayList<>();
			for (MBindingTable tabelle : werkbank.application().getBindingTables()) {
				tabelle.getBindings().stream().filter(b -> "F1".equals(b.getKeySequence())).forEach(f1::add);
			}
			assertEquals(1, f1.size(), "F1 is bound once");
			assertEquals(BEFEHL, f1.get(0).getCommand().getElementId(), "F1 opens the handbook");

			List<URI> geoeffnet = new ArrayList<>();
			Predicate<URI> oeffner = seite -> geoeffnet.add(seite);
			werkbank.application().getContext().set(HandbuchHandler.OEFFNER, oeffner);
			assertTrue(werkbank.canExecute(BEFEHL), "Hilfe → Handbuch is enabled");
			assertFalse(Files.exists(ordner), "no handbook in the workspace before");
			werkbank.show("org.quartierwerk.app.part.willkommen");
			werkbank.execute(BEFEHL);

			Path startseite = ordner.resolve("index.html");
			assertEquals(1, geoeffnet.size(), geoeffnet::toString);
			assertEquals(startseite.toUri() + "#fenster", geoeffnet.get(0).toString(),
					"from the Willkommen page, the start page's section on the window, in the workspace's .metadata/handbuch");
			assertTrue(Files.isRegularFile(startseite), "the start page is a real file: " + startseite);
			String index = Files.readString(startseite, StandardCharsets.UTF_8);
			assertTrue(index.contains("<html lang=\"de\">"), "German");
			assertTrue(index.contains("Kompatibilitätsschicht"), "the start page says why the handbook is plain HTML");
			for (Map.Entry<String, String> kapitel : KAPITEL.entrySet()) {
				assertTrue(index.contains("href=\"" + kapitel.getKey() + "\""), "the start page links " + kapitel.getKey());
				assertTrue(index.contains(kapitel.getValue()), "the start page names " + kapitel.getValue());
				Path seite = ordner.resolve(kapitel.getKey());
				assertTrue(Files.isRegularFile(seite), "written: " + seite);
				String text = Files.readString(seite, StandardCharsets.UTF_8);
				assertTrue(text.contains("<html lang=\"de\">") && text.contains("<main>") && text.contains("<nav aria-label=\"Kapitel\">"),
						"language and landmarks: " + kapitel.getKey());
				assertTrue(text.contains("<h1>" + kapitel.getValue().replace("&", "&amp;") + "</h1>"), "heading: " + kapitel.getKey());
				assertFalse(text.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources: " + kapitel.getKey());
			}
			assertTrue(Files.isRegularFile(ordner.resolve("handbuch.css")), "the style sheet is written beside the pages");

			// F1 on a control of the window runs the same command through the key binding dispatcher
			werkbank.focus(RunningWorkbench.find(werkbank.shell(), Tree.class, t -> true));
			werkbank.press(SWT.NONE, SWT.F1);
			assertEquals(2, geoeffnet.size(), "F1 opens the handbook too");
			assertEquals(ordner.resolve("praxisbeispiel.html").toUri() + "#verwalten", geoeffnet.get(1).toString(),
					"F1 in the navigator opens its section");
		}
	}

	@Test
	void withoutABrowserItNamesTheFileToOpen() throws Exception {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			Predicate<URI> keinBrowser = seite -> false;
			werkbank.application().getContext().set(HandbuchHandler.OEFFNER, keinBrowser);
			String[] meldung = new String[1];
			Dialogbedienung.mitDialogen(werkbank, () -> werkbank.execute(BEFEHL), (Shell dialog) -> {
				meldung[0] = dialog.getText() + ": " + beschriftungen(dialog);
				dialog.close();
			});
			assertTrue(meldung[0] != null && meldung[0].startsWith("Handbuch: "), String.valueOf(meldung[0]));
			assertTrue(meldung[0].contains(ordner.resolve("index.html").toString()), meldung[0]);
			assertTrue(Files.isRegularFile(ordner.resolve("index.html")));
		}
	}

	private static String beschriftungen(Composite composite) {
		StringBuilder text = new StringBuilder();
		for (Control kind : composite.getChildren()) {
			if (kind instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (kind instanceof Composite innen) {
				text.append(beschriftungen(innen));
			}
		}
		return text.toString();
	}

	private static void loesche(Path ordner) throws Exception {
		if (Files.isDirectory(ordner)) {
			try (var dateien = Files.list(ordner)) {
				for (Path datei : dateien.toList()) {
					Files.delete(datei);
				}
			}
			Files.delete(ordner);
		}
	}
}
