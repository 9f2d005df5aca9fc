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
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Kurs;
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
import org.quartierwerk.testing.Dienste;

/** A participant's Teilnahme in OSGi: saved in the workspace, checked against the course's requirements, kept across uninstalls. */
class TeilnahmeTest {

	private static final String PROJEKT = "Teilnahmetest Sonnenhügel";

	private final CourseRegistry registry = Dienste.warte(CourseRegistry.class);
	private final TeilnahmeStore store = Dienste.warte(TeilnahmeStore.class);

	@AfterEach
	void removeFiles() throws Exception {
		for (String kurs : List.of("biq", "netzwerkmanagement")) {
			Path datei = store.file(kurs, PROJEKT);
			Files.deleteIfExists(datei);
			Files.deleteIfExists(datei.resolveSibling(datei.getFileName() + ".bak"));
		}
	}

	@Test
	void aTeilnahmeKeepsChecklistAnswersAndSurvivesTheCourseBeingUninstalled() throws Exception {
		Kurs biq = registry.kurs("biq").orElseThrow();
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(biq, "Gisela Öztürk", PROJEKT);
		assertEquals(6, teilnahme.getFortschritte().size());
		Pruefpunkt treffpunkte = (Pruefpunkt) Kursarbeit.element(biq, "biq.erkundung.treffpunkte").orElseThrow();
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
	 * A Teilnahme written by Quartierwerk 0.1.0 before courses came through Quartierwerk-Inhalt (fixtures/, made with the
	 * product's command line: teilnahme anlegen and erledigt): its references into the course resolve as before.
	 */
	@Test
	void aTeilnahmeWrittenBeforeTheCoursesCameThroughTheExtenderStillReads() throws Exception {
		Path datei = store.file("biq", PROJEKT);
		Files.createDirectories(datei.getParent());
		try (InputStream in = FrameworkUtil.getBundle(TeilnahmeTest.class).getEntry("fixtures/teilnahme-biq-0.1.0.xmi").openStream()) {
			Files.copy(in, datei);
		}
		Kurs biq = registry.kurs("biq").orElseThrow();
		Teilnahme gelesen = store.teilnahme("biq", PROJEKT).orElseThrow();
		assertSame(biq, gelesen.getKurs());
		assertEquals("Gisela Öztürk", gelesen.getTeilnehmende());
		assertTrue(gelesen.isGebuehrBefreit());
		assertSame(biq.getModule().get(0), gelesen.getFortschritte().get(0).getModul());
		assertTrue(gelesen.getFortschritte().get(0).isAbgeschlossen());
		Pruefpunkt treffpunkte = (Pruefpunkt) Kursarbeit.element(biq, "biq.erkundung.treffpunkte").orElseThrow();
		assertEquals(List.of("Café Mittendrin"), Kursarbeit.ergebnisOderNull(gelesen, treffpunkte).getEintraege());
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
	void biqAsksForAllBlocksAndEveryRequiredChecklistPoint() {
		Kurs biq = registry.kurs("biq").orElseThrow();
		Praxisbeispiel projekt = projekt();
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(biq, "Gisela Öztürk", PROJEKT);
		Map<Anforderungsart, Anforderungsstand> stand = stand(teilnahme, projekt);
		assertFalse(stand.get(Anforderungsart.MODULE_ABGESCHLOSSEN).erfuellt());
		assertTrue(stand.get(Anforderungsart.MODULE_ABGESCHLOSSEN).befund().contains("Methodenwerkstatt"));
		assertFalse(stand.get(Anforderungsart.STADTTEILERKUNDUNG_DURCHGEFUEHRT).erfuellt());
		assertFalse(stand.get(Anforderungsart.BETEILIGUNG_DOKUMENTIERT).erfuellt());

		biq.getModule().forEach(modul -> Kursarbeit.modulAbschliessen(teilnahme, modul, new Date()));
		biq.getChecklisten().get(0).getPunkte().stream().filter(Pruefpunkt::isPflicht)
				.forEach(punkt -> Kursarbeit.punktErledigen(teilnahme, punkt, List.of("gesehen"), null, new Date()));
		stand = stand(teilnahme, projekt);
		assertTrue(stand.get(Anforderungsart.MODULE_ABGESCHLOSSEN).erfuellt());
		assertTrue(stand.get(Anforderungsart.STADTTEILERKUNDUNG_DURCHGEFUEHRT).erfuellt(), "the optional point is not needed");
		assertEquals(List.of("Beteiligung dokumentiert: Es ist keine Beteiligung mit Partizipationsstufe eingetragen."),
				Anforderungspruefung.offen(Anforderungspruefung.pruefe(teilnahme, projekt)));
		assertTrue(Anforderungspruefung.offen(Anforderungspruefung.pruefe(teilnahme, null)).stream()
				.anyMatch(o -> o.contains("fehlt im Arbeitsbereich")));
	}

	@Test
	void netzwerkmanagementChecksThePlanTheCooperationsAndTheMap() {
		Kurs kurs = registry.kurs("netzwerkmanagement").orElseThrow();
		Praxisbeispiel projekt = projekt();
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(kurs, "Jonas Berg", PROJEKT);
		Map<Anforderungsart, Anforderungsstand> stand = stand(teilnahme, projekt);
		assertEquals("Ausgaben 1.000,00 € und Finanzierung 900,00 € sind nicht ausgeglichen.",
				stand.get(Anforderungsart.FINANZIERUNGSPLAN_AUSGEGLICHEN).befund());
		assertTrue(stand.get(Anforderungsart.KOOPERATIONEN_DOKUMENTIERT).erfuellt());
		assertFalse(stand.get(Anforderungsart.AKTEURSLANDKARTE_ERSTELLT).erfuellt());

		Finanzierungsanteil rest = QuartierwerkFactory.eINSTANCE.createFinanzierungsanteil();
		rest.setBetrag(new BigDecimal("100.00"));
		projekt.getFinanzierungsplan().getAnteile().add(rest);
		teilnahme.setAkteurslandkarte(Kursarbeit.akteurslandkarteAus(projekt));
		stand = stand(teilnahme, projekt);
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

	private static Map<Anforderungsart, Anforderungsstand> stand(Teilnahme teilnahme, Praxisbeispiel projekt) {
		return Anforderungspruefung.pruefe(teilnahme, projekt).stream()
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
