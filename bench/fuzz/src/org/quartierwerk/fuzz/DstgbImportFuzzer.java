package org.quartierwerk.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The import of DStGB JSON (the format of the DStGB-Dokumentation Nr. 150 examples, recognised by objects with
 * {@code titel} and {@code herausforderung}) through the same entry points and properties as {@link JsonImportFuzzer}
 * ({@link ImportTarget}), with inputs that stay in this format, so the fuzzer works on {@code DstgbFormat}'s mapping
 * rather than on JSON syntax.
 * <p>
 * Each input is one to three of the 13 shipped examples with fields replaced: texts built from pieces that the
 * mapping looks for (dates, "Einwohner", "Prozent", "bis", "seit", Herausforderung numbers, legal forms, funders),
 * arbitrary characters (control characters, lone surrogates), long repetitions, numbers of every kind (huge, tiny,
 * NaN, infinite, with long exponents), nulls, booleans, arrays and objects where texts are expected, and removed
 * fields. The document is written with Jackson and imported as a file and as standard input.
 */
public final class DstgbImportFuzzer {

	private static final ImportTarget IMPORT = new ImportTarget("DstgbImport");
	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final List<ObjectNode> BEISPIELE = new ArrayList<>();

	private static final String[] FELDER = { "titel", "herausforderung", "unterthema", "bundesland", "quartiersgroesse", "laufzeit",
			"traeger", "adresse", "website", "kooperationspartner", "personal_quartiersmanagement", "ziele", "arbeitsschritte",
			"wirkungserfolge", "besonderheit", "partizipationsstufe_hinweise", "finanzierung", "quelle", "finanzierungsquellen" };

	private static final String[] QUELLENFELDER = { "geber", "art", "anteil_prozent", "betrag_eur" };

	private static final String[] BAUSTEINE = { " ", "  ", "\n", "\t", "\r\n", ",", ", ", ".", ". ", "(", ")", "-", "/", " bis ",
			"bis", "seit ", "Seit ", "(vorerst)", "vorerst", " Einwohner", " Einwohnern", "rund ", "circa ", " Prozent", "-Prozent",
			" Prozent-Stelle", "je ", "ehrenamtlich", "4.", "4.1 ", "4.2", "4.5", "4.6", "4.0", "Januar", "Februar", "März",
			"April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "1. ", "0. ", "31. ",
			"29. ", "99. ", "1899", "1900", "2018", "2099", "0", "1", "2", "00", "31", "99", "100", "2 500", "50 000", "12345 ",
			"1 234 567 890 123", "99999999999", "50,5", "e. V.", "e.V.", "eG", "gGmbH", "GmbH", "AG", "Stiftung", "Stadt ",
			"Gemeinde ", "Markt ", "Landkreis ", "Kreis ", "Träger", "Aktion Mensch", "Spende", "SGB", "EU", "LEADER",
			"Bundesministerium", "Land ", "Landes", "Sponsoring", "Crowdfunding", "Preisgeld", "Eigenmittel", "Pflegekasse",
			"(fachliche Beratung)", "(Träger)", "Baden-Württemberg", "Bayern", "Niedersachsen", "Nordrhein-Westfalen",
			"Kooperation und Vernetzung stärken", "Partizipation ermöglichen", "Quartier", "Dorf", "Region", "Standorte",
			"Hauptstraße 1, 12345 Ort", "www.example.invalid", "\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001f",
			"\u007f", "\u0085", "\u00a0", "\u2028", "\ud800", "\udc00", "\ud83d\ude00", "\ufffe", "\uffff", "€", "„", "“",
			"–", "…", "ä", "Ö", "ß", "\\", "..", ".", "&", "<", ">", "]]>", "\"", "'", "$ref", "eClass", "#//@x",
			"http://127.0.0.1:9/x", "file:" + Guard.SENTINEL.resolve("geheim.xmi"), "../../sentinel/geheim.xmi" };

