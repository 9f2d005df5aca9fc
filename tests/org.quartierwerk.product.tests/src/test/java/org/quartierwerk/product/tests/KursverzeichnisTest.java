package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * A trainer names a course repository that cannot be installed from: each case ends with its own German message that
 * names the repository as typed and says what to do, exit code 1, nothing from p2 or Java on the screen, and the
 * installation exactly as before. A plain http repository is read only with the explicit permission, and then over plain
 * http at the address given; the servers here run in the test on 127.0.0.1.
 */
class KursverzeichnisTest {

	/** What p2, ECF and Java say in English; none of it may reach the trainer. */
	private static final List<String> FREMDTEXT = List.of("Unable to", "No repository found", "Exception", "exception", "org.eclipse",
			"java.", "p2", "ECF", "https://127.0.0.1");

	/** The course repository as the build makes it, a folder a publisher puts on a web server. */
	private static final Path KURSVERZEICHNIS = Quartierwerk.root().resolve("releng/org.quartierwerk.courses.repository/target/repository");

	@TempDir
	Path scratch;

	private Path product;
	private Map<String, String> env;
	private String ws;

	@BeforeEach
	void installation() throws Exception {
		product = KursInstallTest.copy(KursInstallTest.PRODUCT, scratch.resolve("quartierwerk"));
		env = Map.of("QUARTIERWERK_PRODUCT", product.toString());
		ws = Files.createDirectories(scratch.resolve("ws")).toString();
		// the first start of a copied installation records its new folder in the p2 profile; that is not the test
		Result start = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste");
		assertEquals(0, start.exitCode(), start::toString);
	}

	@Test
	void aPlainHttpRepositoryIsRefusedWithoutThePermissionAndNothingIsFetched() throws Exception {
		try (RepositoryServer server = RepositoryServer.serving(KURSVERZEICHNIS)) {
			String adresse = server.address();
			Map<String, String> vorher = checksums();

			Result install = kurs("installieren", "--verzeichnis", adresse, "--vertrauen");
			assertFails(install, "Die Adresse „" + adresse + "“ ist unverschlüsselt (http://): unterwegs können andere mitlesen und die "
					+ "Kurse unbemerkt verändern, bevor sie installiert werden. Nehmen Sie die https://-Adresse des Kursanbieters.");
			assertTrue(install.err().contains("--unverschluesselt"), "names the permission: " + install);

			Result liste = kurs("liste", "--verzeichnis", adresse);
			assertFails(liste, "Die Adresse „" + adresse + "“ ist unverschlüsselt (http://)");

			assertEquals(List.of(), server.log(), "not one request may reach the server");
			assertEquals(0, server.connections(), "not even a connection");
			assertEquals(vorher, checksums(), "the installation is unchanged");
		}
	}

	@Test
	void withThePermissionTheRepositoryIsFetchedOverPlainHttpExactlyAsGiven() throws Exception {
		try (RepositoryServer server = RepositoryServer.serving(KURSVERZEICHNIS)) {
			String adresse = server.address();
			Result angebot = kurs("liste", "--verzeichnis", adresse, "--unverschluesselt");
			assertEquals(0, angebot.exitCode(), angebot::toString);
			assertTrue(angebot.out().contains("Angeboten: org.quartierwerk.course.biq.feature  Kurs BiQ"), angebot::toString);

			Result install = kurs("installieren", "--verzeichnis", adresse, "--unverschluesselt", "--vertrauen");
			assertEquals(0, install.exitCode(), install::toString);
			assertTrue(install.out().contains("Kurse werden installiert aus " + adresse + " ..."), install::toString);
			assertTrue(install.out().contains("Installiert: Kurs BiQ – Bürgerinnen und Bürger im Quartier"), install::toString);
			assertEquals("", install.err(), install::toString);

			List<String> log = server.log();
			assertFalse(log.contains(RepositoryServer.TLS), () -> "no TLS handshake on the plain http port: " + log);
			for (String request : log) {
				assertTrue(request.matches("(GET|HEAD) /\\S* HTTP/1\\.1"), () -> "only plain http requests: " + log);
			}
			assertTrue(log.contains("GET /p2.index HTTP/1.1"), log::toString);
			assertTrue(log.stream().anyMatch(r -> r.matches("GET /content\\.(jar|xml|xml\\.xz) HTTP/1\\.1")), log::toString);
			assertTrue(log.stream().anyMatch(r -> r.matches("GET /artifacts\\.(jar|xml|xml\\.xz) HTTP/1\\.1")), log::toString);
			assertTrue(log.stream().anyMatch(r -> r.startsWith("GET /plugins/org.quartierwerk.course.biq_")), log::toString);
			assertTrue(log.stream().anyMatch(r -> r.startsWith("GET /features/org.quartierwerk.course.biq.feature_")), log::toString);
		}
		// the server is gone: the installation neither keeps the repository nor needs it again
		Path repositories = product.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/.data/.settings");
		try (Stream<Path> files = Files.list(repositories)) {
			for (Path file : files.toList()) {
				assertFalse(Files.readString(file).contains("127.0.0.1"), () -> file + " keeps the repository");
			}
		}
		Result liste = kurs("list");
		assertTrue(liste.out().contains("biq  BiQ – Bürgerinnen und Bürger im Quartier (6 Module)"), liste::toString);
		Result entfernt = kurs("uninstall", "biq");
		assertEquals(0, entfernt.exitCode(), entfernt::toString);
	}

