package org.quartierwerk.content.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.content.Beitrag;
import org.quartierwerk.content.ContentHandler;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.Dienste;
import org.quartierwerk.testing.Testbuendel;

/**
 * The one extender in OSGi: a data-only bundle built at run time contributes one of each kind through the header
 * Quartierwerk-Inhalt; its contributions come and go with the bundle, broken clauses become German problems.
 */
class ContentExtenderTest {

	private static final String PROBE = "org.quartierwerk.inhalt.probe";
	private static final String KAPUTT = "org.quartierwerk.inhalt.kaputt";

	private final BundleContext context = FrameworkUtil.getBundle(ContentExtenderTest.class).getBundleContext();
	private final List<Bundle> installiert = new ArrayList<>();
	private Katalog katalog;
	private CourseService kurse;
	private ReportService berichte;

	@BeforeEach
	void awaitServices() {
		katalog = Dienste.warte(Katalog.class);
		kurse = Dienste.warte(CourseService.class);
		berichte = Dienste.warte(ReportService.class);
	}

	@AfterEach
	void cleanUp() throws Exception {
		for (Bundle bundle : installiert) {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		}
	}

	@Test
	void aDataBundleContributesOneOfEachKindWhileItRuns() throws Exception {
		Bundle probe = installiere(new Testbuendel(PROBE).inhalt("""
				katalog/probe-modell.xmi;art=partizipationsmodell,
				 katalog/probe-quellen.xmi;art=finanzierungskatalog,
				 kurs/probekurs.xmi;art=kurs,
				 berichte/probe-bericht.rptdesign;art=vorlage;kurs=probekurs;formate="pdf,html"
				""".replace("\n", ""))
				.kopf("Bundle-Localization", "OSGI-INF/l10n/bundle")
				.datei("katalog/probe-modell.xmi", """
						<qw:Partizipationsmodell xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
						    id="probe-modell" name="Probemodell">
						  <stufen id="probe-modell.zuhoeren" name="Zuhören" rang="1"/>
						  <stufen id="probe-modell.mitmachen" name="Mitmachen" rang="2"/>
						</qw:Partizipationsmodell>""")
				.datei("katalog/probe-quellen.xmi", """
						<qw:Finanzierungskatalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
						    id="probe-quellen" name="Probequellen">
						  <quellen id="probe-stiftung" name="Probe-Stiftung für Nachbarschaft" art="STIFTUNG" beleg="Testdaten"/>
						</qw:Finanzierungskatalog>""")
				.datei("kurs/probekurs.xmi", """
						<kurs:Kurs xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kurs="http://quartierwerk.org/kurs/1.0"
						    id="probekurs" titel="Probekurs Nachbarschaft" umfangStunden="8">
						  <module id="probekurs.einstieg" titel="Einstieg" stunden="4"/>
						</kurs:Kurs>""")
				.datei("berichte/probe-bericht.rptdesign", """
						<?xml version="1.0" encoding="UTF-8"?>
						<report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23"><body><label>
						<text-property name="text">Probe</text-property></label></body></report>""")
				.datei("OSGI-INF/l10n/bundle.properties", """
						vorlage.probe-bericht.titel = Probebericht für den Probekurs
						vorlage.probe-bericht.beschreibung = Was im Probekurs entstand
						""")
				.datei("OSGI-INF/l10n/bundle_en.properties", """
						vorlage.probe-bericht.titel = Trial report of the trial course
						vorlage.probe-bericht.beschreibung = What the trial course produced
						"""));
		assertAbwesend("installed, not started");

		probe.start();
		assertAnwesend();
		assertEquals(List.of(), probleme(PROBE));

		probe.stop();
		assertAbwesend("stopped");
		probe.start();
		assertAnwesend();
		probe.uninstall();
		assertAbwesend("uninstalled");
	}

