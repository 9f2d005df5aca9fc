package org.quartierwerk.publishing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Adresse;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.publishing.Publishing;
import org.quartierwerk.publishing.Publishing.Aenderung;
import org.quartierwerk.publishing.PublishingException;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * Publishing in OSGi, through the real store, Kursteilnahme, exchange service and files: a project that names persons,
 * e-mail addresses and phone numbers in its fields and free texts is published without any of them, the workspace
 * stays as it was, and with any one rule left out the leak check stops the export and leaves nothing behind.
 */
class VeroeffentlichungTest {

	private static final String PROJEKT = "Veröffentlichungstest Lindenhof";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private final Exchange exchange = Dienste.warte(Exchange.class);
	private final CourseService kurse = Dienste.warte(CourseService.class);
	private final WorkspaceLocator workspace = Dienste.warte(WorkspaceLocator.class);
	private final Publishing publishing = Dienste.warte(Publishing.class);

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	/** The example of docs/veroeffentlichen.md. */
	static Praxisbeispiel beispiel() {
		QuartierwerkFactory f = QuartierwerkFactory.eINSTANCE;
		Praxisbeispiel p = f.createPraxisbeispiel();
		p.setTitel("Nachbarschaftstreff Lindenhof");
		Organisation verein = organisation("Stadtteilverein Lindenhof e.V.", Akteurstyp.VEREIN, "Lindenstraße 5",
				"Frau Dr. Anna Beispiel-Kühn (Quartiersmanagerin), Tel. 0751 / 36 12 345, anna.beispiel@lindenhof-verein.de");
		Organisation stadt = organisation("Stadt Ravensburg, Amt für Soziales", Akteurstyp.KOMMUNE, "Marienplatz 26",
				"Sozialamt, Sachgebietsleiter Jörg Müller-Öztürk, +49 751 82-1234");
		Organisation initiative = organisation("Nachbarschaftsinitiative Sonnenweg", Akteurstyp.BUERGERSCHAFTLICHE_INITIATIVE,
				"Sonnenweg 12", null);
		p.getOrganisationen().addAll(List.of(verein, stadt, initiative));
		p.setTraeger(verein);
		for (Organisation partner : List.of(stadt, initiative)) {
			Kooperation k = f.createKooperation();
			k.setPartner(partner);
			p.getKooperationen().add(k);
		}
		p.setKurzbeschreibung("Anna Beispiel-Kühn gründete den Treff; Frau Beispiel-Kühn ist erreichbar unter "
				+ "ANNA.BEISPIEL@lindenhof-verein.de oder 0751 3612345. Gisela Öztürk aus dem BiQ-Kurs half mit.");
		p.setBesonderheit("Mit Jörg Mueller-Oeztuerk vom Sozialamt; Kontakt info(at)lindenhof-verein.de, Fax 0751 36 12 346.");
		p.getZielgruppen().add("Seniorinnen und Senioren im Lindenhof");
		Arbeitsschritt schritt = f.createArbeitsschritt();
		schritt.setTitel("Erstes Treffen");
		schritt.setBeschreibung("Im Wohnzimmer von Gisela Öztürk, Rückfragen an +49 (0)751 3612345");
		p.getArbeitsschritte().add(schritt);
		return p;
	}

	private static Organisation organisation(String name, Akteurstyp typ, String strasse, String ansprechperson) {
		Organisation o = QuartierwerkFactory.eINSTANCE.createOrganisation();
		o.setName(name);
		o.setAkteurstyp(typ);
		Adresse a = QuartierwerkFactory.eINSTANCE.createAdresse();
		a.setStrasse(strasse);
		a.setPlz("88212");
		a.setOrt("Ravensburg");
		o.setAdresse(a);
		o.setAnsprechperson(ansprechperson);
		return o;
	}

	private List<String> andere() throws Exception {
		return store.names().stream().filter(n -> !n.equals(PROJEKT)).toList();
	}

	private void anlegen() throws Exception {
		store.save(PROJEKT, beispiel());
		kurse.nimmTeil("biq", PROJEKT, "Gisela Öztürk", false);
	}