	@Test
	void anAddressTheServerDoesNotKnowIsNotFound() throws Exception {
		try (RepositoryServer server = RepositoryServer.notFound()) {
			String adresse = server.address() + "kurse/";
			Map<String, String> vorher = checksums();

			Result install = kurs("installieren", "--verzeichnis", adresse, "--unverschluesselt", "--vertrauen");
			assertFails(install, "Das Kursverzeichnis „" + adresse + "“ gibt es nicht: der Server kennt diese Adresse nicht (Fehler 404). "
					+ "Prüfen Sie die Adresse, die Sie vom Kursanbieter erhalten haben.");
			assertTrue(server.log().contains("GET /kurse/p2.index HTTP/1.1"), server.log()::toString);
			assertEquals(vorher, checksums(), "the installation is unchanged");
		}
	}

	@Test
	void aServerThatNeverAnswersIsUnreachableAndTheCommandEndsByItself() throws Exception {
		try (RepositoryServer server = RepositoryServer.noAnswer()) {
			Map<String, String> vorher = checksums();

			// Quartierwerk.run fails the test when the command has not ended by itself within two minutes
			Result install = kurs("installieren", "--verzeichnis", server.address(), "--unverschluesselt", "--vertrauen");
			assertFails(install, "Das Kursverzeichnis „" + server.address() + "“ ist nicht erreichbar: der Server 127.0.0.1:" + server.port()
					+ " antwortet nicht. Prüfen Sie die Adresse und die Netzverbindung");
			assertTrue(server.connections() > 0, "the server was asked");
			assertEquals(vorher, checksums(), "the installation is unchanged");
		}
	}

	@Test
	void aSlowServerIsWaitedFor() throws Exception {
		// each answer starts after 3 seconds: within the product's read timeout (15 s), beyond the 1 s that ECF's URL
		// connection transport would set for the whole JVM if the product did not set the timeouts itself
		try (RepositoryServer server = RepositoryServer.slow(KURSVERZEICHNIS, Duration.ofSeconds(3))) {
			Result angebot = kurs("liste", "--verzeichnis", server.address(), "--unverschluesselt");
			assertEquals(0, angebot.exitCode(), angebot::toString);
			assertTrue(angebot.out().contains("Angeboten: org.quartierwerk.course.biq.feature  Kurs BiQ"), angebot::toString);
			assertTrue(server.log().contains("GET /p2.index HTTP/1.1"), server.log()::toString);
		}
	}

	@Test
	void aPortWhereNothingListensAndAnUnknownServerAreUnreachable() throws Exception {
		int port = RepositoryServer.closedPort();
		String adresse = "http://127.0.0.1:" + port + "/kurse/";
		Map<String, String> vorher = checksums();

		Result install = kurs("installieren", "--verzeichnis", adresse, "--unverschluesselt", "--vertrauen");
		assertFails(install, "Das Kursverzeichnis „" + adresse + "“ ist nicht erreichbar: der Server 127.0.0.1:" + port
				+ " nimmt keine Verbindung an. Prüfen Sie die Adresse und die Netzverbindung und versuchen Sie es später noch einmal; "
				+ "Quartierwerk ist unverändert.");

		// .invalid never resolves (RFC 2606)
		Result unbekannt = kurs("installieren", "--verzeichnis", "https://kurse.quartierwerk.invalid/biq/", "--vertrauen");
		assertFails(unbekannt, "Das Kursverzeichnis „https://kurse.quartierwerk.invalid/biq/“ ist nicht erreichbar: den Server "
				+ "kurse.quartierwerk.invalid findet das Netz nicht");
		assertEquals(vorher, checksums(), "the installation is unchanged");

		// what lies beneath is there for diagnosis, on request only
		Result diagnose = Quartierwerk.run(scratch, Map.of("QUARTIERWERK_PRODUCT", product.toString(), "QUARTIERWERK_DEBUG", "1"), "--data", ws,
				"kurs", "installieren", "--verzeichnis", adresse, "--unverschluesselt");
		assertEquals(1, diagnose.exitCode(), diagnose::toString);
		assertTrue(diagnose.err().startsWith("Das Kursverzeichnis „" + adresse + "“ ist nicht erreichbar"), diagnose::toString);
		assertTrue(diagnose.err().contains("Einzelheiten (QUARTIERWERK_DEBUG):") && diagnose.err().contains("java.net.ConnectException"),
				diagnose::toString);
	}

