import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts the parts of one harness run into one table: reads {@code bench/results/<part>.csv} of the parts that ran,
 * prints the table, writes {@code bench/results/harness.csv} and appends a section with date and machine to
 * {@code bench/RESULTS.md}. Run by bench/run.sh:
 * {@code java Summary.java RESULTS_DIR RESULTS_MD STARTED_EPOCH_S MODE COMMAND LOAD_BEFORE PARTS...}.
 */
public class Summary {

	public static void main(String[] args) throws IOException {
		Path results = Path.of(args[0]);
		Path resultsMd = Path.of(args[1]);
		long started = Long.parseLong(args[2]);
		String mode = args[3];
		String command = args[4];
		String loadBefore = args[5];
		List<String[]> rows = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (int i = 6; i < args.length; i++) {
			String part = args[i];
			Path csv = results.resolve(part + ".csv");
			if (!Files.exists(csv) || Files.getLastModifiedTime(csv).toMillis() / 1000 < started) {
				missing.add(part);
				continue;
			}
			List<String> lines = Files.readAllLines(csv);
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = split(line);
				rows.add(part.equals("reports") ? fromReports(cells) : cells);
			}
		}

		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0));
		StringBuilder table = new StringBuilder("| part | measure | size | value | unit | n |\n| --- | --- | ---: | ---: | --- | ---: |\n");
		StringBuilder csv = new StringBuilder("date,part,measure,size,value,unit,n\n");
		for (String[] row : rows) {
			table.append("| ").append(String.join(" | ", row)).append(" |\n");
			csv.append(date).append(',').append(row[0]).append(",\"").append(row[1]).append('"');
			for (int c = 2; c < row.length; c++) {
				csv.append(',').append(row[c]);
			}
			csv.append('\n');
		}
		long minutes = (Instant.now().getEpochSecond() - started + 30) / 60;
		String text = "\n## Harness run (" + mode + "), " + date + "\n\n"
				+ "Command: `" + command + "`, " + minutes + " min.  \n"
				+ "Machine: " + machine() + ".  \n"
				+ "Load average (1, 5, 15 min) at start: " + loadBefore + "; at end: " + loadAverage() + ".\n\n"
				+ table
				+ (missing.isEmpty() ? "" : "\nParts without results in this run (failed or not run): " + String.join(", ", missing) + ".\n");
		System.out.println(text);
		Files.writeString(results.resolve("harness.csv"), csv);
		if (!Files.exists(resultsMd)) {
			Files.writeString(resultsMd, "# Benchmark results\n\nWritten by the harness (`bench/run.sh`), never by hand.\n");
		}
		Files.writeString(resultsMd, text, StandardOpenOption.APPEND);
	}

	/** The report benchmark's own columns (date,measure,template,format,value,n) in the harness's. */
	private static String[] fromReports(String[] cells) {
		String measure = cells[1] + (cells[2].isEmpty() ? "" : " (" + cells[2] + ", " + cells[3] + ")");
		String unit = cells[1].startsWith("ratio") ? "ratio" : cells[1].contains("per second") ? "documents/s" : "ms";
		return new String[] { "reports", measure, "", cells[4], unit, cells[5] };
	}

	private static String[] split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			} else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells.toArray(String[]::new);
	}

	private static String machine() throws IOException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
				.map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
		long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
		return String.format(Locale.ROOT, "%s %s, %s, %d cores, %d GB RAM, Java %s (%s); benchmark JVM heap -Xmx%s",
				System.getProperty("os.name"), System.getProperty("os.arch"), cpu, Runtime.getRuntime().availableProcessors(),
				Math.round(memKb / 1024.0 / 1024.0), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				System.getProperty("bench.heap", "?"));
	}

	static String loadAverage() throws IOException {
		String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return parts[0] + " " + parts[1] + " " + parts[2];
	}
}
