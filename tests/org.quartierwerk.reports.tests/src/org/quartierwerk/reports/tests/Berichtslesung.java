package org.quartierwerk.reports.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.quartierwerk.reports.Berichtsformat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A rendered report read back as a reader sees it: its text as lines in reading order (a table row is one line, its
 * cells joined by " | "), without the page header and footer; for PDF the fonts, for DOCX and ODT the widths of the
 * tables against the page's text area.
 */
record Berichtslesung(List<String> zeilen, Set<String> schriften, List<String> zuBreiteTabellen, int bilder) {

	/** The line that stands for a picture (a chart) where the format shows its place: DOCX, ODT, HTML. */
	static final String BILD = "[Bild]";

	/** Lines of the page header and footer the shared library prints on every page. */
	private static final Pattern SEITENRAND = Pattern.compile("^(Quartierwerk · |ENTWURF – nicht geprüft|Erstellt am ).*");

	/**
	 * @param seitenkopf the text of the page header, whose wrapped lines are left out as well (null for none)
	 */
	static Berichtslesung lies(Berichtsformat format, byte[] inhalt, String seitenkopf) throws Exception {
		Berichtslesung roh = switch (format) {
		case PDF -> pdf(inhalt);
		case DOCX -> docx(inhalt);
		case ODT -> odt(inhalt);
		case HTML -> html(new String(inhalt, StandardCharsets.UTF_8));
		};
		if (seitenkopf == null) {
			return roh;
		}
		String kopf = seitenkopf.replaceAll("\\s+", " ");
		List<String> zeilen = roh.zeilen().stream().filter(z -> !kopf.contains(z)).toList();
		return new Berichtslesung(zeilen, roh.schriften(), roh.zuBreiteTabellen(), roh.bilder());
	}