	@Test
	void nothingPersonalIsPublishedOrganisationsAndOfficesStayAndTheWorkspaceIsUnchanged(@TempDir Path ordner) throws Exception {
		anlegen();
		Path projektdatei = store.file(PROJEKT);
		byte[] vorher = Files.readAllBytes(projektdatei);
		Path ziel = ordner.resolve("veroeffentlichung.json");

		Publishing.Vorschau ergebnis = publishing.veroeffentliche(andere(), ziel);

		String json = Files.readString(ziel, StandardCharsets.UTF_8);
		for (String persoenlich : List.of("Beispiel-K", "Anna", "Gisela", "Jörg", "Öztürk", "Oeztuerk", "anna.beispiel", "info(at)", "3612345", "36 12 34",
				"82-1234", "Sonnenweg 12")) {
			assertFalse(json.toLowerCase().contains(persoenlich.toLowerCase()), persoenlich + " in " + json);
		}
		for (String bleibt : List.of("Stadtteilverein Lindenhof e.V.", "Stadt Ravensburg, Amt für Soziales", "Marienplatz 26",
				"Lindenstraße 5", "Nachbarschaftsinitiative Sonnenweg", "[Ansprechperson]", "[Teilnehmende]", "[E-Mail-Adresse]", "[Telefonnummer]",
				"Seniorinnen und Senioren im Lindenhof")) {
			assertTrue(json.contains(bleibt), bleibt + " in " + json);
		}
		List<Praxisbeispiel> gelesen = exchange.read(ziel);
		assertEquals(1, gelesen.size());
		assertEquals("Nachbarschaftstreff Lindenhof", gelesen.get(0).getTitel());
		assertEquals("Stadtteilverein Lindenhof e.V.", gelesen.get(0).getTraeger().getName());

		assertArrayEquals(vorher, Files.readAllBytes(projektdatei), "the workspace's project is untouched");
		assertTrue(store.load(PROJEKT).getKurzbeschreibung().contains("Anna Beispiel-Kühn"));
		try (Stream<Path> dateien = Files.list(ordner)) {
			assertEquals(List.of(ziel), dateien.toList(), "no hidden file is left beside the output");
		}
		List<Aenderung> aenderungen = ergebnis.projekte().get(0).aenderungen();
		assertTrue(aenderungen.contains(new Aenderung("Organisation „Stadtteilverein Lindenhof e.V.“ › Ansprechperson",
				"Frau Dr. Anna Beispiel-Kühn (Quartiersmanagerin), Tel. 0751 / 36 12 345, anna.beispiel@lindenhof-verein.de",
				"[Ansprechperson]")), aenderungen::toString);
		assertTrue(aenderungen.contains(new Aenderung("Kurzbeschreibung", "Gisela Öztürk", "[Teilnehmende]")), aenderungen::toString);
		assertTrue(aenderungen.contains(new Aenderung("Organisation „Nachbarschaftsinitiative Sonnenweg“ › Adresse › Straße",
				"Sonnenweg 12", "")), aenderungen::toString);
		assertEquals(aenderungen, publishing.vorschau(andere()).projekte().get(0).aenderungen(), "the preview shows the same");
	}

	@Test
	void withAnyRuleLeftOutTheLeakCheckStopsTheExportAndKeepsThePreviousFile(@TempDir Path ordner) throws Exception {
		anlegen();
		Path ziel = Files.writeString(ordner.resolve("veroeffentlichung.json"), "alte Fassung");
		// without the rule for the Ansprechperson field the text rules still take its name, e-mail and phone number out
		for (Anonymisierung.Regel regel : List.of(Anonymisierung.Regel.EMAIL, Anonymisierung.Regel.TELEFON,
				Anonymisierung.Regel.NAMEN)) {
			EnumSet<Anonymisierung.Regel> regeln = EnumSet.allOf(Anonymisierung.Regel.class);
			regeln.remove(regel);
			PublishingService ohneRegel = new PublishingService(store, exchange, kurse, workspace, Dienste.warte(Katalog.class), regeln,
					UnaryOperator.identity());
			PublishingException e = assertThrows(PublishingException.class, () -> ohneRegel.veroeffentliche(andere(), ziel),
					regel::toString);
			assertFalse(e.lecks().isEmpty(), regel::toString);
			assertTrue(e.getMessage().contains("wurde wieder entfernt") && e.getMessage().contains(PROJEKT), e::getMessage);
			assertEquals("alte Fassung", Files.readString(ziel), regel + ": the previous file is untouched");
			try (Stream<Path> dateien = Files.list(ordner)) {
				assertEquals(List.of(ziel), dateien.toList(), regel + ": the checked output was removed");
			}
		}
		publishing.veroeffentliche(andere(), ziel);
		assertTrue(Files.readString(ziel).contains("[Ansprechperson]"), "with every rule it is written");
	}

	@Test
	void aPartnerThatIsAPersonBecomesAPrivatpersonWithoutStreet(@TempDir Path ordner) throws Exception {
		anlegen();
		Praxisbeispiel p = store.load(PROJEKT);
		p.getOrganisationen().get(1).setName("Gisela Öztürk");
		p.getOrganisationen().get(1).setAkteurstyp(Akteurstyp.SONSTIGE);
		store.save(PROJEKT, p);
		Path ziel = ordner.resolve("v.json");
		List<Aenderung> aenderungen = publishing.veroeffentliche(andere(), ziel).projekte().get(0).aenderungen();
		assertTrue(aenderungen.contains(new Aenderung("Organisation „Gisela Öztürk“ › Name", "Gisela Öztürk", "[Privatperson]")),
				aenderungen::toString);
		String json = Files.readString(ziel);
		assertTrue(json.contains("[Privatperson]") && !json.contains("Marienplatz 26"), json);
	}

	@Test
	void anUnknownProjectToLeaveOutIsNamed(@TempDir Path ordner) {
		PublishingException e = assertThrows(PublishingException.class,
				() -> publishing.veroeffentliche(List.of("Gibt es nicht"), ordner.resolve("x.json")));
		assertTrue(e.getMessage().contains("„Gibt es nicht“ ist kein Praxisbeispiel im Arbeitsbereich"), e::getMessage);
		assertFalse(Files.exists(ordner.resolve("x.json")));

		Path leer = ordner.resolve("leerer Ordner");
		PublishingException ordnerZiel = assertThrows(PublishingException.class,
				() -> publishing.veroeffentliche(List.of(), Files.createDirectories(leer)));
		assertTrue(ordnerZiel.getMessage().contains("ist ein Ordner"), ordnerZiel::getMessage);
		assertTrue(Files.isDirectory(leer), "the folder stays a folder");
	}
}
