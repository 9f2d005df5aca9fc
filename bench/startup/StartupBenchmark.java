import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up benchmark, run by bench/run.sh as a single-file program on the display in DISPLAY (Xvfb):
 * launch until the main window is mapped, for the Quartierwerk product and the bare e4 product built from the same
 * target platform (bench/org.quartierwerk.bench.bare.product), in alternating runs; and the command line
 * {@code ./quartierwerk --version} from start to exit.
 * <p>
 * Usage: {@code java StartupBenchmark.java ROOT RESULTS_DIR RUNS}. Both products are started the same way,
 * {@code java -jar plugins/org.eclipse.equinox.launcher_*.jar -data WORKSPACE}, each on its own workspace, after one
 * untimed run each (the first Quartierwerk start seeds its workspace with the 13 DStGB examples).
 */
public class StartupBenchmark {

	private static final long TIMEOUT_MS = 180_000;

	record Product(String label, String title, Path home, Path workspace) {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]).toAbsolutePath();
		Path results = Path.of(args[1]).toAbsolutePath();
		int runs = Integer.parseInt(args[2]);
		if (System.getenv("DISPLAY") == null) {
			throw new IllegalStateException("the start-up benchmark needs DISPLAY (bench/run.sh starts Xvfb)");
		}
		Path scratch = Files.createTempDirectory("startup-bench");
		Product quartierwerk = new Product("Quartierwerk", "Quartierwerk",
				root.resolve("releng/org.quartierwerk.product/target/products/org.quartierwerk.product/linux/gtk/x86_64"),
				scratch.resolve("quartierwerk-workspace"));
		Product bare = new Product("bare e4", "Bare e4",
				root.resolve("bench/org.quartierwerk.bench.bare.product/target/products/org.quartierwerk.bench.bare.product/linux/gtk/x86_64"),
				scratch.resolve("bare-workspace"));

		for (Product product : List.of(quartierwerk, bare)) {
			System.out.printf(Locale.ROOT, "startup: untimed first start of %s: %.0f ms%n", product.label(), windowTime(product, scratch));
		}
		List<Double> q = new ArrayList<>();
		List<Double> b = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			q.add(windowTime(quartierwerk, scratch));
			b.add(windowTime(bare, scratch));
			System.out.printf(Locale.ROOT, "startup: run %d: Quartierwerk %.0f ms, bare e4 %.0f ms%n", run + 1, q.getLast(), b.getLast());
		}

		List<Double> cli = new ArrayList<>();
		String version = "";
		for (int run = 0; run < runs + 1; run++) {
			long t = System.nanoTime();
			ProcessBuilder builder = new ProcessBuilder(root.resolve("quartierwerk").toString(), "--data",
					scratch.resolve("cli-workspace").toString(), "--version").redirectErrorStream(true);
			builder.environment().remove("DISPLAY");
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("quartierwerk --version failed: " + output);
			}
			double ms = (System.nanoTime() - t) / 1e6;
			if (run > 0) { // the first run warms the file cache, like the untimed workbench starts
				cli.add(ms);
			}
			version = output.strip().lines().findFirst().orElse("");
		}
		System.out.println("startup: quartierwerk --version prints: " + version);

		double qMedian = median(q);
		double bMedian = median(b);
		List<String> rows = new ArrayList<>();
		rows.add("part,measure,size,value,unit,n");
		rows.add(row("Quartierwerk: launch to main window, median", qMedian, "ms", q.size()));
		rows.add(row("Quartierwerk: launch to main window, min", Collections.min(q), "ms", q.size()));
		rows.add(row("Quartierwerk: launch to main window, max", Collections.max(q), "ms", q.size()));
		rows.add(row("bare e4: launch to main window, median", bMedian, "ms", b.size()));
		rows.add(row("bare e4: launch to main window, min", Collections.min(b), "ms", b.size()));
		rows.add(row("bare e4: launch to main window, max", Collections.max(b), "ms", b.size()));
		rows.add(row("Quartierwerk / bare e4 (medians)", qMedian / bMedian, "ratio", runs));
		rows.add(row("CLI --version start to exit, median", median(cli), "ms", cli.size()));
		Files.createDirectories(results);
		Files.write(results.resolve("startup.csv"), rows);
		rows.stream().skip(1).forEach(r -> System.out.println("startup: " + r));
	}

	/** Milliseconds from starting the product's JVM until its window is mapped; then the product is stopped. */
	private static double windowTime(Product product, Path scratch) throws Exception {
		Path launcher;
		try (var files = Files.list(product.home().resolve("plugins"))) {
			launcher = files.filter(f -> f.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar")).findFirst()
					.orElseThrow(() -> new IllegalStateException("no launcher in " + product.home() + "; build with bench/run.sh"));
		}
		Files.createDirectories(product.workspace());
		Path log = scratch.resolve(product.label().replace(' ', '-') + ".log");
		Pattern window = Pattern.compile("^\\s*(0x[0-9a-f]+) \"" + Pattern.quote(product.title()) + " ?\":", Pattern.MULTILINE);
		long start = System.nanoTime();
		Process process = new ProcessBuilder("java", "-jar", launcher.toString(), "-data", product.workspace().toString(), "-consoleLog")
				.directory(product.home().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			long deadline = System.currentTimeMillis() + TIMEOUT_MS;
			while (System.currentTimeMillis() < deadline) {
				Matcher match = window.matcher(exec("xwininfo", "-root", "-children"));
				if (match.find() && exec("xwininfo", "-id", match.group(1)).contains("Map State: IsViewable")) {
					return (System.nanoTime() - start) / 1e6;
				}
				if (!process.isAlive()) {
					throw new IllegalStateException(product.label() + " ended before its window appeared:\n" + Files.readString(log));
				}
				Thread.sleep(20);
			}
			throw new IllegalStateException("no window \"" + product.title() + "\" within " + TIMEOUT_MS + " ms:\n" + Files.readString(log));
		} finally {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private static String exec(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output;
	}

	private static String row(String measure, double value, String unit, int n) {
		return String.format(Locale.ROOT, "startup,\"%s\",,%.3f,%s,%d", measure, value, unit, n);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}
}
