package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * Word documents as a Träger opens them: the product's command line writes DOCX, Apache POI reads their text. The
 * project {@code nachbarschaftstreff.json} has a balanced Finanzierungsplan with amounts and two Stufen, worked out by
 * hand: Ausgaben 24.000,00 + 3.500,50 + 1.200,00 = 28.700,50 €, financed 14.000 + 10.000 + 3.500,50 + 1.200.
 */
class DocxReportTest {

	private static final String PROJEKT = "Nachbarschaftstreff Sonnenhügel";

	@TempDir
	Path scratch;

	@Test
	void everyProjectTemplateInWordCarriesTheNamesStufenAndSumsOfTheModel() throws Exception {
		Path workspace = scratch.resolve("ws");
		Path projekt = scratch.resolve("nachbarschaftstreff.json");
		try (InputStream in = DocxReportTest.class.getResourceAsStream("/nachbarschaftstreff.json")) {
			Files.copy(in, projekt);
		}
		Result imported = Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", projekt.toString());
		assertEquals(0, imported.exitCode(), imported::toString);

		for (String vorlage : new String[] { "projektsteckbrief", "antrag-kommune", "antrag-stiftung", "finanzierungsplan" }) {
			Path docx = scratch.resolve(vorlage + ".docx");
			Result report = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", vorlage, "--praxisbeispiel",
					PROJEKT, "--format", "docx", "--nach", docx.toString());
			assertEquals(0, report.exitCode(), report::toString);
			String text = text(docx);
			List<String> erwartet = new ArrayList<>(List.of(PROJEKT, "Caritasverband Musterstadt e. V.", "28.700,50 €"));
			if (!vorlage.equals("finanzierungsplan")) {
				erwartet.addAll(List.of("Wohnungsbaugenossenschaft Sonnenhügel eG", "Stadt Musterstadt – Amt für Soziales", "Informieren",
						"Mitentscheiden"));
			}
			if (!vorlage.equals("projektsteckbrief")) {
				erwartet.addAll(List.of("Stadt Musterstadt", "Stiftung Wohlfahrtspflege NRW", "Eigenmittel des Trägers"));
			}
			for (String e : erwartet) {
				assertTrue(text.contains(e), vorlage + " lacks \"" + e + "\":\n" + text);
			}
			assertFalse(text.contains("ENTWURF"), vorlage + " is a draft:\n" + text);
		}
		String plan = text(scratch.resolve("finanzierungsplan.docx"));
		for (String betrag : new String[] { "24.000,00 €", "3.500,50 €", "1.200,00 €", "14.000,00 €", "10.000,00 €" }) {
			assertTrue(plan.contains(betrag), "Finanzierungsplan lacks " + betrag + ":\n" + plan);
		}
	}

	@Test
	void theThirteenApplicationsInWordNameTheirTraeger() throws Exception {
		Path workspace = scratch.resolve("ws");
		Path shared = Path.of("../../../shared/data/dstgb150-praxisbeispiele.json").toAbsolutePath().normalize();
		assertEquals(0, Quartierwerk.run(scratch, "--data", workspace.toString(), "importieren", shared.toString()).exitCode());
		Path ordner = scratch.resolve("antraege");
		Result batch = Quartierwerk.run(scratch, "--data", workspace.toString(), "bericht", "--vorlage", "antrag-kommune", "--alle",
				"--format", "docx", "--nach", ordner.toString());
		assertEquals(0, batch.exitCode(), batch::toString);

		List<String> texte = new ArrayList<>();
		try (Stream<Path> dateien = Files.list(ordner)) {
			for (Path docx : dateien.filter(f -> f.toString().endsWith(".docx")).toList()) {
				texte.add(text(docx));
			}
		}
		assertEquals(13, texte.size());
		Matcher traeger = Pattern.compile("\"traeger\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(shared));
		int gefunden = 0;
		while (traeger.find()) {
			String name = traeger.group(1);
			assertTrue(texte.stream().anyMatch(t -> t.contains("Antragsteller") && t.contains(name)), name);
			gefunden++;
		}
		assertEquals(13, gefunden);
	}

	/** The document's text as Word shows it, whitespace collapsed. */
	private static String text(Path docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText().replaceAll("\\s+", " ");
		}
	}
}