	private void assertAnwesend() {
		Partizipationsmodell modell = katalog.partizipationsmodell("probe-modell")
				.orElseThrow(() -> new AssertionError("no Partizipationsmodell: " + katalog.probleme()));
		assertEquals(List.of("Zuhören", "Mitmachen"), modell.getStufen().stream().map(s -> s.getName()).toList());
		URI logisch = URI.createURI("quartierwerk:/katalog/probe-modell.xmi");
		assertEquals(logisch, modell.eResource().getURI(), "a catalogue file keeps its logical URI");
		assertSame(modell.eResource(), katalog.ressourcen().get(logisch));
		assertTrue(katalog.partizipationsmodelle().contains(modell));
		assertEquals(Katalog.STANDARD_MODELL, katalog.partizipationsmodelle().get(0).getId(), "the default model stays first");
		Finanzierungsquelle quelle = katalog.finanzierungsquellen().stream().filter(q -> q.getId().equals("probe-stiftung")).findFirst()
				.orElseThrow(() -> new AssertionError("no Finanzierungsquelle: " + katalog.probleme()));
		assertEquals("Probe-Stiftung für Nachbarschaft", quelle.getName());

		Kurs kurs = kurse.kurs("probekurs").orElseThrow(() -> new AssertionError("no course: " + kurse.probleme()));
		assertEquals("Probekurs Nachbarschaft", kurs.getTitel());
		assertEquals(PROBE + ".feature", kurse.feature("probekurs"), "a course comes with the feature of its bundle");
		assertEquals(URI.createURI("quartierwerk:/kurs/" + PROBE + "/kurs/probekurs.xmi"), kurs.eResource().getURI());
		ContentRegistry<Kurs> register = register("kurs");
		assertSame(kurs, register.eintrag("probekurs").orElseThrow(), "the course registry and the facade show the same course");

		Berichtsvorlage vorlage = berichte.vorlagen().stream().filter(v -> v.id().equals("probe-bericht")).findFirst()
				.orElseThrow(() -> new AssertionError("no template: " + register("vorlage").probleme()));
		assertEquals("Probebericht für den Probekurs", vorlage.titel(), "the title in the runtime's language (de)");
		assertEquals("Was im Probekurs entstand", vorlage.beschreibung());
		assertEquals("probekurs", vorlage.kurs());
		assertEquals(EnumSet.of(Berichtsformat.PDF, Berichtsformat.HTML), vorlage.formate());
		assertFalse(vorlage.sammlung());
		assertTrue(vorlage.design().toString().endsWith("berichte/probe-bericht.rptdesign"), vorlage.design()::toString);
	}

	private void assertAbwesend(String wann) {
		assertTrue(katalog.partizipationsmodell("probe-modell").isEmpty(), "Partizipationsmodell when the bundle is " + wann);
		assertFalse(katalog.ressourcen().containsKey(URI.createURI("quartierwerk:/katalog/probe-modell.xmi")), wann);
		assertTrue(katalog.finanzierungsquellen().stream().noneMatch(q -> q.getId().equals("probe-stiftung")), "source when " + wann);
		assertTrue(kurse.kurs("probekurs").isEmpty(), "course when the bundle is " + wann);
		assertTrue(berichte.vorlagen().stream().noneMatch(v -> v.id().equals("probe-bericht")), "template when the bundle is " + wann);
		assertEquals(List.of(), probleme(PROBE), wann);
	}

