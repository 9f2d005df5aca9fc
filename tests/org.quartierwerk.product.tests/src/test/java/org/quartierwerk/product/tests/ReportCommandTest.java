package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/** Reports from the built product's command line: BIRT inside the product's own OSGi runtime. */
class ReportCommandTest {

	private static final String GALGENHALDE = "Quartiersprojekt Ravensburg-Galgenhalde";

	@TempDir
	Path scratch;

	@Test
	void rendersTheSteckbriefInEveryFormatAndAWholeWorkspaceWithProgress() throws Exception {
		Path workspace = scratch.resolve("ws");
		Path shared = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();
		assertEquals(0, Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", shared.toString()).exitCode());

		Result list = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlagen");
		assertEquals(0, list.exitCode(), list::toString);
		assertTrue(list.out().contains("projektsteckbrief  Projektsteckbrief (ein Praxisbeispiel; pdf, docx, odt, html)"), list::toString);

		for (String format : new String[] { "pdf", "docx", "odt", "html" }) {
			Path out = scratch.resolve("steckbrief." + format);
			Result report = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "projektsteckbrief",
					"--praxisbeispiel", GALGENHALDE, "--format", format, "--nach", out.toString());
			assertEquals(0, report.exitCode(), report::toString);
			assertEquals("Geschrieben: " + out + "\n", report.out(), report::toString);
			assertTrue(Files.size(out) > 1000, () -> out + " is too small");
		}
		try (PDDocument pdf = Loader.loadPDF(scratch.resolve("steckbrief.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("Stiftung Liebenau") && text.contains("Stadt Ravensburg") && text.contains("Seite 1 von"), text);
		}

		Path ordner = scratch.resolve("alle");
		Result batch = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "projektsteckbrief", "--alle",
				"--format", "pdf", "--nach", ordner.toString());
		assertEquals(0, batch.exitCode(), batch::toString);
		assertTrue(batch.out().contains("[13/13] "), batch::toString);
		assertTrue(batch.out().endsWith("13 Dokument(e) erstellt, davon Entwürfe: 0, fehlgeschlagen: 0.\n"), batch::toString);
		try (var files = Files.list(ordner)) {
			assertEquals(13, files.filter(f -> f.toString().endsWith(".pdf")).count());
		}

		Result unknown = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "gibt-es-nicht", "--nach", "x");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().startsWith("Es gibt keine Berichtsvorlage „gibt-es-nicht“; installiert sind: antrag-kommune, "),
				unknown::toString);

		// the collection report over the whole workspace, and the applications for one project
		Path sammlung = scratch.resolve("sammlung.pdf");
		Result bericht = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "sammlungsbericht", "--format",
				"pdf", "--nach", sammlung.toString());
		assertEquals(0, bericht.exitCode(), bericht::toString);
		try (PDDocument pdf = Loader.loadPDF(sammlung.toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("13 Praxisbeispiele") && text.contains("Partizipationsprofil"), text);
		}
		for (String vorlage : new String[] { "antrag-kommune", "antrag-stiftung", "finanzierungsplan" }) {
			Path out = scratch.resolve(vorlage + ".odt");
			Result antrag = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", vorlage, "--praxisbeispiel",
					GALGENHALDE, "--format", "odt", "--nach", out.toString());
			assertEquals(0, antrag.exitCode(), antrag::toString);
			assertTrue(Files.size(out) > 1000, () -> out + " is too small");
		}
	}

	/** The Wirkungsbericht is listed and takes a Berichtszeitraum; a wrong or half period is a German usage error. */
	@Test
	void theWirkungsberichtIsListedAndTakesAPeriod() throws Exception {
		Path workspace = scratch.resolve("ws");
		Path shared = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();
		assertEquals(0, Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", shared.toString()).exitCode());
		Result list = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlagen");
		assertTrue(list.out().contains("wirkungsbericht  Wirkungsbericht (ein Praxisbeispiel; pdf, docx, odt, html)"), list::toString);

		Path out = scratch.resolve("wirkung.pdf");
		Result report = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "wirkungsbericht", "--praxisbeispiel",
				GALGENHALDE, "--von", "2023", "--bis", "2023", "--nach", out.toString());
		assertEquals(0, report.exitCode(), report::toString);
		try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("Berichtszeitraum 1. Januar 2023 bis 31. Dezember 2023") && text.contains("Wirkungslogik (IOOI)"), text);
		}

		Result halb = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "wirkungsbericht", "--praxisbeispiel",
				GALGENHALDE, "--von", "2023", "--nach", out.toString());
		assertEquals(2, halb.exitCode(), halb::toString);
		assertTrue(halb.err().startsWith("Bitte den Berichtszeitraum ganz angeben: --von DATUM --bis DATUM"), halb::toString);
		Result falsch = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "wirkungsbericht", "--praxisbeispiel",
				GALGENHALDE, "--von", "2023-13", "--bis", "2023", "--nach", out.toString());
		assertEquals(2, falsch.exitCode(), falsch::toString);
		assertTrue(falsch.err().startsWith("Der Berichtszeitraum ist ungültig: "), falsch::toString);
		Result ohne = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "projektsteckbrief", "--praxisbeispiel",
				GALGENHALDE, "--von", "2023", "--bis", "2023", "--nach", out.toString());
		assertEquals(2, ohne.exitCode(), ohne::toString);
		assertTrue(ohne.err().startsWith("Die Vorlage „projektsteckbrief“ hat keinen Berichtszeitraum"), ohne::toString);
	}
}
