package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.product.tests.Quartierwerk;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * Project files that name other places – a namespace, a schema location, a DTD, an entity, an {@code href}, a
 * {@code $ref} – make no command open a connection or another file. The URLs point at a server that counts
 * connections and at a tarpit that never answers: a command that followed one would hang there.
 */
class NetzwerkTest {

	private static final String XMI = "xmlns:xmi=\"http://www.omg.org/XMI\"";
	private static final String QW = "xmlns:qw=\"http://quartierwerk.org/model/1.0\"";

	@TempDir
	Path scratch;

	private Gegenstelle server;
	private Gegenstelle tarpit;
	private Path workspace;
	private Path fifo;
	private CompletableFuture<Void> geoeffnet;

	@BeforeEach
	void servers() throws Exception {
		server = Gegenstelle.zaehlend();
		tarpit = Gegenstelle.tarpit();
		workspace = Files.createDirectories(scratch.resolve("arbeitsbereich"));
		// a file that must never be opened: opening a FIFO for reading is seen by its writer
		fifo = scratch.resolve("geheim.xmi");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
	}

	@AfterEach
	void stop() throws IOException {
		server.close();
		tarpit.close();
		if (geoeffnet != null && !geoeffnet.isDone()) {
			// the writer still waits for a reader: be it, so its thread ends
			try (var in = Files.newInputStream(fifo)) {
				in.readAllBytes();
			}
		}
	}

	@Test
	void projectFilesInTheWorkspaceReachNoServerAndNoOtherFile() throws Exception {
		Files.writeString(workspace.resolve("Gut.xmi"), projekt("Gut", ""));
		Map<String, String> feindlich = new LinkedHashMap<>();
		feindlich.put("Fremder Wurzelnamensraum", "<?xml version=\"1.0\"?><x:Praxisbeispiel xmi:version=\"2.0\" " + XMI + " xmlns:x=\""
				+ tarpit.url() + "/ns\" titel=\"A\"/>");
		feindlich.put("Fremder Namensraum", projekt("B", "").replace(QW, QW + " xmlns:x=\"" + server.url() + "/ns\""));
		feindlich.put("Schemaort", projekt("C", "").replace(QW, QW + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
				+ "xsi:schemaLocation=\"http://quartierwerk.org/model/1.0 " + tarpit.url() + "/schema.ecore\""));
		feindlich.put("DTD", "<?xml version=\"1.0\"?><!DOCTYPE qw:Praxisbeispiel SYSTEM \"" + tarpit.url() + "/x.dtd\">"
				+ projekt("D", "").substring("<?xml version=\"1.0\"?>".length()));
		feindlich.put("Entitaet", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + server.url() + "/e\">]>"
				+ projekt("&e;", "").substring("<?xml version=\"1.0\"?>".length()));
		feindlich.put("Verweis", projekt("F", "<beteiligungen phase=\"PLANUNG\"><stufe href=\"" + tarpit.url()
				+ "/modell.xmi#//@stufen.0\"/></beteiligungen>"));
		feindlich.put("Dateiverweis", projekt("G", "<beteiligungen phase=\"PLANUNG\"><stufe href=\"" + fifo.toUri()
				+ "#//@stufen.0\"/></beteiligungen>"));
		for (Map.Entry<String, String> datei : feindlich.entrySet()) {
			Files.writeString(workspace.resolve(datei.getKey() + ".xmi"), datei.getValue());
		}
		Dateistand vorher = Dateistand.von(workspace);
		geoeffnet = wirdGeoeffnet(fifo);

		Result list = run("liste");
		assertEquals(1, list.exitCode(), list::toString);
		assertTrue(list.out().contains("Gut: Gut"), list::toString);
		assertTrue(list.err().contains("Fremder Wurzelnamensraum.xmi kann nicht gelesen werden: Die Datei ist keine Quartierwerk-Datei: "
				+ "sie verwendet den unbekannten Namensraum „" + tarpit.url() + "/ns“."), list::toString);
		assertTrue(list.err().contains("Fremder Namensraum.xmi kann nicht gelesen werden: Die Datei ist keine Quartierwerk-Datei: "
				+ "sie verwendet den unbekannten Namensraum „" + server.url() + "/ns“."), list::toString);
		assertTrue(list.err().contains("DTD.xmi kann nicht gelesen werden: Die Datei enthält eine DOCTYPE-Deklaration"), list::toString);
		assertTrue(list.err().contains("Entitaet.xmi kann nicht gelesen werden: Die Datei enthält eine DOCTYPE-Deklaration"),
				list::toString);
		// a schema location is ignored and a reference elsewhere stays unresolved: the projects themselves are fine
		assertTrue(list.out().contains("Schemaort: C") && list.out().contains("Verweis: F") && list.out().contains("Dateiverweis: G"),
				list::toString);
		Meldungen.nurDeutsch(list);

		Result validate = run("pruefen");
		assertEquals(1, validate.exitCode(), validate::toString);
		assertTrue(validate.out().contains("Fremder Wurzelnamensraum: nicht lesbar: "), validate::toString);
		Meldungen.nurDeutsch(validate);

		Result export = run("exportieren", "--format", "json");
		assertEquals(1, export.exitCode(), export::toString);
		assertTrue(export.out().contains("\"titel\" : \"Gut\""), export::toString);
		assertFalse(export.out().contains(tarpit.url()) && export.out().contains("Praxisbeispiel xmi"), export::toString);
		Meldungen.nurDeutsch(export);

		Path berichte = scratch.resolve("berichte");
		Result report = run("bericht", "--vorlage", "projektsteckbrief", "--alle", "--format", "html", "--nach", berichte.toString());
		assertEquals(1, report.exitCode(), report::toString);
		assertTrue(Files.exists(berichte.resolve("Gut.html")), report::toString);
		assertTrue(report.err().contains("Nicht erstellt: "), report::toString);
		Meldungen.nurDeutsch(report);

		Result einzeln = run("bericht", "--vorlage", "antrag-kommune", "--praxisbeispiel", workspace.resolve("Verweis.xmi").toString(),
				"--format", "pdf", "--nach", scratch.resolve("verweis.pdf").toString());
		assertEquals(0, einzeln.exitCode(), einzeln::toString);

		assertEquals(0, server.verbindungen(), "connections to the counting server");
		assertEquals(0, tarpit.verbindungen(), "connections to the tarpit");
		assertFalse(geoeffnet.isDone(), "a command opened the file another project file points to");
		vorher.unveraendert(workspace);
	}

