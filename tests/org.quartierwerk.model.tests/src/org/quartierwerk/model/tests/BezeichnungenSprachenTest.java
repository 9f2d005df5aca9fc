package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/**
 * Display names come in the workbench's language (German in this runtime, started with -nl de, English from
 * bezeichnungen_en.properties under -nl en); German on request whatever the default, for documents and for matching
 * German files and command lines.
 */
class BezeichnungenSprachenTest {

	@Test
	void theRuntimeIsGermanAndEnglishComesFromTheEnFile() {
		assertEquals("Bayern", Bezeichnungen.von(Bundesland.BAYERN));
		assertEquals("Träger", Bezeichnungen.feld(Literals.PRAXISBEISPIEL__TRAEGER));
		assertEquals("Bavaria", Bezeichnungen.von(Bundesland.BAYERN, Locale.ENGLISH));
		assertEquals("Bavaria", Bezeichnungen.von(Bundesland.BAYERN, Locale.US));
		assertEquals("Responsible body", Bezeichnungen.feld(Literals.PRAXISBEISPIEL__TRAEGER, Locale.ENGLISH));
		assertEquals("Bayern", Bezeichnungen.von(Bundesland.BAYERN, Locale.GERMANY));
		// a language without a file of its own gets the German names
		assertEquals("Bayern", Bezeichnungen.von(Bundesland.BAYERN, Locale.FRENCH));
	}

	@Test
	void onAnEnglishDefaultGermanStaysGermanAndGermanWordsAreStillFound() {
		Locale vorher = Locale.getDefault();
		try {
			Locale.setDefault(Locale.US);
			assertEquals("Bavaria", Bezeichnungen.von(Bundesland.BAYERN));
			assertEquals("4.2 Partizipation ermöglichen", Bezeichnungen.von(Herausforderung.PARTIZIPATION, Locale.GERMAN));
			// what a user types or a German file holds: the German name, the English one (the workbench's language) or the literal
			assertEquals(Optional.of(Bundesland.BAYERN), Bezeichnungen.finde(Bundesland.class, "bayern"));
			assertEquals(Optional.of(Bundesland.BAYERN), Bezeichnungen.finde(Bundesland.class, "Bavaria"));
			assertEquals(Optional.of(Bundesland.NIEDERSACHSEN), Bezeichnungen.finde(Bundesland.class, "NIEDERSACHSEN"));
			assertEquals(Optional.of(Herausforderung.PARTIZIPATION),
					Bezeichnungen.finde(Herausforderung.class, "4.2 Partizipation ermöglichen", Locale.GERMAN));
			assertEquals(Optional.empty(), Bezeichnungen.finde(Bundesland.class, "Bavaria", Locale.GERMAN));
		} finally {
			Locale.setDefault(vorher);
		}
	}
}
