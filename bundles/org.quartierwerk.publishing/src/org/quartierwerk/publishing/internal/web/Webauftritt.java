package org.quartierwerk.publishing.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.analyse.GoodPractice;
import org.quartierwerk.reports.Berichtsdaten;

/**
 * The static web site of anonymised projects (docs/veroeffentlichen.md): {@code index.html} with facet filters and
 * full-text search, {@code sammlung.html} with the collection's counts and profile, one page per project under
 * {@code projekte/}, the style sheet, the search script and its data file – all relative links, no resource from
 * elsewhere, so it works from the file system and on any static host. Pages are numbered, not named after the
 * workspace's file names, which the anonymisation does not see.
 */
public final class Webauftritt {

	/** The file that marks a folder as a Quartierwerk site, so a later run may replace it. */
	public static final String KENNZEICHEN = ".quartierwerk-website";

	private Webauftritt() {
	}

	/**
	 * The site's files by their path relative to the site's folder ("/" separated), in writing order.
	 *
	 * @param kopien  the anonymised copies, in order
	 * @param modelle ids of the installed participation models (validation, as in reports)
	 * @param modell  the model of the collection's profile, as in the Sammlungsbericht; null for none
	 */
	public static SequencedMap<String, byte[]> dateien(List<Praxisbeispiel> kopien, Collection<String> modelle, Partizipationsmodell modell) {
		SequencedMap<String, byte[]> dateien = new LinkedHashMap<>();
		List<Eintrag> eintraege = new ArrayList<>();
		for (int i = 0; i < kopien.size(); i++) {
			Praxisbeispiel kopie = kopien.get(i);
			Berichtsdaten daten = new Berichtsdaten(List.of(kopie), modelle, modell);
			Projektseite seite = new Projektseite(daten, kopie);
			String titel = Html.angabe(daten.tabelle("stammdaten").get(0).get("titel"));
			String pfad = String.format("projekte/praxisbeispiel-%02d.html", i + 1);
			dateien.put(pfad, utf8(seite.html(titel)));
			eintraege.add(eintrag(pfad, titel, daten, kopie, seite));
		}
		dateien.put("index.html", utf8(Startseite.html(eintraege)));
		dateien.put("daten.js", utf8(Startseite.daten(eintraege)));
		dateien.put("sammlung.html", utf8(Sammlungsseite.html(new Berichtsdaten(kopien, modelle, modell), modell == null ? "" : modell.getName())));
		dateien.put("stil.css", ressource("stil.css"));
		dateien.put("suche.js", ressource("suche.js"));
		dateien.put(KENNZEICHEN, utf8("Dieser Ordner ist ein Webauftritt von Quartierwerk; quartierwerk veroeffentlichen --web ersetzt ihn ganz.\n"));
		return dateien;
	}

	private static Eintrag eintrag(String pfad, String titel, Berichtsdaten daten, Praxisbeispiel kopie, Projektseite seite) {
		Map<String, Object> s = daten.tabelle("stammdaten").get(0);
		Map<String, List<String>> facetten = new LinkedHashMap<>();
		facetten.put("herausforderung", List.of(Html.angabe(s.get("herausforderung"))));
		facetten.put("handlungsfeld", kopie.getHandlungsfelder().stream().map(h -> Bezeichnungen.von(h, Locale.GERMAN)).distinct().toList());
		facetten.put("bundesland", List.of(Html.angabe(s.get("bundesland"))));
		facetten.put("stufe", seite.stufen());
		facetten.put("finanzierungsart", daten.tabelle("finanzierungJeQuelle").stream().map(z -> String.valueOf(z.get("art")))
				.filter(a -> !a.isBlank() && !a.equals("null")).distinct().toList());
		// the criteria the project fulfils by its own assessment (docs/fachmodell.md §11); teilweise does not count
		facetten.put("goodpractice", GoodPractice.erfuellt(kopie).stream().map(k -> Bezeichnungen.von(k, Locale.GERMAN)).toList());
		String suchtext = Stream.concat(Stream.of(titel, String.valueOf(s.get("kurzbeschreibung")), String.valueOf(s.get("unterthema")),
				String.valueOf(s.get("quartier")), String.valueOf(s.get("zielgruppen")), String.valueOf(s.get("traeger"))),
				daten.tabelle("texte").stream().map(t -> String.valueOf(t.get("text"))))
				.filter(t -> !t.equals(Html.NICHT_ANGEGEBEN) && !t.equals("null")).collect(Collectors.joining(" "));
		String link = "projekte/" + pfad.substring(pfad.lastIndexOf('/') + 1);
		return new Eintrag(link, titel, String.valueOf(s.get("kurzbeschreibung")), facetten, suchtext);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] ressource(String name) {
		try (InputStream in = Webauftritt.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Die Datei " + name + " fehlt im Bündel org.quartierwerk.publishing.");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
