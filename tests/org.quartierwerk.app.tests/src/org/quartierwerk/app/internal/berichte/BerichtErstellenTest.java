package org.quartierwerk.app.internal.berichte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.Berichtszeitraum;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.Dienste;

/** Berichte → Bericht erstellen… with real SWT and the real ReportService in OSGi: the dialog's defaults, then a PDF. */
class BerichtErstellenTest {

	private final Display display = Display.getDefault();
	private final Shell shell = new Shell(display);

	@TempDir
	Path ordner;

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void theDialogProposesTemplateFormatAndFileAndTheReportIsWrittenWithProgress() throws Exception {
		ReportService reports = Dienste.warte(ReportService.class);
		List<Berichtsvorlage> vorlagen = reports.vorlagen().stream().filter(v -> !v.sammlung() && v.kurs().isEmpty()).toList();
		assertFalse(vorlagen.isEmpty());
		BerichtDialog dialog = new BerichtDialog(shell, texte(), vorlagen, "Treff/Sonnenhügel", ordner);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertEquals(ordner.resolve("Treff_Sonnenhügel-" + vorlagen.get(0).id() + ".pdf").toString(), dialog.dateiFeld().getText(),
				"the first template as PDF in the folder, the slash made harmless");
		dialog.formatFeld().setSelection(new StructuredSelection(Berichtsformat.DOCX));
		assertTrue(dialog.dateiFeld().getText().endsWith(".docx"));
		dialog.formatFeld().setSelection(new StructuredSelection(Berichtsformat.PDF));
		assertTrue(dialog.erstellenKnopf().isEnabled());
		dialog.erstellenKnopf().notifyListeners(SWT.Selection, new Event());
		Path ziel = dialog.ziel();
		assertEquals(Berichtsformat.PDF, dialog.format());

		Praxisbeispiel projekt = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		projekt.setTitel("Treff Sonnenhügel");
		// a contradiction, a Fehler: the Laufzeit ends before it begins
		Laufzeit verkehrt = QuartierwerkFactory.eINSTANCE.createLaufzeit();
		verkehrt.setBeginn(Teildatum.valueOf("2020"));
		verkehrt.setEnde(Teildatum.valueOf("2019"));
		projekt.setLaufzeit(verkehrt);
		Berichterstellung.Ausgang ausgang = Berichterstellung.erstelle(shell, reports, dialog.vorlage(), projekt, dialog.format(), ziel,
				"Bericht wird erstellt");
		assertTrue(ausgang.erfolgreich(), ausgang::toString);
		assertTrue(ausgang.ergebnis().entwurf(), "a project with a Fehler gives a draft");
		byte[] pdf = Files.readAllBytes(ziel);
		assertEquals("%PDF", new String(pdf, 0, 4), "a PDF file");
		assertTrue(pdf.length > 1000, pdf.length + " bytes");
	}

	/** The Wirkungsbericht takes a Berichtszeitraum: the fields open for it, are checked, and the period reaches the report. */
	@Test
	void aTemplateWithAPeriodOpensThePeriodFieldsAndChecksThem() throws Exception {
		ReportService reports = Dienste.warte(ReportService.class);
		List<Berichtsvorlage> vorlagen = reports.vorlagen().stream().filter(v -> !v.sammlung() && v.kurs().isEmpty()).toList();
		Berichtsvorlage wirkung = vorlagen.stream().filter(v -> v.id().equals("wirkungsbericht")).findFirst().orElseThrow(
				() -> new AssertionError("the dialog offers the Wirkungsbericht: " + vorlagen));
		BerichtDialog dialog = new BerichtDialog(shell, texte(), vorlagen, "Treff", ordner);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertFalse(vorlagen.get(0).zeitraum(), vorlagen.get(0).id());
		assertFalse(dialog.vonFeld().isEnabled(), "a template without a period keeps the fields closed");
		dialog.vorlageFeld().setSelection(new StructuredSelection(wirkung));
		assertTrue(dialog.vonFeld().isEnabled() && dialog.bisFeld().isEnabled());
		dialog.vonFeld().setText("2023");
		assertFalse(dialog.erstellenKnopf().isEnabled(), "only one end of the period");
		assertEquals(texte().berichtZeitraumUnvollstaendig, dialog.getErrorMessage());
		dialog.bisFeld().setText("2022");
		assertFalse(dialog.erstellenKnopf().isEnabled(), "the end before the begin");
		assertTrue(dialog.getErrorMessage().contains("liegt vor seinem Beginn"), dialog.getErrorMessage());
		dialog.bisFeld().setText("2023");
		assertTrue(dialog.erstellenKnopf().isEnabled());
		assertEquals(null, dialog.getErrorMessage());
		dialog.erstellenKnopf().notifyListeners(SWT.Selection, new Event());
		assertEquals(Berichtszeitraum.von("2023", "2023"), dialog.zeitraum());
		assertEquals(wirkung, dialog.vorlage());

		Praxisbeispiel projekt = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		projekt.setTitel("Treff Sonnenhügel");
		Berichterstellung.Ausgang ausgang = Berichterstellung.erstelle(shell, reports, dialog.vorlage(), projekt,
				Map.of(Berichtszeitraum.APP_CONTEXT_KEY, dialog.zeitraum()), dialog.format(), dialog.ziel(), "Bericht wird erstellt");
		assertTrue(ausgang.erfolgreich(), ausgang::toString);
		assertEquals("%PDF", new String(Files.readAllBytes(dialog.ziel()), 0, 4), "a PDF file");
	}

	private static Messages texte() {
		return UiTesting.germanTexts();
	}
}
