package org.quartierwerk.architecture.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependency graph between our bundles: as docs/architektur.md draws it (its first {@code mermaid} block), or as
 * the running framework wires it. Bundles are named without the prefix {@value #PREFIX}; in the Mermaid block a dot in
 * a name is written as an underscore, since Mermaid node ids take no dots ({@code catalog_neunstufen}).
 */
final class Bundlegraph {

	static final String PREFIX = "org.quartierwerk.";

	private static final Pattern KNOTEN = Pattern.compile("(\\w+)(?:\\[\"?([^\\]\"]*)\"?\\])?");
	private static final Pattern KANTE = Pattern.compile(KNOTEN.pattern() + "\\s*-->\\s*" + KNOTEN.pattern());

	/** Every bundle of the graph, also those without an edge. */
	final Set<String> bundles = new TreeSet<>();
	/** From a bundle to the bundles it depends on, each edge with how it comes about (e.g. "Import-Package …"). */
	final Map<String, Map<String, Set<String>>> kanten = new TreeMap<>();

	void bundle(String name) {
		bundles.add(name);
	}

	void kante(String von, String zu, String wie) {
		bundles.add(von);
		bundles.add(zu);
		kanten.computeIfAbsent(von, k -> new TreeMap<>()).computeIfAbsent(zu, k -> new TreeSet<>()).add(wie);
	}

	Set<String> ziele(String von) {
		return kanten.getOrDefault(von, Map.of()).keySet();
	}

	Set<String> wie(String von, String zu) {
		return kanten.getOrDefault(von, Map.of()).getOrDefault(zu, Set.of());
	}

	/** The short name of a bundle's symbolic name, or null for a bundle that is not ours. */
	static String kurz(String symbolicName) {
		return symbolicName != null && symbolicName.startsWith(PREFIX) ? symbolicName.substring(PREFIX.length()) : null;
	}

	/** A cycle of the graph as "a → b → a", or null when it has none. */
	String zyklus() {
		Map<String, Integer> zustand = new TreeMap<>();
		for (String start : bundles) {
			List<String> weg = new ArrayList<>();
			String gefunden = suche(start, zustand, weg);
			if (gefunden != null) {
				return gefunden;
			}
		}
		return null;
	}

	private String suche(String bundle, Map<String, Integer> zustand, List<String> weg) {
		Integer stand = zustand.get(bundle);
		if (stand != null && stand == 2) {
			return null;
		}
		weg.add(bundle);
		if (stand != null) {
			return String.join(" → ", weg.subList(weg.indexOf(bundle), weg.size()));
		}
		zustand.put(bundle, 1);
		for (String ziel : ziele(bundle)) {
			String gefunden = suche(ziel, zustand, weg);
			if (gefunden != null) {
				return gefunden;
			}
		}
		zustand.put(bundle, 2);
		weg.remove(weg.size() - 1);
		return null;
	}

	/**
	 * Reads the first {@code mermaid} block of a Markdown file: a {@code flowchart} or {@code graph} line, then one node
	 * ({@code model}) or one edge ({@code core --> model}) per line, optionally with a label in brackets; {@code %%}
	 * starts a comment. Any other line is an error, so the drawing cannot drift away from what the test reads.
	 */
	static Bundlegraph dokumentiert(Path markdown) throws IOException {
		List<String> zeilen = Files.readAllLines(markdown, StandardCharsets.UTF_8);
		int anfang = zeilen.indexOf("```mermaid");
		if (anfang < 0) {
			throw new AssertionError(markdown + " hat keinen Block ```mermaid mit dem Bündelgraphen.");
		}
		Bundlegraph graph = new Bundlegraph();
		List<String> unverstanden = new ArrayList<>();
		boolean kopf = false;
		for (int i = anfang + 1; i < zeilen.size() && !zeilen.get(i).strip().equals("```"); i++) {
			String zeile = zeilen.get(i).replaceFirst("%%.*", "").strip();
			Matcher kante = KANTE.matcher(zeile);
			Matcher knoten = KNOTEN.matcher(zeile);
			if (zeile.isEmpty()) {
				continue;
			} else if (!kopf && zeile.matches("(flowchart|graph)\\s+\\w+")) {
				kopf = true;
			} else if (kopf && kante.matches()) {
				graph.kante(name(kante.group(1), kante.group(2)), name(kante.group(3), kante.group(4)), "");
			} else if (kopf && knoten.matches()) {
				graph.bundle(name(knoten.group(1), knoten.group(2)));
			} else {
				unverstanden.add((i + 1) + ": " + zeilen.get(i));
			}
		}
		if (!unverstanden.isEmpty() || graph.bundles.isEmpty()) {
			throw new AssertionError(markdown + ": Zeilen des Bündelgraphen, die der Test nicht versteht: " + unverstanden);
		}
		return graph;
	}

	private static String name(String id, String label) {
		String name = id.replace('_', '.');
		if (label != null && !label.equals(name)) {
			throw new AssertionError("Der Knoten " + id + " ist mit „" + label + "“ beschriftet, steht aber für das Bündel " + PREFIX
					+ name + ".");
		}
		return name;
	}

	@Override
	public String toString() {
		List<String> zeilen = new ArrayList<>();
		for (String bundle : bundles) {
			Set<String> ziele = ziele(bundle);
			zeilen.add(bundle + " --> " + (ziele.isEmpty() ? "–" : String.join(", ", ziele)));
		}
		Collections.sort(zeilen);
		return String.join("\n", zeilen);
	}
}
