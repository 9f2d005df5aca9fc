package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * A trainer installs the course features into an installed product from the built course repository with p2, as
 * {@code quartierwerk kurs} does it; the product is a copy, so the build's product stays as it was.
 */
class KursInstallTest {

	private static final Path PRODUCT = Quartierwerk.root()
			.resolve("releng/org.quartierwerk.product/target/products/org.quartierwerk.product/linux/gtk/x86_64");

	@TempDir
	Path scratch;

	@Test
	void coursesAreInstalledFromTheRepositoryOnlyWhenTrustedAndCanBeRemoved() throws Exception {
		Path product = copy(PRODUCT, scratch.resolve("quartierwerk"));
		Map<String, String> env = Map.of("QUARTIERWERK_PRODUCT", product.toString());
		Path repo = repository();
		String ws = scratch.resolve("ws").toString();

		Result vorher = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "list");
		assertEquals(0, vorher.exitCode(), vorher::toString);
		assertTrue(vorher.out().contains("Keine Kurse installiert."), vorher::toString);

		Result angebot = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "list", "--repo", repo.toString());
		assertEquals(0, angebot.exitCode(), angebot::toString);
		assertTrue(angebot.out().contains("Angeboten: org.quartierwerk.course.biq.feature  Kurs BiQ – Bürgerinnen und Bürger im Quartier 0.1.0."),
				angebot::toString);
		assertTrue(angebot.out().contains("Angeboten: org.quartierwerk.course.netzwerkmanagement.feature  "), angebot::toString);

		Result unsigniert = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "install", "--repo", repo.toString());
		assertEquals(1, unsigniert.exitCode(), unsigniert::toString);
		assertTrue(unsigniert.err().contains("nicht signiert") && unsigniert.err().contains("--trust"), unsigniert::toString);
		assertTrue(Quartierwerk.run(scratch, env, "--data", ws, "kurs", "list").out().contains("Keine Kurse installiert."),
				"nothing installed after the refusal");

		Result installiert = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "install", "--repo", repo.toString(), "--trust");
		assertEquals(0, installiert.exitCode(), installiert::toString);
		assertTrue(installiert.out().contains("Installiert: Kurs BiQ"), installiert::toString);

		Result liste = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "list");
		assertEquals(0, liste.exitCode(), liste::toString);
		assertTrue(liste.out().contains("biq  BiQ – Bürgerinnen und Bürger im Quartier (6 Module)"), liste::toString);
		assertTrue(liste.out().contains("netzwerkmanagement  Dienstleistungs- und Netzwerkmanagement (4 Module)"), liste::toString);
		assertTrue(liste.out().contains("Installiert: org.quartierwerk.course.biq.feature 0.1.0."), liste::toString);

		Result entfernt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "uninstall", "biq");
		assertEquals(0, entfernt.exitCode(), entfernt::toString);
		Result danach = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "list");
		assertFalse(danach.out().contains("biq  "), danach::toString);
		assertTrue(danach.out().contains("netzwerkmanagement  "), danach::toString);

		// the build's own product was not touched
		Result original = Quartierwerk.run(scratch, "--data", ws, "kurs", "list");
		assertTrue(original.out().contains("Keine Kurse installiert."), original::toString);
	}

	@Test
	void aMissingOrDamagedRepositoryFailsCleanlyAndTheProductStillStarts() throws Exception {
		Path product = copy(PRODUCT, scratch.resolve("quartierwerk"));
		Map<String, String> env = Map.of("QUARTIERWERK_PRODUCT", product.toString());
		String ws = scratch.resolve("ws").toString();

		Result fehlt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "install", "--repo", scratch.resolve("gibt-es-nicht.zip").toString());
		assertEquals(1, fehlt.exitCode(), fehlt::toString);
		assertTrue(fehlt.err().contains("gibt es nicht"), fehlt::toString);

		Path kaputt = Files.write(scratch.resolve("kaputt.zip"), "kein ZIP".getBytes());
		Result beschaedigt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "install", "--repo", kaputt.toString(), "--trust");
		assertEquals(1, beschaedigt.exitCode(), beschaedigt::toString);
		assertTrue(beschaedigt.err().startsWith("Das Kursverzeichnis "), beschaedigt::toString);

		Result version = Quartierwerk.run(scratch, env, "--data", ws, "--version");
		assertEquals(0, version.exitCode(), version::toString);
		assertTrue(Quartierwerk.run(scratch, env, "--data", ws, "kurs", "list").out().contains("Keine Kurse installiert."));
	}

	private static Path repository() throws IOException {
		Path target = Quartierwerk.root().resolve("releng/org.quartierwerk.courses.repository/target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(f -> f.getFileName().toString().matches("quartierwerk-kurse-.*\\.zip")).findFirst()
					.orElseThrow(() -> new AssertionError("no course repository zip in " + target));
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			paths.forEach(path -> {
				try {
					Path target = to.resolve(from.relativize(path).toString());
					if (Files.isDirectory(path)) {
						Files.createDirectories(target);
					} else {
						Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return to;
	}
}
