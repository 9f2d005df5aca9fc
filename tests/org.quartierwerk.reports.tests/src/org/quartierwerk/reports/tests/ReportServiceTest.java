package org.quartierwerk.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportException;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.Dienste;

/** BIRT inside the test framework: every project template in every format for the 13 DStGB examples, and awkward data. */
class ReportServiceTest {

	private static final Path AUSGABE = Path.of("target", "berichte");

	private final ReportService reports = Dienste.warte(ReportService.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);

	@Test
	void theShippedTemplatesAreServices() {
		Berichtsvorlage steckbrief = reports.vorlagen().stream().filter(v -> v.id().equals("projektsteckbrief")).findFirst()
				.orElseThrow(() -> new AssertionError("no projektsteckbrief in " + reports.vorlagen()));
		assertEquals("Projektsteckbrief", steckbrief.titel());
		assertEquals(EnumSet.allOf(Berichtsformat.class), steckbrief.formate());
		assertFalse(steckbrief.sammlung());
	}

	@Test
	void everyProjectTemplateRendersTheThirteenExamplesInEveryFormatWithTheirNamesAndSums() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		// the texts assign no Stufe; give each project one, so every Stufe of the Partizipationsleiter is printed somewhere
		List<Partizipationsstufe> stufen = Dienste.warte(Katalog.class).partizipationsmodell(Katalog.STANDARD_MODELL).orElseThrow()
				.getStufen();
		for (int i = 0; i < beispiele.size(); i++) {
			Beteiligung beteiligung = QuartierwerkFactory.eINSTANCE.createBeteiligung();
			beteiligung.setPhase(Projektphase.UMSETZUNG);
			beteiligung.setStufe(stufen.get(i % stufen.size()));
			beteiligung.setFormat("Quartierskonferenz");
			beispiele.get(i).getBeteiligungen().add(beteiligung);
		}
		int dokumente = 0;
		for (Berichtsvorlage vorlage : reports.vorlagen().stream().filter(v -> !v.sammlung()).toList()) {
			for (int i = 0; i < beispiele.size(); i++) {
				Praxisbeispiel beispiel = beispiele.get(i);
				for (Berichtsformat format : vorlage.formate()) {
					byte[] dokument = render(vorlage.id(), List.of(beispiel), format, vorlage.id() + "-" + (i + 1));
					String text = text(dokument, format);
					// compared without any whitespace: a narrow column may wrap a name anywhere a space is
					String ohneLeerraum = text.replaceAll("\\s+", "");
					for (String erwartet : erwartet(vorlage.id(), beispiel)) {
						assertTrue(ohneLeerraum.contains(erwartet.replaceAll("\\s+", "")), () -> vorlage.id() + " " + format + " of \"" + beispiel.getTitel()
								+ "\" lacks \"" + erwartet + "\":\n" + text);
					}
					dokumente++;
				}
			}
		}
		assertEquals(5 * 13 * 4, dokumente, "five project templates, 13 projects, four formats");
	}

	@Test
	void theCollectionReportCountsAndProfilesTheThirteenExamples() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		Partizipationsstufe mitwirken = Dienste.warte(Katalog.class).partizipationsmodell(Katalog.STANDARD_MODELL).orElseThrow().getStufen()
				.get(1);
		for (Praxisbeispiel beispiel : beispiele.subList(0, 4)) {
			Beteiligung beteiligung = QuartierwerkFactory.eINSTANCE.createBeteiligung();
			beteiligung.setPhase(Projektphase.PLANUNG);
			beteiligung.setStufe(mitwirken);
			beispiel.getBeteiligungen().add(beteiligung);
		}
		for (Berichtsformat format : List.of(Berichtsformat.HTML, Berichtsformat.DOCX, Berichtsformat.ODT, Berichtsformat.PDF)) {
			String text = text(render("sammlungsbericht", beispiele, format, "sammlungsbericht"), format).replaceAll("\\s+", "");
			assertTrue(text.contains("13Praxisbeispiele"), format + ": " + text);
			// 4.2 Partizipation ermöglichen: 4 projects; Nordrhein-Westfalen: 3
			assertTrue(text.contains("Herausforderung4.2Partizipationermöglichen4"), format + ": " + text);
			assertTrue(text.contains("BundeslandNordrhein-Westfalen3"), format + ": " + text);
			// 4 of 13 reach Mitwirken in the Planung: 30,8 %
			assertTrue(text.contains("PlanungMitwirken30,8"), format + ": " + text);
			for (Praxisbeispiel beispiel : beispiele) {
				assertTrue(text.contains(beispiel.getTraeger().getName().replaceAll("\\s+", "")), beispiel.getTraeger().getName());
			}
		}
	}

	@Test
	void aProjectThatFailsValidationIsADraftWithVisibleGaps() throws Exception {
		Praxisbeispiel beispiel = exchange.dstgbBeispiele().get(0);
		beispiel.setTraeger(null);
		beispiel.unsetBundesland();
		ByteArrayOutputStream unvollstaendig = new ByteArrayOutputStream();
		assertFalse(reports.render("projektsteckbrief", List.of(beispiel), Berichtsformat.PDF, unvollstaendig).entwurf(),
				"missing data (Warnungen) shows as gaps, only a Fehler makes a draft");
		endeVorBeginn(beispiel);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Berichtsergebnis ergebnis = reports.render("projektsteckbrief", List.of(beispiel), Berichtsformat.PDF, pdf);
		assertTrue(ergebnis.entwurf());
		assertTrue(ergebnis.hinweise().contains("Quartiersprojekt Ravensburg-Galgenhalde: Die Pflichtangabe „Träger“ fehlt."),
				ergebnis.hinweise()::toString);
		assertTrue(ergebnis.hinweise().stream().anyMatch(h -> h.contains("Das Ende (2019-05-01) liegt vor dem Beginn (2020-05-01).")),
				ergebnis.hinweise()::toString);
		String text = text(pdf.toByteArray(), Berichtsformat.PDF);
		assertTrue(text.contains("ENTWURF – nicht geprüft"), text);
		assertTrue(text.contains("[fehlt]"), text);

		ByteArrayOutputStream gueltig = new ByteArrayOutputStream();
		assertFalse(reports.render("projektsteckbrief", exchange.dstgbBeispiele().subList(0, 1), Berichtsformat.PDF, gueltig).entwurf());
		assertFalse(text(gueltig.toByteArray(), Berichtsformat.PDF).contains("ENTWURF"));
	}

	/** A Fehler in a collection marks that project in the list, not the whole document. */
	@Test
	void aCollectionMarksEachProjectWithFehlerOnItsOwn() throws Exception {
		List<Praxisbeispiel> beispiele = exchange.dstgbBeispiele();
		endeVorBeginn(beispiele.get(2));
		for (Berichtsformat format : Berichtsformat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertTrue(reports.render("sammlungsbericht", beispiele, format, out).entwurf());
			String text = text(out.toByteArray(), format);
			assertFalse(text.contains("ENTWURF – nicht geprüft"), format + ": the whole document is marked");
			assertEquals(1, text.split("ENTWURF – Fehler", -1).length - 1, format + ": " + text);
			int titel = text.indexOf(beispiele.get(2).getTitel());
			assertTrue(titel >= 0 && text.indexOf("ENTWURF – Fehler") > titel, format + ": the mark is not at its project");
		}
	}

	/** A Laufzeit whose Ende lies before its Beginn: a Fehler whatever the severities of missing data. */
	private static void endeVorBeginn(Praxisbeispiel beispiel) {
		Laufzeit laufzeit = QuartierwerkFactory.eINSTANCE.createLaufzeit();
		laufzeit.setBeginn(Teildatum.tag(LocalDate.of(2020, 5, 1)));
		laufzeit.setEnde(Teildatum.tag(LocalDate.of(2019, 5, 1)));
		beispiel.setLaufzeit(laufzeit);
	}

	@Test
	void awkwardDataRendersOrFailsCleanly() throws Exception {
		Praxisbeispiel leer = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		for (Berichtsformat format : Berichtsformat.values()) {
			assertTrue(render("projektsteckbrief", List.of(leer), format, "leer").length > 0);
		}

		Praxisbeispiel gross = exchange.dstgbBeispiele().get(8);
		gross.setTitel("Älter werden in Öhringen – „Grüße“ aus Straße 👵🏽🏘️");
		gross.setZieleText("Ein sehr langer Text. ".repeat(5_000));
		Finanzierungsplan plan = gross.getFinanzierungsplan();
		for (int i = 0; i < 500; i++) {
			Ausgabeposition ausgabe = QuartierwerkFactory.eINSTANCE.createAusgabeposition();
			ausgabe.setBezeichnung("Posten " + i + " – Miete für den Quartierstreff 🏠");
			ausgabe.setKategorie(Ausgabenkategorie.values()[i % Ausgabenkategorie.values().length]);
			ausgabe.setJahr(2018 + i % 3);
			ausgabe.setBetrag(new BigDecimal("12.34"));
			plan.getAusgaben().add(ausgabe);
		}
		for (Berichtsformat format : Berichtsformat.values()) {
			String text = text(render("antrag-kommune", List.of(gross), format, "gross"), format);
			assertTrue(text.contains("Älter werden in Öhringen – „Grüße“ aus Straße"), text.substring(0, 300));
			assertTrue(text.contains("Posten 499"), "the last of 500 Ausgabepositionen");
			assertTrue(text.contains(euro(new BigDecimal("6170"))), format + ": sum of 500 × 12,34 €");
		}

		assertThrows(ReportException.class, () -> reports.render("gibt-es-nicht", List.of(leer), Berichtsformat.PDF,
				new ByteArrayOutputStream()));
		ReportException zwei = assertThrows(ReportException.class, () -> reports.render("projektsteckbrief", List.of(leer, leer),
				Berichtsformat.PDF, new ByteArrayOutputStream()));
		assertEquals("Die Vorlage „Projektsteckbrief“ ist für genau ein Praxisbeispiel, nicht für 2.", zwei.getMessage());
	}

	@Test
	void aTemplateContributedAtRuntimeAppearsAndABrokenOneFailsCleanly() throws Exception {
		Bundle buendel = datenbuendel("org.quartierwerk.reports.test.kaputt", Map.of("berichte/kaputt.rptdesign",
				"<report xmlns=\"http://www.eclipse.org/birt/2005/design\"><body><label>", "OSGI-INF/l10n/bundle.properties",
				"vorlage.kaputt.titel = Kaputte Vorlage"));
		try {
			buendel.start();
			assertTrue(reports.vorlagen().stream().anyMatch(v -> v.id().equals("kaputt")));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ReportException fehler = assertThrows(ReportException.class,
					() -> reports.render("kaputt", exchange.dstgbBeispiele().subList(0, 1), Berichtsformat.PDF, out));
			assertTrue(fehler.getMessage().startsWith("Die Berichtsvorlage „Kaputte Vorlage“ (" + buendel.getEntry("berichte/kaputt.rptdesign")
					+ ") ist fehlerhaft"), fehler.getMessage());
		} finally {
			buendel.uninstall();
		}
		assertTrue(reports.vorlagen().stream().noneMatch(v -> v.id().equals("kaputt")), "the template left with its bundle");
		// the engine still works for the others
		assertFalse(reports.render("projektsteckbrief", exchange.dstgbBeispiele().subList(0, 1), Berichtsformat.PDF,
				new ByteArrayOutputStream()).entwurf());
	}

	/**
	 * A design names nothing BIRT would fetch: a DTD or an external entity refuses the design, a library by URL or
	 * absolute path is not looked for. The URLs lead to a server that counts connections.
	 */
	@Test
	void aHostileDesignReachesNoOtherFileAndNoServer(@TempDir Path scratch) throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(1);
			String url = "http://127.0.0.1:" + server.getLocalPort();
			String kopf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
			String bericht = "<report xmlns=\"http://www.eclipse.org/birt/2005/design\" version=\"3.2.23\">%s<body><label><text-property "
					+ "name=\"text\">%s</text-property></label></body></report>";
			Path dtd = Files.writeString(scratch.resolve("dtd.rptdesign"), kopf + "<!DOCTYPE report SYSTEM \"" + url + "/report.dtd\">"
					+ bericht.formatted("", "DTD"));
			Path entitaet = Files.writeString(scratch.resolve("entitaet.rptdesign"), kopf + "<!DOCTYPE report [<!ENTITY e SYSTEM \""
					+ url + "/e\">]>" + bericht.formatted("", "&e;"));
			Path bibliothek = Files.writeString(scratch.resolve("bibliothek.rptdesign"), kopf + bericht.formatted("<list-property "
					+ "name=\"libraries\"><structure><property name=\"fileName\">" + url + "/fremd.rptlibrary</property><property "
					+ "name=\"namespace\">fremd</property></structure></list-property>", "Bibliothek"));
			Map<String, String> dateien = new HashMap<>();
			StringBuilder titel = new StringBuilder();
			for (Path design : List.of(dtd, entitaet, bibliothek)) {
				String id = design.getFileName().toString().replace(".rptdesign", "");
				dateien.put("berichte/" + design.getFileName(), Files.readString(design));
				titel.append("vorlage.").append(id).append(".titel = Fremd ").append(id).append('\n');
			}
			dateien.put("OSGI-INF/l10n/bundle.properties", titel.toString());
			Bundle buendel = datenbuendel("org.quartierwerk.reports.test.fremd", dateien);
			try {
				buendel.start();
				for (String id : List.of("dtd", "entitaet")) {
					ReportException fehler = assertThrows(ReportException.class, () -> reports.render(id,
							exchange.dstgbBeispiele().subList(0, 1), Berichtsformat.PDF, new ByteArrayOutputStream()));
					assertTrue(fehler.getMessage().endsWith("Sie enthält eine DOCTYPE-Deklaration; aus Sicherheitsgründen wird sie nicht "
							+ "gelesen."), fehler.getMessage());
				}
				try {
					reports.render("bibliothek", exchange.dstgbBeispiele().subList(0, 1), Berichtsformat.PDF, new ByteArrayOutputStream());
				} catch (ReportException e) {
					// a design whose library is missing may fail; what matters is that nothing was fetched
				}
			} finally {
				buendel.uninstall();
			}
			assertThrows(SocketTimeoutException.class, server::accept, "a design made Quartierwerk connect to a server");
		}
	}

	/**
	 * Installs a data bundle that contributes each {@code berichte/*.rptdesign} of {@code dateien} as a template, its title
	 * in the bundle's localization ({@code OSGI-INF/l10n/bundle.properties} among the files).
	 */
	private static Bundle datenbuendel(String name, Map<String, String> dateien) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", name);
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue(ContentRegistry.HEADER, dateien.keySet().stream().filter(d -> d.endsWith(".rptdesign")).sorted()
				.map(d -> d + ";art=vorlage;formate=pdf").collect(Collectors.joining(",")));
		main.putValue("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=" + ContentRegistry.EXTENDER
				+ ")(version>=1.0)(!(version>=2.0)))\"");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			for (Map.Entry<String, String> datei : dateien.entrySet()) {
				jar.putNextEntry(new JarEntry(datei.getKey()));
				jar.write(datei.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		BundleContext context = FrameworkUtil.getBundle(ReportServiceTest.class).getBundleContext();
		return context.installBundle("test:" + name, new ByteArrayInputStream(bytes.toByteArray()));
	}

	/**
	 * Träger, every Kooperationspartner and Stufe (except in the pure financing plan), every source and the totals of the
	 * Finanzierungsplan, as the model has them.
	 */
	private static List<String> erwartet(String vorlage, Praxisbeispiel beispiel) {
		List<String> texte = new ArrayList<>();
		texte.add(beispiel.getTraeger().getName());
		if (!vorlage.equals("finanzierungsplan")) {
			for (Kooperation kooperation : beispiel.getKooperationen()) {
				texte.add(kooperation.getPartner().getName());
			}
			if (!vorlage.equals("wirkungsbericht")) {
				// the Wirkungsbericht's chapters (Social Reporting Standard) have no Beteiligung section
				beispiel.getBeteiligungen().forEach(beteiligung -> texte.add(beteiligung.getStufe().getName()));
			}
		}
		for (Finanzierungsanteil anteil : beispiel.getFinanzierungsplan().getAnteile()) {
			texte.add(anteil.getQuelle().getName());
		}
		Finanzkennzahlen zahlen = Finanzkennzahlen.von(beispiel.getFinanzierungsplan());
		boolean ausgaben = beispiel.getFinanzierungsplan().getAusgaben().stream().anyMatch(a -> a.getBetrag() != null);
		boolean finanzierung = beispiel.getFinanzierungsplan().getAnteile().stream().anyMatch(a -> a.getBetrag() != null);
		// a sum over nothing recorded is no figure
		texte.add(finanzierung ? "Finanzierung gesamt" + euro(zahlen.finanzierung()) : "Finanzierung gesamtnicht angegeben");
		texte.add(ausgaben ? "Ausgaben gesamt" + euro(zahlen.ausgaben()) : "Ausgaben gesamtnicht angegeben");
		return texte;
	}

	private byte[] render(String vorlage, List<Praxisbeispiel> beispiele, Berichtsformat format, String name) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Berichtsergebnis ergebnis = reports.render(vorlage, beispiele, format, out);
		assertTrue(ergebnis.hinweise().stream().noneMatch(h -> h.startsWith("BIRT:")), ergebnis.hinweise()::toString);
		Files.createDirectories(AUSGABE);
		Files.write(AUSGABE.resolve(name + "." + format.endung()), out.toByteArray());
		return out.toByteArray();
	}

	/** The document's text on one line: whitespace collapsed, markup removed. */
	static String text(byte[] dokument, Berichtsformat format) throws IOException {
		String text = switch (format) {
		case PDF -> {
			try (PDDocument pdf = Loader.loadPDF(dokument)) {
				yield new PDFTextStripper().getText(pdf);
			}
		}
		case DOCX -> xmlText(zipEntry(dokument, "word/document.xml"));
		case ODT -> xmlText(zipEntry(dokument, "content.xml"));
		case HTML -> xmlText(new String(dokument, StandardCharsets.UTF_8));
		};
		return text.replaceAll("\\s+", " ");
	}

	private static String zipEntry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " missing in the document");
	}

	private static String xmlText(String xml) {
		return xml.replaceAll("<!\\[CDATA\\[(.*?)]]>", "$1").replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&#39;", "'").replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
	}

	static String euro(BigDecimal betrag) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(betrag) + " €";
	}
}
