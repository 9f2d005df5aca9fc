package org.quartierwerk.courses.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.courses.Anforderungsstand;
import org.quartierwerk.courses.internal.Anforderungspruefung;
import org.quartierwerk.courses.internal.CourseRegistry;
import org.quartierwerk.courses.internal.Kursarbeit;
import org.quartierwerk.courses.internal.TeilnahmeStore;
import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursFactory;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.courses.model.Verbindlichkeit;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Kooperationsform;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/** A participant's Teilnahme in OSGi: saved in the workspace, checked against the course's requirements, kept across uninstalls. */
class TeilnahmeTest {

	private static final String PROJEKT = "Teilnahmetest Sonnenhügel";

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final CourseRegistry registry = Dienste.warte(CourseRegistry.class);
	private final TeilnahmeStore store = Dienste.warte(TeilnahmeStore.class);

	@AfterEach
	void removeFiles() throws Exception {
		for (String kurs : List.of("biq", "netzwerkmanagement")) {
			Path datei = store.file(kurs, PROJEKT);
			Files.deleteIfExists(datei);
			Files.deleteIfExists(datei.resolveSibling(datei.getFileName() + ".bak"));
		}
		arbeitsbereich.close();
	}

	/** The example of docs/kurse.md (fixtures/vorgaben-biq.xmi) as the BiQ Kursleitung's Vorgaben in the workspace. */
	static Path beispielvorgaben(Path ordner) throws Exception {
		Path datei = ordner.resolve("vorgaben-biq.xmi");
		try (InputStream in = FrameworkUtil.getBundle(TeilnahmeTest.class).getEntry("fixtures/vorgaben-biq.xmi").openStream()) {
			Files.copy(in, datei, StandardCopyOption.REPLACE_EXISTING);
		}
		return datei;
	}

	private Kursvorgaben biqVorgaben(Path scratch) throws Exception {
		store.save(store.readVorgaben(beispielvorgaben(scratch), "biq"));
		return store.vorgaben("biq").orElseThrow();
	}

	@Test
	void aTeilnahmeKeepsChecklistAnswersAndSurvivesTheCourseBeingUninstalled(@TempDir Path scratch) throws Exception {
		Kurs biq = registry.kurs("biq").orElseThrow();
		Kursvorgaben vorgaben = biqVorgaben(scratch);
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(biq, vorgaben, "Gisela Öztürk", PROJEKT);
		assertEquals(6, teilnahme.getFortschritte().size());
		Pruefpunkt treffpunkte = (Pruefpunkt) Kursarbeit.element(biq, vorgaben, "biq.erkundung.treffpunkte").orElseThrow();
		Kursarbeit.punktErledigen(teilnahme, treffpunkte, List.of("Café Mittendrin", "Bürgerhaus Vahr"), "mit Fotos", new Date());
		Kursarbeit.modulAbschliessen(teilnahme, biq.getModule().get(0), new Date());
		store.save(teilnahme);
		Path datei = store.file("biq", PROJEKT);
		assertTrue(Files.isRegularFile(datei), datei::toString);
		assertTrue(datei.endsWith(Path.of("kurse", "biq", PROJEKT + ".xmi")), datei::toString);

		Teilnahme gelesen = store.teilnahme("biq", PROJEKT).orElseThrow();
		assertNotSame(teilnahme, gelesen);
		assertSame(biq, gelesen.getKurs(), "the course reference resolves to the installed course");
		assertEquals(List.of("Café Mittendrin", "Bürgerhaus Vahr"), Kursarbeit.ergebnisOderNull(gelesen, treffpunkte).getEintraege());
		assertTrue(gelesen.getFortschritte().get(0).isAbgeschlossen());
		assertTrue(store.vonProjekt(PROJEKT).stream().anyMatch(t -> t.getKurs() == biq));

		Bundle bundle = bundle("org.quartierwerk.course.biq");
		bundle.stop();
		try {
			assertTrue(store.teilnahmen().stream().noneMatch(t -> PROJEKT.equals(t.getPraxisprojekt())));
			assertTrue(Files.isRegularFile(datei), "uninstalling a course keeps the participant's file");
		} finally {
			bundle.start();
		}
		Teilnahme wieder = store.teilnahme("biq", PROJEKT).orElseThrow();
		assertEquals("Gisela Öztürk", wieder.getTeilnehmende());
		assertEquals("Stadtteilerkundung", wieder.getFortschritte().get(0).getModul().getTitel());
	}

