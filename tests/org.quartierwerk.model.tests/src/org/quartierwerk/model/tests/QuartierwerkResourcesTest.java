package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.QuartierwerkResources.FremderNamensraum;

/** Resource sets with catalogues: references resolve into the given catalogues and nowhere else. */
class QuartierwerkResourcesTest {

	private static final String MODELL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<qw:Partizipationsmodell xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
			    id="ID"><stufen id="ID.stufe" name="Stufe" rang="1"/></qw:Partizipationsmodell>
			""";

	@TempDir
	Path folder;

	/** A project file may come from anywhere; loading it must not make Quartierwerk open other files or URLs. */
	@Test
	void referencesOutsideTheGivenCataloguesStayUnresolved() throws Exception {
		Path katalogFile = Files.writeString(folder.resolve("katalog.xmi"), MODELL.replace("ID", "katalog"));
		Files.writeString(folder.resolve("fremd.xmi"), MODELL.replace("ID", "fremd"));
		Resource katalog = QuartierwerkResources.newResourceSet().createResource(QuartierwerkResources.katalogUri("katalog.xmi"));
		katalog.load(Files.newInputStream(katalogFile), null);
		Path project = Files.writeString(folder.resolve("Projekt.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:qw="http://quartierwerk.org/model/1.0"
				    titel="Verweise">
				  <beteiligungen phase="PLANUNG"><stufe href="quartierwerk:/katalog/katalog.xmi#//@stufen.0"/></beteiligungen>
				  <beteiligungen phase="UMSETZUNG"><stufe href="fremd.xmi#//@stufen.0"/></beteiligungen>
				</qw:Praxisbeispiel>
				""");

		ResourceSet resources = QuartierwerkResources.newResourceSet(Map.of(katalog.getURI(), katalog));
		Resource resource = resources.createResource(URI.createFileURI(project.toString()));
		QuartierwerkResources.load(resource, Files.readAllBytes(project));
		EcoreUtil.resolveAll(resource);

		Praxisbeispiel beispiel = (Praxisbeispiel) resource.getContents().get(0);
		assertFalse(beispiel.getBeteiligungen().get(0).getStufe().eIsProxy(), "the catalogue reference resolves");
		assertEquals("katalog.stufe", beispiel.getBeteiligungen().get(0).getStufe().getId());
		assertTrue(beispiel.getBeteiligungen().get(1).getStufe().eIsProxy(), "a reference into another file was followed");
		assertEquals(1, resources.getResources().size(), () -> "resources opened: " + resources.getResources());
	}

	/**
	 * Nothing a file names is looked up: a namespace of no known package is refused before EMF could look for its
	 * package, a schema location is ignored, and the resource set opens no URI at all – not even the file's own.
	 */
	@Test
	void namespacesSchemaLocationsAndReferencesOpenNothing() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(1);
			String url = "http://127.0.0.1:" + server.getLocalPort();
			ResourceSet resources = QuartierwerkResources.newResourceSet(Map.of());

			Resource wurzel = resources.createResource(URI.createURI("test:/wurzel.xmi"));
			IOException fremd = assertThrows(IOException.class, () -> QuartierwerkResources.load(wurzel, bytes("""
					<?xml version="1.0"?><x:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:x="%s/ns"/>
					""".formatted(url))));
			assertEquals(url + "/ns", namensraum(fremd), "the foreign namespace is named");

			Resource deklariert = resources.createResource(URI.createURI("test:/deklariert.xmi"));
			IOException nurDeklariert = assertThrows(IOException.class, () -> QuartierwerkResources.load(deklariert, bytes("""
					<?xml version="1.0"?><qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
					  xmlns:qw="http://quartierwerk.org/model/1.0" xmlns:y="%s/unbenutzt" titel="T"/>
					""".formatted(url))));
			assertEquals(url + "/unbenutzt", namensraum(nurDeklariert));

			Resource schema = resources.createResource(URI.createURI("test:/schema.xmi"));
			QuartierwerkResources.load(schema, bytes("""
					<?xml version="1.0"?><qw:Praxisbeispiel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
					  xmlns:qw="http://quartierwerk.org/model/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
					  xsi:schemaLocation="http://quartierwerk.org/model/1.0 %s/schema.ecore" titel="Schema">
					  <beteiligungen phase="PLANUNG"><stufe href="%s/modell.xmi#//@stufen.0"/></beteiligungen>
					</qw:Praxisbeispiel>
					""".formatted(url, url)));
			Praxisbeispiel beispiel = (Praxisbeispiel) schema.getContents().get(0);
			assertEquals("Schema", beispiel.getTitel());
			EcoreUtil.resolveAll(schema);
			assertTrue(beispiel.getBeteiligungen().get(0).getStufe().eIsProxy(), "the reference to a URL was followed");

			Resource perUri = resources.createResource(URI.createURI(url + "/projekt.xmi"));
			assertThrows(IOException.class, () -> perUri.load(null), "the resource set opened a URI");

			assertThrows(SocketTimeoutException.class, server::accept, "something connected to the server");
		}
	}

	private static String namensraum(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof FremderNamensraum fremd) {
				return fremd.namensraum();
			}
		}
		throw new AssertionError("no FremderNamensraum in " + e, e);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
