package org.quartierwerk.app.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.app.internal.Dialogbedienung;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.basis.Einstellungen;
import org.quartierwerk.app.internal.willkommen.WillkommenPart;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * Acceptance of issue 23: a first-time user's first hour, from the Willkommen page alone. The page is there at the
 * start; "Eigenes Praxisbeispiel anlegen…" asks the basics (Titel, Träger, Quartier, Bundesland, Laufzeit) and opens
 * the editor; a Finanzierungsplan entry goes in on its page and is saved with Ctrl+S; back on the Willkommen page,
 * "Förderantrag erstellen…" writes the Antrag as PDF through Bericht erstellen…. A screenshot of every step goes to
 * target/screenshots/erste-stunde-*.png.
 */
class ErsteStundeTest {

	private static final String TITEL = "Erste Stunde Nachbarschaftscafé";
	private static final String ANTRAG = "Antrag auf kommunale Zuwendung";

	@TempDir
	Path ablage;

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final List<String> bilder = new ArrayList<>();

	@BeforeEach
	void neuerArbeitsbereich() throws Exception {
		Files.deleteIfExists(arbeitsbereich.ordner().resolve(Einstellungen.DATEI));
	}

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void fromTheWillkommenPageAloneToAnAntragAsPdf() throws Exception {
		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			assertTrue(werkbank.await(() -> werkbank.get(EPartService.class).getActivePart() != null
					&& werkbank.get(EPartService.class).getActivePart().getObject() instanceof WillkommenPart), "the Willkommen page opens");
			MPart willkommenPart = werkbank.get(EPartService.class).getActivePart();
			bild(werkbank.shell(), "01-willkommen");

			// Eigenes Praxisbeispiel anlegen…: the assistant's two pages
			Dialogbedienung.mitDialogen(werkbank, () -> Dialogbedienung.klicke(knopf(willkommenPart, "Eigenes &Praxisbeispiel anlegen\u2026")),
					dialog -> {
						Dialogbedienung.textNach(dialog, "&Titel:").setText(TITEL);
						Dialogbedienung.textNach(dialog, "T&r\u00E4ger:").setText("Nachbarschaftshilfe Lindenhof e. V.");
						Dialogbedienung.textNach(dialog, "&Quartier:").setText("Lindenhof");
						bild(dialog, "02-assistent-titel-traeger-quartier");
						Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "&Weiter >"));
						Dialogbedienung.waehle(Dialogbedienung.feldNach(dialog, "B&undesland:", Combo.class), "Hessen");
						Dialogbedienung.textNach(dialog, "Laufzeit Be&ginn:").setText("2026-04");
						Dialogbedienung.textNach(dialog, "Laufzeit &Ende:").setText("2028-03");
						bild(dialog, "03-assistent-bundesland-laufzeit");
						Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "&Anlegen"));
					});
			assertTrue(werkbank.await(() -> aktiverEditor(werkbank) != null), "the assistant opened the new project in the editor");
			PraxisbeispielEditor editor = aktiverEditor(werkbank);
			MPart editorPart = werkbank.get(EPartService.class).getActivePart();
			Praxisbeispiel gespeichert = store.load(editor.projekt());
			assertEquals(TITEL, gespeichert.getTitel());
			assertEquals("Nachbarschaftshilfe Lindenhof e. V.", gespeichert.getTraeger().getName());
			assertTrue(gespeichert.getOrganisationen().contains(gespeichert.getTraeger()), "the Träger is one of its Organisationen");
			assertEquals("Lindenhof", gespeichert.getQuartier().getName());
			assertEquals(Bundesland.HESSEN, gespeichert.getBundesland());
			assertEquals("2026-04", gespeichert.getLaufzeit().getBeginn().toString());
			assertEquals("2028-03", gespeichert.getLaufzeit().getEnde().toString());
			bild(werkbank.shell(), "04-editor-steckbrief");

			// a Finanzierungsplan entry on the editor's page, saved with Ctrl+S
			Composite seiten = (Composite) editorPart.getWidget();
			CTabFolder reiter = UiTesting.find(seiten, CTabFolder.class, f -> true);
			CTabItem finanzierungsreiter = Arrays.stream(reiter.getItems()).filter(i -> i.getText().equals("Finanzierung")).findFirst()
					.orElseThrow();
			reiter.setSelection(finanzierungsreiter);
			werkbank.settle();
			FinanzierungSeite finanzierung = editor.finanzierung();
			UiTesting.click(finanzierung.control(), "&Ausgabe hinzuf\u00FCgen");
			var miete = editor.praxisbeispiel().getFinanzierungsplan().getAusgaben().get(0);
			UiTesting.typeInCell(finanzierung.ausgaben, miete, 0, "Miete Caféraum");
			UiTesting.typeInCell(finanzierung.ausgaben, miete, 2, "6.000");
			UiTesting.click(finanzierung.control(), "&Finanzierung hinzuf\u00FCgen");
			var anteil = editor.praxisbeispiel().getFinanzierungsplan().getAnteile().get(0);
			UiTesting.typeInCell(finanzierung.anteile, anteil, 2, "6.000");
			werkbank.settle();
			bild(werkbank.shell(), "05-editor-finanzierungsplan");
			werkbank.focus(finanzierung.anteile.getControl());
			werkbank.press(SWT.MOD1, 's');
			assertTrue(werkbank.await(() -> !editorPart.isDirty()), "Ctrl+S saved");
			assertEquals(1, store.load(editor.projekt()).getFinanzierungsplan().getAusgaben().size());

			// back to the Willkommen page: Förderantrag erstellen… for the open project
			werkbank.get(EPartService.class).activate(willkommenPart);
			werkbank.settle();
			bild(werkbank.shell(), "06-zurueck-zur-willkommensseite");
			Path pdf = ablage.resolve("antrag.pdf");
			Dialogbedienung.mitDialogen(werkbank, () -> Dialogbedienung.klicke(knopf(willkommenPart, "&F\u00F6rderantrag erstellen\u2026")),
					dialog -> {
						Dialogbedienung.waehle(Dialogbedienung.feldNach(dialog, "&Vorlage:", Combo.class), ANTRAG);
						Dialogbedienung.textNach(dialog, "&Datei:").setText(pdf.toString());
						bild(dialog, "07-bericht-dialog-antrag");
						Dialogbedienung.klicke(Dialogbedienung.knopf(dialog, "&Erstellen"));
					});
			assertTrue(Files.exists(pdf), "the Antrag was written");
			byte[] inhalt = Files.readAllBytes(pdf);
			assertEquals("%PDF", new String(inhalt, 0, 4, StandardCharsets.ISO_8859_1));
			assertTrue(inhalt.length > 5000, inhalt.length + " bytes");
			bild(werkbank.shell(), "08-antrag-erstellt");
		}
		assertEquals(8, bilder.size(), bilder::toString);
	}

	private static org.eclipse.swt.widgets.Button knopf(MPart seite, String text) {
		return Dialogbedienung.knopf((Composite) seite.getWidget(), text);
	}

	private void bild(Shell shell, String name) {
		try {
			UiTesting.screenshot(shell, "erste-stunde-" + name + ".png");
			bilder.add(name);
		} catch (Exception e) {
			throw new AssertionError("screenshot " + name, e);
		}
	}

	private static PraxisbeispielEditor aktiverEditor(RunningWorkbench werkbank) {
		MPart aktiv = werkbank.get(EPartService.class).getActivePart();
		return aktiv != null && aktiv.getObject() instanceof PraxisbeispielEditor editor ? editor : null;
	}
}
