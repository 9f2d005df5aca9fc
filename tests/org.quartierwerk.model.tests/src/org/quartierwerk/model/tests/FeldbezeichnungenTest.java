package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.validierung.Validierung;

/** Validation messages name fields by their German labels; every field of the model has one. */
class FeldbezeichnungenTest {

	@Test
	void everyFieldTheValidationCanNameHasAGermanLabel() throws Exception {
		Properties namen = new Properties();
		try (InputStream in = Bezeichnungen.class.getResourceAsStream("bezeichnungen.properties")) {
			namen.load(in);
		}
		// any field can be reported: required ones, references that do not resolve, and the rules' own
		List<String> ohneBezeichnung = new ArrayList<>();
		for (EClassifier classifier : QuartierwerkPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass klasse) {
				for (EStructuralFeature feld : klasse.getEStructuralFeatures()) {
					String schluessel = "feld." + klasse.getName() + "." + feld.getName();
					if (namen.getProperty(schluessel, "").isBlank()) {
						ohneBezeichnung.add(schluessel);
					}
				}
			}
		}
		assertEquals(List.of(), ohneBezeichnung);
	}

	@Test
	void messagesUseTheLabelAndAFieldWithoutOneKeepsItsName() {
		assertEquals("Träger", Bezeichnungen.feld(Literals.PRAXISBEISPIEL__TRAEGER));
		Praxisbeispiel leer = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		leer.setTitel("Treff");
		List<String> meldungen = Validierung.meldungen(Validierung.pruefe(leer), 0);
		assertTrue(meldungen.contains("Praxisbeispiel „Treff“: Das Feld „Bundesland“ ist nicht ausgefüllt."), meldungen::toString);

		EClass fremd = EcoreFactory.eINSTANCE.createEClass();
		fremd.setName("Fremd");
		EAttribute attribut = EcoreFactory.eINSTANCE.createEAttribute();
		attribut.setName("irgendwas");
		attribut.setEType(EcorePackage.Literals.ESTRING);
		fremd.getEStructuralFeatures().add(attribut);
		assertEquals("irgendwas", Bezeichnungen.feld(attribut));
	}
}