	/**
	 * A Teilnahme written by Quartierwerk 0.1.0 (course namespace 1.0, fixtures/, made with the product's command line:
	 * teilnahme anlegen and erledigt), when BiQ still had its checklist: it opens unchanged, its modules resolve, the
	 * answers to the checklist BiQ no longer has stay in the file, and they come back once the Kursleitung's Vorgaben
	 * hold the points again (the example of docs/kurse.md).
	 */
	@Test
	void aTeilnahmeOfFormat10StillReadsAndKeepsItsChecklistAnswers(@TempDir Path scratch) throws Exception {
		String projekt = "Nachbarschaftstreff Sonnenhügel"; // as the fixture names it
		Path datei = store.file("biq", projekt);
		Files.createDirectories(datei.getParent());
		try (InputStream in = FrameworkUtil.getBundle(TeilnahmeTest.class).getEntry("fixtures/teilnahme-biq-0.1.0.xmi").openStream()) {
			Files.copy(in, datei);
		}
		assertTrue(Files.readString(datei).contains("http://quartierwerk.org/kurs/1.0"));
		Kurs biq = registry.kurs("biq").orElseThrow();
		Teilnahme gelesen = store.teilnahme("biq", projekt).orElseThrow();
		assertSame(biq, gelesen.getKurs());
		assertEquals("Gisela Öztürk", gelesen.getTeilnehmende());
		assertTrue(gelesen.isGebuehrBefreit());
		assertSame(biq.getModule().get(0), gelesen.getFortschritte().get(0).getModul());
		assertTrue(gelesen.getFortschritte().get(0).isAbgeschlossen());
		assertEquals(List.of(), Anforderungspruefung.pruefe(gelesen, projekt()), "BiQ's source gives no requirement");

		store.save(gelesen);
		String gespeichert = Files.readString(datei);
		assertTrue(gespeichert.contains("http://quartierwerk.org/kurs/2.0"), gespeichert);
		assertTrue(gespeichert.contains("biq.erkundung.treffpunkte") && gespeichert.contains("Café Mittendrin"),
				"answers to points the course no longer has are kept: " + gespeichert);

		Kursvorgaben vorgaben = biqVorgaben(scratch);
		Teilnahme mitVorgaben = store.teilnahme("biq", projekt).orElseThrow();
		Pruefpunkt treffpunkte = (Pruefpunkt) Kursarbeit.element(biq, vorgaben, "biq.erkundung.treffpunkte").orElseThrow();
		assertEquals(List.of("Café Mittendrin"), Kursarbeit.ergebnisOderNull(mitVorgaben, treffpunkte).getEintraege());
		Pruefpunkt gebiet = (Pruefpunkt) Kursarbeit.element(biq, vorgaben, "biq.erkundung.gebiet").orElseThrow();
		assertTrue(Kursarbeit.erledigt(mitVorgaben, gebiet));
		store.save(mitVorgaben);
		assertTrue(Files.readString(datei).contains("quartierwerk:/kurse/biq/vorgaben.xmi#biq.erkundung.treffpunkte"));
	}

