package org.quartierwerk.app.internal.willkommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.basis.Einstellungen;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * The Willkommen page in the running workbench with real SWT: it opens on the first start, "Beim Start anzeigen"
 * keeps it closed next time, Hilfe → Willkommen brings it back; its steps are buttons with accessible descriptions,
 * the first has the focus; "Ein Beispiel ansehen" opens a shipped example; the assistant refuses a wrong date.
 */
class WillkommenTest {

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private Path einstellungen;

	@BeforeEach
	void ersterStart() throws Exception {
		einstellungen = arbeitsbereich.ordner().resolve(Einstellungen.DATEI);
		Files.deleteIfExists(einstellungen);
	}

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void itOpensOnTheFirstStartNotAfterBeimStartAnzeigenIsOffAndComesBackFromHilfe() throws Exception {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			WillkommenPart seite = aktiveSeite(werkbank);
			assertNotNull(seite, "the Willkommen page is the active part after the first start");
			assertSame(seite.beispiel, werkbank.display().getFocusControl(), "the first step has the keyboard focus");
			for (Button schritt : List.of(seite.beispiel, seite.anlegen, seite.antrag, seite.kurs)) {
				assertTrue(schritt.getText().contains("&"), "a mnemonic: " + schritt.getText());
				assertTrue(Arrays.asList(schritt.getParent().getTabList()).contains(schritt), "in the tab order: " + schritt.getText());
				assertFalse(beschreibung(schritt).isBlank(), "an accessible description: " + schritt.getText());
			}
			assertTrue(seite.beimStart.getSelection(), "Beim Start anzeigen is on at first");
			UiTesting.screenshot(werkbank.shell(), "willkommen.png");

			Dialogbedienung.klicke(seite.beimStart);
			assertTrue(Files.readString(einstellungen, StandardCharsets.UTF_8).contains(WillkommenPart.BEIM_START + "=false"));
		}
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			assertTrue(werkbank.await(() -> Boolean.TRUE.equals(werkbank.application().getContext().get(Willkommensstart.GEPRUEFT))),
					"the start was handled");
			assertNull(werkbank.get(EPartService.class).findPart(WillkommenPart.PART_ID), "not opened at the start when turned off");
			MMenu hilfe = (MMenu) werkbank.application().getChildren().get(0).getMainMenu().getChildren().stream()
					.filter(m -> "org.quartierwerk.app.menu.hilfe".equals(m.getElementId())).findFirst().orElseThrow();
			assertEquals(List.of("org.quartierwerk.app.menuitem.willkommen", "org.quartierwerk.app.menuitem.handbuch",
					"org.quartierwerk.app.menuitem.ueber"),
					hilfe.getChildren().stream().map(MMenuElement::getElementId).toList(), "Hilfe → Willkommen, first in Hilfe");
			werkbank.execute("org.quartierwerk.app.command.willkommen");
			WillkommenPart seite = aktiveSeite(werkbank);
			assertNotNull(seite, "Hilfe → Willkommen shows the page");
			assertFalse(seite.beimStart.getSelection(), "and it shows the setting as it is");
			assertEquals("org.quartierwerk.app.partstack.editors", ((org.eclipse.e4.ui.model.application.ui.MUIElement) werkbank
					.get(EPartService.class).findPart(WillkommenPart.PART_ID).getParent()).getElementId(), "in the editor area");
		}
	}

	@Test
	void einBeispielAnsehenOpensAShippedExampleInTheEditor() throws Exception {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			WillkommenPart seite = aktiveSeite(werkbank);
			Dialogbedienung.klicke(seite.beispiel);
			assertTrue(werkbank.await(() -> aktiverEditor(werkbank) != null), "an example opened in the editor");
			Praxisbeispiel beispiel = aktiverEditor(werkbank).praxisbeispiel();
			assertEquals("Quartiersprojekt Ravensburg-Galgenhalde", beispiel.getTitel());
			assertTrue(beispiel.getTraeger() != null && beispiel.getQuartier() != null, "a documented example: Träger and Quartier");
			assertTrue(store.names().contains(aktiverEditor(werkbank).projekt()), "a project of the workspace");
		}
	}

	@Test
	void theAssistantNamesItsFieldsAndRefusesADateItCannotRead() throws Exception {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			WillkommenPart seite = aktiveSeite(werkbank);
			String[] fehler = new String[3];
			Dialogbedienung.mitDialogen(werkbank, () -> Dialogbedienung.klicke(seite.anlegen), dialog -> {
				Text titel = Dialogbedienung.textNach(dialog, "&Titel:");
				assertEquals("Titel", titel.getData(Zugaenglich.NAME));
				assertFalse(Dialogbedienung.knopf(dialog, "&Weiter >").isEnabled(), "no title, no next page");
				titel.setText("Willkommenstest Assistent");
				Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "&Weiter >"));
				Text beginn = Dialogbedienung.textNach(dialog, "Laufzeit Be&ginn:");
				Combo land = Dialogbedienung.feldNach(dialog, "B&undesland:", Combo.class);
				assertEquals("nicht angegeben", land.getText(), "nothing is chosen for the user");
				assertEquals("Bundesland", land.getData(Zugaenglich.NAME));
				beginn.setText("März 2026");
				fehler[0] = meldung(dialog);
				beginn.setText("2026-03");
				Dialogbedienung.textNach(dialog, "Laufzeit &Ende:").setText("2025");
				fehler[1] = meldung(dialog);
				fehler[2] = String.valueOf(Dialogbedienung.knopf(dialog, "&Anlegen").isEnabled());
				Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "Abbrechen"));
			});
			assertTrue(fehler[0].startsWith("Laufzeit Beginn: ") && fehler[0].contains("März 2026"), fehler[0]);
			assertEquals("Das Ende der Laufzeit liegt vor ihrem Beginn. Bitte prüfen Sie die beiden Daten.", fehler[1]);
			assertEquals("false", fehler[2], "no project with a wrong Laufzeit");
			assertFalse(store.names().contains("Willkommenstest Assistent"), "cancelled: nothing written");
		}
	}

	private static String meldung(Shell dialog) {
		org.eclipse.jface.wizard.WizardDialog wizard = (org.eclipse.jface.wizard.WizardDialog) dialog.getData();
		return wizard.getCurrentPage().getErrorMessage();
	}

	private static String beschreibung(Control control) {
		Object beschreibung = control.getData(Zugaenglich.BESCHREIBUNG);
		return beschreibung == null ? "" : beschreibung.toString();
	}

	/** The Willkommen page once it is the active part (the add-on opens it after the start event, a moment later). */
	static WillkommenPart aktiveSeite(RunningWorkbench werkbank) {
		werkbank.await(() -> jetzt(werkbank) != null);
		return jetzt(werkbank);
	}

	private static WillkommenPart jetzt(RunningWorkbench werkbank) {
		MPart aktiv = werkbank.get(EPartService.class).getActivePart();
		return aktiv != null && aktiv.getObject() instanceof WillkommenPart seite ? seite : null;
	}

	static PraxisbeispielEditor aktiverEditor(RunningWorkbench werkbank) {
		MPart aktiv = werkbank.get(EPartService.class).getActivePart();
		return aktiv != null && aktiv.getObject() instanceof PraxisbeispielEditor editor ? editor : null;
	}
}
