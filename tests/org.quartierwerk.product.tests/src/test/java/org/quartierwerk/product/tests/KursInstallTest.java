package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * A trainer installs the course features into an installed product from the built course repository with p2, as
 * {@code quartierwerk kurs} does it; the product is a copy, so the build's product stays as it was.
 */
class KursInstallTest {

	private static final String PROJEKT = "Nachbarschaftstreff Sonnenhügel";

	static final Path PRODUCT = Quartierwerk.root()
			.resolve("releng/org.quartierwerk.product/target/products/org.quartierwerk.product/linux/gtk/x86_64");

	@TempDir
	Path scratch;

	@Test
	void coursesAreInstalledFromTheRepositoryOnlyWhenTrustedAndCanBeRemoved() throws Exception {
		Path product = copy(PRODUCT, scratch.resolve("quartierwerk"));
		Map<String, String> env = Map.of("QUARTIERWERK_PRODUCT", product.toString());
		Path repo = repository();
		String ws = Files.createDirectories(scratch.resolve("ws")).toString();

		Result vorher = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste");
		assertEquals(0, vorher.exitCode(), vorher::toString);
		assertTrue(vorher.out().contains("Keine Kurse installiert."), vorher::toString);
		Result vorgabenOhneKurs = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "vorgaben", "biq", "--punkt", "Gibt es Treffpunkte?");
		assertEquals(1, vorgabenOhneKurs.exitCode(), vorgabenOhneKurs::toString);
		assertTrue(vorgabenOhneKurs.err().contains("Der Kurs „biq“ ist nicht installiert"), vorgabenOhneKurs::toString);
		assertFalse(Files.exists(Path.of(ws, "kurse")), "nothing written for a course that is not installed");

		Result angebot = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste", "--verzeichnis", repo.toString());
		assertEquals(0, angebot.exitCode(), angebot::toString);
		assertTrue(angebot.out().contains("Angeboten: org.quartierwerk.course.biq.feature  Kurs BiQ – Bürgerinnen und Bürger im Quartier 0.1.0."),
				angebot::toString);
		assertTrue(angebot.out().contains("Angeboten: org.quartierwerk.course.netzwerkmanagement.feature  "), angebot::toString);
		assertTrue(angebot.out().contains("Angeboten: org.quartierwerk.course.assistenz.feature  Kurs Sozialraumorientierte Assistenz 0.1.0."),
				angebot::toString);

