package org.quartierwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Arbeitsschrittstatus;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Ziel;

/**
 * Files of format 1.0 in the workspace (docs/fachmodell.md §10.10): read with the values they meant, written back as
 * 2.0 only when the user saves, with the 1.0 file kept as the backup; a file of a newer format is refused, untouched.
 */
class Migration10Test {

	private static final Path VOLLSTAENDIG = Path.of("fixtures/format-1.0/xmi/Vollstaendig.xmi").toAbsolutePath();

	@TempDir
	Path workspace;

	@Test
	void aFormat10FileKeepsWhatItMeantAndIsRewrittenAs20OnlyWhenSaved() throws Exception {
		byte[] alt = Files.readAllBytes(VOLLSTAENDIG);
		Path datei = Files.write(workspace.resolve("Vollstaendig.xmi"), alt);
		PraxisbeispielStore store = new XmiPraxisbeispielStore(() -> workspace);

		Praxisbeispiel gelesen = store.load("Vollstaendig");
		assertArrayEquals(alt, Files.readAllBytes(datei), "loading changes no file");
		Finanzierungsplan plan = gelesen.getFinanzierungsplan();
		Ausgabeposition personal = plan.getAusgaben().get(0);
		// 1.0 wrote neither: its default Kategorie (Personal) and "zuwendungsfähig" are kept as recorded values
		assertTrue(personal.isSetKategorie());
		assertEquals(Boolean.TRUE, personal.getZuwendungsfaehig());
		assertEquals(Boolean.FALSE, plan.getAusgaben().get(3).getZuwendungsfaehig());
		Arbeitsschritt erster = gelesen.getArbeitsschritte().get(0);
		assertEquals(Arbeitsschrittstatus.GEPLANT, erster.getStatus());
		assertTrue(erster.isSetStatus());
		assertEquals(Boolean.FALSE, gelesen.getStellen().get(0).getEhrenamtlich());

		store.save("Vollstaendig", gelesen);
		String neu = Files.readString(datei, StandardCharsets.UTF_8);
		assertTrue(neu.contains(QuartierwerkPackage.eNS_URI), "saved in format 2.0");
		assertTrue(neu.contains("status=\"GEPLANT\"") && neu.contains("zuwendungsfaehig=\"true\""),
				"the values 1.0 left implicit are written out");
		assertArrayEquals(alt, Files.readAllBytes(datei.resolveSibling("Vollstaendig.xmi.bak")), "the 1.0 file is the backup");
		assertTrue(EcoreUtil.equals(gelesen, store.load("Vollstaendig")), "2.0 reads back the same project");
	}

	@Test
	void whatIsNotRecordedStaysNichtAngegebenThroughSaveAndLoad() throws Exception {
		PraxisbeispielStore store = new XmiPraxisbeispielStore(() -> workspace);
		QuartierwerkFactory f = QuartierwerkFactory.eINSTANCE;
		Praxisbeispiel beispiel = f.createPraxisbeispiel();
		beispiel.setTitel("Offen gelassen");
		beispiel.getArbeitsschritte().add(f.createArbeitsschritt());
		beispiel.setFinanzierungsplan(f.createFinanzierungsplan());
		beispiel.getFinanzierungsplan().getAusgaben().add(f.createAusgabeposition());
		Ziel ziel = f.createZiel();
		ziel.setTitel("Ein Ziel");
		beispiel.getZiele().add(ziel);

		store.save("Offen", beispiel);
		Praxisbeispiel gelesen = store.load("Offen");
		assertFalse(gelesen.getArbeitsschritte().get(0).isSetStatus());
		Ausgabeposition ausgabe = gelesen.getFinanzierungsplan().getAusgaben().get(0);
		assertFalse(ausgabe.isSetKategorie());
		assertNull(ausgabe.getZuwendungsfaehig());
		assertFalse(gelesen.getZiele().get(0).isSetEbene());
		assertNull(gelesen.getZiele().get(0).getMessbar());
	}

	@Test
	void aFileOfANewerFormatIsRefusedWithAGermanReasonAndStaysUntouched() throws Exception {
		String inhalt = Files.readString(VOLLSTAENDIG, StandardCharsets.UTF_8).replace("http://quartierwerk.org/model/1.0",
				"http://quartierwerk.org/model/3.0");
		Path datei = Files.writeString(workspace.resolve("Zukunft.xmi"), inhalt, StandardCharsets.UTF_8);
		PraxisbeispielStore store = new XmiPraxisbeispielStore(() -> workspace);

		StoreException e = assertThrows(StoreException.class, () -> store.load("Zukunft"));
		assertTrue(e.getMessage().contains("Zukunft.xmi") && e.getMessage().contains("neueren Quartierwerk-Version")
				&& e.getMessage().contains("3.0") && e.getMessage().contains("Aktualisieren Sie Quartierwerk"), e.getMessage());
		assertEquals(inhalt, Files.readString(datei, StandardCharsets.UTF_8));
	}
}
