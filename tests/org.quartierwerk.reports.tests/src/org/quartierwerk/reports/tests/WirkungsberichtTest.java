package org.quartierwerk.reports.tests;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtszeitraum;
import org.quartierwerk.reports.Kennzahlbild;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.reports.Wirkungsdaten;
import org.quartierwerk.testing.Dienste;

/**
 * The Wirkungsbericht through the report service: the period filters Messwerte and Arbeitsschritte, the comparison with
 * the period before appears only where that period has a Messwert, the chart draws what is recorded
 * (docs/berichte.md, "Der Wirkungsbericht").
 */
class WirkungsberichtTest {

	private static final Path AUSGABE = Path.of("target", "berichtsqualitaet");

	private final ReportService reports = Dienste.warte(ReportService.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);

	@Test
	void thePeriodFiltersMesswerteAndArbeitsschritte() throws Exception {
		Praxisbeispiel beispiel = Wirkungsbeispiel.mitMessreihen(exchange.dstgbBeispiele().get(2));

		String alles = text(beispiel, null, "wirkungsbericht-alles.pdf");
		assertTrue(alles.contains("kein Zeitraum gewählt"), alles);
		assertTrue(alles.contains("38 Haushalte (2022; Quelle: Beratungsstatistik)"), alles);
		assertTrue(alles.contains("52 Haushalte (Juni 2024)"), alles);
		assertTrue(alles.contains("Quartiersbüro eröffnet") && alles.contains("Besuchsdienst aufgebaut"), alles);
		assertEquals(1, alles.split("Mittagstisch einrichten", -1).length - 1, "a planned step only once: " + alles);
		assertTrue(alles.indexOf("Mittagstisch einrichten") > alles.indexOf("5. Planung und Ausblick"), "planned, not a Leistung: " + alles);

		String jahr2023 = text(beispiel, Berichtszeitraum.von("2023", "2023"), "wirkungsbericht-2023.pdf");
		assertTrue(jahr2023.contains("Berichtszeitraum 1. Januar 2023 bis 31. Dezember 2023"), jahr2023);
		assertTrue(jahr2023.contains("Besuchsdienst aufgebaut"), jahr2023);
		assertFalse(jahr2023.contains("Quartiersbüro eröffnet"), "an Arbeitsschritt of 2022 is not in 2023: " + jahr2023);
		assertTrue(jahr2023.contains("Messwerte 45 Haushalte (2023; Quelle: Beratungsstatistik)"), jahr2023);
		assertFalse(jahr2023.contains("52 Haushalte"), "2024 lies after the period: " + jahr2023);
		assertTrue(jahr2023.contains("Heimeinzüge im Jahr nach dem Erstkontakt") && jahr2023.contains("Messwerte nicht angegeben"), jahr2023);

		String jahr2021 = text(beispiel, Berichtszeitraum.von("2021", "2021"), null);
		assertTrue(jahr2021.contains("Leistungen (Output): Arbeitsschritte nicht angegeben"), "no Arbeitsschritt in 2021: " + jahr2021);
		assertTrue(jahr2021.contains("keine Messwerte im Berichtszeitraum"), "the Treffs were counted from 2022: " + jahr2021);

		// a year's Messwert does not lie in half of it
		String halbjahr = text(beispiel, Berichtszeitraum.von("2023-07", "2023-12"), null);
		assertFalse(halbjahr.contains("45 Haushalte"), halbjahr);
	}

	@Test
	void theComparisonWithThePeriodBeforeAppearsOnlyWhereThatPeriodHasAMesswert() throws Exception {
		Praxisbeispiel beispiel = Wirkungsbeispiel.mitMessreihen(exchange.dstgbBeispiele().get(2));
		assertFalse(text(beispiel, null, null).contains("Vorperiode"), "no period, no comparison");

		String jahr2023 = text(beispiel, Berichtszeitraum.von("2023", "2023"), null);
		assertTrue(jahr2023.contains("Vergleich Vorperiode: 38 Haushalte (2022; Quelle: Beratungsstatistik); "
				+ "Berichtszeitraum: 45 Haushalte (2023; Quelle: Beratungsstatistik); Veränderung: +7 Haushalte"), jahr2023);
		assertTrue(jahr2023.contains("Veränderung: +8 Veranstaltungen"), jahr2023);
		assertTrue(jahr2023.contains("Vorperiode: 1. Januar 2022 bis 31. Dezember 2022."), jahr2023);
		assertEquals(2, jahr2023.split("Vergleich Vorperiode", -1).length - 1, "the Heimeinzüge have no Messwert in 2022: " + jahr2023);

		// 2021: the period before (2020) has no Messwert, so there is no comparison at all
		String jahr2021 = text(beispiel, Berichtszeitraum.von("2021", "2021"), null);
		assertTrue(jahr2021.contains("Messwerte 30 Haushalte (2021; Quelle: Beratungsstatistik)"), jahr2021);
		assertFalse(jahr2021.contains("Vorperiode"), jahr2021);
	}

