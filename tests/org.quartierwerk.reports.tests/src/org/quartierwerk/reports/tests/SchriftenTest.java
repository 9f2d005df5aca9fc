package org.quartierwerk.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.Dienste;

/**
 * Every PDF carries its fonts: each template, rendered for the shipped examples and for a text full of characters
 * beyond Latin-1, uses only embedded DejaVu fonts, and the characters come out as written.
 */
class SchriftenTest {

	/** Characters the templates and the users' texts use: arrows, dashes, quotes, euro, German and Turkish letters. */
	private static final String ZEICHEN = "Ziel → Wirkung – „Quartier“ ‚gemeinsam‘ 1.000 € · Straße · İstanbul ı ĞŞ … ½";

	private final ReportService reports = Dienste.warte(ReportService.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);

	@Test
	void everyTemplatesPdfEmbedsDejaVuOnly() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		int gerendert = 0;
		for (Berichtsvorlage vorlage : reports.vorlagen()) {
			if (!vorlage.kurs().isEmpty() || !vorlage.formate().contains(Berichtsformat.PDF)) {
				continue;
			}
			List<List<Praxisbeispiel>> faelle = vorlage.sammlung() ? List.of(beispiele)
					: beispiele.stream().map(List::of).toList();
			for (List<Praxisbeispiel> fall : faelle) {
				Set<String> schriften = schriften(pdf(vorlage.id(), fall));
				assertFalse(schriften.isEmpty(), vorlage.id() + " has no fonts");
				for (String schrift : schriften) {
					assertTrue(schrift.endsWith("embedded") && schrift.contains("DejaVu"),
							vorlage.id() + " for \"" + fall.get(0).getTitel() + "\" uses " + schriften);
				}
				gerendert++;
			}
		}
		assertTrue(gerendert >= 4 * 13 + 1, "rendered only " + gerendert + " PDFs");
	}

	@Test
	void charactersBeyondLatin1ArePrintedInAnEmbeddedFont() throws Exception {
		Praxisbeispiel beispiel = EcoreUtil.copy(exchange.dstgbBeispiele().get(0));
		beispiel.setTitel("Zeichen " + ZEICHEN);
		beispiel.setKurzbeschreibung(ZEICHEN);
		byte[] pdf = pdf("projektsteckbrief", List.of(beispiel));
		Set<String> schriften = schriften(pdf);
		assertTrue(schriften.stream().allMatch(s -> s.endsWith("embedded") && s.contains("DejaVu")), schriften::toString);
		try (PDDocument dokument = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
			assertTrue(text.contains(ZEICHEN), text);
			assertEquals(-1, text.indexOf('?'), "a character was replaced: " + text);
		}
	}

	private byte[] pdf(String vorlage, List<Praxisbeispiel> beispiele) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render(vorlage, beispiele, Berichtsformat.PDF, out);
		return out.toByteArray();
	}

	/** "name embedded" or "name not embedded", for every font on every page. */
	private static Set<String> schriften(byte[] pdf) throws Exception {
		Set<String> schriften = new TreeSet<>();
		try (PDDocument dokument = Loader.loadPDF(pdf)) {
			for (PDPage seite : dokument.getPages()) {
				PDResources ressourcen = seite.getResources();
				List<COSName> namen = new ArrayList<>();
				ressourcen.getFontNames().forEach(namen::add);
				for (COSName name : namen) {
					PDFont schrift = ressourcen.getFont(name);
					schriften.add(schrift.getName() + (schrift.isEmbedded() ? " embedded" : " not embedded"));
				}
			}
		}
		return schriften;
	}
}
