package org.quartierwerk.courses.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.courses.internal.CourseRegistry;
import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursFactory;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Modulfortschritt;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.testing.Dienste;
import org.quartierwerk.testing.Testbuendel;

/** The course registry in OSGi: the two shipped courses with the facts of docs/fachmodell.md §5, and courses that come and go. */
class CourseRegistryTest {

	private final BundleContext context = FrameworkUtil.getBundle(CourseRegistryTest.class).getBundleContext();
	private final CourseRegistry registry = Dienste.warte(CourseRegistry.class);

	@Test
	void biqHasItsSixBlocksFeeAndCertificate() {
		Kurs biq = registry.kurs("biq").orElseThrow(() -> new AssertionError("no BiQ in " + registry.kurse() + registry.probleme()));
		assertEquals("BiQ – Bürgerinnen und Bürger im Quartier", biq.getTitel());
		assertEquals(List.of("Stadtteilerkundung", "Kommunikation", "Expertengespräche", "aktive Nachbarschaft", "Öffentlichkeitsarbeit",
				"Methodenwerkstatt"), biq.getModule().stream().map(Modul::getTitel).toList());
		assertEquals(6, biq.getDauerMonate());
		assertEquals(0, new BigDecimal("50").compareTo(biq.getGebuehr()));
		assertTrue(biq.isGebuehrBefreiungMoeglich());
		assertEquals("Die Teilnahme wird durch ein Zertifikat bestätigt.", biq.getZertifikat(), "as 003 L2543–L2545 says");
		assertEquals("teilnahmezertifikat", biq.getZertifikatsvorlage());
		assertTrue(biq.getAnschluss().contains("regelmäßigen Treffens"));
		assertEquals(List.of(), biq.getAnforderungen(), "the source gives no requirement: they are Vorgaben of a Kursleitung");
		assertEquals(List.of(), biq.getChecklisten(), "the source gives no checklist");
		assertEquals("org.quartierwerk.course.biq", registry.bundle("biq").orElseThrow());
	}

	@Test
	void netzwerkmanagementHasFourModulesOfThreeHundredHours() {
		Kurs kurs = registry.kurs("netzwerkmanagement").orElseThrow();
		assertEquals(List.of("Sozialraumorientierung", "Partizipation", "Welfare-Mix", "Inklusion"),
				kurs.getModule().stream().map(Modul::getTitel).toList());
		assertEquals(300, kurs.getUmfangStunden());
		assertEquals(null, kurs.getZertifikat(), "the source states a certificate only for BiQ");
		assertEquals(null, kurs.getZertifikatsvorlage());
		assertEquals(List.of(Anforderungsart.PRAXISPROJEKT_ANGELEGT), kurs.getAnforderungen().stream().map(a -> a.getArt()).toList(),
				"the begleitetes Praxisprojekt, the one requirement the source gives");
		assertTrue(kurs.getAnforderungen().get(0).getQuelle().contains("L3874"));
		assertEquals(List.of(), registry.probleme());
	}

	@Test
	void sozialraumorientierteAssistenzHasOnlyWhatItsSourceStates() {
		Kurs kurs = registry.kurs("sozialraumorientierte-assistenz")
				.orElseThrow(() -> new AssertionError("no Assistenz in " + registry.kurse() + registry.probleme()));
		assertEquals("Sozialraumorientierte Assistenz", kurs.getTitel());
		assertEquals("Netzwerk SONG", kurs.getAnbieter());
		assertEquals("Mitarbeiterinnen und Mitarbeiter der Alten-, Behinderten- oder Jugendhilfe", kurs.getZielgruppe());
		assertTrue(kurs.getBeschreibung().contains("Sozialräume erkunden"));
		assertEquals(List.of(), kurs.getModule());
		assertEquals(List.of(), kurs.getAnforderungen());
		assertEquals(List.of(), kurs.getChecklisten());
		assertEquals(null, kurs.getUmfangStunden());
		assertEquals(null, kurs.getDauerMonate());
		assertEquals(null, kurs.getGebuehr());
		assertEquals(null, kurs.getZertifikat());
		assertEquals("org.quartierwerk.course.assistenz", registry.bundle("sozialraumorientierte-assistenz").orElseThrow());
	}

	@Test
	void everyShippedRequirementAndChecklistPointNamesItsSource() {
		for (Kurs kurs : registry.kurse()) {
			if (!registry.bundle(kurs.getId()).orElseThrow().startsWith("org.quartierwerk.course.")) {
				continue;
			}
			for (Anforderung anforderung : kurs.getAnforderungen()) {
				assertNotNull(anforderung.getQuelle(), () -> kurs.getId() + ": " + anforderung.getArt() + " without quelle");
			}
			kurs.getChecklisten().forEach(liste -> {
				assertNotNull(liste.getQuelle(), () -> kurs.getId() + ": " + liste.getId() + " without quelle");
				liste.getPunkte().forEach(punkt -> assertNotNull(punkt.getQuelle(), () -> kurs.getId() + ": " + punkt.getId()));
			});
		}
	}

