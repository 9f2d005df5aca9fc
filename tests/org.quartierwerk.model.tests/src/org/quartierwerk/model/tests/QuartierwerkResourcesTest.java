package org.quartierwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
		resource.load(null);
		EcoreUtil.resolveAll(resource);

		Praxisbeispiel beispiel = (Praxisbeispiel) resource.getContents().get(0);
		assertFalse(beispiel.getBeteiligungen().get(0).getStufe().eIsProxy(), "the catalogue reference resolves");
		assertEquals("katalog.stufe", beispiel.getBeteiligungen().get(0).getStufe().getId());
		assertTrue(beispiel.getBeteiligungen().get(1).getStufe().eIsProxy(), "a reference into another file was followed");
		assertEquals(1, resources.getResources().size(), () -> "resources opened: " + resources.getResources());
	}
}