	@Test
	void vorgabenThatContradictThemselvesOrTheCourseAreRefusedAndNothingIsWritten(@TempDir Path scratch) throws Exception {
		Path beispiel = beispielvorgaben(scratch);
		String text = Files.readString(beispiel);
		Path fremd = Files.writeString(scratch.resolve("fremd.xmi"), text.replace("kurs=\"biq\"", "kurs=\"netzwerkmanagement\""));
		StoreException fremderKurs = assertThrows(StoreException.class, () -> store.readVorgaben(fremd, "biq"));
		assertEquals(fremd + " enthält die Vorgaben für den Kurs „netzwerkmanagement“, nicht für „biq“. Tragen Sie im Attribut kurs "
				+ "die Kennung „biq“ ein.", fremderKurs.getMessage());
		Path doppelt = Files.writeString(scratch.resolve("doppelt.xmi"), text.replace("biq.erkundung.fotos", "biq.erkundung.gebiet"));
		StoreException zweimal = assertThrows(StoreException.class, () -> store.readVorgaben(doppelt, "biq"));
		assertEquals("In " + doppelt + " ist die Kennung „biq.erkundung.gebiet“ doppelt vergeben oder gehört schon zum Kurs. "
				+ "Wählen Sie eine andere Kennung.", zweimal.getMessage());
		Path kursKennung = Files.writeString(scratch.resolve("kurskennung.xmi"), text.replace("biq.erkundung.fotos", "biq.kommunikation"));
		assertThrows(StoreException.class, () -> store.readVorgaben(kursKennung, "biq"), "an id of the course's own modules");
		Path teilnahme = Files.writeString(scratch.resolve("teilnahme.xmi"), "<kurs:Teilnahme xmlns:kurs=\"http://quartierwerk.org/kurs/2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" teilnehmende=\"X\"/>");
		assertEquals(teilnahme + " enthält keine Vorgaben der Kursleitung (Kursvorgaben).",
				assertThrows(StoreException.class, () -> store.readVorgaben(teilnahme, "biq")).getMessage());

		Kursvorgaben ohneFrage = store.readVorgaben(beispiel, "biq");
		ohneFrage.getChecklisten().get(0).getPunkte().get(0).setFrage(" ");
		assertThrows(StoreException.class, () -> store.save(ohneFrage));
		assertFalse(Files.exists(store.vorgabenFile("biq")), "refused: nothing written");
		assertTrue(store.vorgaben("biq").isEmpty());
	}

	@Test
	void aPraxisprojektCalledVorgabenCannotTakePartSinceTheNameIsTheVorgabenFile() {
		StoreException fehler = assertThrows(StoreException.class, () -> store.file("biq", "Vorgaben"));
		assertEquals("Ein Praxisprojekt namens „Vorgaben“ kann an keinem Kurs teilnehmen: der Name ist für die Vorgaben der "
				+ "Kursleitung (vorgaben.xmi) vergeben. Benennen Sie das Praxisprojekt um.", fehler.getMessage());
	}

	@Test
	void aTeilnahmeFileThatPointsElsewhereIsRefusedWithoutOpeningWhatItNames(@TempDir Path scratch) throws Exception {
		Path datei = store.file("biq", PROJEKT);
		Files.createDirectories(datei.getParent());
		// a course file elsewhere with BiQ's id: were it opened, the Teilnahme would pass for one of the installed BiQ
		Path fremd = Files.writeString(scratch.resolve("fremd.xmi"), "<kurs:Kurs xmlns:kurs=\"http://quartierwerk.org/kurs/1.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" id=\"biq\" titel=\"untergeschoben\"/>");
		Files.writeString(datei, "<kurs:Teilnahme xmlns:kurs=\"http://quartierwerk.org/kurs/1.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmi:version=\"2.0\" teilnehmende=\"X\" praxisprojekt=\"" + PROJEKT + "\">"
				+ "<kurs href=\"" + fremd.toUri() + "#/\"/></kurs:Teilnahme>");
		StoreException fehler = assertThrows(StoreException.class, () -> store.teilnahme("biq", PROJEKT));
		assertTrue(fehler.getMessage().contains("gehört nicht zum installierten Kurs biq"), fehler::getMessage);

		// a foreign namespace is refused before EMF could look for its package; a server counts connections
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(1);
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/kurs";
			Files.writeString(datei, "<x:Teilnahme xmlns:x=\"" + url + "\" xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"/>");
			StoreException fremderNamensraum = assertThrows(StoreException.class, () -> store.teilnahme("biq", PROJEKT));
			assertEquals(datei + " kann nicht gelesen werden: Die Datei ist keine Quartierwerk-Datei: sie verwendet den unbekannten "
					+ "Namensraum „" + url + "“. Quartierwerk liest nur seine eigenen Dateien.", fremderNamensraum.getMessage());
			assertThrows(SocketTimeoutException.class, server::accept, "reading the Teilnahme connected to a server");
		}
	}

