package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Handlungsfeld;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Hilfemixsektor;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Kooperationsform;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Wirkungsstufe;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.analyse.GoodPractice;
import org.quartierwerk.model.Zielebene;

/** The generated model in the OSGi runtime: registered by its bundle, saved and loaded as XMI. */
class XmiRoundTripTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	@TempDir
	Path folder;

	@Test
	void packageIsRegisteredThroughItsBundle() {
		assertSame(QuartierwerkPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(QuartierwerkPackage.eNS_URI));
	}

	@Test
	void praxisbeispielSurvivesSaveAndLoad() throws Exception {
		Praxisbeispiel beispiel = galgenhalde();
		Path file = folder.resolve("Galgenhalde.xmi");
		save(beispiel, file);
		assertTrue(Files.readString(file).contains("beginn=\"2007\""), "Teildatum is stored as its text");

		Praxisbeispiel loaded = (Praxisbeispiel) load(file);
		assertTrue(EcoreUtil.equals(beispiel, loaded), "loaded copy differs from the saved one");
		assertSame(loaded.getOrganisationen().get(0), loaded.getTraeger());
		assertSame(loaded.getOrganisationen().get(1), loaded.getKooperationen().get(0).getPartner());
		Finanzierungsplan plan = loaded.getFinanzierungsplan();
		assertSame(plan.getQuellen().get(0), plan.getAnteile().get(0).getQuelle());
		assertEquals(new BigDecimal("41250.50"), plan.getAusgaben().get(0).getBetrag());
		assertEquals(Teildatum.jahr(2007), loaded.getLaufzeit().getBeginn());
		assertFalse(loaded.getTraeger().isSetAkteurstyp(), "an unset Akteurstyp stays unset");
		assertTrue(loaded.isSetBundesland());
		assertEquals(Teildatum.jahr(2011), loaded.getZiele().get(0).getKennzahlen().get(0).getAusgangsdatum());
		assertEquals("Jahresbericht 2012 des Trägers", loaded.getZiele().get(0).getKennzahlen().get(0).getIstwerte().get(0).getQuelle());
		assertEquals(Wirkungsstufe.OUTCOME, loaded.getZiele().get(0).getWirkungsstufe());
		assertEquals(Hilfemixsektor.STAAT, loaded.getOrganisationen().get(1).getSektor());
		assertEquals(List.of(loaded.getOrganisationen().get(1)), loaded.getWeitereTraeger(), "the Mitträger is the project's own");
		assertEquals(Integer.valueOf(2), loaded.getStellen().get(0).getPersonen());
		assertEquals(2, loaded.getGoodPractice().size());
		Kriteriumsbewertung partizipation = loaded.getGoodPractice().get(0);
		assertEquals(GoodPracticeKriterium.PARTIZIPATION, partizipation.getKriterium());
		assertEquals(Erfuellungsgrad.TEILWEISE, partizipation.getBewertung());
		assertEquals("Bewohnerbeirat seit 2009; Budget entscheidet die Stiftung", partizipation.getBegruendung());
		Kriteriumsbewertung konzeption = loaded.getGoodPractice().get(1);
		assertEquals(GoodPracticeKriterium.KONZEPTION, konzeption.getKriterium(), "the first literal is written, not dropped as a default");
		assertTrue(konzeption.isSetKriterium());
		assertFalse(konzeption.isSetBewertung(), "a Begründung without a Bewertung keeps its Bewertung nicht angegeben");
		assertEquals(Optional.empty(), GoodPractice.bewertung(loaded, GoodPracticeKriterium.KONZEPTION));
		assertEquals(Set.of(), GoodPractice.erfuellt(loaded), "teilweise is not erfüllt");
		Einsparung einsparung = loaded.getEinsparungen().get(0);
		assertEquals(new BigDecimal("3120000"), einsparung.getBetrag());
		assertEquals(Teildatum.jahr(2011), einsparung.getZeitraum().getEnde());
		assertEquals("40 % × 650 Einzelfallhilfen × 12.000 €", einsparung.getBerechnung());
		assertEquals(Boolean.TRUE, einsparung.getMitVorbehalt());
		Einsparung leer = loaded.getEinsparungen().get(1);
		assertNull(leer.getBetrag(), "an Einsparung without Betrag stays without");
		assertNull(leer.getMitVorbehalt(), "mit Vorbehalt not stated stays not stated");
	}

	private static Praxisbeispiel galgenhalde() {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel("Quartiersprojekt Ravensburg-Galgenhalde");
		beispiel.setHerausforderung(Herausforderung.KOOPERATION_VERNETZUNG);
		beispiel.setBundesland(Bundesland.BADEN_WUERTTEMBERG);
		beispiel.getHandlungsfelder().add(Handlungsfeld.WOHNEN);
		beispiel.getZielgruppen().add("Ältere Menschen im Quartier – „LebensWert“");
		Laufzeit laufzeit = F.createLaufzeit();
		laufzeit.setBeginn(Teildatum.valueOf("2007"));
		laufzeit.setOffen(true);
		laufzeit.setText("seit 2007");
		beispiel.setLaufzeit(laufzeit);

		Organisation liebenau = F.createOrganisation();
		liebenau.setName("Stiftung Liebenau");
		Organisation stadt = F.createOrganisation();
		stadt.setName("Stadt Ravensburg");
		beispiel.getOrganisationen().add(liebenau);
		beispiel.getOrganisationen().add(stadt);
		beispiel.setTraeger(liebenau);
		Kooperation kooperation = F.createKooperation();
		kooperation.setPartner(stadt);
		kooperation.setForm(Kooperationsform.SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG);
		beispiel.getKooperationen().add(kooperation);

		Finanzierungsplan plan = F.createFinanzierungsplan();
		Finanzierungsquelle kommune = F.createFinanzierungsquelle();
		kommune.setName("Stadt Ravensburg");
		kommune.setArt(Finanzierungsart.KOMMUNE);
		plan.getQuellen().add(kommune);
		Ausgabeposition personal = F.createAusgabeposition();
		personal.setKategorie(Ausgabenkategorie.PERSONAL);
		personal.setJahr(2019);
		personal.setBetrag(new BigDecimal("41250.50"));
		plan.getAusgaben().add(personal);
		Finanzierungsanteil anteil = F.createFinanzierungsanteil();
		anteil.setQuelle(kommune);
		anteil.setAnteilProzent(new BigDecimal("33.33"));
		anteil.setStatus(Bewilligungsstatus.BEWILLIGT);
		plan.getAnteile().add(anteil);
		beispiel.setFinanzierungsplan(plan);

		// the facts of issue 17 item 2 and 5 that format 2.0 adds
		stadt.setSektor(Hilfemixsektor.STAAT);
		beispiel.getWeitereTraeger().add(stadt);
		Stelle stelle = F.createStelle();
		stelle.setFunktion("Quartiersmanagement");
		stelle.setVollzeitaequivalent(new BigDecimal("1.5"));
		stelle.setPersonen(2);
		beispiel.getStellen().add(stelle);
		Ziel ziel = F.createZiel();
		ziel.setTitel("Länger selbstbestimmt zu Hause leben");
		ziel.setEbene(Zielebene.PRODUKTZIEL);
		ziel.setWirkungsstufe(Wirkungsstufe.OUTCOME);
		Kennzahl hausbesuche = F.createKennzahl();
		hausbesuche.setIndikator("Hausbesuche");
		hausbesuche.setAusgangswert(new BigDecimal("120"));
		hausbesuche.setAusgangsdatum(Teildatum.jahr(2011));
		hausbesuche.setZieldatum(Teildatum.monat(2014, 12));
		Messwert gemessen = F.createMesswert();
		gemessen.setDatum(Teildatum.jahr(2012));
		gemessen.setWert(new BigDecimal("412"));
		gemessen.setQuelle("Jahresbericht 2012 des Trägers");
		hausbesuche.getIstwerte().add(gemessen);
		ziel.getKennzahlen().add(hausbesuche);
		beispiel.getZiele().add(ziel);

		// issue 17 item 6: the Good-Practice self-assessment
		Kriteriumsbewertung partizipation = F.createKriteriumsbewertung();
		partizipation.setKriterium(GoodPracticeKriterium.PARTIZIPATION);
		partizipation.setBewertung(Erfuellungsgrad.TEILWEISE);
		partizipation.setBegruendung("Bewohnerbeirat seit 2009; Budget entscheidet die Stiftung");
		beispiel.getGoodPractice().add(partizipation);
		Kriteriumsbewertung konzeption = F.createKriteriumsbewertung();
		konzeption.setKriterium(GoodPracticeKriterium.KONZEPTION);
		konzeption.setBegruendung("Konzept wird 2025 überarbeitet");
		beispiel.getGoodPractice().add(konzeption);
		Einsparung heimeinzuege = F.createEinsparung();
		heimeinzuege.setBezeichnung("Vermiedene Heimeinzüge");
		heimeinzuege.setBetrag(new BigDecimal("3120000"));
		Laufzeit jahr2011 = F.createLaufzeit();
		jahr2011.setBeginn(Teildatum.jahr(2011));
		jahr2011.setEnde(Teildatum.jahr(2011));
		heimeinzuege.setZeitraum(jahr2011);
		heimeinzuege.setBerechnung("40 % × 650 Einzelfallhilfen × 12.000 €");
		heimeinzuege.setQuelle("Sozialamt Dortmund");
		heimeinzuege.setMitVorbehalt(true);
		beispiel.getEinsparungen().add(heimeinzuege);
		beispiel.getEinsparungen().add(F.createEinsparung());
		return beispiel;
	}

	private static void save(Praxisbeispiel beispiel, Path file) throws Exception {
		Resource resource = resources().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(beispiel);
		resource.save(Map.of());
	}

	private static Object load(Path file) {
		return resources().getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
	}

	private static ResourceSet resources() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return set;
	}
}