		Result unsigniert = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "installieren", "--verzeichnis", repo.toString());
		assertEquals(1, unsigniert.exitCode(), unsigniert::toString);
		assertTrue(unsigniert.err().contains("nicht signiert") && unsigniert.err().contains("--vertrauen"), unsigniert::toString);
		assertTrue(Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste").out().contains("Keine Kurse installiert."),
				"nothing installed after the refusal");

		Result installiert = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "installieren", "--verzeichnis", repo.toString(), "--vertrauen");
		assertEquals(0, installiert.exitCode(), installiert::toString);
		assertTrue(installiert.out().contains("Installiert: Kurs BiQ"), installiert::toString);

		Result liste = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste");
		assertEquals(0, liste.exitCode(), liste::toString);
		assertTrue(liste.out().contains("biq  BiQ – Bürgerinnen und Bürger im Quartier (6 Module)"), liste::toString);
		assertTrue(liste.out().contains("netzwerkmanagement  Dienstleistungs- und Netzwerkmanagement (4 Module)"), liste::toString);
		assertTrue(liste.out().contains("sozialraumorientierte-assistenz  Sozialraumorientierte Assistenz (0 Module)"), liste::toString);
		assertTrue(liste.out().contains("Installiert: org.quartierwerk.course.assistenz.feature 0.1.0."), liste::toString);
		assertTrue(liste.out().contains("Installiert: org.quartierwerk.course.biq.feature 0.1.0."), liste::toString);

		// the installed courses work: checklist, requirements, certificate and final report
		Path datei = kursarbeit(env, ws);


		Result entfernt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "deinstallieren", "biq");
		assertEquals(0, entfernt.exitCode(), entfernt::toString);
		Result danach = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste");
		assertFalse(danach.out().contains("biq  "), danach::toString);
		assertTrue(danach.out().contains("netzwerkmanagement  "), danach::toString);
		// with the course its templates go; the participant's file stays for a later reinstall
		Result vorlagen = Quartierwerk.run(scratch, env, "--data", ws, "bericht", "--vorlagen");
		assertFalse(vorlagen.out().contains("teilnahmezertifikat"), vorlagen::toString);
		assertTrue(vorlagen.out().contains("abschlussbericht"), vorlagen::toString);
		Result teilnahmen = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme");
		assertFalse(teilnahmen.out().contains("biq  "), teilnahmen::toString);
		assertTrue(teilnahmen.out().contains("netzwerkmanagement  " + PROJEKT), teilnahmen::toString);
		assertTrue(Files.isRegularFile(datei), datei::toString);

		// the build's own product was not touched
		Result original = Quartierwerk.run(scratch, "--data", ws, "kurs", "liste");
		assertTrue(original.out().contains("Keine Kurse installiert."), original::toString);
	}

	@Test
	void aMissingOrDamagedRepositoryFailsCleanlyAndTheProductStillStarts() throws Exception {
		Path product = copy(PRODUCT, scratch.resolve("quartierwerk"));
		Map<String, String> env = Map.of("QUARTIERWERK_PRODUCT", product.toString());
		String ws = Files.createDirectories(scratch.resolve("ws")).toString();

		Result fehlt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "installieren", "--verzeichnis", scratch.resolve("gibt-es-nicht.zip").toString());
		assertEquals(1, fehlt.exitCode(), fehlt::toString);
		assertTrue(fehlt.err().startsWith("Das Kursverzeichnis „" + scratch.resolve("gibt-es-nicht.zip") + "“ gibt es nicht"), fehlt::toString);

		Path kaputt = Files.write(scratch.resolve("kaputt.zip"), "kein ZIP".getBytes());
		Result beschaedigt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "installieren", "--verzeichnis", kaputt.toString(), "--vertrauen");
		assertEquals(1, beschaedigt.exitCode(), beschaedigt::toString);
		assertTrue(beschaedigt.err().startsWith("„" + kaputt + "“ ist kein Kursverzeichnis"), beschaedigt::toString);

		Result version = Quartierwerk.run(scratch, env, "--data", ws, "--version");
		assertEquals(0, version.exitCode(), version::toString);
		assertTrue(Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste").out().contains("Keine Kurse installiert."));
	}

	/**
	 * The English names of before still work: the same output and exit code as the German ones, and one line on stderr
	 * for each old name, saying what it is called now.
	 */
	@Test
	void theFormerNamesOfSubcommandsAndOptionsStillWorkWithAHint() throws Exception {
		String ws = Files.createDirectories(scratch.resolve("ws")).toString();
		Result neu = Quartierwerk.run(scratch, "--data", ws, "kurs", "liste");
		Result alt = Quartierwerk.run(scratch, "--data", ws, "kurs", "list");
		assertEquals(0, neu.exitCode(), neu::toString);
		assertEquals(neu.exitCode(), alt.exitCode(), alt::toString);
		assertEquals(neu.out(), alt.out());
		assertEquals("", neu.err(), neu::toString);
		assertEquals("Hinweis: „list“ heißt jetzt „liste“; der alte Name funktioniert weiter.", alt.err().strip());

		String fehlt = scratch.resolve("gibt-es-nicht.zip").toString();
		Result neuFehlt = Quartierwerk.run(scratch, "--data", ws, "kurs", "installieren", "--verzeichnis", fehlt, "--vertrauen");
		Result altFehlt = Quartierwerk.run(scratch, "--data", ws, "kurs", "install", "--repo", fehlt, "--trust");
		assertEquals(1, neuFehlt.exitCode(), neuFehlt::toString);
		assertEquals(neuFehlt.exitCode(), altFehlt.exitCode(), altFehlt::toString);
		assertEquals(neuFehlt.out(), altFehlt.out());
		assertEquals(List.of("Hinweis: „install“ heißt jetzt „installieren“; der alte Name funktioniert weiter.",
				"Hinweis: „--repo“ heißt jetzt „--verzeichnis“; der alte Name funktioniert weiter.",
				"Hinweis: „--trust“ heißt jetzt „--vertrauen“; der alte Name funktioniert weiter."), altFehlt.err().lines().limit(3).toList());
		assertEquals(neuFehlt.err(), altFehlt.err().lines().skip(3).map(line -> line + System.lineSeparator())
				.reduce("", String::concat), "after the hints, the same message");

		Result teilnahmen = Quartierwerk.run(scratch, "--data", ws, "teilnahme", "list");
		assertEquals(0, teilnahmen.exitCode(), teilnahmen::toString);
		assertEquals(Quartierwerk.run(scratch, "--data", ws, "teilnahme", "liste").out(), teilnahmen.out());
		assertEquals("Hinweis: „list“ heißt jetzt „liste“; der alte Name funktioniert weiter.", teilnahmen.err().strip());
	}

	@Test
	void signedCoursesInstallWithoutAskingOnceTheirPublisherIsTrusted() throws Exception {
		Path product = copy(PRODUCT, scratch.resolve("quartierwerk"));
		Map<String, String> env = Map.of("QUARTIERWERK_PRODUCT", product.toString());
		String ws = Files.createDirectories(scratch.resolve("ws")).toString();
		SignedCourseRepository signiert = SignedCourseRepository.sign(repository(), scratch.resolve("signiert"),
				"CN=Kursanbieter Test, O=Quartierwerk Test");

		Result unbekannt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "installieren", "--verzeichnis", signiert.folder().toString());
		assertEquals(1, unbekannt.exitCode(), unbekannt::toString);
		assertTrue(unbekannt.err().contains("mit einem unbekannten Schlüssel signiert (CN=Kursanbieter Test,O=Quartierwerk Test)"),
				unbekannt::toString);
		assertFalse(unbekannt.err().contains("nicht signiert"), unbekannt::toString);

		Result vertraut = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "vertrauen", signiert.certificate().toString());
		assertEquals(0, vertraut.exitCode(), vertraut::toString);
		assertTrue(Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste").out()
				.contains("Vertrauenswürdiger Kursanbieter: CN=Kursanbieter Test,O=Quartierwerk Test (SHA-256 "));

		// trusting a publisher does not let unsigned content in
		Result unsigniert = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "installieren", "--verzeichnis", repository().toString());
		assertEquals(1, unsigniert.exitCode(), unsigniert::toString);
		assertTrue(unsigniert.err().contains("nicht signiert"), unsigniert::toString);

		Result installiert = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "installieren", "--verzeichnis", signiert.folder().toString());
		assertEquals(0, installiert.exitCode(), installiert::toString);
		Result liste = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "liste");
		assertTrue(liste.out().contains("biq  BiQ") && liste.out().contains("netzwerkmanagement  "), liste::toString);
	}

	@Test
	void aReadOnlyInstallationRefusesCoursesAndKeepsWorking() throws Exception {
		Path product = copy(PRODUCT, scratch.resolve("quartierwerk"));
		Map<String, String> env = Map.of("QUARTIERWERK_PRODUCT", product.toString());
		String ws = Files.createDirectories(scratch.resolve("ws")).toString();
		// as on a system-wide installation: the product folder is read-only (a read-only bind mount in a private mount
		// namespace, since the tests may run as root, for whom file permissions do not forbid writing)
		List<String> readOnly = List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
				"mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", product.toString());

		Result abgelehnt = Quartierwerk.run(scratch, readOnly, env, "--data", ws, "kurs", "installieren", "--verzeichnis", repository().toString(),
				"--vertrauen");
		assertEquals(1, abgelehnt.exitCode(), abgelehnt::toString);
		assertTrue(abgelehnt.err().contains("ist schreibgeschützt") && abgelehnt.err().contains("Quartierwerk bleibt unverändert"),
				abgelehnt::toString);
		Result trust = Quartierwerk.run(scratch, readOnly, env, "--data", ws, "kurs", "vertrauen", PRODUCT.resolve("artifacts.xml").toString());
		assertEquals(1, trust.exitCode(), trust::toString);
		assertTrue(trust.err().contains("ist schreibgeschützt"), trust::toString);

		Result liste = Quartierwerk.run(scratch, readOnly, env, "--data", ws, "kurs", "liste");
		assertEquals(0, liste.exitCode(), liste::toString);
		assertTrue(liste.out().contains("Keine Kurse installiert."), liste::toString);
		assertEquals(0, Quartierwerk.run(scratch, env, "--data", ws, "--version").exitCode());
	}

	/**
	 * A participant documents the fixture project along both courses through the command line: BiQ's checklist adds
	 * what the Stadtteilerkundung found, the certificate is refused until every requirement is met and then names
	 * participant, blocks and findings; the Netzwerkmanagement map starts from the project and the final report shows it.
	 *
	 * @return the file of the BiQ Teilnahme
	 */
	private Path kursarbeit(Map<String, String> env, String ws) throws Exception {
		Path json = scratch.resolve("nachbarschaftstreff.json");
		try (InputStream in = KursInstallTest.class.getResourceAsStream("/nachbarschaftstreff.json")) {
			Files.copy(in, json);
		}
		assertEquals(0, Quartierwerk.run(scratch, env, "--data", ws, "importieren", json.toString()).exitCode());
		Result angelegt = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "anlegen", "biq", "--praxisbeispiel", PROJEKT,
				"--teilnehmende", "Gisela Öztürk", "--befreit");
		assertEquals(0, angelegt.exitCode(), angelegt::toString);
		Path datei = Path.of(ws, "kurse", "biq", PROJEKT + ".xmi");
		assertTrue(Files.isRegularFile(datei), angelegt::toString);
		// BiQ's source gives no requirement: the Kursleitung sets the example of docs/kurse.md and one point more
		Path vorgaben = Files.writeString(scratch.resolve("vorgaben-biq.xmi"), beispielAusDerDokumentation());
		Result gesetzt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "vorgaben", "biq", "--datei", vorgaben.toString());
		assertEquals(0, gesetzt.exitCode(), gesetzt::toString);
		assertTrue(gesetzt.out().contains("Anforderung: Alle Module abgeschlossen – Alle sechs Blöcke sind besucht."), gesetzt::toString);
		assertTrue(Files.isRegularFile(Path.of(ws, "kurse", "biq", "vorgaben.xmi")), gesetzt::toString);
		Result punkt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "vorgaben", "biq", "--punkt",
				"Wo kann das regelmäßige Treffen stattfinden?", "--erfassen", "Orte");
		assertEquals(0, punkt.exitCode(), punkt::toString);
		assertTrue(punkt.out().contains("Weitere Prüfpunkte: biq.vorgabe.1  Wo kann das regelmäßige Treffen stattfinden?"), punkt::toString);
		assertTrue(punkt.out().contains("(3 Anforderungen, 9 Prüfpunkte)"), punkt::toString);
		Result falscheArt = Quartierwerk.run(scratch, env, "--data", ws, "kurs", "vorgaben", "biq", "--anforderung", "Alles");
		assertEquals(2, falscheArt.exitCode(), falscheArt::toString);
		assertTrue(falscheArt.err().contains("Praxisprojekt angelegt"), falscheArt::toString);

		Path zertifikat = scratch.resolve("zertifikat.pdf");
		Result zuFrueh = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "zertifikat", "biq", "--praxisbeispiel", PROJEKT, "--nach",
				zertifikat.toString());
		assertEquals(1, zuFrueh.exitCode(), zuFrueh::toString);
		assertTrue(zuFrueh.err().contains("Alle Module abgeschlossen: Noch nicht abgeschlossen: Stadtteilerkundung"), zuFrueh::toString);
		assertTrue(zuFrueh.err().contains("Welche Treffpunkte und Begegnungsorte gibt es?"), zuFrueh::toString);
		assertTrue(zuFrueh.err().contains("(Vorgabe der Kursleitung)"), zuFrueh::toString);
		assertFalse(Files.exists(zertifikat));

		Result erledigt = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "erledigt", "biq", "--praxisbeispiel", PROJEKT,
				"biq.stadtteilerkundung", "biq.kommunikation", "biq.expertengespraeche", "biq.aktive-nachbarschaft",
				"biq.oeffentlichkeitsarbeit", "biq.methodenwerkstatt", "biq.erkundung.gebiet", "biq.erkundung.versorgung",
				"biq.erkundung.mobilitaet", "biq.erkundung.barrieren", "biq.erkundung.akteure", "biq.erkundung.gespraeche",
				"biq.vorgabe.1");
		assertEquals(0, erledigt.exitCode(), erledigt::toString);
		Result treffpunkte = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "erledigt", "biq", "--praxisbeispiel", PROJEKT,
				"biq.erkundung.treffpunkte", "--eintrag", "Café Mittendrin", "--eintrag", "Bürgerhaus am Markt");
		assertEquals(0, treffpunkte.exitCode(), treffpunkte::toString);
		Result stand = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "stand", "biq", "--praxisbeispiel", PROJEKT);
		assertTrue(stand.out().contains("[x] biq.erkundung.treffpunkte") && stand.out().contains("Café Mittendrin; Bürgerhaus am Markt"),
				stand::toString);
		assertTrue(stand.out().contains("[ ] biq.erkundung.fotos"), stand::toString);
		assertFalse(stand.out().contains("[ ] Alle Module") || stand.out().contains("[ ] Stadtteilerkundung"), stand::toString);
		assertTrue(stand.out().contains("Checkliste Stadtteilerkundung (Vorgabe der Kursleitung):"), stand::toString);

		Result ausgestellt = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "zertifikat", "biq", "--praxisbeispiel", PROJEKT,
				"--nach", zertifikat.toString());
		assertEquals(0, ausgestellt.exitCode(), ausgestellt::toString);
		String text = pdfText(zertifikat);
		for (String erwartet : List.of("Zertifikat", "Gisela Öztürk", "BiQ – Bürgerinnen und Bürger im Quartier", "teilgenommen hat.",
				"Methodenwerkstatt", "Café Mittendrin; Bürgerhaus am Markt", "Ausgestellt am")) {
			assertTrue(text.contains(erwartet), () -> "'" + erwartet + "' missing in: " + text);
		}
		assertFalse(text.contains("dokumentiert hat"), "the source confirms the participation only: " + text);

		Result netzwerk = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "anlegen", "netzwerkmanagement", "--praxisbeispiel",
				PROJEKT, "--teilnehmende", "Jonas Berg");
		assertEquals(0, netzwerk.exitCode(), netzwerk::toString);
		Path keinZertifikat = scratch.resolve("netzwerk-zertifikat.pdf");
		Result ohne = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "zertifikat", "netzwerkmanagement", "--praxisbeispiel",
				PROJEKT, "--nach", keinZertifikat.toString());
		assertEquals(1, ohne.exitCode(), ohne::toString);
		assertTrue(ohne.err().startsWith("Der Kurs „Dienstleistungs- und Netzwerkmanagement“ stellt kein Zertifikat aus."), ohne::toString);
		assertFalse(Files.exists(keinZertifikat));
		Result karte = Quartierwerk.run(scratch, env, "--data", ws, "teilnahme", "akteurslandkarte", "netzwerkmanagement", "--praxisbeispiel", PROJEKT,
				"--aus-praxisbeispiel", "--akteur", "Seniorenbüro Ost;Mittler und Brückenbauer", "--kooperation",
				"Seniorenbüro Ost;Caritasverband Musterstadt e. V.;schriftlich vereinbart");
		assertEquals(0, karte.exitCode(), karte::toString);
		assertTrue(karte.out().contains("Akteurslandkarte gespeichert: 4 Akteure, 3 Kooperationen."), karte::toString);
		Path bericht = scratch.resolve("abschlussbericht.pdf");
		Result abschluss = Quartierwerk.run(scratch, env, "--data", ws, "bericht", "--vorlage", "abschlussbericht", "--praxisbeispiel", PROJEKT,
				"--format", "pdf", "--nach", bericht.toString());
		assertEquals(0, abschluss.exitCode(), abschluss::toString);
		String berichtstext = pdfText(bericht);
		for (String erwartet : List.of("Praxisprojekt-Abschlussbericht", "Jonas Berg", "Seniorenbüro Ost", "Wohnungsbaugenossenschaft",
				"schriftlich vereinbart", "Netzwerkdiagramm")) {
			assertTrue(berichtstext.contains(erwartet), () -> "'" + erwartet + "' missing in: " + berichtstext);
		}
		return datei;
	}

	/** The example Vorgaben of docs/kurse.md, its one xml block, so the documentation shows what works. */
	private static String beispielAusDerDokumentation() throws IOException {
		String text = Files.readString(Quartierwerk.root().resolve("docs/kurse.md"));
		int anfang = text.indexOf("```xml\n") + "```xml\n".length();
		return text.substring(anfang, text.indexOf("```", anfang));
	}

		private static String pdfText(Path pdf) throws IOException {
		try (PDDocument dokument = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
		}
	}

	private static Path repository() throws IOException {
		Path target = Quartierwerk.root().resolve("releng/org.quartierwerk.courses.repository/target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(f -> f.getFileName().toString().matches("quartierwerk-kurse-.*\\.zip")).findFirst()
					.orElseThrow(() -> new AssertionError("no course repository zip in " + target));
		}
	}

	static Path copy(Path from, Path to) throws IOException {
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
