package org.quartierwerk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Rows of one benchmark part, printed as they come and written to {@code bench/results/<part>.csv}
 * ({@code part,measure,size,value,unit,n}); {@code bench/run.sh} puts all parts into one table and RESULTS.md. Shared by
 * the benchmark bundles in {@code bench/}.
 */
public final class BenchResults {

	private final String part;
	private final List<String> rows = new ArrayList<>();

	public BenchResults(String part) {
		this.part = part;
	}

	public void add(String measure, long size, double value, String unit, long n) {
		String row = String.join(",", part, '"' + measure.replace("\"", "'") + '"', String.valueOf(size),
				String.format(Locale.ROOT, "%.3f", value), unit, String.valueOf(n));
		rows.add(row);
		System.out.printf(Locale.ROOT, "%-8s %-52s %8d %14.3f %-12s n=%d%n", part, measure, size, value, unit, n);
	}

	public void note(String text) {
		rows.add(String.join(",", part, '"' + text.replace("\"", "'") + '"', "", "", "note", ""));
		System.out.println(part + ": " + text);
	}

	public void write() throws IOException {
		Path folder = folder();
		Files.createDirectories(folder);
		List<String> lines = new ArrayList<>();
		lines.add("part,measure,size,value,unit,n");
		lines.addAll(rows);
		Files.write(folder.resolve(part + ".csv"), lines);
	}

	/** {@code bench/results}, given by the harness; the fallback fits tycho-surefire's working folder. */
	public static Path folder() {
		return Path.of(System.getProperty("bench.results", "../results")).toAbsolutePath().normalize();
	}

	public static double median(List<Double> values) {
		return percentile(values, 50);
	}

	/** Nearest-rank percentile. */
	public static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	public static double ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000.0;
	}
}
