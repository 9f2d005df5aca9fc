package org.quartierwerk.app.internal.sammlung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.praxisbeispiele.Navigatormarken;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispielauswahl;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Autor;
import org.quartierwerk.sharing.SharedCollection.Verlaufseintrag;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * Sammlung in the running workbench with real SWT: the runtime's workspace is shared to a bare repository in a
 * temporary folder; another participant (Bea) is a second clone made with JGit here, which edits the same project's
 * file and sends it. Sammlung → Abgleichen merges a change of another field into the open editor; the same field
 * changed on both sides opens the conflict dialog, and "Ihre übernehmen" takes Bea's value. The Verlauf view lists
 * Bea's change with its field; the navigator marks a project changed here. Screenshots: target/screenshots/sammlung-*.png.
 */
class SammlungTest {

	private static final String NAME = "Sammlungstest Nachbarschaftscafe";
	private static final String TITEL = "Nachbarschaftscafé am Markt";
	private static final String ABGLEICHEN = "org.quartierwerk.app.command.abgleichen";

	@TempDir
	Path temp;

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();

	@AfterEach
	void aufraeumen() throws IOException {
		// the workspace is no shared collection again; Arbeitsbereich leaves hidden files at the top alone
		loesche(arbeitsbereich.ordner().resolve(".git"));
		Files.deleteIfExists(arbeitsbereich.ordner().resolve(".gitignore"));
		arbeitsbereich.close();
	}