	private static Berichtslesung pdf(byte[] inhalt) throws IOException {
		List<String> zeilen = new ArrayList<>();
		Set<String> schriften = new TreeSet<>();
		int bilder = 0;
		try (PDDocument dokument = Loader.loadPDF(inhalt)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int seite = 1; seite <= dokument.getNumberOfPages(); seite++) {
				stripper.setStartPage(seite);
				stripper.setEndPage(seite);
				stripper.getText(dokument).lines().forEach(z -> zeile(zeilen, z));
			}
			for (PDPage seite : dokument.getPages()) {
				PDResources ressourcen = seite.getResources();
				for (COSName name : ressourcen.getFontNames()) {
					PDFont schrift = ressourcen.getFont(name);
					schriften.add(schrift.getName() + (schrift.isEmbedded() ? " eingebettet" : " nicht eingebettet"));
				}
				for (COSName name : ressourcen.getXObjectNames()) {
					if (ressourcen.getXObject(name) instanceof PDImageXObject) {
						bilder++;
					}
				}
			}
		}
		return new Berichtslesung(zeilen, schriften, List.of(), bilder);
	}

	private static Berichtslesung docx(byte[] inhalt) throws Exception {
		Document dokument = xml(zipEintraege(inhalt).get("word/document.xml"));
		Element koerper = kind(dokument.getDocumentElement(), "body");
		List<String> zeilen = new ArrayList<>();
		List<String> zuBreit = new ArrayList<>();
		Element abschnitt = null;
		for (Element e : alle(dokument.getDocumentElement(), "sectPr")) {
			abschnitt = e;
		}
		long textbreite = Long.MAX_VALUE;
		if (abschnitt != null) {
			Element groesse = kind(abschnitt, "pgSz");
			Element raender = kind(abschnitt, "pgMar");
			textbreite = zahl(groesse, "w") - zahl(raender, "left") - zahl(raender, "right");
		}
		docxBlock(koerper, zeilen, zuBreit, textbreite);
		return new Berichtslesung(zeilen, Set.of(), zuBreit, (int) zeilen.stream().filter(z -> z.contains(BILD)).count());
	}

	private static void docxBlock(Element block, List<String> zeilen, List<String> zuBreit, long textbreite) {
		for (Element e : kinder(block)) {
			switch (e.getLocalName()) {
			case "p" -> zeile(zeilen, absatz(e));
			case "tbl" -> {
				long breite = docxTabellenbreite(e);
				if (breite > textbreite + 15) {
					zuBreit.add(String.format("%.1f cm breit bei %.1f cm Textbreite", breite / 567.0, textbreite / 567.0));
				}
				for (Element reihe : kinderNamens(e, "tr")) {
					List<String> zellen = new ArrayList<>();
					for (Element zelle : kinderNamens(reihe, "tc")) {
						zellen.add(String.join(" ", alle(zelle, "p").stream().map(Berichtslesung::absatz).toList()));
					}
					zeile(zeilen, String.join(" | ", zellen));
				}
			}
			case "sdt", "customXml" -> docxBlock(e, zeilen, zuBreit, textbreite);
			default -> {
				// properties of the section and the like carry no text
			}
			}
		}
	}

	/** The width a table asks for in twips: its tblW if absolute, else the sum of its grid. */
	private static long docxTabellenbreite(Element tabelle) {
		long raster = 0;
		Element grid = kind(tabelle, "tblGrid");
		if (grid != null) {
			for (Element spalte : kinderNamens(grid, "gridCol")) {
				raster += zahl(spalte, "w");
			}
		}
		long angegeben = 0;
		Element eigenschaften = kind(tabelle, "tblPr");
		Element breite = eigenschaften == null ? null : kind(eigenschaften, "tblW");
		if (breite != null && "dxa".equals(attribut(breite, "type"))) {
			angegeben = zahl(breite, "w");
		}
		return Math.max(raster, angegeben);
	}

	private static Berichtslesung odt(byte[] inhalt) throws Exception {
		Map<String, byte[]> eintraege = zipEintraege(inhalt);
		Document inhaltXml = xml(eintraege.get("content.xml"));
		Document stile = xml(eintraege.get("styles.xml"));
		double textbreite = Double.MAX_VALUE;
		for (Element seite : alle(stile.getDocumentElement(), "page-layout-properties")) {
			double breite = laenge(attribut(seite, "page-width")) - laenge(attribut(seite, "margin-left"))
					- laenge(attribut(seite, "margin-right"));
			if (breite > 0) {
				textbreite = Math.min(textbreite, breite);
			}
		}
		Map<String, Double> tabellenstile = new HashMap<>();
		Map<String, Double> spaltenstile = new HashMap<>();
		for (Element stil : alle(inhaltXml.getDocumentElement(), "style")) {
			Element tabelle = kind(stil, "table-properties");
			if (tabelle != null && !attribut(tabelle, "width").isEmpty()) {
				tabellenstile.put(attribut(stil, "name"), laenge(attribut(tabelle, "width")));
			}
			Element spalte = kind(stil, "table-column-properties");
			if (spalte != null && !attribut(spalte, "column-width").isEmpty()) {
				spaltenstile.put(attribut(stil, "name"), laenge(attribut(spalte, "column-width")));
			}
		}
		List<String> zeilen = new ArrayList<>();
		List<String> zuBreit = new ArrayList<>();
		Element text = null;
		for (Element e : alle(inhaltXml.getDocumentElement(), "text")) {
			if ("office".equals(e.getPrefix())) {
				text = e;
			}
		}
		odtBlock(text, zeilen, zuBreit, textbreite, tabellenstile, spaltenstile);
		return new Berichtslesung(zeilen, Set.of(), zuBreit, (int) zeilen.stream().filter(z -> z.contains(BILD)).count());
	}

	private static void odtBlock(Element block, List<String> zeilen, List<String> zuBreit, double textbreite,
			Map<String, Double> tabellenstile, Map<String, Double> spaltenstile) {
		if (block == null) {
			return;
		}
		for (Element e : kinder(block)) {
			switch (e.getLocalName()) {
			case "p", "h" -> zeile(zeilen, e.getTextContent() + (alle(e, "frame").isEmpty() ? "" : " " + BILD));
			case "table" -> {
				double spalten = 0;
				for (Element spalte : kinderNamens(e, "table-column")) {
					int wiederholt = attribut(spalte, "number-columns-repeated").isEmpty() ? 1
							: Integer.parseInt(attribut(spalte, "number-columns-repeated"));
					spalten += wiederholt * spaltenstile.getOrDefault(attribut(spalte, "style-name"), 0.0);
				}
				double breite = Math.max(spalten, tabellenstile.getOrDefault(attribut(e, "style-name"), 0.0));
				if (breite > textbreite + 0.5) {
					zuBreit.add(String.format("%.1f cm breit bei %.1f cm Textbreite", breite / 10, textbreite / 10));
				}
				for (Element reihe : alle(e, "table-row")) {
					if (reihe.getParentNode() == e || ((Element) reihe.getParentNode()).getParentNode() == e) {
						List<String> zellen = new ArrayList<>();
						for (Element zelle : kinderNamens(reihe, "table-cell")) {
							zellen.add(zelle.getTextContent() + (alle(zelle, "frame").isEmpty() ? "" : " " + BILD));
						}
						zeile(zeilen, String.join(" | ", zellen));
					}
				}
			}
			case "section", "list", "list-item" -> odtBlock(e, zeilen, zuBreit, textbreite, tabellenstile, spaltenstile);
			default -> {
				// declarations carry no text
			}
			}
		}
	}

	private static Berichtslesung html(String html) {
		String koerper = html.replaceAll("(?is)<head.*?</head>", "").replaceAll("(?is)<(style|script)[^>]*>.*?</\\1>", "")
				.replaceAll("(?i)<(img|embed|object|svg)\\b[^>]*>", "\n" + BILD + "\n");
		koerper = koerper.replaceAll("(?i)</?(tr|p|div|br|h\\d|table|li)\\b[^>]*>", "\n").replaceAll("(?i)</t[dh]>", " | ")
				.replaceAll("<[^>]*>", "");
		List<String> zeilen = new ArrayList<>();
		for (String z : koerper.split("\n")) {
			String zeile = entities(z).strip();
			while (zeile.endsWith("|")) {
				zeile = zeile.substring(0, zeile.length() - 1).strip();
			}
			zeile(zeilen, zeile);
		}
		return new Berichtslesung(zeilen, Set.of(), List.of(), (int) zeilen.stream().filter(z -> z.contains(BILD)).count());
	}

	private static String entities(String text) {
		Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|nbsp|apos);").matcher(text);
		StringBuilder aus = new StringBuilder();
		while (m.find()) {
			String e = m.group(1);
			String ersatz = switch (e) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
					: Integer.parseInt(e.substring(1))));
			};
			m.appendReplacement(aus, Matcher.quoteReplacement(ersatz));
		}
		m.appendTail(aus);
		return aus.toString();
	}

	/** Adds a line with its blanks normalised; blank lines, lines of only cell separators and the page frame are left out. */
	private static void zeile(List<String> zeilen, String roh) {
		String zeile = roh.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
		if (zeile.replace("|", "").isBlank() || SEITENRAND.matcher(zeile).matches() || zeile.matches("Seite \\d+ von \\d+")) {
			return;
		}
		zeilen.add(zeile.replaceAll("( \\| )+$", ""));
	}

	/** A length of ODF in millimetres. */
	static double laenge(String wert) {
		Matcher m = Pattern.compile("(-?[0-9.]+)\\s*(mm|cm|in|pt|pc|px)?").matcher(wert.strip());
		if (!m.matches()) {
			return 0;
		}
		double zahl = Double.parseDouble(m.group(1));
		String einheit = m.group(2) == null ? "mm" : m.group(2);
		return switch (einheit) {
		case "cm" -> zahl * 10;
		case "in" -> zahl * 25.4;
		case "pt" -> zahl * 25.4 / 72;
		case "pc" -> zahl * 25.4 / 6;
		case "px" -> zahl * 25.4 / 96;
		default -> zahl;
		};
	}

	private static Map<String, byte[]> zipEintraege(byte[] inhalt) throws IOException {
		Map<String, byte[]> eintraege = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(inhalt))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				eintraege.put(e.getName(), zip.readAllBytes());
			}
		}
		return eintraege;
	}

	static Document xml(byte[] inhalt) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(inhalt));
	}

	static List<Element> kinder(Element e) {
		List<Element> kinder = new ArrayList<>();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element k) {
				kinder.add(k);
			}
		}
		return kinder;
	}

	static List<Element> kinderNamens(Element e, String name) {
		return kinder(e).stream().filter(k -> name.equals(k.getLocalName())).toList();
	}

	static Element kind(Element e, String name) {
		return kinderNamens(e, name).stream().findFirst().orElse(null);
	}

	static List<Element> alle(Element e, String name) {
		List<Element> alle = new ArrayList<>();
		var liste = e.getElementsByTagNameNS("*", name);
		for (int i = 0; i < liste.getLength(); i++) {
			alle.add((Element) liste.item(i));
		}
		return alle;
	}

	/** The text of a DOCX paragraph: its runs' texts, a run break as a blank. */
	private static String absatz(Element absatz) {
		StringBuilder text = new StringBuilder();
		for (Element t : alle(absatz, "*")) {
			switch (t.getLocalName()) {
			case "t" -> text.append(t.getTextContent());
			case "drawing", "pict" -> text.append(' ').append(BILD).append(' ');
			case "br", "tab" -> text.append(' ');
			default -> {
				// run properties carry no text
			}
			}
		}
		return text.toString();
	}

	/** An attribute by its local name, whatever its namespace; empty if absent. */
	static String attribut(Element e, String name) {
		var attribute = e.getAttributes();
		for (int i = 0; i < attribute.getLength(); i++) {
			Node a = attribute.item(i);
			if (name.equals(a.getLocalName()) || name.equals(a.getNodeName())) {
				return a.getNodeValue();
			}
		}
		return "";
	}

	private static long zahl(Element e, String attribut) {
		String wert = e == null ? "" : attribut(e, attribut);
		return wert.isEmpty() ? 0 : Math.round(Double.parseDouble(wert));
	}
}
