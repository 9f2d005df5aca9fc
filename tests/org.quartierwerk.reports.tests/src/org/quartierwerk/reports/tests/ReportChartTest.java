package org.quartierwerk.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.Dienste;

/**
 * The charts are really drawn from the model: the funding-mix pie and the participation-profile bars are decoded from
 * the HTML report and their areas measured per palette colour; every format carries the picture.
 */
class ReportChartTest {

	/** The first colours of the charts' palette in the designs (slice or series 1, 2, 3, …). */
	private static final int[] PALETTE = { 0x1F4E79, 0x5B9BD5, 0xA9C47F, 0xF4B183, 0x8FAADC, 0xC9C9C9, 0xFFD966, 0x7F6084 };
	private static final Path AUSGABE = Path.of("target", "diagramme");

	private final ReportService reports = Dienste.warte(ReportService.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);

	@Test
	void theFundingMixPieShowsEachSourcesShareAsTheModelHasIt() throws Exception {
		int gemessen = 0;
		int ohneAngaben = 0;
		int ohneQuellen = 0;
		List<Praxisbeispiel> beispiele = new ArrayList<>(exchange.dstgbBeispiele());
		beispiele.add(mitBetraegen(beispiele.get(0), "100000", "50000", "120"));
		for (int i = 0; i < beispiele.size(); i++) {
			Praxisbeispiel beispiel = beispiele.get(i);
			for (Berichtsformat format : Berichtsformat.values()) {
				byte[] dokument = render("finanzierungsplan", List.of(beispiel), format, "finanzierungsmix-" + (i + 1));
				if (beispiel.getFinanzierungsplan() == null
						|| beispiel.getFinanzierungsplan().getAnteile().stream().allMatch(a -> a.getStatus() == Bewilligungsstatus.ABGELEHNT)) {
					// no source at all: the section says "nicht angegeben" instead of an empty chart (docs/berichte.md)
					assertEquals(0, bilder(dokument, format), format + " of \"" + beispiel.getTitel() + "\" has a chart without sources");
					ohneQuellen++;
					continue;
				}
				assertTrue(bilder(dokument, format) >= 1, format + " of \"" + beispiel.getTitel() + "\" has no chart");
				if (format != Berichtsformat.HTML) {
					continue;
				}
				List<BigDecimal> anteile = anteile(beispiel);
				double[] flaechen = flaechen(diagramm(dokument), PALETTE.length);
				if (anteile.isEmpty()) {
					// the chart says that the data is missing instead of drawing slices
					assertEquals(0, flaechen[0] + flaechen[1], 0.0, "\"" + beispiel.getTitel() + "\" has no shares, yet slices");
					ohneAngaben++;
					continue;
				}
				BigDecimal summe = anteile.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				double gesamt = 0;
				for (int s = 0; s < anteile.size(); s++) {
					gesamt += flaechen[s];
				}
				for (int s = 0; s < anteile.size(); s++) {
					double erwartet = anteile.get(s).divide(summe, MathContext.DECIMAL64).doubleValue();
					assertEquals(erwartet, flaechen[s] / gesamt, 0.03, "slice " + (s + 1) + " of \"" + beispiel.getTitel() + "\" " + anteile);
				}
				gemessen++;
			}
		}
		assertTrue(gemessen >= 3, "pies measured: " + gemessen);
		assertTrue(ohneAngaben >= 1, "projects without any share: " + ohneAngaben);
		assertTrue(ohneQuellen >= 1, "projects without any source: " + ohneQuellen);
	}

