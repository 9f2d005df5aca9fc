package org.quartierwerk.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 20 item 4, browser side: the index page of the site that {@code WebauftrittBenchmark} built (10 000 projects by
 * default) in headless Chromium through Selenium, opened from {@code file://} as a person opens it. Timed inside the page
 * with the Navigation Timing entry and {@code performance.now()}:
 * <ul>
 * <li>load: from the start of the navigation to the end of the load event (HTML parsed, {@code daten.js} and
 * {@code suche.js} run, the first filtering done);</li>
 * <li>filter: from the click on the first Herausforderung check box until the next frame has been painted (the change
 * handler filters every entry, then layout and paint);</li>
 * <li>load + filter, against the goal of 200 ms.</li>
 * </ul>
 * {@code bench.web.runs} fresh navigations (default 7), medians reported; one untimed navigation first.
 */
class BrowserBenchmark {

	/** Clicks the first check box of the Herausforderung facet; calls back with the time until the frame after it. */
	private static final String FILTER = """
			var fertig = arguments[arguments.length - 1];
			var box = document.querySelector('input[name=herausforderung]');
			var t0 = performance.now();
			box.click();
			var skript = performance.now() - t0;
			requestAnimationFrame(function () {
			  setTimeout(function () {
			    var sichtbar = document.querySelectorAll('#liste > li:not([hidden])').length;
			    fertig([skript, performance.now() - t0, sichtbar, document.querySelectorAll('#liste > li').length]);
			  }, 0);
			});
			""";

	@Test
	void measure() throws Exception {
		String parts = System.getProperty("bench.parts", "");
		if (!(parts.isBlank() || parts.equals("all") || Arrays.asList(parts.split(",")).contains("web"))) {
			return;
		}
		Path site = Path.of(System.getProperty("bench.site", "../target/webauftritt")).toAbsolutePath().normalize();
		Path index = site.resolve("index.html");
		if (!Files.isRegularFile(index)) {
			throw new AssertionError("no site at " + site + ": run the web part of org.quartierwerk.publishing.bench first");
		}
		int runs = Integer.getInteger("bench.web.runs", 7);
		ChromeOptions optionen = new ChromeOptions().setBinary("/usr/bin/chromium")
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600", "--lang=de-DE");
		ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
		ChromeDriver browser = new ChromeDriver(dienst, optionen);
		List<Double> laden = new ArrayList<>();
		List<Double> domFertig = new ArrayList<>();
		List<Double> filterSkript = new ArrayList<>();
		List<Double> filter = new ArrayList<>();
		List<Double> zusammen = new ArrayList<>();
		long eintraege = 0;
		long sichtbar = 0;
		try {
			browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
			browser.get(index.toUri().toString()); // untimed: the file cache and the browser's first start
			for (int i = 0; i < runs; i++) {
				browser.get("about:blank");
				browser.get(index.toUri().toString());
				JavascriptExecutor js = browser;
				@SuppressWarnings("unchecked")
				List<Number> navigation = (List<Number>) js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
						+ " return [n.loadEventEnd, n.domContentLoadedEventEnd];");
				@SuppressWarnings("unchecked")
				List<Number> gefiltert = (List<Number>) js.executeAsyncScript(FILTER);
				laden.add(navigation.get(0).doubleValue());
				domFertig.add(navigation.get(1).doubleValue());
				filterSkript.add(gefiltert.get(0).doubleValue());
				filter.add(gefiltert.get(1).doubleValue());
				zusammen.add(navigation.get(0).doubleValue() + gefiltert.get(1).doubleValue());
				sichtbar = gefiltert.get(2).longValue();
				eintraege = gefiltert.get(3).longValue();
			}
		} finally {
			browser.quit();
		}
		if (sichtbar <= 0 || sichtbar >= eintraege) {
			throw new AssertionError("the filter showed " + sichtbar + " of " + eintraege + " entries: it did not filter");
		}
		List<String> zeilen = new ArrayList<>();
		zeilen.add("part,measure,size,value,unit,n");
		zeilen.add(zeile("browser: DOMContentLoaded of index.html, median", eintraege, median(domFertig), "ms", runs));
		zeilen.add(zeile("browser: load of index.html (navigation start to load end), median", eintraege, median(laden), "ms", runs));
		zeilen.add(zeile("browser: filter script (click on a Herausforderung), median", eintraege, median(filterSkript), "ms", runs));
		zeilen.add(zeile("browser: filter until the next frame, median", eintraege, median(filter), "ms", runs));
		zeilen.add(zeile("browser: load + filter, median (goal: under 200 ms)", eintraege, median(zusammen), "ms", runs));
		zeilen.add(zeile("browser: load + filter, max", eintraege, Collections.max(zusammen), "ms", runs));
		zeilen.add(zeile("browser: entries shown after the filter", eintraege, sichtbar, "count", 1));
		Path ordner = Path.of(System.getProperty("bench.results", "../results")).toAbsolutePath().normalize();
		schreibe(ordner.resolve("browser.csv"), zeilen);
	}

	private static String zeile(String measure, long size, double value, String unit, long n) {
		System.out.printf(Locale.ROOT, "%-8s %-62s %8d %12.3f %-6s n=%d%n", "browser", measure, size, value, unit, n);
		return String.join(",", "browser", '"' + measure + '"', String.valueOf(size), String.format(Locale.ROOT, "%.3f", value), unit,
				String.valueOf(n));
	}

	private static double median(List<Double> werte) {
		List<Double> sortiert = new ArrayList<>(werte);
		Collections.sort(sortiert);
		return sortiert.get((sortiert.size() - 1) / 2);
	}

	private static void schreibe(Path datei, List<String> zeilen) throws IOException {
		Files.createDirectories(datei.getParent());
		Files.write(datei, zeilen);
	}
}
