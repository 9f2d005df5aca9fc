package org.quartierwerk.reports.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.Dienste;

/**
 * Measures report rendering inside OSGi and compares it with what Träger do today: converting a DOCX with
 * LibreOffice ({@code soffice --headless --convert-to pdf}). Prints a table, writes {@code bench/results/reports.csv}
 * and appends to {@code bench/RESULTS.md} (under {@code bench/run.sh}, the harness does). Run by {@code bench/run.sh}, never by
 * the test build.
 */
class ReportBenchmark {

	/** The longest the benchmark waits for a service: the report engine starts slowly under load. */
	private static final Duration DIENSTSTART = Duration.ofSeconds(60);

	private static final Path RESULTS = Path.of(System.getProperty("bench.results", "../results"));
	private static final int WARM_ROUNDS = 3;
	private static final int BATCH_ROUNDS = 5;
	private static final int SOFFICE_RUNS = 5;

	private final List<String[]> rows = new ArrayList<>();

	@Test
	void measure() throws Exception {
		ReportService reports = Dienste.warte(ReportService.class, null, DIENSTSTART);
		row("JVM start until ReportService is available", "", "", ManagementFactory.getRuntimeMXBean().getUptime(), 1);
		List<Praxisbeispiel> beispiele = Dienste.warte(Exchange.class, null, DIENSTSTART).dstgbBeispiele();
		boolean first = true;

		double steckbriefPdfWarm = 0;
		double antragPdfWarm = 0;
		for (Berichtsvorlage vorlage : reports.vorlagen()) {
			if (vorlage.sammlung()) {
				List<Double> times = new ArrayList<>();
				for (int i = 0; i < WARM_ROUNDS + 1; i++) {
					times.add(render(reports, vorlage.id(), beispiele, Berichtsformat.PDF));
				}
				row(cold(first), vorlage.id(), "pdf", times.get(0), 1);
				row("warm median", vorlage.id(), "pdf", median(times.subList(1, times.size())), WARM_ROUNDS);
				first = false;
				continue;
			}
			for (Berichtsformat format : vorlage.formate()) {
				double cold = render(reports, vorlage.id(), beispiele.subList(0, 1), format);
				List<Double> warm = new ArrayList<>();
				for (int round = 0; round < WARM_ROUNDS; round++) {
					for (Praxisbeispiel beispiel : beispiele) {
						warm.add(render(reports, vorlage.id(), List.of(beispiel), format));
					}
				}
				row(cold(first), vorlage.id(), format.endung(), cold, 1);
				first = false;
				row("warm median", vorlage.id(), format.endung(), median(warm), warm.size());
				if (format == Berichtsformat.PDF && vorlage.id().equals("projektsteckbrief")) {
					steckbriefPdfWarm = median(warm);
				}
				if (format == Berichtsformat.PDF && vorlage.id().equals("antrag-kommune")) {
					antragPdfWarm = median(warm);
				}
			}
		}

		long batchStart = System.nanoTime();
		int documents = 0;
		for (int round = 0; round < BATCH_ROUNDS; round++) {
			for (Praxisbeispiel beispiel : beispiele) {
				render(reports, "projektsteckbrief", List.of(beispiel), Berichtsformat.PDF);
				documents++;
			}
		}
		double batchMs = ms(batchStart);
		double perSecond = documents / (batchMs / 1000);
		row("batch documents per second", "projektsteckbrief", "pdf", perSecond, documents);

		// the path Träger take today: a Word document converted by LibreOffice
		Path docx = Files.createTempFile("antrag", ".docx");
		Path outdir = Files.createTempDirectory("soffice");
		ByteArrayOutputStream antrag = new ByteArrayOutputStream();
		reports.render("antrag-kommune", beispiele.subList(0, 1), Berichtsformat.DOCX, antrag);
		Files.write(docx, antrag.toByteArray());
		List<Double> soffice = new ArrayList<>();
		String sofficeNote = "";
		for (int run = 0; run < SOFFICE_RUNS; run++) {
			long t = System.nanoTime();
			Process process = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir.toString(),
					docx.toString()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				sofficeNote = "soffice failed: " + output.strip();
				break;
			}
			soffice.add(ms(t));
		}
		StringBuilder ratios = new StringBuilder();
		if (!soffice.isEmpty()) {
			row("soffice DOCX→PDF cold (first run)", "antrag-kommune", "docx→pdf", soffice.get(0), 1);
			double sofficeWarm = median(soffice.subList(Math.min(1, soffice.size() - 1), soffice.size()));
			row("soffice DOCX→PDF median of later runs", "antrag-kommune", "docx→pdf", sofficeWarm, soffice.size() - 1);
			ratios.append(String.format(Locale.ROOT, "soffice conversion / BIRT warm PDF (same Antrag): %.1f×%n", sofficeWarm / antragPdfWarm));
			ratios.append(String.format(Locale.ROOT, "soffice conversion / BIRT warm PDF (Projektsteckbrief): %.1f×%n",
					sofficeWarm / steckbriefPdfWarm));
			row("ratio soffice conversion / BIRT warm PDF", "antrag-kommune", "pdf", sofficeWarm / antragPdfWarm, 1);
			row("ratio soffice conversion / BIRT warm PDF", "projektsteckbrief", "pdf", sofficeWarm / steckbriefPdfWarm, 1);
		} else {
			ratios.append(sofficeNote.isEmpty() ? "soffice not run\n" : sofficeNote + "\n");
		}
		report(ratios.toString());
	}

	/** Only the very first document meets a cold engine; later "first" documents still parse their design. */
	private static String cold(boolean first) {
		return first ? "cold: first document in this runtime" : "first document of this template and format";
	}

	private static double render(ReportService reports, String vorlage, List<Praxisbeispiel> beispiele, Berichtsformat format)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long t = System.nanoTime();
		reports.render(vorlage, beispiele, format, out);
		return ms(t);
	}

	private void row(String measure, String template, String format, double value, int n) {
		rows.add(new String[] { measure, template, format, String.format(Locale.ROOT, "%.1f", value), String.valueOf(n) });
	}

	private void report(String ratios) throws IOException {
		String machine = String.format(Locale.ROOT, "%s %s, %d cores, %d MB max heap, Java %s", System.getProperty("os.name"),
				System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("java.version"));
		String date = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		StringBuilder table = new StringBuilder();
		table.append("| measure | template | format | value (ms, or documents/s) | n |\n| --- | --- | --- | ---: | ---: |\n");
		for (String[] row : rows) {
			table.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		String text = "\n## Report benchmark, " + date + "\n\nMachine: " + machine + ".\n\n" + table + "\n" + ratios.replace("\n", "  \n");
		System.out.println(text);
		Files.createDirectories(RESULTS);
		StringBuilder csv = new StringBuilder("date,measure,template,format,value,n\n");
		for (String[] row : rows) {
			csv.append(date).append(',').append(String.join(",", row)).append('\n');
		}
		Files.writeString(RESULTS.resolve("reports.csv"), csv);
		if (Boolean.getBoolean("bench.harness")) {
			return; // bench/run.sh puts all parts into one table and one RESULTS.md section
		}
		Path results = RESULTS.resolveSibling("RESULTS.md");
		if (!Files.exists(results)) {
			Files.writeString(results, "# Benchmark results\n\nWritten by the harness (`bench/run-report-bench.sh`), never by hand.\n");
		}
		Files.writeString(results, text, StandardOpenOption.APPEND);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000.0;
	}
}
