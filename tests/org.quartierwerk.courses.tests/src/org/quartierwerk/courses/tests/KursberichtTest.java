package org.quartierwerk.courses.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.courses.internal.CourseRegistry;
import org.quartierwerk.courses.internal.Kursarbeit;
import org.quartierwerk.courses.internal.Kursberichtsdaten;
import org.quartierwerk.courses.internal.Netzwerkbild;
import org.quartierwerk.courses.internal.TeilnahmeStore;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportException;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.Dienste;

/** The course bundles' report templates rendered by the ReportService in OSGi: certificate and final report with the network. */
class KursberichtTest {

	private static final Path AUSGABE = Path.of("target", "berichte");

	private final CourseRegistry registry = Dienste.warte(CourseRegistry.class);
	private final ReportService reports = Dienste.warte(ReportService.class);

	@Test
	void theCourseBundlesContributeTheirTemplates() {
		Map<String, String> kurse = Map.of("teilnahmezertifikat", "biq", "abschlussbericht", "netzwerkmanagement");
		for (Map.Entry<String, String> erwartet : kurse.entrySet()) {
			Berichtsvorlage vorlage = reports.vorlagen().stream().filter(v -> v.id().equals(erwartet.getKey())).findFirst()
					.orElseThrow(() -> new AssertionError("no template " + erwartet.getKey() + " in " + reports.vorlagen()));
			assertEquals(erwartet.getValue(), vorlage.kurs());
		}
	}

	@Test
	void theCertificateConfirmsTheParticipationInTheBlocksAndNothingTheSourceDoesNotSay() throws Exception {
		Kurs biq = registry.kurs("biq").orElseThrow();
		Praxisbeispiel projekt = TeilnahmeTest.projekt();
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(biq, "Gisela Öztürk", projekt.getTitel());
		biq.getModule().forEach(modul -> Kursarbeit.modulAbschliessen(teilnahme, modul, new Date()));
		teilnahme.setZertifikatErteiltAm(new Date());

		String text = pdfText(render("teilnahmezertifikat", projekt, teilnahme, null));
		for (String erwartet : List.of("Zertifikat", "Gisela Öztürk", "am Kurs „BiQ – Bürgerinnen und Bürger im Quartier“ (Bremer Heimstiftung",
				"teilgenommen hat.", "Stadtteilerkundung", "Methodenwerkstatt", "aktive Nachbarschaft",
				"Die Teilnahme wird durch ein Zertifikat bestätigt.", "Ausgestellt am")) {
			assertTrue(text.contains(erwartet), () -> "'" + erwartet + "' missing in: " + text);
		}
		assertFalse(text.contains("dokumentiert"), "the source confirms the participation only: " + text);
		assertFalse(text.contains("Checklisten"), "no checklist, no heading for one: " + text);
		assertFalse(text.contains("ENTWURF"), text);
	}

	@Test
	void theCertificateListsTheChecklistsOfTheVorgaben(@TempDir Path scratch) throws Exception {
		Kurs biq = registry.kurs("biq").orElseThrow();
		Kursvorgaben vorgaben = Dienste.warte(TeilnahmeStore.class).readVorgaben(TeilnahmeTest.beispielvorgaben(scratch), "biq");
		Praxisbeispiel projekt = TeilnahmeTest.projekt();
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(biq, vorgaben, "Gisela Öztürk", projekt.getTitel());
		Pruefpunkt treffpunkte = (Pruefpunkt) Kursarbeit.element(biq, vorgaben, "biq.erkundung.treffpunkte").orElseThrow();
		Kursarbeit.punktErledigen(teilnahme, treffpunkte, List.of("Café Mittendrin", "Bürgerhaus Vahr"), null, new Date());

		String text = pdfText(render("teilnahmezertifikat", projekt, teilnahme, vorgaben));
		for (String erwartet : List.of("Checklisten", "Welche Treffpunkte und Begegnungsorte gibt es?", "Café Mittendrin; Bürgerhaus Vahr")) {
			assertTrue(text.contains(erwartet), () -> "'" + erwartet + "' missing in: " + text);
		}
	}

	@Test
	void aCourseTemplateWithoutTeilnahmeIsRefused() {
		ReportException fehler = assertThrows(ReportException.class, () -> reports.render("teilnahmezertifikat",
				List.of(TeilnahmeTest.projekt()), Berichtsformat.PDF, new ByteArrayOutputStream()));
		assertEquals("Die Vorlage „BiQ-Teilnahmezertifikat“ braucht eine Teilnahme am Kurs „biq“.", fehler.getMessage());
	}

