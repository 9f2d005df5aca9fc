package org.quartierwerk.app.internal.berichte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

	private static Messages texte() {
		return UiTesting.germanTexts();
	}
}
