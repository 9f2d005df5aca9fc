package org.quartierwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.ReferenceTargets;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.validierung.Validierung;
import org.quartierwerk.testing.Dienste;

/** The XMI store on real files: round trip, backups, locking and hostile input. */
class PraxisbeispielStoreTest {

	@TempDir
	Path workspace;

	private Process otherProcess;

	@AfterEach
	void cleanUp() {
		if (otherProcess != null) {
			otherProcess.destroyForcibly();
		}
	}

	@Test
	void storeServiceSavesListsLoadsAndDeletesInTheWorkspace() throws Exception {
		PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
		String name = "Galgenhalde Test " + System.nanoTime();
		Praxisbeispiel beispiel = beispiel("Quartiersprojekt Ravensburg-Galgenhalde");

		store.save(name, beispiel);
		assertTrue(store.names().contains(name));
		assertTrue(EcoreUtil.equals(beispiel, store.load(name)));

		store.delete(name);
		assertFalse(store.names().contains(name));
		assertTrue(Files.exists(backup(store.file(name))), "a deleted Praxisbeispiel stays as backup");
		Files.delete(backup(store.file(name)));
	}

	@Test
	void savingAgainKeepsThePreviousVersionAsBackup() throws Exception {
		PraxisbeispielStore store = storeOn(workspace);
		store.save("Vrees", beispiel("Wir für euch – Altwerden in Vrees"));
		store.save("Vrees", beispiel("Wir für euch – Altwerden in Vrees (2. Fassung)"));

		assertEquals("Wir für euch – Altwerden in Vrees (2. Fassung)", store.load("Vrees").getTitel());
		assertEquals("Wir für euch – Altwerden in Vrees", store.load(backup(store.file("Vrees"))).getTitel());
		assertEquals(List.of("Vrees"), store.names());
		assertFalse(Files.exists(workspace.resolve("Vrees.xmi.tmp")), "no temporary file is left");
	}

	@Test
	void hostileAndBrokenFilesAreRefusedClearlyAndHarmNothing() throws Exception {
		PraxisbeispielStore store = storeOn(workspace);
		store.save("Eichstetten", beispiel("Bürgergemeinschaft Eichstetten"));
		byte[] neighbour = Files.readAllBytes(store.file("Eichstetten"));
		Path secret = Files.writeString(workspace.resolve("geheim.txt"), "GEHEIMNIS");

		refused(store, "kaputt", "<?xml version=\"1.0\"?><qw:Praxisbeispiel xmlns:qw=", "kein gültiges XML");
		refused(store, "xxe", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
				+ "<qw:Praxisbeispiel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:qw=\"http://quartierwerk.org/model/1.0\" titel=\"&s;\"/>", "DOCTYPE");
		refused(store, "lachen", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\">]><qw:Praxisbeispiel xmlns:qw=\"http://quartierwerk.org/model/1.0\" "
				+ "titel=\"&c;\"/>", "DOCTYPE");
		refused(store, "fremd", "<?xml version=\"1.0\"?><x:Praxisbeispiel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:x=\"http://example.org/fremd\" titel=\"Fremd\"/>", "keine Quartierwerk-Datei");
		refused(store, "katalog", "<?xml version=\"1.0\"?><qw:Finanzierungskatalog xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:qw=\"http://quartierwerk.org/model/1.0\" id=\"k\"/>",
				"enthält kein Praxisbeispiel");
		refused(store, "leer", "", "kein gültiges XML");
		// a root without a namespace is named as such, not as the namespace "null"
		refused(store, "ohne", "<xmi/>", "ihr erstes Element nennt keinen Namensraum");

		Path huge = workspace.resolve("riesig.xmi");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(50L * 1024 * 1024);
		}
		StoreException tooLarge = assertThrows(StoreException.class, () -> store.load("riesig"));
		assertTrue(tooLarge.getMessage().contains("zu groß") && tooLarge.getMessage().contains("riesig.xmi"),
				tooLarge.getMessage());

