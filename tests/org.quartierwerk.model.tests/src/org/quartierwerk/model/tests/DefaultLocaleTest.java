package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.model.analyse.Facettenindex;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.model.analyse.Sammlung.Facetten;

/**
 * Search, order and the stored form of dates do not depend on the JVM's default locale: each test runs under a
 * Turkish default (where "TITEL".toLowerCase() is "tıtel"), Arabic and Thai defaults with their own digits, an English
 * and a German one, and must give the same German result.
 */
class DefaultLocaleTest {

	private static final List<String> LOCALES = List.of("tr-TR", "ar-EG", "th-TH-u-nu-thai", "en-US", "de-DE");

	private final Locale vorher = Locale.getDefault();
	private final Locale vorherFormat = Locale.getDefault(Locale.Category.FORMAT);
	private final Locale vorherAnzeige = Locale.getDefault(Locale.Category.DISPLAY);

	@AfterEach
	void restoreDefaultLocale() {
		Locale.setDefault(vorher);
		Locale.setDefault(Locale.Category.FORMAT, vorherFormat);
		Locale.setDefault(Locale.Category.DISPLAY, vorherAnzeige);
	}

	@Test
	void searchIgnoresCaseByGermanRulesAndTheDotOfTheI() {
		for (String tag : LOCALES) {
			Locale.setDefault(Locale.forLanguageTag(tag));
			sucheUnter(tag);
		}
	}

	private static void sucheUnter(String tag) {
		Praxisbeispiel initiative = projekt("Initiative Wohnen im Quartier");
		Praxisbeispiel inci = projekt("Begegnungscafé İnci");
		Praxisbeispiel isik = projekt("Nachbarschaftshilfe Işık");
		Praxisbeispiel strasse = projekt("STRASSENFEST IN DER WESTSTADT");
		List<Praxisbeispiel> sammlung = List.of(initiative, inci, isik, strasse);
		Facettenindex index = Facettenindex.von(sammlung);

		for (String[] fall : new String[][] { { "INITIATIVE", "0" }, { "initiative", "0" }, { "QUARTIER", "0" }, { "İNCİ", "1" },
				{ "inci", "1" }, { "INCI", "1" }, { "ınci", "1" }, { "IŞIK", "2" }, { "işık", "2" }, { "strassenfest", "3" },
				{ "Weststadt", "3" }, { "in der weststadt", "3" }, { "CAFÉ", "1" } }) {
			Facetten facetten = new Facetten(Set.of(), Set.of(), Set.of(), Set.of(), fall[0]);
			List<Praxisbeispiel> erwartet = List.of(sammlung.get(Integer.parseInt(fall[1])));
			assertEquals(erwartet, Sammlung.suche(sammlung, facetten), () -> tag + ": " + fall[0]);
			assertEquals(erwartet, index.suche(facetten), () -> tag + ": " + fall[0] + " (Facettenindex)");
		}
		assertEquals("titel", Textvergleich.suchform("TITEL"));
	}

	@Test
	void titlesSortAsInAGermanRegister() {
		for (String tag : LOCALES) {
			Locale.setDefault(Locale.forLanguageTag(tag));
			sortiereUnter(tag);
		}
	}

	private static void sortiereUnter(String tag) {
		List<String> erwartet = List.of("50plus aktiv", "apfelhof", "Apfelhof", "Äpfelhof", "Ärztehaus Nord", "Bürger im Quartier",
				"Bürgergemeinschaft", "„Einander helfen“", "Inci", "İnci", "Isar-Treff", "Öffentlicher Garten", "Ostend", "Strasse",
				"Straße", "Straßenfest 🏡", "🏡 Wohnen im Alter", "Zentrum", "„Zuhause im Stadtteil“");
		List<String> gemischt = new ArrayList<>(erwartet);
		Collections.shuffle(gemischt, new Random(15));

		List<String> sortiert = new ArrayList<>(gemischt);
		sortiert.sort(Textvergleich.ordnung());
		assertEquals(erwartet, sortiert, tag);
		assertEquals(erwartet, Textvergleich.sortiert(gemischt, text -> text), tag);
	}

	@Test
	void datesAreStoredWithLatinDigits() {
		for (String tag : LOCALES) {
			Locale.setDefault(Locale.forLanguageTag(tag));
			for (String datum : new String[] { "2007", "2017-02", "2018-07-01" }) {
				assertEquals(datum, Teildatum.valueOf(datum).toString(), tag);
				assertEquals(datum, EcoreUtil.convertToString(QuartierwerkPackage.Literals.TEILDATUM, Teildatum.valueOf(datum)), tag);
			}
		}
	}

	private static Praxisbeispiel projekt(String titel) {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(titel);
		return beispiel;
	}
}
