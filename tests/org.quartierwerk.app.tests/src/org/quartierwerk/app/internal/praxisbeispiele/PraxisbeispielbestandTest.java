package org.quartierwerk.app.internal.praxisbeispiele;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispielbestand.Eintrag;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.analyse.Sammlung.Facetten;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/** The navigator's reading of the workspace: unchanged files are not read again, an unreadable one is there as error. */
class PraxisbeispielbestandTest {

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();
	private final PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);

	@AfterEach
	void aufraeumen() {
		arbeitsbereich.close();
	}

	@Test
	void rereadsOnlyChangedFilesAndKeepsAnUnreadableOneAsError() throws Exception {
		store.save("bestandtest-a", beispiel("Bestandtest Altona", Bundesland.HAMBURG));
		store.save("bestandtest-b", beispiel("Bestandtest Bremen-Nord", Bundesland.BREMEN));
		Files.writeString(store.file("bestandtest-kaputt"), "<xmi/>");
		Praxisbeispielbestand erst = Praxisbeispielbestand.lies(store, null, null);
		Eintrag kaputt = projekt(erst, "bestandtest-kaputt");
		assertEquals("bestandtest-kaputt", kaputt.titel());
		assertEquals(1, kaputt.fehler());
		assertTrue(kaputt.befund().getChildren().get(0).getMessage().contains("bestandtest-kaputt"),
				kaputt.befund().getChildren().get(0).getMessage());

		store.save("bestandtest-b", beispiel("Bestandtest Vegesack", Bundesland.BREMEN));
		// changed: a file time other than the one read, whatever the file system's clock resolution
		FileTime vorher = projekt(erst, "bestandtest-b").stand();
		Files.setLastModifiedTime(store.file("bestandtest-b"), FileTime.from(vorher.toInstant().plusSeconds(1)));
		Praxisbeispielbestand dann = Praxisbeispielbestand.lies(store, null, erst);
		assertSame(projekt(erst, "bestandtest-a").beispiel(), projekt(dann, "bestandtest-a").beispiel(), "unchanged: not read again");
		assertNotSame(projekt(erst, "bestandtest-b").beispiel(), projekt(dann, "bestandtest-b").beispiel());
		assertEquals("Bestandtest Vegesack", projekt(dann, "bestandtest-b").titel());

		List<Eintrag> bremen = dann.suche(new Facetten(Set.of(Bundesland.BREMEN), Set.of(), Set.of(), Set.of(), "bestandtest"));
		assertEquals(List.of("bestandtest-b"), bremen.stream().map(Eintrag::name).toList());
	}

	private static Praxisbeispiel beispiel(String titel, Bundesland land) {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(titel);
		beispiel.setBundesland(land);
		return beispiel;
	}

	private static Eintrag projekt(Praxisbeispielbestand bestand, String name) {
		return bestand.projekte().stream().filter(p -> p.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not read"));
	}
}