	@Test
	void abgleichenMergesTakesTheirsOnConflictAndTheVerlaufShowsTheFields() throws Exception {
		Path ordner = arbeitsbereich.ordner();
		assertFalse(Files.exists(ordner.resolve(".git")), "the runtime's workspace is no shared collection before the test");
		PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
		SharedCollection sammlung = Dienste.warte(SharedCollection.class);
		Praxisbeispiel projekt = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		projekt.setTitel(TITEL);
		projekt.setKurzbeschreibung("Kurz am Anfang");
		projekt.setUnterthema("Unterthema am Anfang");
		store.save(NAME, projekt);
		Path remote = temp.resolve("kursraum.git");
		sammlung.teilen(remote.toString(), new Autor("Anna Arslan", "anna@example.org"));

		try (RunningWorkbench werkbank = RunningWorkbench.start();
				Git bea = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(temp.resolve("bea").toFile())
						.setBranch("main").call()) {
			assertTrue(werkbank.canExecute(ABGLEICHEN), "Sammlung → Abgleichen is enabled");
			menueBild(werkbank);
			EditorOeffner.oeffne(NAME, werkbank.get(EPartService.class), werkbank.get(EModelService.class), werkbank.application());
			werkbank.settle();

			// different fields: Bea the Kurzbeschreibung, Anna (here, saved and so committed) the Unterthema
			aendere(bea, "Kurz am Anfang", "Kurz von Bea");
			Praxisbeispiel hier = store.load(NAME);
			hier.setUnterthema("Unterthema von Anna");
			store.save(NAME, hier);
			List<String> meldungen = new ArrayList<>();
			bediene(werkbank, Map.of(Texte.titel, meldung(meldungen)));
			assertEquals(1, meldungen.size(), "one summary: " + meldungen);
			assertTrue(meldungen.get(0).contains(Texte.abgleichFertig) && meldungen.get(0).contains(NAME), meldungen.get(0));
			Praxisbeispiel imEditor = editor(werkbank).praxisbeispiel();
			assertEquals("Kurz von Bea", imEditor.getKurzbeschreibung(), "the editor shows Bea's value");
			assertEquals("Unterthema von Anna", imEditor.getUnterthema(), "and keeps Anna's");

			// the same field: a conflict, resolved with "Ihre übernehmen"
			bea.pull().call();
			aendere(bea, "Unterthema von Anna", "Unterthema von Bea");
			hier = store.load(NAME);
			hier.setUnterthema("Unterthema noch einmal von Anna");
			store.save(NAME, hier);
			List<List<String>> zeilen = new ArrayList<>();
			meldungen.clear();
			Map<String, Consumer<Shell>> dialoge = new LinkedHashMap<>();
			dialoge.put(Texte.konfliktTitel, shell -> {
				Table tabelle = UiTesting.find(shell, Table.class, t -> true);
				for (var zeile : tabelle.getItems()) {
					zeilen.add(List.of(zeile.getText(0), zeile.getText(1), zeile.getText(2), zeile.getText(3), zeile.getText(4)));
				}
				bild(shell, "sammlung-konflikt.png");
				Dialogbedienung.klicke(Dialogbedienung.knopf(shell, Texte.ihreUebernehmen));
			});
			dialoge.put(Texte.titel, meldung(meldungen));
			bediene(werkbank, dialoge);
			assertEquals(1, zeilen.size(), "one conflict: " + zeilen);
			assertEquals(NAME, zeilen.get(0).get(0));
			assertTrue(zeilen.get(0).get(1).contains("Unterthema"), "Ort names the field: " + zeilen.get(0));
			assertEquals(List.of("\u201EUnterthema von Anna\u201C", "\u201EUnterthema noch einmal von Anna\u201C", "\u201EUnterthema von Bea\u201C"), zeilen.get(0).subList(2, 5),
					"vorher, Ihre Fassung, Fassung der anderen");
			assertEquals(1, meldungen.size(), "one summary: " + meldungen);
			assertTrue(meldungen.get(0).contains(Texte.abgleichKonflikteGeloest.replace("{0}", "")), meldungen.get(0));
			assertEquals("Unterthema von Bea", editor(werkbank).praxisbeispiel().getUnterthema(), "Bea's value is taken");
			assertTrue(Files.readString(ordner.resolve(NAME + ".xmi"), StandardCharsets.UTF_8).contains("Unterthema von Bea"));

			// the Verlauf of the project: Bea's change with its field
			VerlaufView verlauf = (VerlaufView) werkbank.show(VerlaufView.PART_ID).getObject();
			verlauf.waehle(new Praxisbeispielauswahl(NAME, TITEL));
			werkbank.settle();
			@SuppressWarnings("unchecked")
			List<Verlaufseintrag> eintraege = (List<Verlaufseintrag>) verlauf.tabelle().getInput();
			assertNotNull(eintraege, verlauf.kopf().getText());
			assertEquals(NLS.bind(Texte.verlaufVon, TITEL), verlauf.kopf().getText());
			Verlaufseintrag vonBea = eintraege.stream().filter(e -> e.autor().startsWith("Bea Berger")
					&& e.aenderungen().stream().anyMatch(a -> a.contains("Kurz von Bea"))).findFirst().orElse(null);
			assertNotNull(vonBea, "Bea's change of the Kurzbeschreibung is in the Verlauf: " + eintraege);
			assertTrue(vonBea.aenderungen().stream().anyMatch(a -> a.startsWith("Kurzbeschreibung")), vonBea.aenderungen().toString());
			int zeile = eintraege.indexOf(vonBea);
			verlauf.tabelle().getTable().setSelection(zeile);
			verlauf.tabelle().setSelection(verlauf.tabelle().getSelection());
			verlauf.tabelle().getTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			verlauf.tabelle().getTable().showSelection();
			werkbank.settle();
			assertTrue(List.of(verlauf.aenderungen().getItems()).stream().anyMatch(a -> a.contains("Kurz von Bea")), "the fields below");
			assertTrue(verlauf.wiederherstellenKnopf().isEnabled(), "an earlier Stand can be restored");
			bild(werkbank.shell(), "sammlung-verlauf.png");

			// changed here, not sent: the navigator marks the project
			hier = store.load(NAME);
			hier.setKurzbeschreibung("Kurz, noch nicht gesendet");
			store.save(NAME, hier);
			((Sammlungsmarken) werkbank.application().getContext().get(Sammlungsmarken.class)).aktualisiere();
			assertTrue(werkbank.await(() -> werkbank.application().getContext().get(Navigatormarken.class) instanceof Navigatormarken m
					&& Texte.markeGeaendert.equals(m.marke(NAME))), "the project is marked as changed here");
			assertTrue(werkbank.await(() -> eintrag(werkbank, TITEL + " " + Texte.markeGeaendert)), "the navigator shows the mark");
		}
	}

