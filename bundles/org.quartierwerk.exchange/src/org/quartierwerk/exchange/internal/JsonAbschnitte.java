package org.quartierwerk.exchange.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The elements of a top-level JSON array, each as a text of its own in which it stands at the same line and column as
 * in the whole file. Format 2.0 writes each Praxisbeispiel of a file as a document of its own, its references relative
 * to itself (docs/austauschformate.md); reading each element alone keeps them so, and a message about an element still
 * names the line and column of the file. Format 1.0 counted the projects of the file in its references
 * ({@code "/3/@organisationen.0"}); an element's references to itself are made relative to it. Reading elements one by
 * one also keeps the JSON library from running without end over an array with a value that does not fit its field.
 */
final class JsonAbschnitte {

	/** One element: its position in the array (from 0) and its text, or null when it is no object. */
	record Abschnitt(int index, byte[] text) {
	}

	/** A reference of format 1.0 into the project at some position: {@code "$ref" : "/3/}, not inside a text. */
	private static final Pattern VERWEIS_10 = Pattern.compile("(?<!\\\\)(\"\\$ref\"\\s*:\\s*\")/(\\d+)/");

	/** The elements of the array {@code inhalt}, which the caller has parsed once already; 1.0 references made relative. */
	static List<Abschnitt> von(byte[] inhalt, boolean format10) throws IOException {
		List<Abschnitt> abschnitte = new ArrayList<>();
		try (JsonParser parser = new JsonFactory().createParser(inhalt)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new IOException("no array");
			}
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				if (token != JsonToken.START_OBJECT) {
					abschnitte.add(new Abschnitt(abschnitte.size(), null));
					parser.skipChildren();
					continue;
				}
				JsonLocation anfang = parser.currentTokenLocation();
				parser.skipChildren();
				long ende = parser.currentLocation().getByteOffset();
				byte[] text = anAlterStelle(inhalt, anfang, (int) ende);
				abschnitte.add(new Abschnitt(abschnitte.size(), format10 ? relativ(text, abschnitte.size()) : text));
			}
		}
		return abschnitte;
	}

	/** The element's references to itself ("/index/…") as references within its own document ("//…"). */
	private static byte[] relativ(byte[] text, int index) {
		Matcher verweis = VERWEIS_10.matcher(new String(text, StandardCharsets.UTF_8));
		StringBuilder ergebnis = new StringBuilder();
		while (verweis.find()) {
			String ziel = Integer.parseInt(verweis.group(2)) == index ? "//" : "/" + verweis.group(2) + "/";
			verweis.appendReplacement(ergebnis, Matcher.quoteReplacement(verweis.group(1) + ziel));
		}
		verweis.appendTail(ergebnis);
		return ergebnis.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The bytes from {@code anfang} to {@code ende}, after as many line breaks and spaces as put them where they were. */
	private static byte[] anAlterStelle(byte[] inhalt, JsonLocation anfang, int ende) {
		byte[] vorlauf = ("\n".repeat(anfang.getLineNr() - 1) + " ".repeat(anfang.getColumnNr() - 1))
				.getBytes(StandardCharsets.US_ASCII);
		int von = (int) anfang.getByteOffset();
		byte[] text = Arrays.copyOf(vorlauf, vorlauf.length + ende - von);
		System.arraycopy(inhalt, von, text, vorlauf.length, ende - von);
		return text;
	}

	private JsonAbschnitte() {
	}
}