	@Test
	void biqAsksForWhatTheVorgabenOfItsKursleitungAskForAndNothingElse(@TempDir Path scratch) throws Exception {
		Kurs biq = registry.kurs("biq").orElseThrow();
		Praxisbeispiel projekt = projekt();
		assertEquals(List.of(), Anforderungspruefung.pruefe(Kursarbeit.neueTeilnahme(biq, "Gisela Öztürk", PROJEKT), projekt),
				"BiQ's source gives no requirement");
		Kursvorgaben vorgaben = biqVorgaben(scratch);
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(biq, vorgaben, "Gisela Öztürk", PROJEKT);
		assertTrue(Anforderungspruefung.pruefe(teilnahme, vorgaben, projekt).stream().allMatch(Anforderungsstand::vonKursleitung));
		Map<Anforderungsart, Anforderungsstand> stand = stand(teilnahme, vorgaben, projekt);
		assertFalse(stand.get(Anforderungsart.MODULE_ABGESCHLOSSEN).erfuellt());
		assertTrue(stand.get(Anforderungsart.MODULE_ABGESCHLOSSEN).befund().contains("Methodenwerkstatt"));
		assertFalse(stand.get(Anforderungsart.STADTTEILERKUNDUNG_DURCHGEFUEHRT).erfuellt());
		assertFalse(stand.get(Anforderungsart.BETEILIGUNG_DOKUMENTIERT).erfuellt());

		biq.getModule().forEach(modul -> Kursarbeit.modulAbschliessen(teilnahme, modul, new Date()));
		vorgaben.getChecklisten().get(0).getPunkte().stream().filter(Pruefpunkt::isPflicht)
				.forEach(punkt -> Kursarbeit.punktErledigen(teilnahme, punkt, List.of("gesehen"), null, new Date()));
		stand = stand(teilnahme, vorgaben, projekt);
		assertTrue(stand.get(Anforderungsart.MODULE_ABGESCHLOSSEN).erfuellt());
		assertTrue(stand.get(Anforderungsart.STADTTEILERKUNDUNG_DURCHGEFUEHRT).erfuellt(), "the optional point is not needed");
		assertEquals(List.of("Beteiligung dokumentiert: Es ist keine Beteiligung mit Partizipationsstufe eingetragen. (Vorgabe der Kursleitung)"),
				Anforderungspruefung.offen(Anforderungspruefung.pruefe(teilnahme, vorgaben, projekt)));
		assertTrue(Anforderungspruefung.offen(Anforderungspruefung.pruefe(teilnahme, vorgaben, null)).stream()
				.anyMatch(o -> o.contains("fehlt im Arbeitsbereich")));
	}

	@Test
	void netzwerkmanagementAsksForItsPraxisprojektAndItsKursleitungForThePlanTheCooperationsAndTheMap() {
		Kurs kurs = registry.kurs("netzwerkmanagement").orElseThrow();
		Praxisbeispiel projekt = projekt();
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(kurs, "Jonas Berg", PROJEKT);
		assertEquals(List.of(Anforderungsart.PRAXISPROJEKT_ANGELEGT),
				Anforderungspruefung.pruefe(teilnahme, projekt).stream().map(a -> a.anforderung().getArt()).toList());
		assertTrue(Anforderungspruefung.pruefe(teilnahme, projekt).get(0).erfuellt());
		assertFalse(Anforderungspruefung.pruefe(teilnahme, null).get(0).vonKursleitung(), "the course's own, from its source");
		assertEquals(List.of("Praxisprojekt angelegt: Das Praxisprojekt „" + PROJEKT + "“ fehlt im Arbeitsbereich."),
				Anforderungspruefung.offen(Anforderungspruefung.pruefe(teilnahme, null)));

		Kursvorgaben vorgaben = KursFactory.eINSTANCE.createKursvorgaben();
		vorgaben.setKurs("netzwerkmanagement");
		for (Anforderungsart art : List.of(Anforderungsart.FINANZIERUNGSPLAN_AUSGEGLICHEN, Anforderungsart.KOOPERATIONEN_DOKUMENTIERT,
				Anforderungsart.AKTEURSLANDKARTE_ERSTELLT)) {
			Anforderung anforderung = KursFactory.eINSTANCE.createAnforderung();
			anforderung.setArt(art);
			vorgaben.getAnforderungen().add(anforderung);
		}
		Map<Anforderungsart, Anforderungsstand> stand = stand(teilnahme, vorgaben, projekt);
		assertEquals("Ausgaben 1.000,00 € und Finanzierung 900,00 € sind nicht ausgeglichen.",
				stand.get(Anforderungsart.FINANZIERUNGSPLAN_AUSGEGLICHEN).befund());
		assertTrue(stand.get(Anforderungsart.KOOPERATIONEN_DOKUMENTIERT).erfuellt());
		assertFalse(stand.get(Anforderungsart.AKTEURSLANDKARTE_ERSTELLT).erfuellt());

		Finanzierungsanteil rest = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		rest.setBetrag(new BigDecimal("100.00"));
		projekt.getFinanzierungsplan().getAnteile().add(rest);
		teilnahme.setAkteurslandkarte(Kursarbeit.akteurslandkarteAus(projekt));
		stand = stand(teilnahme, vorgaben, projekt);
		assertTrue(stand.get(Anforderungsart.FINANZIERUNGSPLAN_AUSGEGLICHEN).erfuellt());
		assertTrue(stand.get(Anforderungsart.AKTEURSLANDKARTE_ERSTELLT).erfuellt());
	}