	@Test
	void aFolderOrZipFileWithOtherContentIsNoCourseRepository() throws Exception {
		Path ordner = Files.createDirectories(scratch.resolve("Kurse vom Anbieter"));
		Files.writeString(ordner.resolve("README.md"), "Die Kurse kommen später.\n");
		Path zip = Files.write(scratch.resolve("kurse.zip"), "kein ZIP, nur Text".repeat(100).getBytes());
		Path fehlt = scratch.resolve("gibt-es-nicht");
		Map<String, String> vorher = checksums();

		Result readme = kurs("installieren", "--verzeichnis", ordner.toString(), "--vertrauen");
		assertFails(readme, "„" + ordner + "“ ist kein Kursverzeichnis: der Ordner enthält keine installierbaren Kurse (es fehlen content.jar "
				+ "und artifacts.jar). Wählen Sie den Ordner oder die ZIP-Datei, die Sie vom Kursanbieter erhalten haben, so wie sie ist.");

		Result junk = kurs("installieren", "--verzeichnis", zip.toString(), "--vertrauen");
		assertFails(junk, "„" + zip + "“ ist kein Kursverzeichnis: die ZIP-Datei ist beschädigt oder enthält keine installierbaren Kurse.");

		Result angebot = kurs("liste", "--verzeichnis", zip.toString());
		assertFails(angebot, "„" + zip + "“ ist kein Kursverzeichnis: die ZIP-Datei ist beschädigt");

		Result nichts = kurs("installieren", "--verzeichnis", fehlt.toString(), "--vertrauen");
		assertFails(nichts, "Das Kursverzeichnis „" + fehlt + "“ gibt es nicht: unter diesem Pfad liegt weder ein Ordner noch eine ZIP-Datei.");
		assertEquals(vorher, checksums(), "the installation is unchanged");
	}

	@Test
	void wrongUsageIsExitCodeTwo() throws Exception {
		Result tippfehler = kurs("installieren", "--verzeichnis", KURSVERZEICHNIS.toString(), "--unverschlüsselt");
		assertEquals(2, tippfehler.exitCode(), tippfehler::toString);
		assertTrue(tippfehler.err().startsWith("Unbekannte Option --unverschlüsselt für „kurs installieren“."), tippfehler::toString);
		assertTrue(tippfehler.err().contains("[--unverschluesselt]"), "the usage names the option: " + tippfehler);
	}

	private Result kurs(String... args) throws Exception {
		String[] all = Stream.concat(Stream.of("--data", ws, "kurs"), Stream.of(args)).toArray(String[]::new);
		return Quartierwerk.run(scratch, env, all);
	}

	/** Exit code 1, stderr starts with the German message, and nothing from p2 or Java anywhere. */
	private static void assertFails(Result result, String start) {
		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.err().startsWith(start), () -> "expected stderr to start with\n" + start + "\n" + result);
		Supplier<String> wo = result::toString;
		for (String fremd : FREMDTEXT) {
			assertFalse(result.err().contains(fremd) || result.out().contains(fremd), () -> "'" + fremd + "' leaked: " + wo.get());
		}
	}

	/**
	 * SHA-256 of every file of the installation copy: artifacts.xml, plugins/, features/, p2/ (the profile registry with
	 * the profile's preferences, the download cache) and configuration/ (config.ini, bundles.info, platform.xml). Left out
	 * is only what the runtime rewrites on every start, the caches of the framework, the extension registry and the
	 * application container, and log files.
	 */
	private Map<String, String> checksums() throws IOException {
		Map<String, String> sums = new TreeMap<>();
		try (Stream<Path> files = Files.walk(product)) {
			files.filter(Files::isRegularFile).forEach(file -> {
				String name = product.relativize(file).toString();
				if (name.startsWith("configuration/org.eclipse.osgi/") || name.startsWith("configuration/org.eclipse.core.runtime/")
						|| name.startsWith("configuration/org.eclipse.equinox.app/") || name.matches("configuration/[^/]*\\.log")) {
					return;
				}
				sums.put(name, sha256(file));
			});
		}
		assertTrue(sums.containsKey("artifacts.xml") && sums.containsKey("configuration/config.ini")
				&& sums.keySet().stream().anyMatch(name -> name.startsWith("p2/org.eclipse.equinox.p2.engine/profileRegistry/")), sums::toString);
		return sums;
	}

	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