		assertArrayEquals(neighbour, Files.readAllBytes(store.file("Eichstetten")), "another file was changed");
		assertEquals("Bürgergemeinschaft Eichstetten", store.load("Eichstetten").getTitel());
	}

	@Test
	void namesThatAreNoFileNamesAreRefused() throws Exception {
		PraxisbeispielStore store = storeOn(workspace);
		for (String name : new String[] { "", " ", "../ausbruch", "a/b", ".versteckt", "x".repeat(201) }) {
			StoreException e = assertThrows(StoreException.class, () -> store.save(name, beispiel("T")));
			assertTrue(e.getMessage().contains("kein zulässiger Name"), e.getMessage());
		}
	}

	@Test
	void aSecondProcessOnTheSameWorkspaceIsRefused() throws Exception {
		Path locker = workspace.resolveSibling(workspace.getFileName() + "-Locker.java");
		Files.writeString(locker, """
				import java.nio.channels.FileChannel;
				import java.nio.file.*;
				public class Locker {
				    public static void main(String[] args) throws Exception {
				        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				        channel.lock();
				        System.out.println("gesperrt");
				        System.out.flush();
				        // holds the lock until the test ends it (or its own end closes the pipe)
				        System.in.read();
				    }
				}
				""");
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		otherProcess = new ProcessBuilder(java, locker.toString(), workspace.resolve(".quartierwerk.lock").toString())
				.redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(new InputStreamReader(otherProcess.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("gesperrt", output.readLine(), "the other process did not lock the workspace");

		StoreException refused = assertThrows(StoreException.class, () -> storeOn(workspace).names());
		assertTrue(refused.getMessage().contains("schon von einem anderen Quartierwerk-Programm benutzt"), refused.getMessage());

		otherProcess.destroyForcibly();
		otherProcess.waitFor(10, TimeUnit.SECONDS);
		assertEquals(List.of(), storeOn(workspace).names(), "the workspace is usable once the other process ended");
	}

	/**
	 * A number such as 1E+999999999 is a few bytes in a file but a billion digits in the check's sums and on the screen:
	 * {@code validate} and the workbench ran out of memory on it (found by bench/fuzz, XmiLoaderFuzzer). It is refused
	 * when loading, with its line; large and precise numbers that are meant still load, check and sum.
	 */
	@Test
	void numbersNoOneCanCalculateWithAreRefusedAtTheirLine() throws Exception {
		PraxisbeispielStore store = storeOn(workspace);
		String kopf = "<?xml version=\"1.0\"?>\n<qw:Praxisbeispiel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:qw=\"http://quartierwerk.org/model/1.0\" titel=\"Zahlen\">\n<finanzierungsplan>\n";
		String fuss = "</finanzierungsplan>\n</qw:Praxisbeispiel>\n";
		for (String betrag : new String[] { "1E+999999999", "1E-999999999", "0E-999999999", "-1E+16", "1".repeat(400),
				"0." + "1".repeat(21) }) {
			refused(store, "zahl", kopf + "<ausgaben bezeichnung=\"Miete\" jahr=\"2020\" betrag=\"" + betrag + "\"/>\n" + fuss,
					"(Zeile 4,");
		}
		refused(store, "prozent", kopf + "<anteile anteilProzent=\"5E+999999999\"/>\n" + fuss, "(Zeile 4,");

		Files.writeString(store.file("gross"), kopf + "<ausgaben bezeichnung=\"Bau\" jahr=\"2020\" betrag=\"999999999999999.99\"/>\n"
				+ "<ausgaben bezeichnung=\"Rest\" jahr=\"2020\" betrag=\"0." + "1".repeat(20) + "\"/>\n" + fuss);
		Praxisbeispiel gross = store.load("gross");
		assertEquals(new BigDecimal("999999999999999.99"), gross.getFinanzierungsplan().getAusgaben().get(0).getBetrag());
		assertTrue(Validierung.meldungen(Validierung.pruefe(gross), Diagnostic.WARNING).stream().anyMatch(m -> m.contains("nicht ausgeglichen")),
				"the check of the large numbers did not run to its end");
	}

	/** A file from elsewhere may point anywhere; loading it reads that file and nothing else. */
	@Test
	void loadingAProjectOpensNoOtherFile() throws Exception {
		Files.writeString(workspace.resolve("fremd.modell"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Partizipationsmodell xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
				    id="fremd"><stufen id="fremd.stufe" name="Fremd" rang="1"/></qw:Partizipationsmodell>
				""");
		Path file = Files.writeString(workspace.resolve("Verweis.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
				    titel="Verweis"><beteiligungen phase="PLANUNG"><stufe href="fremd.modell#//@stufen.0"/></beteiligungen></qw:Praxisbeispiel>
				""");
		for (PraxisbeispielStore store : List.of(storeOn(workspace), Dienste.warte(PraxisbeispielStore.class))) {
			Praxisbeispiel beispiel = store.load(file);
			assertTrue(beispiel.getBeteiligungen().get(0).getStufe().eIsProxy(), "the reference into another file was followed");
			assertEquals(1, beispiel.eResource().getResourceSet().getResources().stream()
					.filter(r -> !"quartierwerk".equals(r.getURI().scheme())).count(), "files opened besides the project");
		}
	}

	/** A reference into a catalogue resolves while a ReferenceTargets service offers the catalogue, and only then. */
	@Test
	void referencesResolveIntoWhatReferenceTargetsOffer() throws Exception {
		Partizipationsmodell modell = QuartierwerkFactory.eINSTANCE.createPartizipationsmodell();
		modell.setId("verweisziel");
		Partizipationsstufe mitreden = QuartierwerkFactory.eINSTANCE.createPartizipationsstufe();
		mitreden.setId("verweisziel.mitreden");
		mitreden.setName("Mitreden");
		modell.getStufen().add(mitreden);
		Resource katalog = QuartierwerkResources.newResourceSet().createResource(QuartierwerkResources.katalogUri("verweisziel.xmi"));
		katalog.getContents().add(modell);
		Path file = Files.writeString(workspace.resolve("Verweis.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
				    titel="Verweis"><beteiligungen phase="PLANUNG"><stufe href="quartierwerk:/katalog/verweisziel.xmi#verweisziel.mitreden"/>
				  </beteiligungen></qw:Praxisbeispiel>
				""");
		PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class);
		assertTrue(store.load(file).getBeteiligungen().get(0).getStufe().eIsProxy(), "resolved before the catalogue was offered");

		BundleContext context = FrameworkUtil.getBundle(PraxisbeispielStoreTest.class).getBundleContext();
		ServiceRegistration<ReferenceTargets> angebot = context.registerService(ReferenceTargets.class,
				() -> Map.of(katalog.getURI(), katalog), null);
		try {
			assertSame(mitreden, store.load(file).getBeteiligungen().get(0).getStufe());
		} finally {
			angebot.unregister();
		}
		assertTrue(store.load(file).getBeteiligungen().get(0).getStufe().eIsProxy(), "still resolved after the offer was withdrawn");
	}

	private static void refused(PraxisbeispielStore store, String name, String content, String expected) throws IOException {
		Files.writeString(store.file(name), content);
		StoreException e = assertThrows(StoreException.class, () -> store.load(name));
		assertTrue(e.getMessage().contains(name + ".xmi") && e.getMessage().contains(expected), e.getMessage());
		assertFalse(e.getMessage().contains("GEHEIMNIS"), e.getMessage());
	}

	private static PraxisbeispielStore storeOn(Path folder) {
		return new XmiPraxisbeispielStore(() -> folder);
	}

	private static Praxisbeispiel beispiel(String titel) {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(titel);
		beispiel.setBundesland(Bundesland.NIEDERSACHSEN);
		beispiel.getZielgruppen().add("Ältere Menschen");
		return beispiel;
	}

	private static Path backup(Path file) {
		return file.resolveSibling(file.getFileName() + ".bak");
	}
}
