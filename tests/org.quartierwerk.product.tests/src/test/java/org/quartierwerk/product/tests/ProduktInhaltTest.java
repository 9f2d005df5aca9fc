package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the built product carries (issue 21, "a lean product"): every bundle in one version only, and no bundle that
 * nothing needs unless it is on {@link #ALLOWED_ROOTS} with its reason.
 * <p>
 * "Needed" is decided from the manifests of the product's own {@code plugins/} folder (the folder the archive is made
 * of), an approximation of the OSGi resolver documented in bench/README.md: a bundle is needed when another bundle
 * names it in {@code Require-Bundle} or {@code Fragment-Host}, imports a package it exports (every exporter of that
 * package counts, versions are not compared), or requires a capability it provides (same namespace, and the
 * provider's namespace value or object class occurs in the requirement's filter). Optional requirements count too:
 * p2 installs optionally required bundles when it can, so such a bundle is there because of them. Bundles that are
 * found at run time only by name (extension points, the launcher, start levels in config.ini) are the allow-list.
 */
class ProduktInhaltTest {

	static final Path PLUGINS = KursInstallTest.PRODUCT.resolve("plugins");

	/** Bundles nothing requires that belong in the product anyway, each with its reason. */
	static final Map<String, String> ALLOWED_ROOTS = Map.ofEntries(
			Map.entry("org.eclipse.equinox.launcher.gtk.linux.x86_64",
					"fragment of the launcher with its GTK natives; fragments attach to their host, nobody names them"),
			Map.entry("org.eclipse.swt.gtk.linux.x86_64", "fragment of org.eclipse.swt: the GTK widgets themselves"),
			Map.entry("org.eclipse.osgi.compatibility.state",
					"fragment of the framework with the PlatformAdmin p2's framework manipulator needs to install courses"),
			Map.entry("org.quartierwerk.app", "the workbench: its product extension and Application.e4xmi, found by name at start"),
			Map.entry("org.quartierwerk.cli", "the command line: the application org.quartierwerk.cli.app, started by name"),
			Map.entry("org.quartierwerk.catalog.neunstufen",
					"a catalogue as content only (Quartierwerk-Inhalt), read by the content extender it requires"));

	@Test
	void everyBundleIsThereInOneVersionOnly() throws IOException {
		Map<String, Set<String>> versions = new TreeMap<>();
		for (Bundle bundle : bundles()) {
			versions.computeIfAbsent(bundle.name(), n -> new TreeSet<>()).add(bundle.version());
		}
		Map<String, Set<String>> twice = versions.entrySet().stream().filter(e -> e.getValue().size() > 1)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
		assertEquals(Map.of(), twice, "bundles the product carries in more than one version (pin one in targetplatform/quartierwerk.target)");
	}

	@Test
	void everyBundleNobodyRequiresIsOnTheAllowList() throws IOException {
		List<Bundle> bundles = bundles();
		Set<String> roots = new TreeSet<>();
		for (Bundle bundle : bundles) {
			if (bundles.stream().noneMatch(other -> other != bundle && other.requires(bundle))) {
				roots.add(bundle.name());
			}
		}
		System.out.println("Bundles in the product that no other bundle requires (" + roots.size() + " of " + bundles.size() + "):");
		roots.forEach(name -> System.out.println("  " + name + (ALLOWED_ROOTS.containsKey(name) ? "  -- " + ALLOWED_ROOTS.get(name) : "")));
		// Not a failure, a list to prune from: bundles that are there only because some bundle imports them optionally
		// (p2 installs optional requirements when it can; the wrapped jars of the target import everything optionally).
		Set<String> optionalOnly = new TreeSet<>();
		for (Bundle bundle : bundles) {
			if (!roots.contains(bundle.name()) && bundles.stream().noneMatch(other -> other != bundle && other.requires(bundle, false))) {
				optionalOnly.add(bundle.name());
			}
		}
		System.out.println("Bundles only optionally required by others (" + optionalOnly.size() + "): " + String.join(", ", optionalOnly));
		Set<String> unexplained = new TreeSet<>(roots);
		unexplained.removeAll(ALLOWED_ROOTS.keySet());
		assertEquals(Set.of(), unexplained,
				"bundles nothing requires and the allow-list in ProduktInhaltTest does not explain: remove them or add them with a reason");
		Set<String> stale = new TreeSet<>(ALLOWED_ROOTS.keySet());
		stale.removeAll(roots);
		assertEquals(Set.of(), stale, "allow-list entries that are no longer unrequired roots in the product: remove them");
	}

