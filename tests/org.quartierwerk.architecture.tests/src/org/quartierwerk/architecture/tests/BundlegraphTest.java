package org.quartierwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The dependencies between our bundles are the ones docs/architektur.md draws. The real edges are read from the wiring
 * of the running framework – what actually resolved: imported packages, required bundles and the extender – for every
 * {@code org.quartierwerk.*} bundle except the test bundles.
 */
class BundlegraphTest {

	/** The namespace of extender requirements (OSGi Compendium, org.osgi.namespace.extender). */
	private static final String EXTENDER_NAMESPACE = "osgi.extender";
	private static final List<String> NAMENSRAEUME = List.of(PackageNamespace.PACKAGE_NAMESPACE, BundleNamespace.BUNDLE_NAMESPACE,
			EXTENDER_NAMESPACE);

	private final BundleContext context = FrameworkUtil.getBundle(BundlegraphTest.class).getBundleContext();

	@Test
	void theWiringOfOurBundlesIsTheDocumentedGraph() throws Exception {
		Path doku = architektur();
		Bundlegraph soll = Bundlegraph.dokumentiert(doku);
		Bundlegraph ist = verdrahtet();
		List<String> abweichungen = new ArrayList<>();
		for (String bundle : ist.bundles) {
			if (!soll.bundles.contains(bundle)) {
				abweichungen.add("Das Bündel " + bundle + " läuft, steht aber nicht in docs/architektur.md.");
			}
			for (String ziel : ist.ziele(bundle)) {
				if (!soll.ziele(bundle).contains(ziel)) {
					abweichungen.add(bundle + " → " + ziel + " (" + String.join(", ", ist.wie(bundle, ziel))
							+ ") steht nicht in docs/architektur.md.");
				}
			}
		}
		for (String bundle : soll.bundles) {
			if (!ist.bundles.contains(bundle)) {
				abweichungen.add("Das Bündel " + bundle + " aus docs/architektur.md ist nicht in der Laufzeit des Tests.");
				continue;
			}
			for (String ziel : soll.ziele(bundle)) {
				if (!ist.ziele(bundle).contains(ziel)) {
					abweichungen.add(bundle + " → " + ziel + " steht in docs/architektur.md, ist aber nicht verdrahtet.");
				}
			}
		}
		assertEquals(List.of(), abweichungen, () -> "Verdrahtet ist:\n" + ist);
	}

	@Test
	void theDocumentedGraphHasNoCycle() throws Exception {
		assertNull(Bundlegraph.dokumentiert(architektur()).zyklus());
	}

	@Test
	void aCycleIsFound() {
		Bundlegraph graph = new Bundlegraph();
		graph.kante("a", "b", "");
		graph.kante("b", "c", "");
		graph.kante("c", "b", "");
		assertEquals("b → c → b", graph.zyklus());
	}

	private static Path architektur() {
		String root = System.getProperty("quartierwerk.root");
		assertNotNull(root, "the system property quartierwerk.root (set by the root pom) names the checkout");
		Path doku = Path.of(root, "docs", "architektur.md");
		if (!Files.isRegularFile(doku)) {
			throw new AssertionError(doku + " fehlt.");
		}
		return doku;
	}

	/** Our bundles in the running framework and the edges their wiring makes; each bundle must resolve. */
	private Bundlegraph verdrahtet() {
		Bundle[] bundles = context.getBundles();
		context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).resolveBundles(null);
		Bundlegraph graph = new Bundlegraph();
		List<String> unaufgeloest = new ArrayList<>();
		for (Bundle bundle : bundles) {
			String name = Bundlegraph.kurz(bundle.getSymbolicName());
			if (name == null || istTest(name)) {
				continue;
			}
			graph.bundle(name);
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				unaufgeloest.add(name);
				continue;
			}
			for (String namensraum : NAMENSRAEUME) {
				for (BundleWire wire : wiring.getRequiredWires(namensraum)) {
					String von = Bundlegraph.kurz(wire.getRequirement().getRevision().getSymbolicName());
					String zu = Bundlegraph.kurz(wire.getProviderWiring().getBundle().getSymbolicName());
					if (zu != null && !zu.equals(name) && von != null && !istTest(von) && !istTest(zu)) {
						graph.kante(name, zu, wie(namensraum, wire));
					}
				}
			}
		}
		assertEquals(List.of(), unaufgeloest, "bundles that do not resolve");
		return graph;
	}

	private static String wie(String namensraum, BundleWire wire) {
		Object wert = wire.getCapability().getAttributes().get(namensraum);
		return switch (namensraum) {
		case PackageNamespace.PACKAGE_NAMESPACE -> "Import-Package " + wert;
		case BundleNamespace.BUNDLE_NAMESPACE -> "Require-Bundle " + wert;
		default -> "Require-Capability " + namensraum + "=" + wert;
		};
	}

	private static boolean istTest(String name) {
		return name.endsWith(".tests") || name.equals("testing") || name.startsWith("testing.");
	}
}