	@Test
	void theFinalReportShowsTheNetworkAsTableAndDiagram() throws Exception {
		Kurs kurs = registry.kurs("netzwerkmanagement").orElseThrow();
		Praxisbeispiel projekt = TeilnahmeTest.projekt();
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(kurs, "Jonas Berg", projekt.getTitel());
		teilnahme.setAkteurslandkarte(Kursarbeit.akteurslandkarteAus(projekt));

		byte[] pdf = render("abschlussbericht", projekt, teilnahme, null);
		String text = pdfText(pdf);
		// the page header comes from quartierwerk.rptlibrary in the reports bundle
		for (String erwartet : List.of("Quartierwerk · Bürgerverein Sonnenhügel", "Praxisprojekt-Abschlussbericht", "Jonas Berg", "Dienstleistungs- und Netzwerkmanagement",
				"Sozialraumorientierung", "Welfare-Mix", "Bürgerverein Sonnenhügel", "Stadt Musterstadt", "Freiwilligenagentur Mitte",
				"Verwaltung", "Mittler und Brückenbauer", "verbindlich (Vertrag)", "Praxisprojekt angelegt", "Netzwerkdiagramm")) {
			assertTrue(text.contains(erwartet), () -> "'" + erwartet + "' missing in: " + text);
		}
		// the diagram is in the document, with the colour of each actor type present and none of the others
		BufferedImage diagramm = largestImage(pdf);
		for (Akteursart art : Akteursart.values()) {
			long pixel = pixels(diagramm, Netzwerkbild.farbe(art));
			boolean vorhanden = List.of(Akteursart.VEREIN_INITIATIVE, Akteursart.VERWALTUNG, Akteursart.MITTLER).contains(art);
			assertEquals(vorhanden, pixel > 500, art + ": " + pixel + " pixels");
		}
	}

	@Test
	void anEmptyMapIsAPictureWithANoteNotAnError() throws Exception {
		BufferedImage bild = ImageIO.read(new ByteArrayInputStream(Netzwerkbild.png(
				org.quartierwerk.courses.model.KursFactory.eINSTANCE.createAkteurslandkarte())));
		assertTrue(bild.getWidth() > 0);
		for (Akteursart art : Akteursart.values()) {
			assertEquals(0, pixels(bild, Netzwerkbild.farbe(art)), art::toString);
		}
	}

	private byte[] render(String vorlage, Praxisbeispiel projekt, Teilnahme teilnahme, Kursvorgaben vorgaben) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render(vorlage, List.of(projekt),
				Map.of(Kursberichtsdaten.APP_CONTEXT_KEY, new Kursberichtsdaten(teilnahme, vorgaben, projekt)),
				Berichtsformat.PDF, out);
		Files.createDirectories(AUSGABE);
		Files.write(AUSGABE.resolve(vorlage + ".pdf"), out.toByteArray());
		return out.toByteArray();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument dokument = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
		}
	}

	private static BufferedImage largestImage(byte[] pdf) throws Exception {
		BufferedImage groesstes = null;
		try (PDDocument dokument = Loader.loadPDF(pdf)) {
			for (PDPage seite : dokument.getPages()) {
				for (var name : seite.getResources().getXObjectNames()) {
					if (seite.getResources().getXObject(name) instanceof PDImageXObject bild) {
						BufferedImage image = bild.getImage();
						if (groesstes == null || image.getWidth() * image.getHeight() > groesstes.getWidth() * groesstes.getHeight()) {
							groesstes = image;
						}
					}
				}
			}
		}
		assertTrue(groesstes != null, "no picture in the report");
		return groesstes;
	}

	/** Pixels within a small distance of the colour (PDF images may be re-encoded). */
	private static long pixels(BufferedImage bild, Color farbe) {
		long anzahl = 0;
		for (int y = 0; y < bild.getHeight(); y++) {
			for (int x = 0; x < bild.getWidth(); x++) {
				Color c = new Color(bild.getRGB(x, y));
				if (Math.abs(c.getRed() - farbe.getRed()) + Math.abs(c.getGreen() - farbe.getGreen())
						+ Math.abs(c.getBlue() - farbe.getBlue()) <= 12) {
					anzahl++;
				}
			}
		}
		return anzahl;
	}
}
