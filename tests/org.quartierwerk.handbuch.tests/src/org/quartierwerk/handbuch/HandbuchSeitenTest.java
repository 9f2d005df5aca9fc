package org.quartierwerk.handbuch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.core.WriteException;

/**
 * The handbook as it is written, in OSGi from the bundle's resources: every page gets head, search field, chapter
 * navigation and heading from the one list of chapters; every link and anchor exists; the search index covers every
 * chapter and section; nothing is loaded from outside; every source page is a chapter.
 */
class HandbuchSeitenTest {

	private static final Pattern H2 = Pattern.compile("<h2 id=\"([^\"]+)\">");
	private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

	@TempDir
	Path ordner;

	@Test
	void everyPageGetsHeadSearchNavigationAndHeadingFromTheOneListOfChapters() throws IOException {
		Path startseite = Handbuch.schreiben(ordner);
		assertEquals(ordner.resolve("index.html"), startseite);
		for (Kapitel kapitel : seiten()) {
			String seite = lies(kapitel.datei());
			assertTrue(seite.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"), kapitel.datei());
			assertTrue(seite.contains("<title>" + kapitel.titel() + " – Quartierwerk-Handbuch</title>"), kapitel.datei());
			assertEquals(1, anzahl(seite, "<h1>"), kapitel.datei());
			assertTrue(seite.contains("<h1>" + (kapitel.datei().equals("index.html") ? "Quartierwerk-Handbuch" : kapitel.titel()) + "</h1>"),
					kapitel.datei());
			assertTrue(seite.contains("<form role=\"search\" action=\"suche.html\">") && seite.contains("<label for=\"suchfeld\">"),
					"the search field on " + kapitel.datei());
			for (Kapitel anderes : Handbuch.KAPITEL) {
				String eintrag = "<li><a href=\"" + anderes.datei() + "\"" + (anderes.equals(kapitel) ? " aria-current=\"page\"" : "") + ">"
						+ anderes.titel() + "</a></li>";
				assertTrue(seite.contains(eintrag), kapitel.datei() + " lists " + eintrag);
			}
			assertEquals(kapitel.equals(Handbuch.SUCHE) ? 0 : 1, anzahl(seite, "aria-current=\"page\""), kapitel.datei());
			Set<String> ids = new TreeSet<>();
			Matcher m = ID.matcher(seite);
			while (m.find()) {
				assertTrue(ids.add(m.group(1)), "the id " + m.group(1) + " once on " + kapitel.datei());
			}
			assertFalse(seite.matches("(?s).*<h2>.*"), "every section heading has an id (F1 and the search link to it): " + kapitel.datei());
			Matcher bild = Pattern.compile("<img[^>]*>").matcher(seite);
			while (bild.find()) {
				assertTrue(bild.group().matches("(?s).*alt=\"[^\"]{3,}\".*"), "a German alt text: " + bild.group());
			}
		}
		for (Kapitel kapitel : Handbuch.KAPITEL.subList(1, Handbuch.KAPITEL.size())) {
			assertTrue(lies("index.html").contains("<a href=\"" + kapitel.datei() + "\">" + kapitel.titel() + "</a> – " + kapitel.inhalt()),
					"the start page's list names " + kapitel.datei());
		}
		try (Stream<Path> dateien = Files.list(ordner)) {
			assertEquals(List.of(), dateien.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
					"no temporary file stays behind");
		}
	}

	@Test
	void everyLinkAndAnchorExistsAndNothingComesFromOutside() throws IOException {
		Handbuch.schreiben(ordner);
		List<String> fehler = new ArrayList<>();
		for (Kapitel kapitel : seiten()) {
			Matcher m = LINK.matcher(lies(kapitel.datei()));
			while (m.find()) {
				String ziel = m.group(1);
				if (ziel.contains("//") || ziel.startsWith("data:") || ziel.startsWith("javascript:")) {
					fehler.add(kapitel.datei() + ": from outside: " + ziel);
					continue;
				}
				String[] teile = ziel.split("#", 2);
				String datei = teile[0].isEmpty() ? kapitel.datei() : teile[0];
				if (!Files.isRegularFile(ordner.resolve(datei))) {
					fehler.add(kapitel.datei() + ": no file " + datei);
				} else if (teile.length == 2 && !lies(datei).contains(" id=\"" + teile[1] + "\"")) {
					fehler.add(kapitel.datei() + ": no anchor " + ziel);
				}
			}
		}
		assertEquals(List.of(), fehler);
		try (Stream<Path> bilder = Files.list(ordner.resolve("bilder"))) {
			assertTrue(bilder.count() >= 2, "the screenshots are written beside the pages");
		}
	}

	@Test
	void theSearchIndexCoversEveryChapterAndEverySection() throws IOException {
		Handbuch.schreiben(ordner);
		String index = lies(Handbuch.SUCHINDEX);
		assertTrue(index.contains("var HANDBUCH_SUCHINDEX = ["), index.lines().limit(3).toList().toString());
		List<String> fehlt = new ArrayList<>();
		int abschnitte = 0;
		for (Kapitel kapitel : Handbuch.KAPITEL) {
			if (!index.contains("{\"seite\": \"" + kapitel.datei() + "\"")) {
				fehlt.add(kapitel.datei());
			}
			Matcher m = H2.matcher(lies(kapitel.datei()));
			while (m.find()) {
				abschnitte++;
				if (!index.contains("{\"seite\": \"" + kapitel.datei() + "\", \"anker\": \"" + m.group(1) + "\"")) {
					fehlt.add(kapitel.datei() + "#" + m.group(1));
				}
			}
		}
		assertEquals(List.of(), fehlt, "chapters and sections the search does not find");
		assertTrue(abschnitte > 40, "sections: " + abschnitte);
		assertTrue(index.contains("Förderquote"), "the text is in the index, umlauts as they are");
		assertFalse(index.contains("<strong>"), "text, no tags");
		assertTrue(lies("suche.html").contains("<ol id=\"treffer\">"), "the search page has its list of hits");
		assertTrue(Files.isRegularFile(ordner.resolve("suche.js")));
	}

	@Test
	void everySourcePageIsAChapterOrTheSearch() {
		Set<String> quellen = new TreeSet<>();
		for (URL eintrag : Collections.list(FrameworkUtil.getBundle(Handbuch.class).findEntries("handbuch", "*.html", false))) {
			quellen.add(eintrag.getPath().substring(eintrag.getPath().lastIndexOf('/') + 1));
		}
		Set<String> kapitel = new TreeSet<>();
		seiten().forEach(k -> kapitel.add(k.datei()));
		assertEquals(kapitel, quellen, "a page in handbuch/ needs its entry in Handbuch.KAPITEL, and every entry its page");
	}

	@Test
	void theSectionsOfTheCommandLineChapterAreTheCommandsAsText() throws IOException {
		Kapitel befehlszeile = Handbuch.kapitel(Handbuch.BEFEHLSZEILE).orElseThrow();
		List<Abschnitt> abschnitte = Handbuch.abschnitte(befehlszeile);
		assertEquals("", abschnitte.get(0).anker(), "the introduction first");
		Abschnitt bericht = abschnitte.stream().filter(a -> a.anker().equals("bericht")).findFirst().orElseThrow();
		assertEquals("bericht – Berichte und Förderanträge erstellen", bericht.titel());
		assertEquals("befehlszeile.html#bericht", bericht.adresse());
		assertTrue(bericht.text().contains("./quartierwerk bericht --vorlagen\n"), bericht.text());
		assertFalse(bericht.text().contains("<"), bericht.text());
	}

	@Test
	void aFolderThatCannotBeMadeIsAGermanMessageNamingIt() throws IOException {
		Path datei = Files.writeString(ordner.resolve("belegt"), "keine Mappe");
		WriteException e = org.junit.jupiter.api.Assertions.assertThrows(WriteException.class, () -> Handbuch.schreiben(datei.resolve("handbuch")));
		assertTrue(e.getMessage().contains(datei.toString()), e.getMessage());
	}

	private static List<Kapitel> seiten() {
		List<Kapitel> seiten = new ArrayList<>(Handbuch.KAPITEL);
		seiten.add(Handbuch.SUCHE);
		return seiten;
	}

	private String lies(String datei) throws IOException {
		return Files.readString(ordner.resolve(datei), StandardCharsets.UTF_8);
	}

	private static int anzahl(String text, String teil) {
		return text.split(Pattern.quote(teil), -1).length - 1;
	}
}
