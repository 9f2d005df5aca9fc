package org.quartierwerk.store.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.analyse.Facettenindex;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.model.analyse.Sammlung.Facetten;
import org.quartierwerk.model.validierung.Validierung;
import org.quartierwerk.testing.BenchResults;
import org.quartierwerk.testing.Dienste;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workspace at 1 000, 10 000 and 50 000 synthetic Praxisbeispiele ({@link Generator}), through the real
 * services of this runtime: load all, a plain SAX parse of the same files (the floor), validate all, facet search,
 * save one, heap after GC. Sizes grow in one workspace: the projects of the smaller size stay and more are added.
 * System properties: {@code bench.sizes} (default {@code 1000,10000,50000}), {@code bench.queries} (200).
 */
class ScaleBenchmark {

	/** The longest the benchmark waits for a service: a loaded machine starts the runtime slowly. */
	private static final Duration DIENSTSTART = Duration.ofSeconds(60);

	private final BenchResults results = new BenchResults("scale");

	@Test
	void measure() throws Exception {
		if (!Parts.enabled("scale")) {
			return;
		}
		PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class, null, DIENSTSTART);
		Katalog katalog = Dienste.warte(Katalog.class, null, DIENSTSTART);
		Exchange exchange = Dienste.warte(Exchange.class, null, DIENSTSTART);
		Path workspace = Dienste.warte(WorkspaceLocator.class, null, DIENSTSTART).folder();
		int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000,50000").split(",")).map(String::trim)
				.mapToInt(Integer::parseInt).sorted().toArray();
		int queries = Integer.getInteger("bench.queries", 200);
		List<String> modelle = katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();