	@Test
	void importedJsonReachesNoServerAndNoOtherFile() throws Exception {
		String praxisbeispiel = "\"eClass\" : \"http://quartierwerk.org/model/1.0#//Praxisbeispiel\", \"titel\" : \"";
		Map<String, String> feindlich = new LinkedHashMap<>();
		feindlich.put("ref.json", "[{" + praxisbeispiel + "R\", \"beteiligungen\" : [{\"phase\" : \"PLANUNG\", \"stufe\" : {\"$ref\" : \""
				+ tarpit.url() + "/m.xmi#//@stufen.0\"}}]}]");
		feindlich.put("dateiref.json", "[{" + praxisbeispiel + "D\", \"beteiligungen\" : [{\"phase\" : \"PLANUNG\", \"stufe\" : {\"$ref\" : \""
				+ fifo.toUri() + "#//@stufen.0\"}}]}]");
		feindlich.put("eclass.json", "[{" + praxisbeispiel + "E\"}, {\"eClass\" : \"" + server.url() + "/m#//Praxisbeispiel\", "
				+ "\"titel\" : \"F\"}]");
		feindlich.put("typ.json", "[{" + praxisbeispiel + "T\", \"quartier\" : {\"eClass\" : \"" + tarpit.url() + "/m#//Quartier\"}}]");
		geoeffnet = wirdGeoeffnet(fifo);
		for (Map.Entry<String, String> datei : feindlich.entrySet()) {
			Path json = Files.writeString(scratch.resolve(datei.getKey()), datei.getValue());
			Path ziel = scratch.resolve("ws-" + datei.getKey());
			Result result = Quartierwerk.run(scratch, "--data", ziel.toString(), "importieren", json.toString());
			Meldungen.nurDeutsch(result);
			assertTrue(result.exitCode() == 0 || result.err().startsWith(json.toString()), result::toString);
		}
		assertEquals(0, server.verbindungen(), "connections to the counting server");
		assertEquals(0, tarpit.verbindungen(), "connections to the tarpit");
		assertFalse(geoeffnet.isDone(), "an import opened the file a $ref points to");
	}

	private Result run(String... args) throws Exception {
		String[] alle = new String[args.length + 2];
		alle[0] = "--data";
		alle[1] = workspace.toString();
		System.arraycopy(args, 0, alle, 2, args.length);
		return Quartierwerk.run(scratch, alle);
	}

	/** Completes when somebody opens the FIFO for reading (its writer's open returns only then). */
	private static CompletableFuture<Void> wirdGeoeffnet(Path fifo) {
		return CompletableFuture.runAsync(() -> {
			try (OutputStream out = Files.newOutputStream(fifo)) {
				out.write("<x/>".getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				// the reader went away
			}
		}, runnable -> {
			Thread thread = new Thread(runnable, "fifo-schreiber");
			thread.setDaemon(true);
			thread.start();
		});
	}

	private static String projekt(String titel, String inhalt) {
		return "<?xml version=\"1.0\"?><qw:Praxisbeispiel xmi:version=\"2.0\" " + XMI + " " + QW + " titel=\"" + titel
				+ "\" bundesland=\"NIEDERSACHSEN\">" + inhalt + "</qw:Praxisbeispiel>";
	}
}