	/** Bea changes a value in her clone's file of the project, commits and sends it. */
	private static void aendere(Git bea, String alt, String neu) throws Exception {
		Path datei = bea.getRepository().getWorkTree().toPath().resolve(NAME + ".xmi");
		String text = Files.readString(datei, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"" + alt + "\""), alt + " in " + datei);
		Files.writeString(datei, text.replace("\"" + alt + "\"", "\"" + neu + "\""), StandardCharsets.UTF_8);
		PersonIdent wer = new PersonIdent("Bea Berger", "bea@example.org");
		bea.add().addFilepattern(NAME + ".xmi").call();
		bea.commit().setMessage("Bea: " + neu).setAuthor(wer).setCommitter(wer).call();
		bea.push().call();
	}

	private static PraxisbeispielEditor editor(RunningWorkbench werkbank) {
		for (MPart part : werkbank.get(EPartService.class).getParts()) {
			if (PraxisbeispielEditor.PART_ID.equals(part.getElementId()) && NAME.equals(part.getPersistedState().get(PraxisbeispielEditor.PROJEKT))) {
				return (PraxisbeispielEditor) part.getObject();
			}
		}
		throw new AssertionError("no editor of " + NAME);
	}

	/** Runs Abgleichen; each dialog of a title is handled once by its consumer, the progress dialog closes by itself. */
	private static void bediene(RunningWorkbench werkbank, Map<String, Consumer<Shell>> dialoge) {
		Throwable[] fehler = new Throwable[1];
		boolean[] fertig = new boolean[1];
		Runnable[] pruefe = new Runnable[1];
		pruefe[0] = () -> {
			if (fertig[0]) {
				return;
			}
			for (Shell shell : werkbank.display().getShells()) {
				Consumer<Shell> bedienung = dialoge.get(shell.getText());
				if (shell != werkbank.shell() && shell.isVisible() && bedienung != null && shell.getData("sammlungtest") == null) {
					shell.setData("sammlungtest", Boolean.TRUE);
					try {
						bedienung.accept(shell);
					} catch (RuntimeException | AssertionError e) {
						fehler[0] = e;
						shell.close();
					}
				}
			}
			werkbank.display().timerExec(100, pruefe[0]);
		};
		werkbank.display().timerExec(100, pruefe[0]);
		try {
			werkbank.execute(ABGLEICHEN);
		} finally {
			fertig[0] = true;
		}
		if (fehler[0] instanceof AssertionError e) {
			throw e;
		}
		if (fehler[0] instanceof RuntimeException e) {
			throw e;
		}
	}

	/** Keeps a message dialog's text and confirms it. */
	private static Consumer<Shell> meldung(List<String> meldungen) {
		return shell -> {
			List<String> texte = new ArrayList<>();
			sammle(shell, texte);
			meldungen.add(String.join("\n", texte));
			Dialogbedienung.klicke(shell.getDefaultButton());
		};
	}

	private static void sammle(Control wo, List<String> texte) {
		if (wo instanceof Label label && !label.getText().isBlank()) {
			texte.add(label.getText());
		}
		if (wo instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control kind : composite.getChildren()) {
				sammle(kind, texte);
			}
		}
	}

	private static boolean eintrag(RunningWorkbench werkbank, String text) {
		Tree baum = UiTesting.find(werkbank.shell(), Tree.class, t -> t.isVisible());
		return baum != null && enthaelt(baum.getItems(), text);
	}

	private static boolean enthaelt(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText().equals(text) || enthaelt(item.getItems(), text)) {
				return true;
			}
		}
		return false;
	}

	/** The menu Sammlung open over the workbench. */
	private static void menueBild(RunningWorkbench werkbank) throws Exception {
		MMenu sammlungsmenue = (MMenu) werkbank.application().getChildren().get(0).getMainMenu().getChildren().stream()
				.filter(m -> "org.quartierwerk.app.menu.sammlung".equals(m.getElementId())).findFirst().orElseThrow();
		assertEquals(List.of("org.quartierwerk.app.menuitem.abgleichen", "org.quartierwerk.app.menuitem.sammlungsstatus",
				"org.quartierwerk.app.menuitem.verlauf", "org.quartierwerk.app.menuseparator.sammlung", "org.quartierwerk.app.menuitem.teilen"),
				sammlungsmenue.getChildren().stream().map(e -> e.getElementId()).toList());
		MenuItem eintrag = List.of(werkbank.shell().getMenuBar().getItems()).stream().filter(i -> i.getText().equals("&Sammlung"))
				.findFirst().orElse(null);
		assertNotNull(eintrag, "the menu bar has Sammlung, mnemonic S");
		// e4 fills a menu when it is shown
		eintrag.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		werkbank.settle();
		List<String> eintraege = List.of(eintrag.getMenu().getItems()).stream().map(MenuItem::getText).toList();
		assertEquals(List.of("&Abgleichen", "&Status\u2026", "&Verlauf", "", "&Teilen\u2026"),
				eintraege.stream().map(t -> t.split("\t")[0]).toList(), "items with their mnemonics");
		assertTrue(eintraege.get(0).matches(".*\t.*S"), "Abgleichen shows its key: " + eintraege.get(0));
		if (eintrag.getMenu() instanceof Menu menu) {
			menu.setVisible(true);
			werkbank.settle();
			bild(werkbank.shell(), "sammlung-menue.png");
			menu.setVisible(false);
			werkbank.settle();
		}
	}

	private static void bild(Shell shell, String name) {
		try {
			UiTesting.screenshot(shell, name);
		} catch (Exception e) {
			throw new AssertionError("screenshot " + name, e);
		}
	}

	private static void loesche(Path ordner) throws IOException {
		if (!Files.exists(ordner)) {
			return;
		}
		try (Stream<Path> alle = Files.walk(ordner)) {
			for (Path p : alle.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
