package org.quartierwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * No package of our bundles depends on itself through other packages. For every {@code org.quartierwerk.*} production
 * bundle in the running framework the test reads the bundle's own {@code .class} entries (not those of attached
 * fragments), collects the classes each refers to ({@link Klassenbezuege}), builds the graph between the bundle's
 * packages and fails on every cycle, naming the references that close it.
 * <p>
 * References made by generated code ({@code src-gen}, EMF) are not counted: a generated package interface creates its
 * implementation ({@code eINSTANCE}) and the implementation implements the interface – the generator's structure, kept
 * by the build's regeneration check. Cycles that other work of issue 16 removes are listed in {@link #BEKANNT}: a listed
 * cycle may shrink or disappear, any other cycle – also a listed one that grows by a package – fails.
 */
class PaketzyklenTest {

	/** Known cycles outside the workbench, per bundle: an API package that uses its bundle's internal messages. */
	private static final Map<String, List<Set<String>>> BEKANNT = Map.of(
			"org.quartierwerk.core", List.of(Set.of("org.quartierwerk.core", "org.quartierwerk.core.internal")),
			"org.quartierwerk.content", List.of(Set.of("org.quartierwerk.content", "org.quartierwerk.content.internal")),
			"org.quartierwerk.courses.installer",
			List.of(Set.of("org.quartierwerk.courses.installer", "org.quartierwerk.courses.installer.internal")),
			"org.quartierwerk.model", List.of(Set.of("org.quartierwerk.model", "org.quartierwerk.model.internal.laden"),
					Set.of("org.quartierwerk.model.validierung", "org.quartierwerk.model.internal.validierung")));

	private final Bundle test = FrameworkUtil.getBundle(PaketzyklenTest.class);

	@Test
	void noPackageOfOurBundlesIsPartOfACycle() throws IOException {
		Path bundles = Quelltexte.wurzel().resolve("bundles");
		List<String> zyklen = new ArrayList<>();
		Map<String, Integer> gelesen = new TreeMap<>();
		for (Bundle bundle : test.getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (Bundlegraph.kurz(name) == null || !Files.isDirectory(bundles.resolve(name))) {
				continue; // not ours, or a test bundle (they live in tests/)
			}
			Paketgraph graph = new Paketgraph();
			Set<String> pakete = new TreeSet<>();
			int klassen = lies(bundle, "/", bundles.resolve(name), graph, pakete);
			gelesen.put(name, klassen);
			graph.nurZwischen(pakete);
			for (String zyklus : graph.zyklen()) {
				if (!bekannt(name, zyklus)) {
					zyklen.add(name + ": " + zyklus);
				}
			}
		}
		assertTrue(gelesen.getOrDefault("org.quartierwerk.app", 0) > 40 && gelesen.getOrDefault("org.quartierwerk.core", 0) > 5,
				() -> "classes read per bundle: " + gelesen);
		assertEquals(List.of(), zyklen, () -> "Paketzyklen (classes read per bundle: " + gelesen + ")");
	}

	@Test
	void aCycleIsNamedWithTheReferencesThatCloseIt() {
		Paketgraph graph = new Paketgraph();
		graph.bezug("a.A", "b.B");
		graph.bezug("b.B$1", "c.C");
		graph.bezug("c.C", "b.B");
		graph.bezug("c.C", "java.lang.String");
		graph.nurZwischen(Set.of("a", "b", "c"));
		assertEquals(List.of("Zyklus zwischen [b, c]: b → c → b:\n  b → c: b.B → c.C\n  c → b: c.C → b.B"), graph.zyklen());
	}

	@Test
	void theReaderFindsTypesInDescriptorsAndSignaturesButNotInStrings() throws IOException {
		byte[] klasse;
		try (InputStream in = PaketzyklenTest.class.getResourceAsStream("PaketzyklenTest.class")) {
			klasse = in.readAllBytes();
		}
		Set<String> bezuege = Klassenbezuege.von(klasse);
		assertTrue(bezuege.containsAll(Set.of(Paketgraph.class.getName(), Bundle.class.getName(), Test.class.getName(),
				Map.class.getName())), bezuege::toString);
		String text = "Lorg/quartierwerk/nirgends/Keine;";
		assertTrue(text.length() > 0 && !bezuege.contains("org.quartierwerk.nirgends.Keine"), bezuege::toString);
	}

	private static boolean bekannt(String bundle, String zyklus) {
		String pakete = zyklus.substring(zyklus.indexOf('[') + 1, zyklus.indexOf(']'));
		Set<String> komponente = new TreeSet<>(List.of(pakete.split(", ")));
		return BEKANNT.getOrDefault(bundle, List.of()).stream().anyMatch(erlaubt -> erlaubt.containsAll(komponente));
	}

	/** Reads the class entries below a folder of the bundle; returns how many were read. */
	private static int lies(Bundle bundle, String ordner, Path quelle, Paketgraph graph, Set<String> pakete) throws IOException {
		int anzahl = 0;
		Enumeration<String> eintraege = bundle.getEntryPaths(ordner);
		while (eintraege != null && eintraege.hasMoreElements()) {
			String eintrag = eintraege.nextElement();
			if (eintrag.endsWith("/")) {
				anzahl += lies(bundle, eintrag, quelle, graph, pakete);
			} else if (eintrag.endsWith(".class") && !eintrag.equals("module-info.class")) {
				String klasse = eintrag.substring(0, eintrag.length() - ".class".length()).replace('/', '.');
				pakete.add(Paketgraph.paket(klasse));
				anzahl++;
				if (generiert(quelle, eintrag)) {
					continue;
				}
				try (InputStream in = bundle.getEntry(eintrag).openStream()) {
					for (String bezug : Klassenbezuege.von(in.readAllBytes())) {
						graph.bezug(klasse, bezug);
					}
				}
			}
		}
		return anzahl;
	}

	private static boolean generiert(Path quelle, String eintrag) {
		String datei = eintrag.replaceFirst("\\$.*", "").replaceFirst("\\.class$", "") + ".java";
		return Files.isRegularFile(quelle.resolve("src-gen").resolve(datei));
	}
}
