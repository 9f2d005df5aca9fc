package org.quartierwerk.app.internal.praxisbeispiele;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Category;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * The Projekte navigator with real SWT in OSGi over a workspace of seven projects written through the store: titles,
 * grouping (a project in each of its groups, "ohne Angabe" last), facet filters, the search box, the problem marker,
 * refresh after a save and opening the editor by double-click.
 */
class PraxisbeispielNavigatorTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	private Werkbank werkbank;
	private PraxisbeispielStore store;
	private Katalog katalog;
	private PraxisbeispielNavigator navigator;
	private final List<String> namen = new ArrayList<>();
	private Arbeitsbereich arbeitsbereich;
	private Partizipationsstufe information;
	private Partizipationsstufe mitentscheidung;

	@BeforeEach
	void workspace() throws Exception {
		arbeitsbereich = Arbeitsbereich.derLaufzeit();
		werkbank = new Werkbank();
		store = Dienste.warte(PraxisbeispielStore.class);
		katalog = Dienste.warte(Katalog.class);
		List<Partizipationsstufe> stufen = katalog.partizipationsmodelle().get(0).getStufen();
		information = stufen.get(0);
		mitentscheidung = stufen.get(stufen.size() - 1);
		lege("navtest-galgenhalde", "Navtest Galgenhalde", Herausforderung.KOOPERATION_VERNETZUNG, Bundesland.BADEN_WUERTTEMBERG,
				List.of(information), List.of(Finanzierungsart.KOMMUNE, Finanzierungsart.STIFTUNG));
		lege("navtest-vrees", "Navtest Altwerden in Vrees", Herausforderung.KOOPERATION_VERNETZUNG, Bundesland.NIEDERSACHSEN,
				List.of(), List.of());
		lege("navtest-nellingen", "Navtest Nellingen", Herausforderung.PARTIZIPATION, Bundesland.BADEN_WUERTTEMBERG,
				List.of(information, mitentscheidung), List.of(Finanzierungsart.LAND));
		lege("navtest-eichstetten", "Navtest Eichstetten", Herausforderung.PARTIZIPATION, Bundesland.BADEN_WUERTTEMBERG,
				List.of(mitentscheidung), List.of());
		lege("navtest-krefeld", "Navtest Krefeld", Herausforderung.HILFEMIX, Bundesland.NORDRHEIN_WESTFALEN, List.of(),
				List.of(Finanzierungsart.LEISTUNGSRECHT));
		lege("navtest-eching", "Navtest Eching", Herausforderung.FINANZIERUNG, Bundesland.BAYERN, List.of(),
				List.of(Finanzierungsart.KOMMUNE));
		lege("navtest-leer", "Navtest ohne Angaben", null, null, List.of(), List.of());
		navigator = werkbank.teil(PraxisbeispielNavigator.class, 340, 640);
		// only this test's projects, whatever else the workspace holds
		navigator.suchfeld.text.setText("navtest");
		werkbank.warteBis(() -> wurzeln().size() == namen.size() && wurzeln().stream().allMatch(t -> t.startsWith("Navtest")),
				() -> "the search for this test's projects shows " + wurzeln());
	}

	@AfterEach
	void aufraeumen() {
		werkbank.close();
		arbeitsbereich.close();
	}

	@Test
	void showsTitlesGroupsByFacetsWithEveryValueAndOhneAngabeLast() throws Exception {
		assertEquals(List.of("Navtest Altwerden in Vrees", "Navtest Eching", "Navtest Eichstetten", "Navtest Galgenhalde",
				"Navtest Krefeld", "Navtest Nellingen", "Navtest ohne Angaben"), wurzeln(), "by title");

		gruppiere(Gruppierung.BUNDESLAND);
		assertEquals(List.of("Baden-Württemberg (3)", "Bayern (1)", "Niedersachsen (1)", "Nordrhein-Westfalen (1)", "ohne Angabe (1)"),
				wurzeln());
		assertEquals(List.of("Navtest Eichstetten", "Navtest Galgenhalde", "Navtest Nellingen"), kinder(0));
		werkbank.screenshot("navigator.png");

		gruppiere(Gruppierung.FINANZIERUNGSART);
		assertEquals(List.of("Kommune (2)", "Land (1)", "Stiftung (1)", "Leistungsrecht (1)", "ohne Angabe (3)"), wurzeln(),
				"Galgenhalde is in the groups Kommune and Stiftung");
		assertEquals(List.of("Navtest Eching", "Navtest Galgenhalde"), kinder(0));
		assertEquals(List.of("Navtest Galgenhalde"), kinder(2));

		gruppiere(Gruppierung.PARTIZIPATIONSSTUFE);
		assertEquals(List.of(information.getName() + " (2)", mitentscheidung.getName() + " (2)", "ohne Angabe (4)"), wurzeln());

		gruppiere(Gruppierung.HERAUSFORDERUNG);
		assertEquals("4.1 Kooperation und Vernetzung stärken (2)", wurzeln().get(0));
	}

	/**
	 * The facet Good-Practice-Kriterium erfüllt (docs/fachmodell.md §11), as a filter and as a grouping: Galgenhalde
	 * fulfils Partizipation and Nachhaltigkeit, Nellingen Partizipation, Eichstetten only partly – which does not count.
	 */
	@Test
	void goodPracticeFiltersAndGroupsByTheCriteriaErfuellt() throws Exception {
		bewerte("navtest-galgenhalde", Map.of(GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.ERFUELLT,
				GoodPracticeKriterium.NACHHALTIGKEIT, Erfuellungsgrad.ERFUELLT));
		bewerte("navtest-nellingen", Map.of(GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.ERFUELLT));
		bewerte("navtest-eichstetten", Map.of(GoodPracticeKriterium.PARTIZIPATION, Erfuellungsgrad.TEILWEISE));
		// as after an editor saved (the part is no longer dirty): the navigator reads the workspace again
		MPart editor = MBasicFactory.INSTANCE.createPart();
		editor.setElementId(PraxisbeispielEditor.PART_ID);
		werkbank.context.get(IEventBroker.class).send(UIEvents.Dirtyable.TOPIC_DIRTY.replace("*", UIEvents.EventTypes.SET),
				Map.of(UIEvents.EventTags.ELEMENT, editor, UIEvents.EventTags.ATTNAME, UIEvents.Dirtyable.DIRTY,
						UIEvents.EventTags.NEW_VALUE, Boolean.FALSE));
		waehle(navigator.filter.goodPractice, GoodPracticeKriterium.PARTIZIPATION);
		werkbank.warteBis(() -> wurzeln().equals(List.of("Navtest Galgenhalde", "Navtest Nellingen")),
				() -> "the filter Partizipation shows " + wurzeln());
		waehle(navigator.filter.goodPractice, GoodPracticeKriterium.NACHHALTIGKEIT);
		assertEquals(List.of("Navtest Galgenhalde"), wurzeln());
		waehle(navigator.filter.goodPractice, GoodPracticeKriterium.EMPOWERMENT);
		assertEquals(List.of(), wurzeln());
		waehle(navigator.filter.goodPractice, werkbank.texte().filterAlle);

		gruppiere(Gruppierung.GOOD_PRACTICE);
		assertEquals(List.of("Nachhaltigkeit (1)", "Partizipation (2)", "ohne Angabe (5)"), wurzeln(),
				"in the order of the twelve criteria; teilweise is not erfüllt");
		assertEquals(List.of("Navtest Galgenhalde", "Navtest Nellingen"), kinder(1));
	}

	private void bewerte(String name, Map<GoodPracticeKriterium, Erfuellungsgrad> bewertungen) throws Exception {
		Praxisbeispiel beispiel = store.load(name);
		bewertungen.forEach((kriterium, grad) -> {
			Kriteriumsbewertung bewertung = F.createKriteriumsbewertung();
			bewertung.setKriterium(kriterium);
			bewertung.setBewertung(grad);
			beispiel.getGoodPractice().add(bewertung);
		});
		store.save(name, beispiel);
	}

	@Test
	void facetFiltersAndTheSearchBoxNarrowTheTree() throws Exception {
		waehle(navigator.filter.herausforderung, Herausforderung.PARTIZIPATION);
		assertEquals(List.of("Navtest Eichstetten", "Navtest Nellingen"), wurzeln());

		waehle(navigator.filter.stufe, information);
		assertEquals(List.of("Navtest Nellingen"), wurzeln(), "both facets must hold");

		waehle(navigator.filter.herausforderung, werkbank.texte().filterAlle);
		assertEquals(List.of("Navtest Galgenhalde", "Navtest Nellingen"), wurzeln());

		waehle(navigator.filter.stufe, werkbank.texte().filterAlle);
		waehle(navigator.filter.bundesland, Bundesland.BADEN_WUERTTEMBERG);
		waehle(navigator.filter.finanzierungsart, Finanzierungsart.KOMMUNE);
		assertEquals(List.of("Navtest Galgenhalde"), wurzeln());
		waehle(navigator.filter.bundesland, werkbank.texte().filterAlle);
		waehle(navigator.filter.finanzierungsart, werkbank.texte().filterAlle);

		navigator.suchfeld.text.setText("navtest kref");
		assertEquals(7, wurzeln().size(), "the search waits for a pause in typing");
		werkbank.warteBis(() -> wurzeln().equals(List.of("Navtest Krefeld")), () -> "after the pause the search shows " + wurzeln());
	}

	@Test
	void aProjectIsMarkedByItsWorstFindingWithItsCountsInTheTooltipAndASavedChangeShows() throws Exception {
		TreeItem leer = item("Navtest ohne Angaben");
		assertSame(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING), leer.getImage(), "no Bundesland, no Träger: Warnungen");
		String tooltip = ((ColumnLabelProvider) navigator.baum.viewer.getLabelProvider()).getToolTipText(leer.getData());
		// the whole title, and where the project is: what it does not record is said so, nothing is guessed
		assertTrue(tooltip.startsWith("Navtest ohne Angaben\nQuartier: nicht angegeben \u00B7 Bundesland: nicht angegeben\n"
				+ "Datei: navtest-leer.xmi\n"), tooltip);
		String krefeld = ((ColumnLabelProvider) navigator.baum.viewer.getLabelProvider()).getToolTipText(item("Navtest Krefeld").getData());
		assertTrue(krefeld.startsWith("Navtest Krefeld\nQuartier: Innenstadt S\u00FCd \u00B7 Bundesland: Nordrhein-Westfalen\n"), krefeld);
		assertTrue(tooltip.endsWith("\n0 Fehler, 2 Warnungen"), tooltip);

		// saved by an editor (the part is no longer dirty): a new title, and a Laufzeit that ends before it begins
		Praxisbeispiel vrees = store.load("navtest-vrees");
		vrees.setTitel("Navtest Wir für euch – Altwerden in Vrees");
		store.save("navtest-vrees", vrees);
		Praxisbeispiel ohneAngaben = store.load("navtest-leer");
		Laufzeit verkehrt = QuartierwerkFactory.eINSTANCE.createLaufzeit();
		verkehrt.setBeginn(Teildatum.valueOf("2020"));
		verkehrt.setEnde(Teildatum.valueOf("2019"));
		ohneAngaben.setLaufzeit(verkehrt);
		store.save("navtest-leer", ohneAngaben);
		IEventBroker broker = werkbank.context.get(IEventBroker.class);
		assertNotNull(broker, "the event broker the workbench posts model changes to");
		MPart editor = MBasicFactory.INSTANCE.createPart();
		editor.setElementId(PraxisbeispielEditor.PART_ID);
		broker.send(UIEvents.Dirtyable.TOPIC_DIRTY.replace("*", UIEvents.EventTypes.SET), Map.of(UIEvents.EventTags.ELEMENT, editor, UIEvents.EventTags.ATTNAME,
				UIEvents.Dirtyable.DIRTY, UIEvents.EventTags.NEW_VALUE, Boolean.FALSE));
		werkbank.warteBis(() -> wurzeln().contains("Navtest Wir für euch – Altwerden in Vrees"),
				() -> "the saved title is not shown: " + wurzeln());
		werkbank.warteBis(() -> item("Navtest ohne Angaben").getImage() == JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR),
				() -> "a Fehler is not marked");
		String mitFehler = ((ColumnLabelProvider) navigator.baum.viewer.getLabelProvider())
				.getToolTipText(item("Navtest ohne Angaben").getData());
		assertTrue(mitFehler.endsWith("\n1 Fehler, 2 Warnungen"), mitFehler);
	}

	@Test
	void doubleClickOrEnterOpensTheProjectsEditor() {
		TreeItem krefeld = item("Navtest Krefeld");
		navigator.baum.viewer.setSelection(new StructuredSelection(krefeld.getData()));
		Event enter = new Event();
		enter.item = krefeld;
		navigator.baum.viewer.getTree().notifyListeners(SWT.DefaultSelection, enter);
		werkbank.settle();
		assertEquals(1, werkbank.editorteile().size());
		MPart part = werkbank.editorteile().get(0);
		assertEquals("navtest-krefeld", part.getPersistedState().get(PraxisbeispielEditor.PROJEKT));
		assertEquals("Navtest Krefeld", ((PraxisbeispielEditor) part.getObject()).praxisbeispiel().getTitel());
		assertEquals("navtest-krefeld", navigator.ausgewaehlt().name());
	}

	@Test
	void entfAndF2InTheTreeRunDeleteAndRenameOnTheSelectedProject() throws Exception {
		ECommandService befehle = werkbank.context.get(ECommandService.class);
		EHandlerService handler = werkbank.context.get(EHandlerService.class);
		Category kategorie = befehle.defineCategory("org.quartierwerk.app.tests", "Test", null);
		befehle.defineCommand(Navigatortasten.LOESCHEN, "Löschen", null, kategorie, null);
		befehle.defineCommand(Navigatortasten.UMBENENNEN, "Umbenennen", null, kategorie, null);
		handler.activateHandler(Navigatortasten.LOESCHEN, new LoeschenHandler());
		handler.activateHandler(Navigatortasten.UMBENENNEN, new UmbenennenHandler());
		Messages texte = werkbank.texte();

		navigator.baum.viewer.setSelection(new StructuredSelection(item("Navtest Eching").getData()));
		taste(SWT.DEL, new Dialogskript(werkbank.display).dann(texte.projektLoeschenTitel,
				dialog -> Dialogskript.druecke(dialog, texte.projektLoeschen)));
		assertFalse(store.names().contains("navtest-eching"));
		assertFalse(wurzeln().contains("Navtest Eching"), "the tree follows the operation");

		navigator.baum.viewer.setSelection(new StructuredSelection(item("Navtest Krefeld").getData()));
		taste(SWT.F2, new Dialogskript(werkbank.display).dann(texte.projektUmbenennenTitel, dialog -> {
			Dialogskript.finde(dialog, Text.class, t -> t.getText().equals("Navtest Krefeld")).setText("Navtest Krefeld-Inrath");
			Dialogskript.finde(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
					.notifyListeners(SWT.Selection, new Event());
		}));
		assertEquals("Navtest Krefeld-Inrath", store.load("Navtest Krefeld-Inrath").getTitel());
		assertTrue(wurzeln().contains("Navtest Krefeld-Inrath"), wurzeln()::toString);
		assertEquals("Navtest Krefeld-Inrath", navigator.ausgewaehlt() == null ? null : navigator.ausgewaehlt().titel(),
				"the renamed project stays selected");
	}

	/** A key pressed in the tree while the dialogs are answered. */
	private void taste(int taste, Dialogskript skript) {
		skript.los();
		Event druck = new Event();
		druck.keyCode = taste;
		navigator.baum.viewer.getTree().notifyListeners(SWT.KeyDown, druck);
		werkbank.settle();
		assertTrue(skript.fertig(), "the dialog did not open");
	}

	private void lege(String name, String titel, Herausforderung herausforderung, Bundesland land, List<Partizipationsstufe> stufen,
			List<Finanzierungsart> arten) throws Exception {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel(titel);
		if (herausforderung != null) {
			beispiel.setHerausforderung(herausforderung);
		}
		if (land != null) {
			beispiel.setBundesland(land);
		}
		if (land == Bundesland.NORDRHEIN_WESTFALEN) {
			Quartier quartier = F.createQuartier();
			quartier.setName("Innenstadt S\u00FCd");
			beispiel.setQuartier(quartier);
		}
		for (Partizipationsstufe stufe : stufen) {
			Beteiligung beteiligung = F.createBeteiligung();
			beteiligung.setStufe(stufe);
			beispiel.getBeteiligungen().add(beteiligung);
		}
		if (!arten.isEmpty()) {
			Finanzierungsplan plan = F.createFinanzierungsplan();
			for (Finanzierungsart art : arten) {
				Finanzierungsquelle quelle = F.createFinanzierungsquelle();
				quelle.setId("q-" + art.getName());
				quelle.setName("Quelle " + art.getName());
				quelle.setArt(art);
				plan.getQuellen().add(quelle);
				Finanzierungsanteil anteil = F.createFinanzierungsanteil();
				anteil.setQuelle(quelle);
				anteil.setBetrag(new BigDecimal("1000"));
				plan.getAnteile().add(anteil);
			}
			beispiel.setFinanzierungsplan(plan);
		}
		store.save(name, beispiel);
		namen.add(name);
	}

	private void gruppiere(Gruppierung nach) {
		waehle(navigator.filter.gruppierung, nach);
	}

	private void waehle(org.eclipse.jface.viewers.ComboViewer combo, Object wert) {
		// as the user does: the combo's item, then the selection event
		int index = List.of(combo.getCombo().getItems()).indexOf(((org.eclipse.jface.viewers.ILabelProvider) combo.getLabelProvider())
				.getText(wert));
		assertTrue(index >= 0, () -> wert + " not offered");
		combo.getCombo().select(index);
		combo.getCombo().notifyListeners(SWT.Selection, new Event());
		werkbank.settle();
	}

	private List<String> wurzeln() {
		return List.of(navigator.baum.viewer.getTree().getItems()).stream().map(TreeItem::getText).toList();
	}

	private List<String> kinder(int gruppe) {
		return List.of(navigator.baum.viewer.getTree().getItem(gruppe).getItems()).stream().map(TreeItem::getText).toList();
	}

	private TreeItem item(String text) {
		for (TreeItem item : navigator.baum.viewer.getTree().getItems()) {
			if (item.getText().equals(text)) {
				return item;
			}
		}
		throw new AssertionError(text + " not in " + wurzeln());
	}
}