	@Test
	void brokenClausesAreLeftOutEachWithOneGermanProblem() throws Exception {
		String kurs = """
				<kurs:Kurs xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kurs="http://quartierwerk.org/kurs/1.0"
				    id="zweimal" titel="Zweimal da"/>""";
		Bundle kaputt = installiere(new Testbuendel(KAPUTT).inhalt(String.join(",", "kurs/einmal.xmi;art=kurs", "kurs/doppelt.xmi;art=kurs",
				"kurs/fehlt.xmi;art=kurs", "kurs/kaputt.xmi;art=kurs", "kurs/katalog.xmi;art=kurs", "thema/hell.css;art=thema",
				"katalog/ohne-art.xmi", "berichte/ohne-titel.rptdesign;art=vorlage", "katalog/zwei.xmi;art=partizipationsmodell",
				"katalog/partizipationsleiter.xmi;art=finanzierungskatalog"))
				.datei("kurs/einmal.xmi", kurs).datei("kurs/doppelt.xmi", kurs.replace("Zweimal da", "Noch einmal"))
				.datei("kurs/kaputt.xmi", "<kurs:Kurs").datei("thema/hell.css", "body {}").datei("katalog/ohne-art.xmi", "")
				.datei("kurs/katalog.xmi", """
						<qw:Finanzierungskatalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
						    id="kein-kurs"/>""")
				.datei("berichte/ohne-titel.rptdesign", "<report xmlns=\"http://www.eclipse.org/birt/2005/design\"/>")
				.datei("katalog/zwei.xmi", "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\"><x/>")
				.datei("katalog/partizipationsleiter.xmi", """
						<qw:Finanzierungskatalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
						    id="gleicher-name"><quellen id="gleicher-name.quelle" name="Quelle mit vergebenem Dateinamen" art="STIFTUNG"/>
						</qw:Finanzierungskatalog>"""));
		Bundle ohneErweiterung = installiere(new Testbuendel(KAPUTT + ".ohne").kopf(ContentRegistry.HEADER, "kurs/a.xmi;art=kurs"));
		Bundle frueher = installiere(new Testbuendel(KAPUTT + ".frueher").kopf("Quartierwerk-Kurs", "kurs/a.xmi"));
		kaputt.start();
		ohneErweiterung.start();
		frueher.start();

		assertEquals("Zweimal da", kurse.kurs("zweimal").orElseThrow().getTitel(), "the first of two courses with one id counts");
		List<String> probleme = new ArrayList<>(probleme(KAPUTT));
		List<String> erwartet = List.of("kurs/doppelt.xmi in " + KAPUTT + " wird übergangen: die Kennung „zweimal“ ist unter den Inhalten "
				+ "der Art „kurs“ schon vergeben.",
				"Kursdatei kurs/fehlt.xmi in " + KAPUTT + " fehlt.",
				"Kursdatei kurs/kaputt.xmi in " + KAPUTT + " ist nicht lesbar: Die Datei ist kein gültiges XML (Zeile 1, Spalte 11); "
						+ "sie ist vielleicht unvollständig oder beschädigt. Nehmen Sie eine andere Kopie oder die Sicherung daneben "
						+ "(Endung .bak), falls es sie gibt.",
				"Kursdatei kurs/katalog.xmi in " + KAPUTT + " enthält nicht genau ein Element „Kurs“.",
				"thema/hell.css in " + KAPUTT + " wird nicht gelesen: kein installiertes Bündel liest Inhalte der Art „thema“.",
				"Im Kopf Quartierwerk-Inhalt von " + KAPUTT + " fehlt bei katalog/ohne-art.xmi die Art (art=partizipationsmodell, "
						+ "finanzierungskatalog, kurs oder vorlage).",
				"Die Berichtsvorlage berichte/ohne-titel.rptdesign in " + KAPUTT + " hat keinen Titel: der Schlüssel "
						+ "vorlage.ohne-titel.titel fehlt in der Lokalisierung des Bündels (Bundle-Localization).",
				"Katalogdatei katalog/zwei.xmi in " + KAPUTT + " ist nicht lesbar: Die Datei enthält eine DOCTYPE-Deklaration; "
						+ "aus Sicherheitsgründen werden solche Dateien nicht gelesen.",
				"Katalogdatei partizipationsleiter.xmi in " + KAPUTT + " wird übergangen: eine andere Katalogdatei heißt schon so.",
				KAPUTT + ".ohne nennt Inhalte im Kopf Quartierwerk-Inhalt, verlangt aber die Erweiterung nicht; sie werden erst gelesen, "
						+ "wenn das Manifest „Require-Capability: " + Testbuendel.ERWEITERUNG + "“ enthält.",
				KAPUTT + ".frueher nennt Inhalte in einem Kopf, den Quartierwerk nicht mehr liest (Quartierwerk-Kurs); Kataloge, Kurse und "
						+ "Berichtsvorlagen stehen jetzt im Kopf Quartierwerk-Inhalt mit der Art jeder Datei (siehe README).");
		for (String problem : erwartet) {
			assertTrue(probleme.remove(problem), () -> "missing: " + problem + "\nin: " + probleme(KAPUTT));
		}
		assertEquals(List.of(), probleme, "more than one problem per broken clause");
		assertTrue(kurse.kurs("kein-kurs").isEmpty());
		assertTrue(katalog.finanzierungsquellen().stream().noneMatch(q -> q.getId().equals("gleicher-name.quelle")),
				"a catalogue file whose logical URI is taken");
		assertEquals(Katalog.STANDARD_MODELL, katalog.partizipationsmodelle().get(0).getId());

		kaputt.uninstall();
		ohneErweiterung.uninstall();
		frueher.uninstall();
		assertEquals(List.of(), probleme(KAPUTT), "problems of uninstalled bundles");
		assertTrue(kurse.kurs("zweimal").isEmpty());
	}