	@Test
	void thePeriodBeforeHasTheSameLength() {
		assertEquals(new Berichtszeitraum(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
				Berichtszeitraum.von("2023", "2023").vorperiode());
		assertEquals(new Berichtszeitraum(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
				Berichtszeitraum.von("2023-07", "2023-12").vorperiode());
		assertEquals(new Berichtszeitraum(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 15)),
				Berichtszeitraum.von("2023-03-16", "2023-03-25").vorperiode());
		IllegalArgumentException fehler = assertThrows(IllegalArgumentException.class, () -> Berichtszeitraum.von("2024", "2023"));
		assertTrue(fehler.getMessage().contains("liegt vor seinem Beginn"), fehler.getMessage());
	}

	/** The chart draws the series, and the Zielwert line only where a Zielwert is recorded. */
	@Test
	void theChartDrawsTheSeriesAgainstTheRecordedValues() throws Exception {
		Praxisbeispiel beispiel = Wirkungsbeispiel.mitMessreihen(exchange.dstgbBeispiele().get(2));
		Wirkungsdaten daten = new Wirkungsdaten(beispiel, null);
		int beratene = zeile(daten, "Beratene Haushalte");
		BufferedImage bild = ImageIO.read(new ByteArrayInputStream(daten.kennzahlbild(beratene)));
		assertTrue(pixel(bild, Kennzahlbild.REIHE) > 500, "series drawn");
		assertTrue(pixel(bild, Kennzahlbild.ZIELWERT) > 500, "Zielwert line drawn");
		assertTrue(pixel(bild, Kennzahlbild.AUSGANGSWERT) > 500, "Ausgangswert line drawn");
		assertEquals(Boolean.TRUE, daten.wert("kennzahlen", beratene, "mitBild"));

		int treffs = zeile(daten, "Offene Treffs");
		BufferedImage ohneAusgangswert = ImageIO.read(new ByteArrayInputStream(daten.kennzahlbild(treffs)));
		assertEquals(0, pixel(ohneAusgangswert, Kennzahlbild.AUSGANGSWERT), "no Ausgangswert recorded, no line");
		Kennzahl kennzahl = beispiel.getZiele().get(0).getUnterziele().get(0).getUnterziele().get(0).getKennzahlen().get(0);
		kennzahl.setZielwert(null);
		BufferedImage ohneZiel = ImageIO.read(new ByteArrayInputStream(new Wirkungsdaten(beispiel, null).kennzahlbild(treffs)));
		assertEquals(0, pixel(ohneZiel, Kennzahlbild.ZIELWERT), "no Zielwert recorded, no line");
		assertEquals(Boolean.FALSE, daten.wert("kennzahlen", zeile(daten, "Heimeinzüge im Jahr nach dem Erstkontakt"), "mitBild"),
				"no Messwerte, no chart");

		ByteArrayOutputStream html = new ByteArrayOutputStream();
		reports.render("wirkungsbericht", List.of(beispiel), Berichtsformat.HTML, html);
		assertEquals(2, Berichtslesung.lies(Berichtsformat.HTML, html.toByteArray(), null).bilder(),
				"a chart for each of the two Kennzahlen with Messwerte, none for the Heimeinzüge");
		ByteArrayOutputStream ohneMesswerte = new ByteArrayOutputStream();
		reports.render("wirkungsbericht", List.of(exchange.dstgbBeispiele().get(2)), Berichtsformat.PDF, ohneMesswerte);
		assertEquals(0, Berichtslesung.lies(Berichtsformat.PDF, ohneMesswerte.toByteArray(), null).bilder(), "no Messwerte, no chart");
	}

	private static int zeile(Wirkungsdaten daten, String indikator) {
		for (int i = 0; i < daten.anzahl("kennzahlen"); i++) {
			if (indikator.equals(daten.wert("kennzahlen", i, "indikator"))) {
				return i;
			}
		}
		throw new AssertionError("keine Kennzahl " + indikator);
	}

	private static long pixel(BufferedImage bild, Color farbe) {
		long anzahl = 0;
		for (int x = 0; x < bild.getWidth(); x++) {
			for (int y = 0; y < bild.getHeight(); y++) {
				anzahl += (bild.getRGB(x, y) & 0xFFFFFF) == (farbe.getRGB() & 0xFFFFFF) ? 1 : 0;
			}
		}
		return anzahl;
	}

	private String text(Praxisbeispiel beispiel, Berichtszeitraum zeitraum, String ablage) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render("wirkungsbericht", List.of(beispiel), zeitraum == null ? Map.of() : Map.of(Berichtszeitraum.APP_CONTEXT_KEY, zeitraum),
				Berichtsformat.PDF, out);
		if (ablage != null) {
			Files.createDirectories(AUSGABE);
			Files.write(AUSGABE.resolve(ablage), out.toByteArray());
		}
		return String.join(" ", Berichtslesung.lies(Berichtsformat.PDF, out.toByteArray(), null).zeilen()).replace('\u00A0', ' ')
				.replaceAll("\\s+", " ");
	}
}
