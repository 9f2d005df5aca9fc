package org.quartierwerk.publishing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.publishing.PublishingException.Leck;

/** The leak check finds a known name, e-mail address or phone number however the output spells it. */
class LeckpruefungTest {

	private static final Kennung NAME = new Kennung("Anna Beispiel-Kühn", Kennung.Art.NAME, "[Ansprechperson]", "Lindenhof",
			"Organisation „Stadtteilverein“ › Ansprechperson");
	private static final Kennung EMAIL = new Kennung("anna.beispiel@lindenhof-verein.de", Kennung.Art.EMAIL, "[E-Mail-Adresse]",
			"Lindenhof", "Kurzbeschreibung");
	private static final Kennung TELEFON = new Kennung("0751 / 36 12 345", Kennung.Art.TELEFON, "[Telefonnummer]", "Lindenhof",
			"Besonderheit");

	private final Leckpruefung pruefung = new Leckpruefung(List.of(NAME, EMAIL, TELEFON));

	private List<String> gefunden(String ausgabe) {
		return pruefung.pruefe(ausgabe, "ausgabe.json").stream().map(Leck::angabe).toList();
	}

	@Test
	void aNameIsFoundThroughEscapesEntitiesCaseAccentsAndMarkup() {
		for (String ausgabe : List.of("{\"t\":\"Anna Beispiel-Kühn\"}", "{\"t\":\"Anna Beispiel-K\\u00fchn\"}",
				"{\"t\":\"\\u0041nna Beispiel-K\\u00FChn\"}", "<p>Anna Beispiel-K&uuml;hn</p>", "&#65;nna Beispiel-K&#xFC;hn",
				"&amp;#65;nna Beispiel-K&amp;uuml;hn", "ANNA BEISPIEL-KUEHN", "anna beispiel kuhn", "Anna\n  Beispiel–Kühn",
				"Anna <b>Beispiel</b>-Kühn", "Anna <span>Bei</span>spiel-Kühn", "Anna Bei\u00ADspiel-K\u200Bühn", "Ánna Béispiel-Kühn",
				"<img alt=\"Anna Beispiel-Kühn\">", "Anna%20Beispiel-K%C3%BChn", "Anna Beispiel-Kühns Idee")) {
			assertEquals(List.of(NAME.text()), gefunden(ausgabe), ausgabe);
		}
	}

	@Test
	void anEMailAddressAndAPhoneNumberAreFoundInAnyNotation() {
		for (String ausgabe : List.of("anna.beispiel@lindenhof-verein.de", "ANNA.BEISPIEL&#64;LINDENHOF-VEREIN.DE",
				"anna.beispiel\\u0040lindenhof-verein.de", "anna.beispiel (at) lindenhof-verein (dot) de",
				"anna.beispiel%40lindenhof-verein.de", "mailto:anna.beispiel@lindenhof-verein.de")) {
			assertEquals(List.of(EMAIL.text()), gefunden(ausgabe), ausgabe);
		}
		for (String ausgabe : List.of("0751 3612345", "+49 751 36 12 345", "+49 (0)751 3612345", "(0751) 36-12-345",
				"0751&#47;3612345", "0751\\/3612345", "00497513612345", "Tel. 0751.36.12.345")) {
			assertEquals(List.of(TELEFON.text()), gefunden(ausgabe), ausgabe);
		}
	}

	@Test
	void anAnonymisedTextHasNoHit() {
		assertEquals(List.of(), gefunden("{\"ansprechperson\":\"[Ansprechperson]\",\"text\":\"[Ansprechperson] vom Stadtteilverein "
				+ "Lindenhof e.V., Telefon [Telefonnummer], [E-Mail-Adresse]; seit 2019, 75.000 €, PLZ 88212, Annabeth Beispielhaus\"}"));
	}

	@Test
	void everyOutputFileIsReadAndEachLeakNamesDatumProjectFieldAndFile(@TempDir Path ordner) throws Exception {
		Path sauber = Files.writeString(ordner.resolve("index.html"), "<h1>Lindenhof</h1>");
		Path undicht = Files.writeString(ordner.resolve("projekt.html"), "<p>Kontakt: &Auml;nna? Nein: Anna Beispiel-K&uuml;hn</p>");
		Path latin1 = Files.write(ordner.resolve("alt.txt"), "Tel. 0751-36 12 345, Anna Beispiel-Kühn".getBytes(StandardCharsets.ISO_8859_1));
		List<Leck> lecks = pruefung.pruefe(List.of(sauber, undicht, latin1));
		assertEquals(List.of(new Leck("Anna Beispiel-Kühn", "Name", "Lindenhof", "Organisation „Stadtteilverein“ › Ansprechperson",
				"projekt.html"), new Leck("Anna Beispiel-Kühn", "Name", "Lindenhof", "Organisation „Stadtteilverein“ › Ansprechperson",
						"alt.txt"), new Leck("0751 / 36 12 345", "Telefonnummer", "Lindenhof", "Besonderheit", "alt.txt")), lecks);
	}

	@Test
	void contactTextsGiveTheirPersonsButOfficesAreNoPersons() {
		assertEquals(List.of("Anna Beispiel-Kühn", "Frau Beispiel-Kühn", "Herr Beispiel-Kühn"),
				Muster.personen("Frau Dr. Anna Beispiel-Kühn (Quartiersmanagerin), Tel. 0751 123456, anna@x.de", false).namen());
		assertEquals(List.of("Jörg Müller-Öztürk", "Frau Müller-Öztürk", "Herr Müller-Öztürk"),
				Muster.personen("Sozialamt, Sachgebietsleiter Jörg Müller-Öztürk", false).namen());
		assertEquals(List.of(), Muster.personen("Sozialamt der Stadt Ravensburg", false).namen());
		assertEquals(List.of(), Muster.personen("Quartiersbüro Lindenhof", false).namen());
		assertTrue(Muster.personen("Gisela Öztürk und Hans Ebert", true).namen().containsAll(List.of("Gisela Öztürk", "Hans Ebert")));
		assertEquals(List.of("0751 / 36 12 345", "+49 751 82-1234", "12 34 56"),
				Muster.telefonnummern("Ruf 0751 / 36 12 345 an oder +49 751 82-1234; Tel. 12 34 56"));
		assertEquals(List.of(), Muster.telefonnummern("Laufzeit 2019 – 2022, 75.000 €, 1.250.000,50 €, PLZ 88212, 01.03.2020, 003 L3275"));
		assertEquals(List.of("anna.beispiel@lindenhof-verein.de", "info(at)lindenhof-verein.de"),
				Muster.emails("Mail: anna.beispiel@lindenhof-verein.de oder info(at)lindenhof-verein.de."));
	}
}