	@Test
	void aHandlerThatComesLateReadsTheBundlesThatStartedBefore() throws Exception {
		Bundle spaet = installiere(new Testbuendel(PROBE + ".spaet").inhalt("notiz/gruss.txt;art=notiz").datei("notiz/gruss.txt", "Guten Tag"));
		spaet.start();
		String unbekannt = "notiz/gruss.txt in " + PROBE + ".spaet wird nicht gelesen: kein installiertes Bündel liest Inhalte der Art „notiz“.";
		assertNull(registerOderNull("notiz"), "a registry without a handler");
		assertTrue(kurse.probleme().contains(unbekannt), kurse.probleme()::toString);

		ContentHandler<String> handler = (bundle, klausel, problem) -> {
			try (InputStream in = bundle.getEntry(klausel.getValue()).openStream()) {
				return List.of(new Beitrag<>("gruss", new String(in.readAllBytes(), StandardCharsets.UTF_8), bundle.getSymbolicName()));
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		};
		ServiceRegistration<?> registrierung = context.registerService(ContentHandler.class.getName(), handler,
				new Hashtable<>(Map.of(ContentRegistry.ART_PROPERTY, "notiz")));
		try {
			ContentRegistry<String> notizen = register("notiz");
			assertEquals(List.of("Guten Tag"), notizen.eintraege());
			assertEquals(Optional.of(PROBE + ".spaet"), notizen.bundle("gruss"));
			assertFalse(kurse.probleme().contains(unbekannt), kurse.probleme()::toString);
		} finally {
			registrierung.unregister();
		}
		assertNull(registerOderNull("notiz"), "the registry left with its handler");
		assertTrue(kurse.probleme().contains(unbekannt), kurse.probleme()::toString);
	}

	/** The problems that name the bundle, from all registries and the catalogue (where both catalogue kinds meet). */
	private List<String> probleme(String bundle) {
		List<String> probleme = new ArrayList<>();
		for (String art : List.of("partizipationsmodell", "finanzierungskatalog", "kurs", "vorlage")) {
			register(art).probleme().stream().filter(p -> p.contains(bundle) && !probleme.contains(p)).forEach(probleme::add);
		}
		katalog.probleme().stream().filter(p -> p.contains(bundle) && !probleme.contains(p)).forEach(probleme::add);
		return probleme;
	}

	private Bundle installiere(Testbuendel buendel) throws Exception {
		Bundle bundle = buendel.installiere();
		installiert.add(bundle);
		return bundle;
	}

	private <T> ContentRegistry<T> register(String art) {
		ContentRegistry<T> register = registerOderNull(art);
		assertNotNull(register, "no registry of the kind " + art);
		return register;
	}

	@SuppressWarnings("unchecked")
	private <T> ContentRegistry<T> registerOderNull(String art) {
		try {
			Collection<ServiceReference<ContentRegistry>> referenzen = context.getServiceReferences(ContentRegistry.class,
					"(" + ContentRegistry.ART_PROPERTY + "=" + art + ")");
			return referenzen.isEmpty() ? null : context.getService(referenzen.iterator().next());
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}
}
