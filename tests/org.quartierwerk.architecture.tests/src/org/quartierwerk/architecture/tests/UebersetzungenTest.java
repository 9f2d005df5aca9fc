package org.quartierwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle's texts exist in German and in English with the same keys: the German file is the default
 * ({@code messages.properties}, {@code OSGI-INF/l10n/bundle.properties}, {@code bezeichnungen.properties}), the English one
 * sits beside it with {@code _en}. For each key both texts are filled and name the same placeholders {@code {n}}, so that
 * no text is missing under {@code -nl en} and no argument is lost in either language. Read from the checkout's
 * {@code bundles/} folder, so a new bundle is checked without being named here.
 */
class UebersetzungenTest {

	/** The German files; each needs its English twin (a display-name file only once one exists). */
	private static final Set<String> PFLICHT = Set.of("messages.properties", "bundle.properties");
	private static final String BEZEICHNUNGEN = "bezeichnungen.properties";
	private static final Pattern PLATZHALTER = Pattern.compile("\\{(\\d+)[^}]*\\}");

	@Test
	void everyGermanTextHasItsEnglishTwinWithTheSamePlaceholders() throws IOException {
		Path bundles = root().resolve("bundles");
		List<Path> deutsch;
		try (Stream<Path> dateien = Files.walk(bundles)) {
			deutsch = dateien.filter(UebersetzungenTest::uebersetzbar).sorted().toList();
		}
		assertTrue(deutsch.stream().filter(p -> p.endsWith("messages.properties")).count() >= 7,
				() -> "the messages of core, content, catalog, exchange, model, reports and the command line were found: " + deutsch);

		List<String> fehler = new ArrayList<>();
		int geprueft = 0;
		for (Path datei : deutsch) {
			String name = datei.getFileName().toString();
			Path englisch = datei.resolveSibling(name.replace(".properties", "_en.properties"));
			String wo = bundles.relativize(datei).toString();
			if (!Files.exists(englisch)) {
				if (PFLICHT.contains(name)) {
					fehler.add(wo + ": the English " + englisch.getFileName() + " is missing");
				}
				continue;
			}
			Properties de = lies(datei);
			Properties en = lies(englisch);
			for (String key : new TreeSet<>(de.stringPropertyNames())) {
				if (!en.containsKey(key)) {
					fehler.add(wo + ": " + key + " has no English text");
				} else if (!platzhalter(de.getProperty(key)).equals(platzhalter(en.getProperty(key)))) {
					fehler.add(wo + ": " + key + " names " + platzhalter(de.getProperty(key)) + " in German but "
							+ platzhalter(en.getProperty(key)) + " in English");
				}
				geprueft++;
			}
			for (String key : new TreeSet<>(en.stringPropertyNames())) {
				if (!de.containsKey(key)) {
					fehler.add(wo + ": " + key + " has no German text");
				}
			}
			leer(de, wo, fehler);
			leer(en, bundles.relativize(englisch).toString(), fehler);
		}
		assertEquals(List.of(), fehler, "texts that differ between German and English");
		assertTrue(geprueft > 300, "keys compared: " + geprueft);
	}

	private static boolean uebersetzbar(Path datei) {
		String name = datei.getFileName().toString();
		String pfad = datei.toString().replace('\\', '/');
		if (pfad.contains("/target/") || pfad.contains("/bin/")) {
			return false;
		}
		return name.equals("messages.properties") || name.equals(BEZEICHNUNGEN)
				|| name.equals("bundle.properties") && pfad.endsWith("/OSGI-INF/l10n/bundle.properties");
	}

	private static void leer(Properties texte, String wo, List<String> fehler) {
		for (String key : new TreeSet<>(texte.stringPropertyNames())) {
			if (texte.getProperty(key).isBlank()) {
				fehler.add(wo + ": " + key + " is empty");
			}
		}
	}

	private static Set<String> platzhalter(String text) {
		Set<String> nummern = new TreeSet<>();
		Matcher m = PLATZHALTER.matcher(text);
		while (m.find()) {
			nummern.add("{" + m.group(1) + "}");
		}
		return nummern;
	}

	private static Properties lies(Path datei) throws IOException {
		Properties texte = new Properties();
		try (InputStream in = Files.newInputStream(datei)) {
			texte.load(in);
		}
		return texte;
	}

	private static Path root() {
		String root = System.getProperty("quartierwerk.root");
		assertNotNull(root, "the system property quartierwerk.root (set by the root pom) names the checkout");
		return Path.of(root);
	}
}