	static {
		try (InputStream in = DstgbImportFuzzer.class.getClassLoader().getResourceAsStream("beispiele/dstgb150-praxisbeispiele.json")) {
			if (in == null) {
				throw new IllegalStateException("the DStGB examples are not on the class path (org.quartierwerk.exchange)");
			}
			for (JsonNode beispiel : MAPPER.readTree(in)) {
				BEISPIELE.add((ObjectNode) beispiel);
			}
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
		ArrayNode dokument = NODES.arrayNode();
		int anzahl = data.consumeInt(1, 3);
		for (int i = 0; i < anzahl; i++) {
			ObjectNode beispiel = BEISPIELE.get(data.consumeInt(0, BEISPIELE.size() - 1)).deepCopy();
			int aenderungen = data.consumeInt(0, 6);
			for (int j = 0; j < aenderungen; j++) {
				String feld = data.pickValue(FELDER);
				switch (data.consumeInt(0, 9)) {
				case 0, 1, 2, 3 -> beispiel.put(feld, text(data));
				case 4 -> beispiel.set(feld, zahl(data));
				case 5 -> beispiel.set(feld, sonstiges(data));
				case 6 -> beispiel.remove(feld);
				case 7 -> beispiel.set("kooperationspartner", partner(data));
				case 8 -> beispiel.set("finanzierungsquellen", quellen(data));
				default -> beispiel.put(feld, lang(data));
				}
			}
			dokument.add(beispiel);
		}
		IMPORT.run(MAPPER.writeValueAsBytes(dokument));
	}

	private static String text(FuzzedDataProvider data) {
		StringBuilder text = new StringBuilder();
		int teile = data.consumeInt(0, 10);
		for (int i = 0; i < teile; i++) {
			switch (data.consumeInt(0, 3)) {
			case 0 -> text.append(data.consumeString(12));
			case 1 -> text.append(data.consumeLong());
			default -> text.append(data.pickValue(BAUSTEINE));
			}
		}
		return text.toString();
	}

	/** A piece repeated up to 20 000 times: for the regular expressions' running time on long texts. */
	private static String lang(FuzzedDataProvider data) {
		String teil = data.consumeBoolean() ? data.pickValue(BAUSTEINE) : data.consumeString(4);
		return text(data) + teil.repeat(data.consumeInt(1, 20_000)) + text(data);
	}

	private static JsonNode zahl(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 4)) {
		case 0 -> NODES.numberNode(data.consumeInt());
		case 1 -> NODES.numberNode(data.consumeLong());
		case 2 -> NODES.numberNode(data.consumeDouble());
		case 3 -> NODES.numberNode(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-100_000, 100_000)));
		default -> NODES.numberNode(new BigDecimal(new BigInteger(1, data.consumeBytes(40)), data.consumeInt(-400, 400)));
		};
	}

	private static JsonNode sonstiges(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 5)) {
		case 0 -> NODES.nullNode();
		case 1 -> NODES.booleanNode(data.consumeBoolean());
		case 2 -> NODES.textNode("");
		case 3 -> NODES.arrayNode().add(text(data)).add(zahl(data));
		case 4 -> NODES.objectNode().put("$ref", data.pickValue(BAUSTEINE)).put("eClass", text(data));
		default -> NODES.textNode(data.consumeString(200));
		};
	}

	private static JsonNode partner(FuzzedDataProvider data) {
		ArrayNode partner = NODES.arrayNode();
		int anzahl = data.consumeInt(0, 5);
		for (int i = 0; i < anzahl; i++) {
			switch (data.consumeInt(0, 4)) {
			case 0 -> partner.add(zahl(data));
			case 1 -> partner.add(sonstiges(data));
			default -> partner.add(text(data));
			}
		}
		return partner;
	}

	private static JsonNode quellen(FuzzedDataProvider data) {
		ArrayNode quellen = NODES.arrayNode();
		int anzahl = data.consumeInt(0, 4);
		for (int i = 0; i < anzahl; i++) {
			ObjectNode quelle = NODES.objectNode();
			for (String feld : QUELLENFELDER) {
				switch (data.consumeInt(0, 4)) {
				case 0 -> quelle.set(feld, zahl(data));
				case 1 -> quelle.set(feld, sonstiges(data));
				case 2 -> {
					// left out
				}
				default -> quelle.put(feld, text(data));
				}
			}
			quellen.add(data.consumeInt(0, 9) == 0 ? sonstiges(data) : quelle);
		}
		return quellen;
	}

	private DstgbImportFuzzer() {
	}
}
