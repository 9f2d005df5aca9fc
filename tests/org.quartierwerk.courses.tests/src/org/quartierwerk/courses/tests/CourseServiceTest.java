package org.quartierwerk.courses.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.CourseService.Akteurangabe;
import org.quartierwerk.courses.CourseService.Verbindung;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.courses.model.Verbindlichkeit;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;
import org.quartierwerk.testing.Testbuendel;

/**
 * The course use cases through the CourseService in OSGi, with the shipped course bundles and a real workspace: the
 * certificate as the course declares it, refused while a requirement is open and granted once; the feature rule; a
 * Teilnahme started once; ticks taken back; the Akteurslandkarte.
 */
class CourseServiceTest {

	private static final String PROJEKT = "Kursdiensttest Lindenhof";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final CourseService kurse = Dienste.warte(CourseService.class);
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);

	@TempDir
	Path scratch;

	@AfterEach
	void close() {
		arbeitsbereich.close();
	}

	@Test
	void theCertificateIsTheTemplateTheCourseDeclares() {
		Kurs biq = kurse.kurs("biq").orElseThrow(() -> new AssertionError("no BiQ: " + kurse.probleme()));
		assertTrue(kurse.vergibtZertifikat(biq));
		assertEquals("teilnahmezertifikat", kurse.zertifikatsvorlage(biq).orElseThrow().id());
		Kurs netzwerk = kurse.kurs("netzwerkmanagement").orElseThrow();
		assertFalse(kurse.vergibtZertifikat(netzwerk), "the source states a certificate only for BiQ");
		assertTrue(kurse.zertifikatsvorlage(netzwerk).isEmpty(), "its Abschlussbericht is no certificate");
		assertEquals(List.of("abschlussbericht"), kurse.vorlagen(netzwerk).stream().map(v -> v.id()).toList());
	}

	@Test
	void theCertificateWaitsForEveryRequirementAndIsGrantedOnce() throws Exception {
		store.save(PROJEKT, projektMitBeteiligung());
		kurse.uebernimmVorgaben("biq", TeilnahmeTest.beispielvorgaben(scratch));
		Teilnahme teilnahme = kurse.nimmTeil("biq", PROJEKT, "Gisela Öztürk", false);
		Path ziel = scratch.resolve("zertifikat.pdf");

		CourseException zuFrueh = assertThrows(CourseException.class,
				() -> kurse.erstelleZertifikat(teilnahme, null, Berichtsformat.PDF, ziel));
		assertEquals(CourseException.Grund.ANFORDERUNGEN_OFFEN, zuFrueh.grund());
		assertEquals("Das Zertifikat für „BiQ – Bürgerinnen und Bürger im Quartier“ kann noch nicht ausgestellt werden; es fehlt:",
				zuFrueh.getMessage());
		assertEquals(2, zuFrueh.offen().size(), zuFrueh.offen()::toString);
		assertTrue(zuFrueh.offen().get(0).startsWith("Alle Module abgeschlossen: Noch nicht abgeschlossen: Stadtteilerkundung"),
				zuFrueh.offen()::toString);
		assertTrue(zuFrueh.offen().stream().allMatch(o -> o.endsWith(" (Vorgabe der Kursleitung)")), zuFrueh.offen()::toString);
		assertFalse(Files.exists(ziel), "nothing written");
		assertNull(kurse.teilnahme("biq", PROJEKT).orElseThrow().getZertifikatErteiltAm(), "no date while refused");

		Kurs biq = teilnahme.getKurs();
		List<String> alles = new ArrayList<>(biq.getModule().stream().map(Modul::getId).toList());
		kurse.checklisten(biq).get(0).getPunkte().stream().filter(Pruefpunkt::isPflicht).map(Pruefpunkt::getId).forEach(alles::add);
		kurse.erledige(teilnahme, alles, List.of(), null);
		assertEquals(List.of(), kurse.offen(teilnahme, null));

		kurse.erstelleZertifikat(teilnahme, null, Berichtsformat.PDF, ziel);
		assertEquals("%PDF", new String(Files.readAllBytes(ziel), 0, 4, StandardCharsets.US_ASCII));
		Date erteilt = kurse.teilnahme("biq", PROJEKT).orElseThrow().getZertifikatErteiltAm();
		assertNotNull(erteilt, "the date is kept with the Teilnahme");

		Path nochmal = scratch.resolve("zweites.pdf");
		Teilnahme gelesen = kurse.teilnahme("biq", PROJEKT).orElseThrow();
		kurse.erstelleZertifikat(gelesen, null, Berichtsformat.PDF, nochmal);
		assertTrue(Files.isRegularFile(nochmal));
		assertEquals(erteilt, kurse.teilnahme("biq", PROJEKT).orElseThrow().getZertifikatErteiltAm(), "granted once: the date stays");
	}

	@Test
	void biqWithoutVorgabenAsksForNothingAndItsKursleitungAddsRequirementsAndPointsOneByOne() throws Exception {
		store.save(PROJEKT, projektMitBeteiligung());
		Teilnahme teilnahme = kurse.nimmTeil("biq", PROJEKT, "Gisela Öztürk", false);
		assertEquals(List.of(), kurse.stand(teilnahme, null), "BiQ's source gives no requirement");
		assertTrue(kurse.vorgaben("biq").isEmpty());

		kurse.ergaenzeAnforderung("biq", Anforderungsart.MODULE_ABGESCHLOSSEN, " Alle Blöcke besucht ");
		Kursvorgaben vorgaben = kurse.ergaenzePunkt("biq", "Welche Treffpunkte gibt es?", "Treffpunkte");
		assertEquals("Alle Blöcke besucht", vorgaben.getAnforderungen().get(0).getBeschreibung());
		assertEquals(List.of("Weitere Prüfpunkte"), kurse.checklisten(teilnahme.getKurs()).stream().map(c -> c.getTitel()).toList());
		Pruefpunkt punkt = vorgaben.getChecklisten().get(0).getPunkte().get(0);
		assertEquals("biq.vorgabe.1", punkt.getId());
		assertTrue(CourseService.vonKursleitung(punkt));
		assertNotNull(vorgaben.getStand());
		assertTrue(Files.isRegularFile(arbeitsbereich.ordner().resolve("kurse/biq/vorgaben.xmi")));

		Teilnahme gelesen = kurse.teilnahme("biq", PROJEKT).orElseThrow();
		kurse.erledige(gelesen, List.of(punkt.getId()), List.of("Café Mittendrin"), null);
		assertTrue(kurse.erledigt(kurse.teilnahme("biq", PROJEKT).orElseThrow(), punkt.getId()), "a point added after the start is ticked");
		assertEquals(1, kurse.offen(gelesen, null).size(), "the modules, a Vorgabe");
		assertTrue(kurse.stand(gelesen, null).get(0).vonKursleitung());
		assertEquals("biq.vorgabe.2", kurse.ergaenzePunkt("biq", "Welche Barrieren gibt es?", null).getChecklisten().get(0).getPunkte()
				.get(1).getId());

		CourseException ohneFrage = assertThrows(CourseException.class, () -> kurse.ergaenzePunkt("biq", " ", null));
		assertEquals("Ein Prüfpunkt braucht eine Frage.", ohneFrage.getMessage());
		assertThrows(CourseException.class, () -> kurse.ergaenzeAnforderung("gibt-es-nicht", Anforderungsart.MODULE_ABGESCHLOSSEN, null));
		assertFalse(Files.exists(arbeitsbereich.ordner().resolve("kurse/gibt-es-nicht")), "nothing written for an unknown course");
	}

	@Test
	void aCourseWithoutCertificateGivesNone() throws Exception {
		store.save(PROJEKT, projektMitBeteiligung());
		Teilnahme teilnahme = kurse.nimmTeil("netzwerkmanagement", PROJEKT, "Jonas Berg", false);
		CourseException keins = assertThrows(CourseException.class,
				() -> kurse.erstelleZertifikat(teilnahme, null, Berichtsformat.PDF, scratch.resolve("z.pdf")));
		assertEquals("Der Kurs „Dienstleistungs- und Netzwerkmanagement“ stellt kein Zertifikat aus.", keins.getMessage());
	}

	@Test
	void aCourseComesWithTheFeatureOfItsBundle() {
		assertEquals("org.quartierwerk.course.biq.feature", kurse.feature("biq"));
		assertEquals("org.quartierwerk.course.erzaehlcafe.feature", kurse.feature("erzaehlcafe"), "a course not installed: by its id");
		assertEquals("org.quartierwerk.course.biq.feature", kurse.feature("org.quartierwerk.course.biq.feature"));
	}

	@Test
	void aTeilnahmeIsStartedOnceAndATickCanBeTakenBack() throws Exception {
		store.save(PROJEKT, projektMitBeteiligung());
		kurse.uebernimmVorgaben("biq", TeilnahmeTest.beispielvorgaben(scratch));
		Teilnahme teilnahme = kurse.nimmTeil("biq", PROJEKT, " Gisela Öztürk ", true);
		assertEquals("Gisela Öztürk", teilnahme.getTeilnehmende());
		assertTrue(kurse.teilnahme("biq", PROJEKT).orElseThrow().isGebuehrBefreit());

		CourseException zweite = assertThrows(CourseException.class, () -> kurse.nimmTeil("biq", PROJEKT, "Jonas Berg", false));
		assertEquals("Für das Praxisprojekt „" + PROJEKT + "“ gibt es schon eine Teilnahme am Kurs biq.", zweite.getMessage());
		assertEquals("Gisela Öztürk", kurse.teilnahme("biq", PROJEKT).orElseThrow().getTeilnehmende(), "the first one stays");
		assertThrows(CourseException.class, () -> kurse.nimmTeil("biq", "Gibt es nicht", "Jonas Berg", false));
		assertThrows(CourseException.class, () -> kurse.nimmTeil("gibt-es-nicht", PROJEKT, "Jonas Berg", false));

		kurse.erledige(teilnahme, List.of("biq.stadtteilerkundung", "biq.erkundung.treffpunkte"), List.of(), null);
		assertTrue(kurse.erledigt(kurse.teilnahme("biq", PROJEKT).orElseThrow(), "biq.stadtteilerkundung"));
		kurse.oeffne(teilnahme, "biq.stadtteilerkundung");
		Teilnahme gelesen = kurse.teilnahme("biq", PROJEKT).orElseThrow();
		assertFalse(kurse.erledigt(gelesen, "biq.stadtteilerkundung"), "the tick is taken back and saved");
		assertNull(gelesen.getFortschritte().get(0).getAbgeschlossenAm());
		assertTrue(kurse.erledigt(gelesen, "biq.erkundung.treffpunkte"), "the other tick stays");

		CourseException unbekannt = assertThrows(CourseException.class,
				() -> kurse.erledige(teilnahme, List.of("biq.kommunikation", "biq.gibt-es-nicht"), List.of(), null));
		assertEquals("„biq.gibt-es-nicht“ ist weder Modul noch Prüfpunkt des Kurses biq.", unbekannt.getMessage());
		assertFalse(kurse.erledigt(kurse.teilnahme("biq", PROJEKT).orElseThrow(), "biq.kommunikation"), "all or nothing");

		// a module keeps its note; entries, which a module cannot hold, are refused instead of dropped
		kurse.erledige(teilnahme, List.of("biq.kommunikation"), List.of(), "Aushang im Treff");
		assertEquals("Aushang im Treff", kurse.teilnahme("biq", PROJEKT).orElseThrow().getFortschritte().get(1).getNotiz());
		CourseException eintrag = assertThrows(CourseException.class,
				() -> kurse.erledige(teilnahme, List.of("biq.stadtteilerkundung"), List.of("Café Mittendrin"), null));
		assertTrue(eintrag.getMessage().startsWith("Das Modul „"), eintrag.getMessage());
		assertFalse(kurse.erledigt(kurse.teilnahme("biq", PROJEKT).orElseThrow(), "biq.stadtteilerkundung"), "refused, unchanged");
	}

	@Test
	void theMapRefusesACooperationWithAnActorItDoesNotHave() throws Exception {
		store.save(PROJEKT, TeilnahmeTest.projekt());
		Teilnahme teilnahme = kurse.nimmTeil("netzwerkmanagement", PROJEKT, "Jonas Berg", false);
		kurse.ergaenzeAkteurslandkarte(teilnahme, true, List.of(new Akteurangabe("Seniorenbüro Ost", Akteursart.MITTLER)),
				List.of(new Verbindung("seniorenbüro ost", "Stadt Musterstadt", Verbindlichkeit.LOSE)));
		Teilnahme gelesen = kurse.teilnahme("netzwerkmanagement", PROJEKT).orElseThrow();
		assertEquals(4, gelesen.getAkteurslandkarte().getAkteure().size());
		assertEquals(3, gelesen.getAkteurslandkarte().getKooperationen().size());
		assertEquals("akteur-4", gelesen.getAkteurslandkarte().getAkteure().get(3).getId());

		CourseException fremd = assertThrows(CourseException.class, () -> kurse.ergaenzeAkteurslandkarte(gelesen, false,
				List.of(new Akteurangabe("Quartiersbüro", Akteursart.VERWALTUNG)),
				List.of(new Verbindung("Quartiersbüro", "Niemand", Verbindlichkeit.LOSE))));
		assertEquals("In der Akteurslandkarte gibt es keinen Akteur „Niemand“.", fremd.getMessage());
		assertEquals(4, gelesen.getAkteurslandkarte().getAkteure().size(), "refused: the map is as it was");
		assertEquals(4, kurse.teilnahme("netzwerkmanagement", PROJEKT).orElseThrow().getAkteurslandkarte().getAkteure().size());
	}

	@Test
	void aCourseThatNamesACertificateWithoutItsTemplateIsOneProblem() throws Exception {
		Bundle neu = new Testbuendel("org.quartierwerk.course.erzaehlcafe").inhalt("kurs/erzaehlcafe.xmi;art=kurs")
				.datei("kurs/erzaehlcafe.xmi", """
						<kurs:Kurs xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kurs="http://quartierwerk.org/kurs/1.0"
						    id="erzaehlcafe" titel="Erzählcafé moderieren" zertifikat="Bestätigt die Teilnahme.">
						  <module id="erzaehlcafe.einfuehrung" titel="Einführung"/>
						</kurs:Kurs>
						""").installiere();
		try {
			neu.start();
			Kurs kurs = kurse.kurs("erzaehlcafe").orElseThrow(() -> new AssertionError(kurse.probleme().toString()));
			assertEquals(List.of("Der Kurs „Erzählcafé moderieren“ in kurs/erzaehlcafe.xmi in org.quartierwerk.course.erzaehlcafe sagt, "
					+ "was sein Zertifikat bestätigt (zertifikat), nennt aber keine Berichtsvorlage dafür (zertifikatsvorlage); bis beide "
					+ "angegeben sind, stellt Quartierwerk für diesen Kurs kein Zertifikat aus. Tragen Sie die Kennung der Vorlage ein "
					+ "oder lassen Sie beide weg."), kurse.probleme());
			assertFalse(kurse.vergibtZertifikat(kurs), "the course stays, without certificate");
		} finally {
			neu.uninstall();
		}
		assertEquals(List.of(), kurse.probleme());
	}

	/** A project whose Beteiligung has a Stufe of the standard Partizipationsleiter: BiQ's third requirement. */
	private static Praxisbeispiel projektMitBeteiligung() {
		Praxisbeispiel projekt = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		projekt.setTitel("Nachbarschaft Lindenhof");
		Beteiligung beteiligung = QuartierwerkFactory.eINSTANCE.createBeteiligung();
		beteiligung.setStufe(Dienste.warte(Katalog.class).partizipationsmodell(Katalog.STANDARD_MODELL).orElseThrow().getStufen().get(1));
		projekt.getBeteiligungen().add(beteiligung);
		return projekt;
	}
}
