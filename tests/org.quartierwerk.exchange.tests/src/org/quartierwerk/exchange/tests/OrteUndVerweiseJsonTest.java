package org.quartierwerk.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Projektverweisart;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.testing.Dienste;

/**
 * Several places and links between projects in Quartierwerk JSON (docs/austauschformate.md): JSON → workspace (XMI) →
 * JSON gives the same text, and the project read back equals the one written.
 */
class OrteUndVerweiseJsonTest {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	@TempDir
	Path scratch;

	private final Exchange exchange = Dienste.warte(Exchange.class);
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
	private String gespeichert;

	@AfterEach
	void deleteSavedProject() throws Exception {
		if (gespeichert != null) {
			store.delete(gespeichert);
		}
	}

	@Test
	void threePlacesAndATeilprojektLinkSurviveJsonAndTheWorkspace() throws Exception {
		Praxisbeispiel beispiel = mitOrtenUndVerweisen("0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c");
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		exchange.writeJson(List.of(beispiel), json);
		String text = json.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("\"kennung\" : \"5d7b2a90-1c3e-4f4b-8a61-7e2f0c9d4b11\""), text);
		assertTrue(text.contains("\"weitereOrte\" : [ {"), text);
		assertTrue(text.contains("\"art\" : \"TEILPROJEKT_VON\""), text);
		assertTrue(text.contains("\"zielKennung\" : \"0b6f3c1e-6a55-4a8e-9d1e-3d6c1f0a2b7c\""), text);

		Praxisbeispiel zurueck = exchange.read(Files.write(scratch.resolve("orte.json"), json.toByteArray())).get(0);
		assertTrue(EcoreUtil.equals(beispiel, zurueck), "JSON → model is lossless");
		gespeichert = exchange.addToWorkspace(List.of(zurueck)).get(0).name();
		Praxisbeispiel ausXmi = store.load(gespeichert);
		assertTrue(EcoreUtil.equals(beispiel, ausXmi), "through the workspace's XMI file");
		assertEquals("5d7b2a90-1c3e-4f4b-8a61-7e2f0c9d4b11", ausXmi.getKennung(), "the import keeps the project's Kennung");
		ByteArrayOutputStream wieder = new ByteArrayOutputStream();
		exchange.writeJson(List.of(ausXmi), wieder);
		assertEquals(text, wieder.toString(StandardCharsets.UTF_8), "JSON → XMI → JSON gives the same text");
	}

	/** A project in three places, a Teilprojekt of the project with this Kennung and part of a programme. */
	static Praxisbeispiel mitOrtenUndVerweisen(String dachKennung) {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel("Quartiersarbeit im Emsland");
		beispiel.setKennung("5d7b2a90-1c3e-4f4b-8a61-7e2f0c9d4b11");
		beispiel.setQuartier(ort("Lingen-Darme", Quartiersart.STADTTEIL, 2500, "Lingen (Ems)", 52_000));
		beispiel.getWeitereOrte().add(ort("Freren", Quartiersart.GEMEINDE, 5000, "Landkreis Emsland", 320_000));
		beispiel.getWeitereOrte().add(ort("Emsbüren", null, null, null, null));
		beispiel.getVerweise().add(verweis(Projektverweisart.TEILPROJEKT_VON, dachKennung, "Gemeinsam im Emsland"));
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

	private static Projektverweis verweis(Projektverweisart art, String kennung, String titel) {
		Projektverweis verweis = F.createProjektverweis();
		verweis.setArt(art);
		verweis.setZielKennung(kennung);
		verweis.setZielTitel(titel);
		return verweis;
	}
}
