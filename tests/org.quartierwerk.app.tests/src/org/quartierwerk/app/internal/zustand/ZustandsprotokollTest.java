package org.quartierwerk.app.internal.zustand;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.app.internal.RunningWorkbench;
import org.quartierwerk.app.internal.UiTesting;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.testing.Arbeitsbereich;
import org.quartierwerk.testing.Dienste;

/**
 * The add-on that writes what the running workbench shows, for the product tests: with the system property it writes
 * the window, the menu, the part stacks and the texts of the parts in front, and follows what changes on the screen.
 */
class ZustandsprotokollTest {

	private static final String NAVIGATOR = "stack org.quartierwerk.app.partstack.navigator: ";

	@TempDir
	Path ordner;

	private final Arbeitsbereich arbeitsbereich = Arbeitsbereich.derLaufzeit();

	@AfterEach
	void aufraeumen() {
		System.clearProperty(Zustandsprotokoll.EIGENSCHAFT);
		arbeitsbereich.close();
	}

	@Test
	void theFileShowsWindowMenuStacksAndTheNavigatorAndFollowsTheScreen() throws Exception {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel("Zustandstest Lindenhof");
		Dienste.warte(PraxisbeispielStore.class).save("zustandstest-lindenhof", beispiel);
		Path datei = ordner.resolve("zustand.txt");
		System.setProperty(Zustandsprotokoll.EIGENSCHAFT, datei.toString());

		try (RunningWorkbench werkbank = RunningWorkbench.start()) {
			UiTesting.waitFor(werkbank.display(), () -> inhalt(datei).contains("  tree: Zustandstest Lindenhof"),
					() -> "the navigator's project is not in the state file:\n" + inhalt(datei));
			List<String> zeilen = inhalt(datei).lines().toList();
			assertTrue(zeilen.containsAll(List.of("window: Quartierwerk", "visible: true",
					"menu: Datei | Bearbeiten | Berichte | Sammlung | Kurse | Fenster | Hilfe", NAVIGATOR + "[Praxisbeispiele] | Kurse",
					"stack org.quartierwerk.app.partstack.unten: [Probleme] | Finanzierungsquellen | Verlauf",
					"part org.quartierwerk.app.part.projekte: Praxisbeispiele")), () -> String.join("\n", zeilen));
			assertFalse(zeilen.contains("part org.quartierwerk.app.part.kurse: Kurse"), "only the parts in front are read");

			werkbank.show("org.quartierwerk.app.part.kurse");
			UiTesting.waitFor(werkbank.display(), () -> inhalt(datei).contains(NAVIGATOR + "Praxisbeispiele | [Kurse]"),
					() -> "the state file does not follow the screen:\n" + inhalt(datei));
			assertTrue(inhalt(datei).contains("part org.quartierwerk.app.part.kurse: Kurse"), () -> inhalt(datei));
		}
	}

	private static String inhalt(Path datei) {
		try {
			return Files.exists(datei) ? Files.readString(datei, StandardCharsets.UTF_8) : "";
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