	@Test
	void theParticipationProfileBarsFollowTheStufenInTheirOrder() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		List<Partizipationsstufe> stufen = Dienste.warte(Katalog.class).partizipationsmodell(Katalog.STANDARD_MODELL).orElseThrow().getStufen();
		for (Praxisbeispiel beispiel : beispiele.subList(0, 4)) {
			Beteiligung beteiligung = QuartierwerkFactory.eINSTANCE.createBeteiligung();
			beteiligung.setPhase(Projektphase.PLANUNG);
			beteiligung.setStufe(stufen.get(1)); // Mitwirken: 4 of 13 reach Informieren and Mitwirken in the Planung
			beispiel.getBeteiligungen().add(beteiligung);
		}
		for (Berichtsformat format : Berichtsformat.values()) {
			byte[] dokument = render("sammlungsbericht", beispiele, format, "partizipationsprofil");
			assertTrue(bilder(dokument, format) >= 1, format + " has no chart");
			if (format == Berichtsformat.HTML) {
				int[] hoehen = hoehen(diagramm(dokument), stufen.size());
				// the higher Stufen appear only as legend keys, all of one height; Informieren and Mitwirken as two equal bars
				String gemessen = Arrays.toString(hoehen);
				int legende = hoehen[stufen.size() - 1];
				assertTrue(legende > 0, gemessen);
				for (int s = 2; s < stufen.size(); s++) {
					assertEquals(legende, hoehen[s], stufen.get(s).getName() + " " + gemessen);
				}
				assertTrue(hoehen[0] > 2 * legende, "no bar for Informieren: " + gemessen);
				assertEquals(hoehen[0], hoehen[1], 2, "Informieren and Mitwirken reach 30,8 % each: " + gemessen);
			}
		}
	}

	/** A copy of the project whose plan has only amounts, one of them tiny. */
	private static Praxisbeispiel mitBetraegen(Praxisbeispiel vorlage, String... betraege) {
		Praxisbeispiel beispiel = EcoreUtil.copy(vorlage);
		beispiel.setTitel("Mit Beträgen");
		List<Finanzierungsanteil> anteile = beispiel.getFinanzierungsplan().getAnteile();
		assertEquals(betraege.length, anteile.size());
		for (int i = 0; i < betraege.length; i++) {
			anteile.get(i).setAnteilProzent(null);
			anteile.get(i).setBetrag(new BigDecimal(betraege[i]));
		}
		return beispiel;
	}

	/** The shares the pie must show: from the amounts when all are known, else from the percentages plus the rest. */
	private static List<BigDecimal> anteile(Praxisbeispiel beispiel) {
		List<Finanzierungsanteil> gueltig = beispiel.getFinanzierungsplan().getAnteile().stream()
				.filter(a -> a.getStatus() != Bewilligungsstatus.ABGELEHNT).toList();
		boolean betraege = !gueltig.isEmpty() && gueltig.stream().allMatch(a -> a.getBetrag() != null);
		boolean prozente = !gueltig.isEmpty() && gueltig.stream().allMatch(a -> a.getAnteilProzent() != null);
		if (!betraege && !prozente) {
			return List.of();
		}
		Map<Object, BigDecimal> jeQuelle = new LinkedHashMap<>();
		for (Finanzierungsanteil anteil : gueltig) {
			jeQuelle.merge(anteil.getQuelle(), betraege ? anteil.getBetrag() : anteil.getAnteilProzent(), BigDecimal::add);
		}
		List<BigDecimal> anteile = new ArrayList<>(jeQuelle.values());
		BigDecimal rest = new BigDecimal(100).subtract(anteile.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		if (!betraege && rest.compareTo(new BigDecimal("0.5")) > 0) {
			anteile.add(rest);
		}
		return anteile.size() <= PALETTE.length ? anteile : List.of();
	}

	private byte[] render(String vorlage, List<Praxisbeispiel> beispiele, Berichtsformat format, String name) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> hinweise = reports.render(vorlage, beispiele, format, out).hinweise();
		assertTrue(hinweise.stream().noneMatch(h -> h.startsWith("BIRT:")), hinweise::toString);
		Files.createDirectories(AUSGABE);
		Files.write(AUSGABE.resolve(name + "." + format.endung()), out.toByteArray());
		return out.toByteArray();
	}

	/** Pictures in the document: image XObjects (PDF), media files (DOCX, ODT), inline images (HTML). */
	private static int bilder(byte[] dokument, Berichtsformat format) throws IOException {
		return switch (format) {
		case PDF -> {
			int n = 0;
			try (PDDocument pdf = Loader.loadPDF(dokument)) {
				for (PDPage page : pdf.getPages()) {
					for (COSName name : page.getResources().getXObjectNames()) {
						if (page.getResources().getXObject(name) instanceof PDImageXObject) {
							n++;
						}
					}
				}
			}
			yield n;
		}
		case DOCX -> zipEintraege(dokument, "word/media/", "media/");
		case ODT -> zipEintraege(dokument, "Pictures/", "Pictures/");
		case HTML -> {
			int n = 0;
			for (Matcher m = DATA_URL.matcher(new String(dokument, StandardCharsets.UTF_8)); m.find();) {
				n++;
			}
			yield n;
		}
		};
	}

	private static final Pattern DATA_URL = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"");

	private static int zipEintraege(byte[] zip, String... praefixe) throws IOException {
		int n = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				for (String praefix : praefixe) {
					if (entry.getName().startsWith(praefix) && !entry.isDirectory()) {
						n++;
						break;
					}
				}
			}
		}
		return n;
	}

	/** The (only) chart of an HTML report, decoded. */
	private static BufferedImage diagramm(byte[] html) throws IOException {
		Matcher m = DATA_URL.matcher(new String(html, StandardCharsets.UTF_8));
		assertTrue(m.find(), "no inline chart");
		return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
	}

	/** The tallest vertical run of each of the first {@code n} palette colours: a bar's height in pixels. */
	private static int[] hoehen(BufferedImage bild, int n) {
		int[] hoehen = new int[n];
		for (int f = 0; f < n; f++) {
			for (int x = 0; x < bild.getWidth(); x++) {
				int lauf = 0;
				for (int y = 0; y < bild.getHeight(); y++) {
					lauf = (bild.getRGB(x, y) & 0xFFFFFF) == PALETTE[f] ? lauf + 1 : 0;
					hoehen[f] = Math.max(hoehen[f], lauf);
				}
			}
		}
		return hoehen;
	}

	/** Pixels of each of the first {@code n} palette colours. */
	private static double[] flaechen(BufferedImage bild, int n) {
		double[] flaechen = new double[n];
		for (int y = 0; y < bild.getHeight(); y++) {
			for (int x = 0; x < bild.getWidth(); x++) {
				int rgb = bild.getRGB(x, y) & 0xFFFFFF;
				for (int f = 0; f < n; f++) {
					if (rgb == PALETTE[f]) {
						flaechen[f]++;
					}
				}
			}
		}
		return flaechen;
	}
}