	@Test
	void aCourseDisappearsWhenItsBundleStopsAndReturnsWhenItStarts() throws Exception {
		Bundle biq = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("org.quartierwerk.course.biq")).findFirst()
				.orElseThrow();
		biq.start();
		assertTrue(registry.kurs("biq").isPresent());
		biq.stop();
		try {
			assertFalse(registry.kurs("biq").isPresent(), "BiQ after its bundle stopped");
			assertTrue(registry.kurs("netzwerkmanagement").isPresent());
		} finally {
			biq.start();
		}
		assertTrue(registry.kurs("biq").isPresent(), "BiQ after its bundle started again");
	}

	@Test
	void aBundleInstalledAtRuntimeAddsItsCourseAndBrokenOnesAreReported() throws Exception {
		String kurs = """
				<kurs:Kurs xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kurs="http://quartierwerk.org/kurs/1.0"
				    id="erzaehlcafe" titel="Erzählcafé moderieren" umfangStunden="12">
				  <module id="erzaehlcafe.einfuehrung" titel="Einführung" stunden="4"/>
				</kurs:Kurs>
				""";
		Bundle neu = new Testbuendel("org.quartierwerk.course.erzaehlcafe")
				.inhalt("kurs/erzaehlcafe.xmi;art=kurs, kurs/fehlt.xmi;art=kurs, kurs/kaputt.xmi;art=kurs, kurs/doppelt.xmi;art=kurs")
				.datei("kurs/erzaehlcafe.xmi", kurs).datei("kurs/kaputt.xmi", "<kurs:Kurs")
				.datei("kurs/doppelt.xmi", kurs.replace("erzaehlcafe", "biq").replace("Erzählcafé moderieren", "Noch ein BiQ"))
				.installiere();
		try {
			assertFalse(registry.kurs("erzaehlcafe").isPresent(), "installed, not started");
			neu.start();
			Kurs erzaehlcafe = registry.kurs("erzaehlcafe").orElseThrow(() -> new AssertionError(registry.probleme().toString()));
			assertEquals(4, erzaehlcafe.getModule().get(0).getStunden());
			assertEquals("org.quartierwerk.course.erzaehlcafe", registry.bundle("erzaehlcafe").orElseThrow());
			List<String> probleme = registry.probleme();
			assertEquals(3, probleme.size(), probleme::toString);
			assertTrue(probleme.contains("Kursdatei kurs/fehlt.xmi in org.quartierwerk.course.erzaehlcafe fehlt."), probleme::toString);
			assertTrue(probleme.stream().anyMatch(p -> p.startsWith("Kursdatei kurs/kaputt.xmi in org.quartierwerk.course.erzaehlcafe ist nicht lesbar")),
					probleme::toString);
			assertTrue(probleme.contains("kurs/doppelt.xmi in org.quartierwerk.course.erzaehlcafe wird übergangen: "
					+ "die Kennung „biq“ ist unter den Inhalten der Art „kurs“ schon vergeben."), probleme::toString);
			assertEquals("BiQ – Bürgerinnen und Bürger im Quartier", registry.kurs("biq").orElseThrow().getTitel());
		} finally {
			neu.uninstall();
		}
		assertFalse(registry.kurs("erzaehlcafe").isPresent(), "uninstalled");
		assertEquals(List.of(), registry.probleme());
	}

	@Test
	void aTeilnahmeIsSavedWithReferencesIntoTheInstalledCourse(@TempDir Path scratch) throws Exception {
		Kurs biq = registry.kurs("biq").orElseThrow();
		Teilnahme teilnahme = KursFactory.eINSTANCE.createTeilnahme();
		teilnahme.setTeilnehmende("Gisela Öztürk");
		teilnahme.setKurs(biq);
		teilnahme.setPraxisprojekt("Nachbarschaftstreff Sonnenhügel");
		teilnahme.setGebuehrBefreit(true);
		Modulfortschritt erkundung = KursFactory.eINSTANCE.createModulfortschritt();
		erkundung.setModul(biq.getModule().get(0));
		erkundung.setAbgeschlossen(true);
		teilnahme.getFortschritte().add(erkundung);

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Path datei = scratch.resolve("teilnahme.xmi");
		Resource resource = resources.createResource(URI.createFileURI(datei.toString()));
		resource.getContents().add(teilnahme);
		resource.save(null);
		String xml = Files.readString(datei, StandardCharsets.UTF_8);
		assertTrue(xml.contains("#biq.stadtteilerkundung\""), xml);

		// read back in a resource set that finds the installed course under its URI, without loading it again
		ResourceSetImpl wieder = new ResourceSetImpl();
		wieder.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		wieder.setURIResourceMap(new HashMap<>(Map.of(biq.eResource().getURI(), biq.eResource())));
		Teilnahme gelesen = (Teilnahme) wieder.getResource(URI.createFileURI(datei.toString()), true).getContents().get(0);
		assertEquals("Stadtteilerkundung", gelesen.getFortschritte().get(0).getModul().getTitel());
		assertSame(biq, gelesen.getKurs());
	}
}
