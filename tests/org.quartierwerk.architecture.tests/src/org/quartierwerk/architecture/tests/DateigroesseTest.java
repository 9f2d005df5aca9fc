package org.quartierwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No hand-written class is longer than {@value #GRENZE} lines without a reason: a Java file under
 * {@code bundles/*}{@code /src} (generated code lives in {@code src-gen} and is not counted) over that size needs a
 * paragraph in the Javadoc of its top-level type that starts with {@code Größe:} and says why it stays whole.
 */
class DateigroesseTest {

	static final int GRENZE = 300;

	private static final Pattern TYP = Pattern.compile("^(?:public |final |abstract |sealed |non-sealed )*(?:class|interface|enum|record|@interface) ",
			Pattern.MULTILINE);
	private static final Pattern BEGRUENDUNG = Pattern.compile("(?:^|<p>|\\n\\s*\\n)\\s*Größe:\\s*(\\S.{20,})", Pattern.DOTALL);

	@Test
	void everyHandWrittenFileOverTheLimitSaysWhyInItsHeader() throws IOException {
		Path bundles = Quelltexte.wurzel().resolve("bundles");
		List<Path> quellen = new ArrayList<>();
		try (Stream<Path> ordner = Files.list(bundles)) {
			ordner.map(b -> b.resolve("src")).filter(Files::isDirectory).forEach(quellen::add);
		}
		List<Path> dateien = new ArrayList<>();
		for (Path quelle : quellen) {
			try (Stream<Path> alle = Files.walk(quelle)) {
				alle.filter(p -> p.toString().endsWith(".java")).forEach(dateien::add);
			}
		}
		assertTrue(quellen.size() >= 8 && dateien.size() > 100, () -> "source folders under " + bundles + ": " + quellen);
		List<String> ohneGrund = new ArrayList<>();
		for (Path datei : dateien) {
			List<String> zeilen = Files.readAllLines(datei, StandardCharsets.UTF_8);
			if (zeilen.size() > GRENZE && begruendung(String.join("\n", zeilen)) == null) {
				ohneGrund.add(bundles.relativize(datei) + " (" + zeilen.size() + " Zeilen)");
			}
		}
		assertEquals(List.of(), ohneGrund, "Dateien über " + GRENZE + " Zeilen ohne Absatz „Größe:“ im Javadoc ihres Typs");
	}

	@Test
	void theReasonIsAParagraphOfTheTypesJavadoc() {
		String mitGrund = """
				package a;

				/**
				 * The rules.
				 * <p>
				 * Größe: one table of all rules, so that each rule is found in one place.
				 */
				public final class Regeln {
				}
				""";
		assertEquals("one table of all rules, so that each rule is found in one place.", begruendung(mitGrund));
		assertEquals(null, begruendung(mitGrund.replace("Größe:", "Groesse:")));
		assertEquals(null, begruendung(mitGrund.replace("one table of all rules, so that each rule is found in one place.", "lang")),
				"a reason, not a word");
		String nurImFeld = """
				package a;

				/** The rules. */
				public final class Regeln {
					/** Größe: one table of all rules, so that each rule is found in one place. */
					int x;
				}
				""";
		assertEquals(null, begruendung(nurImFeld));
		assertFalse(TYP.matcher("	class Innen {").find(), "only the top-level type");
	}

	/** The reason given in the Javadoc right before the file's top-level type, or null. */
	static String begruendung(String quelltext) {
		Matcher typ = TYP.matcher(quelltext);
		if (!typ.find()) {
			return null;
		}
		String davor = quelltext.substring(0, typ.start());
		int ende = davor.lastIndexOf("*/");
		int anfang = davor.lastIndexOf("/**");
		if (ende < 0 || anfang < 0 || ende < anfang || !davor.substring(ende + 2).strip().replaceAll("@\\w+(\\([^)]*\\))?", "").isBlank()) {
			return null;
		}
		String javadoc = davor.substring(anfang + 3, ende).replaceAll("(?m)^\\s*\\* ?", "");
		Matcher grund = BEGRUENDUNG.matcher(javadoc);
		return grund.find() ? grund.group(1).strip() : null;
	}
}