	@Test
	void theMapStartsFromTheProjectsTraegerAndPartners() {
		Akteurslandkarte karte = Kursarbeit.akteurslandkarteAus(projekt());
		assertEquals(List.of("Bürgerverein Sonnenhügel", "Stadt Musterstadt", "Freiwilligenagentur Mitte"),
				karte.getAkteure().stream().map(Akteur::getName).toList());
		assertEquals(List.of(Akteursart.VEREIN_INITIATIVE, Akteursart.VERWALTUNG, Akteursart.MITTLER),
				karte.getAkteure().stream().map(Akteur::getArt).toList());
		assertEquals(2, karte.getKooperationen().size());
		assertSame(karte.getAkteure().get(0), karte.getKooperationen().get(0).getVon());
		assertEquals(Verbindlichkeit.VERBINDLICH, karte.getKooperationen().get(0).getVerbindlichkeit());
		assertEquals(Verbindlichkeit.LOSE, karte.getKooperationen().get(1).getVerbindlichkeit());
	}

	/** A Praxisprojekt with a Träger, two partners and a plan that lacks 100 € (1 000 € out, 900 € in). */
	static Praxisbeispiel projekt() {
		QuartierwerkFactory f = QuartierwerkFactory.eINSTANCE;
		Praxisbeispiel projekt = f.createPraxisbeispiel();
		projekt.setTitel(PROJEKT);
		Organisation traeger = organisation(projekt, "Bürgerverein Sonnenhügel", Akteurstyp.VEREIN);
		projekt.setTraeger(traeger);
		kooperation(projekt, organisation(projekt, "Stadt Musterstadt", Akteurstyp.KOMMUNE), Kooperationsform.VERBINDLICHE_VEREINBARUNG_KOMMUNE);
		kooperation(projekt, organisation(projekt, "Freiwilligenagentur Mitte", Akteurstyp.FREIWILLIGENAGENTUR),
				Kooperationsform.INFORMATIONSAUSTAUSCH);
		Finanzierungsplan plan = f.createFinanzierungsplan();
		Ausgabeposition miete = f.createAusgabeposition();
		miete.setBezeichnung("Miete Treffpunkt");
		miete.setBetrag(new BigDecimal("1000.00"));
		plan.getAusgaben().add(miete);
		Finanzierungsanteil stadt = f.createFinanzierungsanteil();
		stadt.setBetrag(new BigDecimal("900.00"));
		plan.getAnteile().add(stadt);
		projekt.setFinanzierungsplan(plan);
		return projekt;
	}

	private static Organisation organisation(Praxisbeispiel projekt, String name, Akteurstyp typ) {
		Organisation organisation = QuartierwerkFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		organisation.setAkteurstyp(typ);
		projekt.getOrganisationen().add(organisation);
		return organisation;
	}

	private static void kooperation(Praxisbeispiel projekt, Organisation partner, Kooperationsform form) {
		Kooperation kooperation = QuartierwerkFactory.eINSTANCE.createKooperation();
		kooperation.setPartner(partner);
		kooperation.setForm(form);
		projekt.getKooperationen().add(kooperation);
	}

	private static Map<Anforderungsart, Anforderungsstand> stand(Teilnahme teilnahme, Kursvorgaben vorgaben, Praxisbeispiel projekt) {
		return Anforderungspruefung.pruefe(teilnahme, vorgaben, projekt).stream()
				.collect(Collectors.toMap(s -> s.anforderung().getArt(), Function.identity()));
	}

	private static Bundle bundle(String name) {
		for (Bundle bundle : FrameworkUtil.getBundle(TeilnahmeTest.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(name)) {
				return bundle;
			}
		}
		throw new AssertionError("no bundle " + name);
	}
}