	private static List<Bundle> bundles() throws IOException {
		assertTrue(Files.isDirectory(PLUGINS), "the product is built: " + PLUGINS);
		List<Bundle> bundles = new ArrayList<>();
		try (Stream<Path> entries = Files.list(PLUGINS)) {
			for (Path entry : entries.sorted().toList()) {
				Manifest manifest = manifest(entry);
				if (manifest != null && manifest.getMainAttributes().getValue("Bundle-SymbolicName") != null) {
					bundles.add(Bundle.of(manifest));
				}
			}
		}
		assertTrue(bundles.size() > 50, "the product's plugins folder holds the bundles: " + bundles.size());
		return bundles;
	}

	private static Manifest manifest(Path entry) throws IOException {
		if (Files.isDirectory(entry)) {
			Path mf = entry.resolve("META-INF/MANIFEST.MF");
			if (!Files.exists(mf)) {
				return null;
			}
			try (InputStream in = Files.newInputStream(mf)) {
				return new Manifest(in);
			}
		}
		if (!entry.toString().endsWith(".jar")) {
			return null;
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			return jar.getManifest();
		}
	}

	/** One clause of an OSGi header: its paths and its attributes and directives (name, name:=). */
	record Clause(List<String> paths, Map<String, String> params) {
	}

	record Bundle(String name, String version, List<Clause> requireBundle, List<Clause> fragmentHost, List<Clause> importPackage,
			List<Clause> exportPackage, List<Clause> requireCapability, List<Clause> provideCapability) {

		static Bundle of(Manifest manifest) {
			var attributes = manifest.getMainAttributes();
			List<Clause> bsn = parse(attributes.getValue("Bundle-SymbolicName"));
			String version = attributes.getValue("Bundle-Version");
			return new Bundle(bsn.get(0).paths().get(0), version == null ? "0.0.0" : version.strip(),
					parse(attributes.getValue("Require-Bundle")), parse(attributes.getValue("Fragment-Host")),
					parse(attributes.getValue("Import-Package")), parse(attributes.getValue("Export-Package")),
					parse(attributes.getValue("Require-Capability")), parse(attributes.getValue("Provide-Capability")));
		}

		/** Whether this bundle needs {@code other}, as described in the class comment. */
		boolean requires(Bundle other) {
			return requires(other, true);
		}

		/** As {@link #requires(Bundle)}; without {@code optionalToo} only requirements without resolution:=optional count. */
		boolean requires(Bundle other, boolean optionalToo) {
			if (names(requireBundle, optionalToo).contains(other.name) || names(fragmentHost, true).contains(other.name)) {
				return true;
			}
			if (other.name.equals("org.eclipse.osgi") && names(fragmentHost, true).contains("system.bundle")) {
				return true;
			}
			Set<String> imported = names(importPackage, optionalToo);
			if (names(other.exportPackage, true).stream().anyMatch(imported::contains)) {
				return true;
			}
			for (Clause requirement : requireCapability) {
				if (!optionalToo && isOptional(requirement)) {
					continue;
				}
				String filter = requirement.params().getOrDefault("filter:", "");
				for (String namespace : requirement.paths()) {
					for (Clause capability : other.provideCapability) {
						if (!capability.paths().contains(namespace)) {
							continue;
						}
						for (String key : List.of(namespace, "objectClass", "objectClass:List<String>")) {
							String value = capability.params().get(key);
							if (value != null && Stream.of(value.split(",")).anyMatch(v -> filter.contains("=" + v.strip() + ")"))) {
								return true;
							}
						}
					}
				}
			}
			return false;
		}

		private static Set<String> names(List<Clause> clauses, boolean optionalToo) {
			return clauses.stream().filter(c -> optionalToo || !isOptional(c)).flatMap(c -> c.paths().stream()).collect(Collectors.toSet());
		}

		private static boolean isOptional(Clause clause) {
			return "optional".equals(clause.params().get("resolution:"));
		}
	}

	private static final Pattern PARAM = Pattern.compile("\\s*([^=:\\s]+(?::[^=\\s]+)?)\\s*(:?=)\\s*(.*)", Pattern.DOTALL);

	/** Parses an OSGi manifest header: clauses split at commas, parts at semicolons, both outside quotes. */
	static List<Clause> parse(String header) {
		List<Clause> clauses = new ArrayList<>();
		if (header == null || header.isBlank()) {
			return clauses;
		}
		for (String clause : split(header, ',')) {
			List<String> paths = new ArrayList<>();
			Map<String, String> params = new TreeMap<>();
			for (String part : split(clause, ';')) {
				Matcher m = PARAM.matcher(part);
				if (m.matches()) {
					String value = m.group(3).strip();
					if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
						value = value.substring(1, value.length() - 1);
					}
					params.put(m.group(1) + (m.group(2).equals(":=") ? ":" : ""), value);
				} else if (!part.isBlank()) {
					paths.add(part.strip());
				}
			}
			clauses.add(new Clause(paths, params));
		}
		return clauses;
	}

	private static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return parts;
	}
}
