package org.quartierwerk.app.internal.praxisbeispiele;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.praxisbeispiele.ProblemeView.Problem;
import org.quartierwerk.app.internal.praxisbeispiele.ProblemeView.Sprung;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * The Probleme view with real SWT in OSGi: a project's known Fehler and Warnungen are listed with their icons, its
 * Hinweise only when asked for, a fix saved to the file removes one,
 * a fix in an open editor removes the other before it is saved, and a double-click opens the editor and hands it the
 * object of the editor's own model.
 */
class ProblemeViewTest {

	private static final String PROJEKT = "probtest-anteil";
	private static final String TITEL = "Probtest Seniorentreff";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final Werkbank werkbank = new Werkbank();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);

	@AfterEach
	void aufraeumen() {
		werkbank.close();
		arbeitsbereich.close();
	}

	@Test
	void listsTheErrorsFollowsSavesAndEditsAndOpensTheEditorAtTheObject() throws Exception {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(TITEL);
		Finanzierungsplan plan = QuartierwerkFactory.eINSTANCE.createFinanzierungsplan();
		Finanzierungsquelle stiftung = QuartierwerkFactory.eINSTANCE.createFinanzierungsquelle();
		stiftung.setId("stiftung");
		stiftung.setName("Bürgerstiftung");
		plan.getQuellen().add(stiftung);
		Finanzierungsanteil anteil = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		anteil.setQuelle(stiftung);
		anteil.setAnteilProzent(new BigDecimal("101"));
		plan.getAnteile().add(anteil);
		beispiel.setFinanzierungsplan(plan);
		// a Beteiligung whose Stufe nobody has judged yet: a Hinweis
		beispiel.getBeteiligungen().add(QuartierwerkFactory.eINSTANCE.createBeteiligung());
		store.save(PROJEKT, beispiel);

		ProblemeView view = werkbank.teil(ProblemeView.class, 1000, 320);
		TableItem bundesland = zeile(Literals.PRAXISBEISPIEL__BUNDESLAND.getName());
		assertSame(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING), bundesland.getImage(0), "a missing Bundesland is a Warnung");
		assertEquals("Praxisbeispiel / Bundesland", bundesland.getText(2));
		TableItem prozent = zeile("„anteil in prozent“");
		assertSame(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR), prozent.getImage(0), "101 Prozent is a Fehler");
		assertEquals("Finanzierungsanteil / Anteil in Prozent", prozent.getText(2));
		assertTrue(meldungen().stream().noneMatch(m -> m.contains("keine Partizipationsstufe")), "Hinweise are hidden at first");
		assertTrue(view.zusammenfassung.getText().matches("\\d+ Fehler, (1 Warnung|\\d+ Warnungen), (1 Hinweis|[02-9]\\d* Hinweise|1\\d+ Hinweise)"),
				"but counted: " + view.zusammenfassung.getText());
		view.hinweiseZeigen.setSelection(true);
		view.hinweiseZeigen.notifyListeners(SWT.Selection, new Event());
		TableItem stufe = zeile("keine partizipationsstufe");
		assertSame(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_INFO), stufe.getImage(0));
		werkbank.screenshot("probleme.png");
		view.hinweiseZeigen.setSelection(false);
		view.hinweiseZeigen.notifyListeners(SWT.Selection, new Event());
		assertTrue(meldungen().stream().noneMatch(m -> m.contains("keine Partizipationsstufe")), "Hinweise hidden again");

		// fixed and saved: the editor's part is no longer dirty
		beispiel.setBundesland(Bundesland.BREMEN);
		store.save(PROJEKT, beispiel);
		IEventBroker broker = werkbank.context.get(IEventBroker.class);
		assertNotNull(broker);
		MPart gespeichert = MBasicFactory.INSTANCE.createPart();
		gespeichert.setElementId(PraxisbeispielEditor.PART_ID);
		broker.send(UIEvents.Dirtyable.TOPIC_DIRTY.replace("*", UIEvents.EventTypes.SET), Map.of(UIEvents.EventTags.ELEMENT, gespeichert, UIEvents.EventTags.ATTNAME,
				UIEvents.Dirtyable.DIRTY, UIEvents.EventTags.NEW_VALUE, Boolean.FALSE));
		werkbank.warteBis(() -> meldungen().stream().noneMatch(m -> m.toLowerCase(java.util.Locale.GERMAN).contains("bundesland")),
				() -> "the fix saved to the file is still listed: " + meldungen());
		prozent = zeile("„anteil in prozent“");

		// double-click: the editor opens and gets the Finanzierungsanteil of its own model
		view.tabelle.setSelection(new StructuredSelection(prozent.getData()));
		Event doppelklick = new Event();
		doppelklick.item = prozent;
		view.tabelle.getTable().notifyListeners(SWT.DefaultSelection, doppelklick);
		werkbank.settle();
		Sprung sprung = view.letzterSprung();
		assertNotNull(sprung, "the double-click went nowhere");
		assertEquals(PROJEKT, sprung.part().getPersistedState().get(PraxisbeispielEditor.PROJEKT));
		PraxisbeispielEditor editor = (PraxisbeispielEditor) sprung.part().getObject();
		assertTrue(sprung.objekt() instanceof Finanzierungsanteil, String.valueOf(sprung.objekt()));
		assertTrue(EcoreUtil.isAncestor(editor.praxisbeispiel(), sprung.objekt()), "resolved in the editor's model");
		assertFalse(EcoreUtil.isAncestor(beispiel, sprung.objekt()));
		assertSame(Literals.FINANZIERUNGSANTEIL__ANTEIL_PROZENT, sprung.feld());
		assertTrue(sprung.gezeigt(), "the editor shows the Finanzierungsanteil on its page");

		// fixed in the editor, not saved: the view checks the editor's model, once it has checked with the editor open
		// (the findings of an open editor are made anew from its model at each check)
		Object vorDemOeffnen = prozent.getData();
		werkbank.warteBis(() -> zeile("„anteil in prozent“").getData() != vorDemOeffnen,
				() -> "the view did not check again after the editor opened");
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), sprung.objekt(),
				Literals.FINANZIERUNGSANTEIL__ANTEIL_PROZENT, new BigDecimal("60")));
		werkbank.warteBis(() -> meldungen().stream().noneMatch(m -> m.contains("101")),
				() -> "the fix in the editor is still listed: " + meldungen());
		assertEquals(new BigDecimal("101"), store.load(PROJEKT).getFinanzierungsplan().getAnteile().get(0).getAnteilProzent(),
				"the file is unchanged");
	}

	private List<String> meldungen() {
		return List.of(tabelle().getItems()).stream().filter(i -> TITEL.equals(i.getText(1))).map(i -> i.getText(0)).toList();
	}

	private TableItem zeile(String teil) {
		for (TableItem item : tabelle().getItems()) {
			if (TITEL.equals(item.getText(1)) && item.getText(0).toLowerCase(java.util.Locale.GERMAN).contains(teil)) {
				assertTrue(item.getData() instanceof Problem);
				return item;
			}
		}
		throw new AssertionError("no problem with " + teil + " in " + meldungen());
	}

	private org.eclipse.swt.widgets.Table tabelle() {
		werkbank.settle();
		for (var child : werkbank.shell.getChildren()) {
			var tabelle = find(child);
			if (tabelle != null) {
				return tabelle;
			}
		}
		throw new AssertionError("no table");
	}

	private static org.eclipse.swt.widgets.Table find(org.eclipse.swt.widgets.Control control) {
		if (control instanceof org.eclipse.swt.widgets.Table table) {
			return table;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				var table = find(child);
				if (table != null) {
					return table;
				}
			}
		}
		return null;
	}
}
