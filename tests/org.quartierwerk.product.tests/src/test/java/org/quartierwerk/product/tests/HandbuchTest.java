package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * The handbook through the built product: {@code quartierwerk hilfe} lists one topic per command of {@code --help} and
 * prints a topic's section as plain text; {@code hilfe --nach ORDNER} writes the pages, and in headless Chromium, opened
 * from the file system, a word typed into the search field finds the chapters that hold it; axe-core finds no WCAG 2.1
 * AA violation on the start page and the search page. Screenshots go to target/screenshots.
 */
class HandbuchTest {

	@TempDir
	static Path scratch;

	private static Path handbuch;
	private static ChromeDriver browser;

	@BeforeAll
	static void handbuchUndBrowser() throws Exception {
		handbuch = scratch.resolve("handbuch");
		Result geschrieben = Quartierwerk.run(scratch, env(), "hilfe", "--nach", handbuch.toString());
		assertEquals(0, geschrieben.exitCode(), geschrieben::toString);
		assertEquals("Handbuch geschrieben: " + handbuch.resolve("index.html") + "\n", geschrieben.out(), geschrieben::toString);
		ChromeOptions optionen = new ChromeOptions().setBinary("/usr/bin/chromium")
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1400", "--lang=de-DE");
		ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
				.build();
		browser = new ChromeDriver(dienst, optionen);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void schliessen() {
		if (browser != null) {
			browser.quit();
		}
	}

	private static Map<String, String> env() throws Exception {
		return Map.of("HOME", Files.createDirectories(scratch.resolve("home")).toString());
	}

	@Test
	void hilfeListsOneTopicPerCommandAndPrintsATopicAsText() throws Exception {
		Result hilfe = Quartierwerk.run(scratch, env(), "--help");
		List<String> befehle = hilfe.out().lines().filter(z -> z.matches("  [a-z]\\S*(\\s.*)?")).map(z -> z.strip().split("\\s+")[0])
				.toList();
		assertTrue(befehle.contains("hilfe"), "--help names hilfe: " + hilfe.out());
		Result themen = Quartierwerk.run(scratch, env(), "hilfe");
		assertEquals(0, themen.exitCode(), themen::toString);
		assertEquals("", themen.err(), themen::toString);
		List<String> liste = themen.out().lines().skip(1).map(z -> z.strip().split("\\s+")[0]).toList();
		assertEquals(befehle, liste, "one topic per command of --help, in the same order");

		Result bericht = Quartierwerk.run(scratch, env(), "hilfe", "bericht");
		assertEquals(0, bericht.exitCode(), bericht::toString);
		assertTrue(bericht.out().startsWith("bericht – Berichte und Förderanträge erstellen\n\n"), bericht::toString);
		assertTrue(bericht.out().contains("\n./quartierwerk bericht --vorlagen\n"), bericht::toString);
		assertFalse(bericht.out().matches("(?s).*(<[a-z/]|&[a-z#]+;).*"), () -> "no tags or character references: " + bericht);
		assertEquals("", bericht.err(), bericht::toString);

		Result unbekannt = Quartierwerk.run(scratch, env(), "hilfe", "drucken");
		assertEquals(2, unbekannt.exitCode(), unbekannt::toString);
		assertEquals("", unbekannt.out(), unbekannt::toString);
		assertTrue(unbekannt.err().startsWith("Zum Thema „drucken“ gibt es keinen Abschnitt im Handbuch. Mögliche Themen: arbeitsbereich, "),
				unbekannt::toString);
		assertTrue(unbekannt.err().contains("bericht"), unbekannt::toString);
	}

	@Test
	void aWordTypedIntoTheSearchFieldFindsTheChaptersThatHoldIt() throws Exception {
		browser.get(handbuch.resolve("index.html").toUri().toString());
		WebElement feld = browser.findElement(By.id("suchfeld"));
		feld.sendKeys("Förderquote", Keys.ENTER);
		assertTrue(warte(() -> browser.getCurrentUrl().contains("suche.html?q=")), browser.getCurrentUrl());
		List<WebElement> treffer = browser.findElements(By.cssSelector("#treffer > li a"));
		assertFalse(treffer.isEmpty(), browser.findElement(By.id("suchstand")).getText());
		assertTrue(browser.findElement(By.id("suchstand")).getText().endsWith("mit „Förderquote“:"),
				browser.findElement(By.id("suchstand")).getText());
		List<String> seiten = new ArrayList<>();
		for (WebElement link : treffer) {
			String ziel = link.getAttribute("href");
			String datei = ziel.substring(ziel.lastIndexOf('/') + 1).replaceFirst("#.*", "");
			seiten.add(datei);
			assertTrue(gefaltet(Files.readString(handbuch.resolve(datei), StandardCharsets.UTF_8)).contains("forderquote"),
					datei + " holds the word it was found by");
		}
		assertTrue(seiten.contains("finanzierungsplan.html"), seiten::toString);
		bildschirmfoto("suche");

		// typing on the search page narrows the list at once; case and umlauts do not matter
		WebElement suche = browser.findElement(By.id("suchfeld"));
		suche.clear();
		suche.sendKeys("ZERTIFIKAT");
		assertTrue(warte(() -> browser.findElements(By.cssSelector("#treffer > li a")).stream()
				.anyMatch(a -> a.getAttribute("href").endsWith("kursteilnahme.html#zertifikat"))), "ZERTIFIKAT finds the Zertifikat section");
		suche.clear();
		suche.sendKeys("gibtesnirgends");
		assertTrue(warte(() -> browser.findElements(By.cssSelector("#treffer > li")).isEmpty()), "no hit for a word the handbook lacks");
		assertEquals("Keine Abschnitte mit „gibtesnirgends“. Versuchen Sie ein anderes Wort.", browser.findElement(By.id("suchstand")).getText());

		suche.clear();
		suche.sendKeys("förderquote");
		browser.findElement(By.cssSelector("#treffer > li a[href^='finanzierungsplan.html']")).click();
		assertEquals("Finanzierungsplan aufstellen", browser.findElement(By.tagName("h1")).getText());
	}

	@Test
	void axeFindsNoWcag21AaViolation() throws Exception {
		String axe = Files.readString(Path.of(System.getProperty("quartierwerk.axe")));
		List<String> verstoesse = new ArrayList<>();
		for (String seite : List.of("index.html", "suche.html?q=Bericht", "befehlszeile.html")) {
			browser.get(handbuch.resolve("index.html").toUri().toString().replace("index.html", seite));
			JavascriptExecutor js = (JavascriptExecutor) browser;
			js.executeScript(axe);
			Object ergebnis = js.executeAsyncScript("var fertig = arguments[arguments.length - 1];"
					+ "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
					+ ".then(function (r) { fertig(r.violations.map(function (v) { return v.id + ': ' + v.help + ' ('"
					+ " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ') + ')'; })); })"
					+ ".catch(function (e) { fertig(['axe: ' + e]); });");
			for (Object v : (List<?>) ergebnis) {
				verstoesse.add(seite + ": " + v);
			}
		}
		assertEquals(List.of(), verstoesse);
	}

	/** Whether the condition holds within ten seconds, asking the browser meanwhile. */
	private static boolean warte(BooleanSupplier bedingung) throws InterruptedException {
		long bis = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!bedingung.getAsBoolean()) {
			if (System.nanoTime() > bis) {
				return false;
			}
			Thread.sleep(50);
		}
		return true;
	}

	private static String gefaltet(String text) {
		String klein = text.toLowerCase(Locale.GERMAN).replace("ß", "ss").replace("ä", "a").replace("ö", "o").replace("ü", "u");
		return Normalizer.normalize(klein, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private static void bildschirmfoto(String name) throws Exception {
		Path ordner = Files.createDirectories(Path.of(System.getProperty("quartierwerk.screenshots", "target/screenshots")));
		Files.write(ordner.resolve("handbuch-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}
}
