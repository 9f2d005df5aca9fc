package org.quartierwerk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.interactions.Actions;
import org.quartierwerk.product.tests.Quartierwerk.Result;

/**
 * The web site of {@code veroeffentlichen --web} in a real browser: headless Chromium through Selenium, opened from the
 * file system. Two facets and a search word filter the list as the data say, a project page shows the figures of the
 * CSV overview, the filters work by keyboard alone, and axe-core finds no WCAG 2.1 AA violation on any kind of page.
 * Screenshots go to target/screenshots.
 */
class WebauftrittBrowserTest {

	@TempDir
	static Path scratch;

	private static Path site;
	private static Map<String, String> finanzierungJeTitel;
	private static ChromeDriver browser;

	@BeforeAll
	static void webauftrittUndBrowser() throws Exception {
		Path home = Files.createDirectories(scratch.resolve("home"));
		Map<String, String> env = Map.of("HOME", home.toString());
		Path beispiele = Quartierwerk.root().resolve("bundles/org.quartierwerk.exchange/beispiele/dstgb150-praxisbeispiele.json");
		Result importiert = Quartierwerk.run(scratch, env, "importieren", beispiele.toString());
		assertEquals(0, importiert.exitCode(), importiert::toString);
		site = scratch.resolve("site");
		Result web = Quartierwerk.run(scratch, env, "veroeffentlichen", "--web", site.toString());
		assertEquals(0, web.exitCode(), web::toString);
		Result csv = Quartierwerk.run(scratch, env, "exportieren", "--format", "csv");
		assertEquals(0, csv.exitCode(), csv::toString);
		finanzierungJeTitel = finanzierung(csv.out());

		ChromeOptions optionen = new ChromeOptions().setBinary("/usr/bin/chromium")
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600", "--lang=de-DE");
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

	private static Map<String, String> finanzierung(String csv) {
		Map<String, String> jeTitel = new HashMap<>();
		List<String> zeilen = csv.replace("\uFEFF", "").lines().toList();
		List<String> kopf = felder(zeilen.get(0));
		for (String zeile : zeilen.subList(1, zeilen.size())) {
			List<String> f = felder(zeile);
			jeTitel.put(f.get(kopf.indexOf("Titel")), f.get(kopf.indexOf("Finanzierung (€)")));
		}
		return jeTitel;
	}

	/** The fields of one CSV line (";" separated, RFC 4180 quotes). */
	private static List<String> felder(String zeile) {
		List<String> felder = new ArrayList<>();
		StringBuilder feld = new StringBuilder();
		boolean zitat = false;
		for (int i = 0; i < zeile.length(); i++) {
			char c = zeile.charAt(i);
			if (zitat && c == '"' && i + 1 < zeile.length() && zeile.charAt(i + 1) == '"') {
				feld.append('"');
				i++;
			} else if (c == '"') {
				zitat = !zitat;
			} else if (c == ';' && !zitat) {
				felder.add(feld.toString());
				feld.setLength(0);
			} else {
				feld.append(c);
			}
		}
		felder.add(feld.toString());
		return felder;
	}

	private static void oeffne(String seite) {
		browser.get(site.resolve(seite).toUri().toString());
	}

	private static List<WebElement> sichtbar() {
		return browser.findElements(By.cssSelector("#liste > li")).stream().filter(WebElement::isDisplayed).toList();
	}

	private static String treffer() {
		return browser.findElement(By.id("treffer")).getText();
	}

	private static void bildschirmfoto(String name) throws Exception {
		Path ordner = Files.createDirectories(Path.of(System.getProperty("quartierwerk.screenshots", "target/screenshots")));
		Files.write(ordner.resolve("webauftritt-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void twoFacetsAndAWordFilterTheListAsTheDataSay() throws Exception {
		oeffne("index.html");
		assertEquals(13, sichtbar().size());
		assertEquals("13 von 13 Praxisbeispielen", treffer());
		WebElement herausforderung = browser.findElement(By.cssSelector("input[name=herausforderung]"));
		WebElement bundesland = browser.findElement(By.cssSelector("input[name=bundesland]"));
		String h = herausforderung.getAttribute("value");
		String b = bundesland.getAttribute("value");
		herausforderung.click();
		List<WebElement> nachEiner = sichtbar();
		assertFalse(nachEiner.isEmpty());
		nachEiner.forEach(li -> assertTrue(li.getText().contains(h), li.getText()));
		bundesland.click();
		long erwartet = browser.findElements(By.cssSelector("#liste > li .merkmale")).stream()
				.filter(m -> m.getAttribute("textContent").contains(h) && m.getAttribute("textContent").contains(b)).count();
		assertEquals(erwartet, sichtbar().size(), h + " und " + b);
		assertEquals(erwartet + " von 13 Praxisbeispielen", treffer());
		bildschirmfoto("filter");

		browser.findElement(By.id("zuruecksetzen")).click();
		assertEquals(13, sichtbar().size());
		WebElement suche = browser.findElement(By.id("suche"));
		suche.sendKeys("senioren");
		List<WebElement> gefunden = sichtbar();
		assertTrue(!gefunden.isEmpty() && gefunden.size() < 13, treffer());
		for (WebElement li : gefunden) {
			String seite = li.getAttribute("data-seite");
			String text = Files.readString(site.resolve(seite), StandardCharsets.UTF_8).toLowerCase();
			assertTrue(text.contains("senioren"), seite + " holds the word it was found by");
		}
		bildschirmfoto("suche");
	}

	@Test
	void aProjectPageShowsTheFiguresOfTheModel() throws Exception {
		oeffne("index.html");
		WebElement link = browser.findElement(By.cssSelector("#liste > li h3 a"));
		String titel = link.getText();
		link.click();
		assertEquals(titel, browser.findElement(By.tagName("h1")).getText());
		String csv = finanzierungJeTitel.get(titel);
		// "Finanzierung gesamt": the CSV writes "Ausgaben (€)" 0,00 for a plan with Anteile but no Ausgaben, the page "nicht angegeben"
		String seite = browser.findElement(By.xpath("//dt[.='Finanzierung gesamt']/following-sibling::dd[1]")).getText();
		if (csv == null || csv.isEmpty()) {
			assertEquals("nicht angegeben", seite);
		} else {
			assertEquals(csv, seite.replace(".", "").replace(" €", ""), titel);
		}
		bildschirmfoto("projekt");
	}

	@Test
	void theFiltersWorkByKeyboardAloneWithAVisibleFocus() throws Exception {
		oeffne("index.html");
		Actions tastatur = new Actions(browser);
		WebElement fokus = null;
		for (int i = 0; i < 30; i++) {
			tastatur.sendKeys(Keys.TAB).perform();
			fokus = browser.switchTo().activeElement();
			if ("checkbox".equals(fokus.getAttribute("type"))) {
				break;
			}
		}
		assertEquals("checkbox", fokus.getAttribute("type"), "a checkbox is reached by Tab");
		String rahmen = (String) ((JavascriptExecutor) browser)
				.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
		assertFalse("none".equals(rahmen), "the focus is visible");
		tastatur.sendKeys(Keys.SPACE).perform();
		assertTrue(fokus.isSelected());
		String beschriftung = browser.findElement(By.cssSelector("label[for='" + fokus.getAttribute("id") + "']")).getText();
		int anzahl = Integer.parseInt(beschriftung.replaceAll("(?s).*\\((\\d+)\\)\\s*$", "$1"));
		assertEquals(anzahl, sichtbar().size(), "as many projects as the label says: " + beschriftung);
		assertEquals(anzahl + " von 13 Praxisbeispielen", treffer());
		tastatur.sendKeys(Keys.SPACE).perform();
		assertEquals(13, sichtbar().size(), "Space again takes the filter back");
		tastatur.sendKeys(Keys.SPACE).perform();
		bildschirmfoto("tastatur");
	}

	@Test
	void axeFindsNoWcag21AaViolation() throws Exception {
		String axe = Files.readString(Path.of(System.getProperty("quartierwerk.axe")));
		List<String> verstoesse = new ArrayList<>();
		for (String seite : List.of("index.html", "sammlung.html", "projekte/praxisbeispiel-01.html")) {
			oeffne(seite);
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
}