		clear(workspace);
		Generator generator = new Generator(exchange.dstgbBeispiele());
		int present = 0;
		Map<String, double[]> perProject = new LinkedHashMap<>();
		for (int size : sizes) {
			long t = System.nanoTime();
			for (int i = present; i < size; i++) {
				store.save(Generator.name(i), generator.beispiel(i));
			}
			double generated = BenchResults.ms(t);
			results.add("generate and save (store, fsync each)", size, generated / (size - present), "ms/project", size - present);
			present = size;
			long bytes = totalBytes(workspace);
			results.add("workspace size on disk", size, bytes / 1024.0 / 1024.0, "MB", size);

			if (size == sizes[0]) {
				warmUp(store, workspace, modelle);
			}
			System.gc();
			long heapBefore = heapUsed();

			t = System.nanoTime();
			List<String> names = store.names();
			List<Praxisbeispiel> alle = new ArrayList<>(names.size());
			for (String name : names) {
				alle.add(store.load(name));
			}
			double loadMs = BenchResults.ms(t);
			results.add("load all (store.names + store.load)", size, loadMs, "ms", size);
			results.add("load throughput", size, size / (loadMs / 1000), "projects/s", size);

			double saxMs = saxParseAll(workspace, names);
			results.add("plain SAX parse of the same files (floor)", size, saxMs, "ms", size);
			results.add("load all / SAX floor", size, loadMs / saxMs, "ratio", size);

			t = System.nanoTime();
			int fehler = 0;
			for (Praxisbeispiel beispiel : alle) {
				if (Validierung.pruefe(beispiel, modelle).getSeverity() >= Diagnostic.ERROR) {
					fehler++;
				}
			}
			double validateMs = BenchResults.ms(t);
			results.add("validate all", size, validateMs, "ms", size);
			results.add("projects with errors (information)", size, fehler, "count", size);

			// the workbench's filter searches one collection again and again: through the facet index, built once
			t = System.nanoTime();
			Facettenindex index = Facettenindex.von(alle);
			results.add("facet index build", size, BenchResults.ms(t), "ms", size);
			List<Double> searches = new ArrayList<>();
			List<Double> walks = new ArrayList<>();
			Random random = new Random(7);
			long hits = 0;
			for (int q = 0; q < queries; q++) {
				Facetten facetten = randomFacets(random, alle);
				t = System.nanoTime();
				hits += index.suche(facetten).size();
				searches.add(BenchResults.ms(t));
				t = System.nanoTime();
				Sammlung.suche(alle, facetten);
				walks.add(BenchResults.ms(t));
			}
			results.add("facet search p50", size, BenchResults.percentile(searches, 50), "ms", queries);
			results.add("facet search p95", size, BenchResults.percentile(searches, 95), "ms", queries);
			results.add("facet search without index p50", size, BenchResults.percentile(walks, 50), "ms", queries);
			results.add("facet search without index p95", size, BenchResults.percentile(walks, 95), "ms", queries);
			results.add("facet search mean hits", size, hits / (double) queries, "projects", queries);

			List<Double> saves = new ArrayList<>();
			Praxisbeispiel eins = alle.get(alle.size() / 2);
			String name = names.get(alle.size() / 2);
			for (int s = 0; s < 21; s++) {
				eins.setWirkungserfolge("Fassung " + s + " – " + eins.getWirkungserfolge());
				t = System.nanoTime();
				store.save(name, eins);
				saves.add(BenchResults.ms(t));
			}
			results.add("save one (median of 21)", size, BenchResults.median(saves), "ms", saves.size());

			long heapAfter = gcHeapUsed();
			results.add("heap after GC, all projects loaded", size, (heapAfter - heapBefore) / 1024.0 / 1024.0, "MB", size);
			results.add("heap per project", size, (heapAfter - heapBefore) / 1024.0 / size, "KB", size);
			perProject.put(String.valueOf(size), new double[] { loadMs / size, saxMs / size, validateMs / size,
					BenchResults.percentile(searches, 50) / size, BenchResults.percentile(walks, 50) / size });
			alle.clear();
		}
		growth(sizes, perProject);
		results.write();
	}

	/** One untimed pass over the first size, so that the JIT's warm-up does not count as a difference between sizes. */
	private static void warmUp(PraxisbeispielStore store, Path workspace, List<String> modelle) throws Exception {
		List<String> names = store.names();
		List<Praxisbeispiel> alle = new ArrayList<>();
		for (String name : names) {
			alle.add(store.load(name));
		}
		saxParseAll(workspace, names);
		for (Praxisbeispiel beispiel : alle) {
			Validierung.pruefe(beispiel, modelle);
		}
		Random random = new Random(8);
		Facettenindex index = Facettenindex.von(alle);
		for (int q = 0; q < 50; q++) {
			Facetten facetten = randomFacets(random, alle);
			Sammlung.suche(alle, facetten);
			index.suche(facetten);
		}
	}

	/** How each figure per project changes from one size to the next; above 1.25 it grows worse than linearly. */
	private void growth(int[] sizes, Map<String, double[]> perProject) {
		String[] measures = { "load all", "SAX floor", "validate all", "facet search p50", "facet search without index p50" };
		for (int k = 1; k < sizes.length; k++) {
			double[] before = perProject.get(String.valueOf(sizes[k - 1]));
			double[] after = perProject.get(String.valueOf(sizes[k]));
			for (int m = 0; m < measures.length; m++) {
				results.add(measures[m] + ": time per project vs. size " + sizes[k - 1], sizes[k], after[m] / before[m], "factor", 1);
			}
		}
	}

	private static Facetten randomFacets(Random random, List<Praxisbeispiel> alle) {
		Set<Bundesland> laender = EnumSet.noneOf(Bundesland.class);
		Set<Herausforderung> herausforderungen = EnumSet.noneOf(Herausforderung.class);
		Set<Finanzierungsart> arten = EnumSet.noneOf(Finanzierungsart.class);
		Set<String> stufen = new HashSet<>();
		String text = null;
		Praxisbeispiel muster = alle.get(random.nextInt(alle.size()));
		// one to three facets, values taken from a real project so that searches find something
		int facets = 1 + random.nextInt(3);
		for (int f = 0; f < facets; f++) {
			switch (random.nextInt(5)) {
				case 0 -> {
					if (muster.isSetBundesland()) {
						laender.add(muster.getBundesland());
					}
				}
				case 1 -> {
					if (muster.isSetHerausforderung()) {
						herausforderungen.add(muster.getHerausforderung());
					}
				}
				case 2 -> arten.add(Finanzierungsart.values()[random.nextInt(Finanzierungsart.values().length)]);
				case 3 -> muster.getBeteiligungen().stream().map(Beteiligung::getStufe).filter(s -> s != null && s.getId() != null)
						.findFirst().ifPresent(s -> stufen.add(s.getId()));
				default -> {
					String[] woerter = muster.getTitel().split("\\s+");
					text = woerter[random.nextInt(woerter.length)];
				}
			}
		}
		return new Facetten(laender, herausforderungen, arten, stufen, text);
	}

	private static double saxParseAll(Path workspace, List<String> names) throws Exception {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		DefaultHandler handler = new DefaultHandler();
		long t = System.nanoTime();
		SAXParser parser = factory.newSAXParser();
		for (String name : names) {
			parser.reset();
			parser.parse(workspace.resolve(name + WorkspaceLocator.PROJECT_FILE_EXTENSION).toFile(), handler);
		}
		return BenchResults.ms(t);
	}

	private static void clear(Path workspace) throws IOException {
		try (Stream<Path> files = Files.list(workspace)) {
			for (Path file : files.filter(f -> f.getFileName().toString().contains(".xmi")).toList()) {
				Files.delete(file);
			}
		}
	}

	private static long totalBytes(Path workspace) throws IOException {
		try (Stream<Path> files = Files.list(workspace)) {
			return files.filter(f -> f.getFileName().toString().endsWith(WorkspaceLocator.PROJECT_FILE_EXTENSION)).mapToLong(f -> {
				try {
					return Files.size(f);
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}).sum();
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long gcHeapUsed() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return heapUsed();
	}
}
