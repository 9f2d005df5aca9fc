package org.quartierwerk.app.internal.projekte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.quartierwerk.app.internal.projekte.Projektbestand.Projekt;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.analyse.Sammlung.Facetten;

/** The navigator's reading of the workspace: unchanged files are not read again, an unreadable one is there as error. */
class ProjektbestandTest {

	private final PraxisbeispielStore store = service();
	private final List<String> namen = List.of("bestandtest-a", "bestandtest-b", "bestandtest-kaputt");

	@AfterEach
	void aufraeumen() throws Exception {
		for (String name : namen) {
			if (store.names().contains(name)) {
				store.delete(name);
			}
		}
	}

	@Test
	void rereadsOnlyChangedFilesAndKeepsAnUnreadableOneAsError() throws Exception {
		store.save("bestandtest-a", beispiel("Bestandtest Altona", Bundesland.HAMBURG));
		store.save("bestandtest-b", beispiel("Bestandtest Bremen-Nord", Bundesland.BREMEN));
		Files.writeString(store.file("bestandtest-kaputt"), "<xmi/>");
		Projektbestand erst = Projektbestand.lies(store, null, null);
		Projekt kaputt = projekt(erst, "bestandtest-kaputt");
		assertEquals("bestandtest-kaputt", kaputt.titel());
		assertEquals(1, kaputt.fehler());
		assertTrue(kaputt.befund().getChildren().get(0).getMessage().contains("bestandtest-kaputt"),
				kaputt.befund().getChildren().get(0).getMessage());

		Thread.sleep(20);
		store.save("bestandtest-b", beispiel("Bestandtest Vegesack", Bundesland.BREMEN));
		Projektbestand dann = Projektbestand.lies(store, null, erst);
		assertSame(projekt(erst, "bestandtest-a").beispiel(), projekt(dann, "bestandtest-a").beispiel(), "unchanged: not read again");
		assertNotSame(projekt(erst, "bestandtest-b").beispiel(), projekt(dann, "bestandtest-b").beispiel());
		assertEquals("Bestandtest Vegesack", projekt(dann, "bestandtest-b").titel());

		List<Projekt> bremen = dann.suche(new Facetten(Set.of(Bundesland.BREMEN), Set.of(), Set.of(), Set.of(), "bestandtest"));
		assertEquals(List.of("bestandtest-b"), bremen.stream().map(Projekt::name).toList());
	}

	private static Praxisbeispiel beispiel(String titel, Bundesland land) {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(titel);
		beispiel.setBundesland(land);
		return beispiel;
	}

	private static Projekt projekt(Projektbestand bestand, String name) {
		return bestand.projekte().stream().filter(p -> p.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not read"));
	}

	private static PraxisbeispielStore service() {
		ServiceTracker<PraxisbeispielStore, PraxisbeispielStore> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(ProjektbestandTest.class).getBundleContext(), PraxisbeispielStore.class, null);
		tracker.open();
		try {
			PraxisbeispielStore store = tracker.waitForService(10_000);
			if (store == null) {
				throw new AssertionError("no PraxisbeispielStore");
			}
			return store;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
