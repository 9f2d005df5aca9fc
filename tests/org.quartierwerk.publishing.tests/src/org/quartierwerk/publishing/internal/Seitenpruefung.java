package org.quartierwerk.publishing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What every page of a published web site must be, checked from the file alone: well-formed (read by an XML parser),
 * German, one h1 and no skipped heading level, the landmarks, a label for every form field, a text alternative for
 * every image and chart, and links and resources only within the site.
 */
final class Seitenpruefung {

	private static final Pattern VERWEIS = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"|url\\(\\s*['\"]?([^'\")]*)");

	static Document lies(Path seite) throws Exception {
		DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
		fabrik.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		fabrik.setExpandEntityReferences(false);
		DocumentBuilder leser = fabrik.newDocumentBuilder();
		leser.setErrorHandler(null);
		return leser.parse(new ByteArrayInputStream(Files.readAllBytes(seite)));
	}

	static void pruefe(Path site, Path seite) throws Exception {
		String name = site.relativize(seite).toString();
		Document dok = lies(seite);
		Element html = dok.getDocumentElement();
		assertEquals("html", html.getTagName(), name);
		assertEquals("de", html.getAttribute("lang"), name);
		assertEquals(1, dok.getElementsByTagName("h1").getLength(), name + ": one h1");
		for (String landmarke : List.of("header", "nav", "main", "footer")) {
			assertEquals(1, dok.getElementsByTagName(landmarke).getLength(), name + ": " + landmarke);
		}
		int ebene = 0;
		for (Element e : alle(dok)) {
			if (e.getTagName().matches("h[1-6]")) {
				int neu = e.getTagName().charAt(1) - '0';
				assertTrue(neu <= ebene + 1, name + ": h" + neu + " after h" + ebene + " (" + e.getTextContent() + ")");
				ebene = neu;
			}
		}
		for (Element input : liste(dok.getElementsByTagName("input"))) {
			String id = input.getAttribute("id");
			assertFalse(id.isEmpty(), name + ": input without id");
			assertTrue(alle(dok).stream().anyMatch(l -> l.getTagName().equals("label") && l.getAttribute("for").equals(id)),
					name + ": no label for " + id);
		}
		for (Element img : liste(dok.getElementsByTagName("img"))) {
			assertTrue(img.hasAttribute("alt"), name + ": img without alt");
		}
		for (Element svg : liste(dok.getElementsByTagName("svg"))) {
			assertEquals("img", svg.getAttribute("role"), name);
			NodeList titel = svg.getElementsByTagName("title");
			NodeList beschreibung = svg.getElementsByTagName("desc");
			assertTrue(titel.getLength() == 1 && !titel.item(0).getTextContent().isBlank(), name + ": svg without title");
			assertTrue(beschreibung.getLength() == 1 && !beschreibung.item(0).getTextContent().isBlank(), name + ": svg without desc");
			for (String id : svg.getAttribute("aria-labelledby").split(" ")) {
				assertTrue(alle(dok).stream().anyMatch(e -> e.getAttribute("id").equals(id)), name + ": aria-labelledby " + id);
			}
		}
	}

	/** Every src, href and CSS url() of a file: none leaves the site, each names a file of it (or an anchor). */
	static List<String> verweise(Path site, Path datei) throws Exception {
		List<String> verweise = new ArrayList<>();
		Matcher m = VERWEIS.matcher(Files.readString(datei));
		while (m.find()) {
			String ziel = m.group(1) != null ? m.group(1) : m.group(2);
			verweise.add(ziel);
			String name = site.relativize(datei) + ": " + ziel;
			assertFalse(ziel.matches("(?i)^\\s*([a-z][a-z0-9+.-]*:|//).*"), name + " leaves the site");
			if (!ziel.startsWith("#")) {
				Path aufgeloest = datei.getParent().resolve(ziel.replaceFirst("#.*", "")).normalize();
				assertTrue(aufgeloest.startsWith(site) && Files.isRegularFile(aufgeloest), name + " is no file of the site");
			}
		}
		return verweise;
	}

	private static List<Element> alle(Document dok) {
		return liste(dok.getElementsByTagName("*"));
	}

	private static List<Element> liste(NodeList knoten) {
		List<Element> elemente = new ArrayList<>();
		for (int i = 0; i < knoten.getLength(); i++) {
			elemente.add((Element) knoten.item(i));
		}
		return elemente;
	}

	private Seitenpruefung() {
	}
}
