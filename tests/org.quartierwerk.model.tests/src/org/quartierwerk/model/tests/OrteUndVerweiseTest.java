package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Projektverweisart;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.validierung.Validierung;

/**
 * Several places and links between projects (docs/fachmodell.md §1.5, §1.6): stored in XMI as they were entered and
 * checked with their severities – a link whose project is not in the workspace is a Warnung, not a Fehler.
 */
class OrteUndVerweiseTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;
	private static final List<String> INSTALLIERT = List.of("partizipationsleiter");
	static final String KENNUNG_PROGRAMM = "0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c";

	@Test
	void threePlacesAndALinkSurviveTheProjectFile() throws Exception {
		Praxisbeispiel beispiel = mitOrtenUndVerweisen();
		beispiel.getBeteiligungen().clear(); // its Stufe is in no catalogue the file could name
		String xmi = speichere(beispiel);
		assertTrue(xmi.contains("kommune=\"Landkreis Emsland\""), xmi);

		Praxisbeispiel geladen = lade(xmi);
		assertTrue(EcoreUtil.equals(beispiel, geladen), "the loaded project differs from the saved one");
		assertEquals(List.of("Lingen-Darme", "Freren", "Emsbüren"),
				List.of(geladen.getQuartier().getName(), geladen.getWeitereOrte().get(0).getName(), geladen.getWeitereOrte().get(1).getName()));
		assertEquals(Quartiersart.GEMEINDE, geladen.getWeitereOrte().get(0).getArt());
		assertFalse(geladen.getWeitereOrte().get(1).isSetArt(), "an Art not given stays nicht angegeben");
		Projektverweis teilprojekt = geladen.getVerweise().get(0);
		assertEquals(Projektverweisart.TEILPROJEKT_VON, teilprojekt.getArt());
		assertEquals(KENNUNG_PROGRAMM, teilprojekt.getZielKennung());
		assertEquals("Gemeinsam im Emsland", teilprojekt.getZielTitel());
		Projektverweis programm = geladen.getVerweise().get(1);
		assertEquals(null, programm.getZielKennung(), "a programme outside the workspace is linked by name only");
		assertEquals("Soziale Stadt", programm.getZielTitel());
	}

	@Test
	void placesAndLinksValidateWithoutFindings() {
		Praxisbeispiel beispiel = mitOrtenUndVerweisen();
		Diagnostic befunde = Validierung.pruefe(beispiel, INSTALLIERT, Set.of(KENNUNG_PROGRAMM));
		assertEquals(List.of(), Validierung.meldungen(befunde, Diagnostic.INFO));
	}

	@Test
	void einwohnerArePlausibleForEveryPlace() {
		Praxisbeispiel beispiel = mitOrtenUndVerweisen();
		beispiel.getWeitereOrte().get(0).setEinwohner(400_000);
		assertEquals(List.of("Quartier „Freren“: Das Quartier hat mehr Einwohner (400000) als seine Kommune (320000)."),
				Validierung.meldungen(Validierung.pruefe(beispiel, INSTALLIERT), Diagnostic.ERROR));
	}

	@Test
	void aLinkToAProjectNotInTheWorkspaceIsAWarningWithTheRememberedTitle() {
		Praxisbeispiel beispiel = mitOrtenUndVerweisen();
		Diagnostic befunde = Validierung.pruefe(beispiel, INSTALLIERT, Set.of("eine-andere-kennung"));
		assertEquals(Diagnostic.WARNING, befunde.getSeverity());
		assertEquals(List.of("Projektverweis „Gemeinsam im Emsland“: Das Projekt „Gemeinsam im Emsland“, auf das verwiesen wird, ist"
				+ " nicht im Arbeitsbereich (nicht gefunden); holen Sie es in den Arbeitsbereich oder entfernen Sie den Verweis auf"
				+ " der Seite „Orte und Verweise“."), Validierung.meldungen(befunde, Diagnostic.WARNING));
		assertEquals(List.of(), Validierung.meldungen(Validierung.pruefe(beispiel, INSTALLIERT), Diagnostic.INFO),
				"without the workspace's projects a link is not looked for");
	}

	@Test
	void aLinkNamesItsTargetAndItsArtAndNotItsOwnProject() {
		Praxisbeispiel beispiel = mitOrtenUndVerweisen();
		beispiel.getVerweise().add(F.createProjektverweis());
		Diagnostic befunde = Validierung.pruefe(beispiel, INSTALLIERT);
		assertEquals(List.of("Projektverweis: Der Verweis nennt weder ein Projekt noch ein Programm; wählen Sie auf der Seite"
				+ " „Orte und Verweise“ ein Projekt oder tragen Sie den Namen des Programms ein."),
				Validierung.meldungen(befunde, Diagnostic.WARNING));

		beispiel = mitOrtenUndVerweisen();
		beispiel.getVerweise().get(1).unsetArt();
		befunde = Validierung.pruefe(beispiel, INSTALLIERT);
		assertEquals(Diagnostic.INFO, befunde.getSeverity(), "an Art not given is only a Hinweis");

		beispiel = mitOrtenUndVerweisen();
		beispiel.setKennung(KENNUNG_PROGRAMM);
		assertEquals(List.of("Projektverweis „Gemeinsam im Emsland“: Ein Projekt kann nicht auf sich selbst verweisen; entfernen Sie den"
				+ " Verweis auf der Seite „Orte und Verweise“."), Validierung.meldungen(Validierung.pruefe(beispiel, INSTALLIERT), Diagnostic.ERROR));
	}

	/** A valid project in three places, a Teilprojekt of a project of the workspace and part of a programme. */
	static Praxisbeispiel mitOrtenUndVerweisen() {
		Praxisbeispiel beispiel = ValidierungTest.gueltig();
		beispiel.setKennung("5d7b2a90-1c3e-4f4b-8a61-7e2f0c9d4b11");
		Quartier erster = beispiel.getQuartier();
		erster.setName("Lingen-Darme");
		erster.setArt(Quartiersart.STADTTEIL);
		erster.setKommune("Lingen (Ems)");
		beispiel.getWeitereOrte().add(ort("Freren", Quartiersart.GEMEINDE, 5_000, "Landkreis Emsland", 320_000));
		beispiel.getWeitereOrte().add(ort("Emsbüren", null, null, "Landkreis Emsland", null));
		beispiel.getVerweise().add(verweis(Projektverweisart.TEILPROJEKT_VON, KENNUNG_PROGRAMM, "Gemeinsam im Emsland"));
		beispiel.getVerweise().add(verweis(Projektverweisart.GEHOERT_ZU_PROGRAMM, null, "Soziale Stadt"));
		return beispiel;
	}

	private static Quartier ort(String name, Quartiersart art, Integer einwohner, String kommune, Integer kommuneEinwohner) {
		Quartier ort = F.createQuartier();
		ort.setName(name);
		if (art != null) {
			ort.setArt(art);
		}
		ort.setEinwohner(einwohner);
		ort.setKommune(kommune);
		ort.setKommuneEinwohner(kommuneEinwohner);
		return ort;
	}

	static Projektverweis verweis(Projektverweisart art, String kennung, String titel) {
		Projektverweis verweis = F.createProjektverweis();
		verweis.setArt(art);
		verweis.setZielKennung(kennung);
		verweis.setZielTitel(titel);
		return verweis;
	}

	private static String speichere(Praxisbeispiel beispiel) throws Exception {
		Resource resource = QuartierwerkResources.newResourceSet().createResource(URI.createURI("file:/projekt.xmi"));
		resource.getContents().add(EcoreUtil.copy(beispiel));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, QuartierwerkResources.saveOptions());
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static Praxisbeispiel lade(String xmi) throws Exception {
		Resource resource = QuartierwerkResources.newResourceSet().createResource(URI.createURI("file:/projekt.xmi"));
		QuartierwerkResources.load(resource, xmi.getBytes(StandardCharsets.UTF_8));
		return (Praxisbeispiel) resource.getContents().get(0);
	}
}
