package org.quartierwerk.publishing.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.publishing.Publishing;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.testing.BenchResults;
import org.quartierwerk.testing.Dienste;

/**
 * Issue 20 item 4: the web site of N projects (default 10 000) against the Sammlungsbericht over the same projects, in
 * one run of this runtime. The projects are copies of the 13 DStGB examples in turn, each with a title of its own,
 * saved into the runtime's workspace. Both sides start from the workspace as the command line does:
 * <ul>
 * <li>site: {@code Publishing.veroeffentlicheWebauftritt} – read every project, anonymise, build every page, write each
 * file durably, leak-check every file, move the folder into place ({@code veroeffentlichen --web});</li>
 * <li>report: {@code store.names()} and {@code store.load} for each, then the {@code sammlungsbericht} template as PDF
 * into a file ({@code bericht sammlungsbericht --nach}).</li>
 * </ul>
 * One untimed pass of both over the 13 examples first warms the JIT. The site is left in {@code bench.site} (default
 * {@code target/webauftritt}) for the browser part ({@code org.quartierwerk.web.bench}). System property
 * {@code bench.web.size} changes N.
 */
class WebauftrittBenchmark {

	private static final Duration DIENSTSTART = Duration.ofSeconds(60);

	private final BenchResults results = new BenchResults("web");

	@Test
	void measure() throws Exception {
		if (!Parts.enabled("web")) {
			return;
		}
		int n = Integer.getInteger("bench.web.size", 10_000);
		PraxisbeispielStore store = Dienste.warte(PraxisbeispielStore.class, null, DIENSTSTART);
		Exchange exchange = Dienste.warte(Exchange.class, null, DIENSTSTART);
		Publishing publishing = Dienste.warte(Publishing.class, null, DIENSTSTART);
		ReportService reports = Dienste.warte(ReportService.class, null, DIENSTSTART);
		Path site = Path.of(System.getProperty("bench.site", "target/webauftritt")).toAbsolutePath().normalize();
		Path arbeit = Files.createTempDirectory("webauftritt-bench");
		for (String alt : store.names()) {
			store.delete(alt);
		}

		List<Praxisbeispiel> vorlagen = exchange.dstgbBeispiele();
		for (int i = 0; i < vorlagen.size(); i++) {
			store.save(name(i), vorlagen.get(i));
		}
		// warm-up: both sides once over the 13 examples, untimed
		publishing.veroeffentlicheWebauftritt(List.of(), arbeit.resolve("aufwaermen"));
		sammlungsbericht(store, reports, arbeit.resolve("aufwaermen.pdf"));

		long start = System.nanoTime();
		for (int i = vorlagen.size(); i < n; i++) {
			Praxisbeispiel kopie = EcoreUtil.copy(vorlagen.get(i % vorlagen.size()));
			kopie.setTitel(kopie.getTitel() + " (Kopie " + (i / vorlagen.size()) + ")");
			store.save(name(i), kopie);
		}
		results.note(String.format(Locale.ROOT, "%d projects saved in %.1f s (copies of the 13 examples, titles of their own)", n,
				BenchResults.ms(start) / 1000));

		start = System.nanoTime();
		Publishing.Vorschau vorschau = publishing.veroeffentlicheWebauftritt(List.of(), site);
		double webauftritt = BenchResults.ms(start);
		if (vorschau.projekte().size() != n) {
			throw new AssertionError("the site holds " + vorschau.projekte().size() + " projects, not " + n);
		}
		start = System.nanoTime();
		int gelesen = sammlungsbericht(store, reports, arbeit.resolve("sammlungsbericht.pdf"));
		double bericht = BenchResults.ms(start);
		if (gelesen != n) {
			throw new AssertionError("the report read " + gelesen + " projects, not " + n);
		}

		long dateien;
		long bytes;
		try (Stream<Path> alle = Files.walk(site)) {
			List<Path> liste = alle.filter(Files::isRegularFile).toList();
			dateien = liste.size();
			bytes = 0;
			for (Path datei : liste) {
				bytes += Files.size(datei);
			}
		}
		results.add("site: veroeffentlichen --web (read, anonymise, build, write, leak check)", n, webauftritt, "ms", 1);
		results.add("Sammlungsbericht PDF (read all, render to file)", n, bericht, "ms", 1);
		results.add("site / Sammlungsbericht (goal: at most 2)", n, webauftritt / bericht, "ratio", 1);
		results.add("site: files", n, dateien, "count", 1);
		results.add("site: size", n, bytes / 1048576.0, "MB", 1);
		results.add("site: index.html", n, Files.size(site.resolve("index.html")) / 1048576.0, "MB", 1);
		results.add("site: daten.js", n, Files.size(site.resolve("daten.js")) / 1048576.0, "MB", 1);
		results.add("Sammlungsbericht: PDF size", n, Files.size(arbeit.resolve("sammlungsbericht.pdf")) / 1048576.0, "MB", 1);
		results.note("site left for the browser part in " + site);
		results.write();

		for (String name : store.names()) {
			store.delete(name);
		}
		loesche(arbeit);
	}

	private static String name(int i) {
		return String.format("kopie-%06d", i);
	}

	/** As {@code bericht sammlungsbericht --format pdf --nach DATEI}: every project of the workspace, one PDF. */
	private static int sammlungsbericht(PraxisbeispielStore store, ReportService reports, Path ziel) throws Exception {
		List<Praxisbeispiel> alle = new ArrayList<>();
		for (String name : store.names()) {
			alle.add(store.load(name));
		}
		try (OutputStream out = Files.newOutputStream(ziel)) {
			reports.render("sammlungsbericht", alle, Berichtsformat.PDF, out);
		}
		return alle.size();
	}

	private static void loesche(Path ordner) throws IOException {
		try (Stream<Path> alle = Files.walk(ordner)) {
			for (Path p : alle.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
