package org.quartierwerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.testing.Dienste;

/** The catalogue service in OSGi: shipped data, and contributions that come and go with their bundles. */
class KatalogTest {

	private final BundleContext context = FrameworkUtil.getBundle(KatalogTest.class).getBundleContext();
	private Katalog katalog;

	@BeforeEach
	void awaitKatalog() {
		katalog = Dienste.warte(Katalog.class);
		assertEquals(List.of(), katalog.probleme());
	}

	@Test
	void theShippedCatalogueFilesHaveLogicalUris() {
		assertTrue(katalog.ressourcen().keySet().containsAll(List.of(URI.createURI("quartierwerk:/katalog/partizipationsleiter.xmi"),
				URI.createURI("quartierwerk:/katalog/finanzierungsquellen.xmi"))), () -> katalog.ressourcen().keySet().toString());
	}

	@Test
	void theDefaultModelIsTheFourStagePartizipationsleiter() {
		Partizipationsmodell standard = katalog.partizipationsmodelle().get(0);
		assertEquals(Katalog.STANDARD_MODELL, standard.getId());
		assertEquals(List.of("Informieren", "Mitwirken", "Mitentscheiden", "Selbstverwalten"),
				standard.getStufen().stream().map(Partizipationsstufe::getName).toList());
		assertEquals(List.of(1, 2, 3, 4), standard.getStufen().stream().map(Partizipationsstufe::getRang).toList());
		assertTrue(standard.getStufen().stream().allMatch(s -> s.getModell() == standard && !s.getBeschreibung().isBlank()));
	}

	@Test
	void fundingCatalogueCarriesTheFiguresOfTheSources() {
		List<Finanzierungsquelle> quellen = katalog.finanzierungsquellen();
		Map<String, Finanzierungsquelle> byId = quellen.stream()
				.collect(Collectors.toMap(Finanzierungsquelle::getId, Function.identity()));
		assertEquals(quellen.size(), byId.size(), "catalogue ids must be unique");
		assertTrue(quellen.stream().allMatch(q -> q.isSetArt() && !q.getName().isBlank()), "every source has an Art and a name");

		Finanzierungsquelle niedersachsen = byId.get("ni-zuschuss");
		assertEquals(0, new BigDecimal("75").compareTo(niedersachsen.getFoerderquoteMax()));
		assertEquals(0, new BigDecimal("75000").compareTo(niedersachsen.getHoechstbetrag()));
		assertEquals(List.of(Bundesland.NIEDERSACHSEN), niedersachsen.getFoerdergebiet());
		Finanzierungsquelle dhw = byId.get("dhw-quartiersentwicklung");
		assertEquals(Finanzierungsart.SOZIALLOTTERIE, dhw.getArt());
		assertEquals(0, new BigDecimal("250000").compareTo(dhw.getHoechstbetrag()));
		assertEquals(5, dhw.getMaxLaufzeitJahre());
		assertEquals(0, new BigDecimal("70").compareTo(byId.get("rp-anschub").getFoerderquoteMax()));
		assertEquals(0, new BigDecimal("700000").compareTo(byId.get("stiftung-wohlfahrtspflege-nrw").getHoechstbetrag()));
		assertEquals("§ 75 SGB XII", byId.get("eingliederungshilfe-traegerbudget").getRechtsgrundlage());
		// Landkreis stays a Finanzierungsart of projects, but no source of the project states a Landkreis programme
		for (Finanzierungsart art : Finanzierungsart.values()) {
			if (art != Finanzierungsart.LANDKREIS) {
				assertTrue(quellen.stream().anyMatch(q -> q.getArt() == art), "no source of Art " + art);
			}
		}
	}

	@Test
	void everySourceNamesWhereItsFactsComeFrom() {
		List<String> ohneBeleg = katalog.finanzierungsquellen().stream()
				.filter(q -> q.getBeleg() == null || q.getBeleg().isBlank()).map(Finanzierungsquelle::getId).toList();
		assertEquals(List.of(), ohneBeleg, "sources without a Beleg");
		List<String> webOhneQuellenseite = katalog.finanzierungsquellen().stream()
				.filter(q -> q.getBeleg().contains(".de") && !q.getBeleg().contains("docs/quellen.md Q"))
				.map(Finanzierungsquelle::getId).toList();
		assertEquals(List.of(), webOhneQuellenseite, "a web page is cited through its dated entry in docs/quellen.md");
	}

	@Test
	void prizesCarryTheirPrizeMoneyAsTextNeverAsAHoechstbetrag() {
		List<String> mitHoechstbetrag = katalog.finanzierungsquellen().stream()
				.filter(q -> q.getArt() == Finanzierungsart.PREIS_WETTBEWERB && q.getHoechstbetrag() != null)
				.map(Finanzierungsquelle::getId).toList();
		assertEquals(List.of(), mitHoechstbetrag, "a prize's money is no per-project maximum");
		Map<String, Finanzierungsquelle> byId = byId();
		assertTrue(byId.get("act-for-impact").getBeschreibung().contains("Preisgeld insgesamt 48 000 Euro"));
		assertTrue(byId.get("deutscher-integrationspreis").getBeschreibung().contains("Preisgeld insgesamt 130 000 Euro"));
		Finanzierungsquelle pflegepreis = byId.get("pflegeinnovationspreis");
		assertTrue(pflegepreis.getGeber().startsWith("UKV – Union Krankenversicherung"), pflegepreis.getGeber());
		assertTrue(pflegepreis.getBeschreibung().contains("10 000 Euro"), pflegepreis.getBeschreibung());
	}

	/** The competitions of DOMAIN §4.5 (docs/fachmodell.md) with the cycle their source names, and none where it names none. */
	@Test
	void competitionsCarryTheCycleTheirSourceNames() {
		Map<String, String> turnus = katalog.finanzierungsquellen().stream()
				.filter(q -> q.getArt() == Finanzierungsart.PREIS_WETTBEWERB && q.getTurnus() != null)
				.collect(java.util.stream.Collectors.toMap(Finanzierungsquelle::getId, Finanzierungsquelle::getTurnus));
		assertEquals(Map.of("pflegeinnovationspreis", "jährlich seit 2017", "act-for-impact", "jedes Jahr im Frühling",
				"deutscher-integrationspreis", "jährlich, Bewerbung im Herbst", "deutscher-nachbarschaftspreis", "jährlich seit 2017",
				"digital-engagiert", "Bewerbung um den Jahreswechsel", "helfende-hand", "jährlich seit 2009",
				"integrationspreis-soziale-stadt", "alle zwei Jahre seit 2000", "mein-gutes-beispiel", "Bewerbung ab Herbst",
				"smart-hero-award", "jährlich seit 2014"), turnus);
		Map<String, Finanzierungsquelle> byId = byId();
		assertNull(byId.get("deutscher-csr-preis").getTurnus(), "the source names no cycle");
		assertNull(byId.get("deutscher-engagementpreis").getTurnus(), "the source names no cycle");
	}

	@Test
	void theCorrectedAndTheNewSourcesOfIssue17() {
		Map<String, Finanzierungsquelle> byId = byId();
		assertFalse(byId.containsKey("landkreis-zuschuss"), "no source states a Landkreis-Zuschuss");

		assertEquals(Set.of(Bundesland.NIEDERSACHSEN, Bundesland.NORDRHEIN_WESTFALEN), Set.copyOf(byId.get("eu-interreg").getFoerdergebiet()));
		assertEquals(List.of(Bundesland.NORDRHEIN_WESTFALEN), byId.get("eu-strukturfonds").getFoerdergebiet());
		Finanzierungsquelle zile = byId.get("ni-zile");
		assertTrue(zile.getGeber().contains("Ämter für regionale Landesentwicklung"), zile.getGeber());
		assertEquals("ZILE-Richtlinie des Landes Niedersachsen", zile.getRechtsgrundlage());

		Finanzierungsquelle p45c = byId.get("pflegeversicherung-45c");
		assertEquals(Finanzierungsart.SOZIALVERSICHERUNG, p45c.getArt());
		assertEquals("§ 45c SGB XI", p45c.getRechtsgrundlage());
		Finanzierungsquelle p45d = byId.get("pflegeversicherung-45d");
		assertEquals(Finanzierungsart.SOZIALVERSICHERUNG, p45d.getArt());
		assertEquals("§ 45d SGB XI", p45d.getRechtsgrundlage());
		assertTrue(p45d.getBeschreibung().contains("Land oder Kommune"), "§ 45d needs co-financing: " + p45d.getBeschreibung());
		// figures of undated pages are not taken over (docs/quellen.md Q4, Q5)
		assertTrue(byId.values().stream().filter(q -> q.getId().startsWith("pflegeversicherung-"))
				.allMatch(q -> q.getHoechstbetrag() == null && q.getFoerderquoteMax() == null));

		Finanzierungsquelle entgelte = byId.get("kommunale-nutzungsentgelte");
		assertEquals(Finanzierungsart.KOMMUNE, entgelte.getArt());
		assertTrue(entgelte.getBeschreibung().contains("Integreat"));
		assertEquals(Finanzierungsart.KOMMUNE, byId.get("haushaltssicherung-praevention").getArt());
		assertTrue(byId.keySet().stream().noneMatch(id -> id.contains("staerkungspakt")), "the Stärkungspakt funds no projects (docs/quellen.md Q9)");
	}

	@Test
	void everyStageOfBothLaddersSaysWhatItMeans() throws Exception {
		startNeunStufen();
		for (String id : List.of(Katalog.STANDARD_MODELL, "stufenmodell-neun")) {
			Partizipationsmodell modell = katalog.partizipationsmodell(id).orElseThrow();
			assertFalse(modell.getBeleg() == null || modell.getBeleg().isBlank(), id + " has no Beleg");
			List<String> ohne = modell.getStufen().stream().filter(s -> s.getBeschreibung() == null || s.getBeschreibung().isBlank())
					.map(Partizipationsstufe::getName).toList();
			assertEquals(List.of(), ohne, "stages of " + id + " without a description");
		}
		Partizipationsmodell neun = katalog.partizipationsmodell("stufenmodell-neun").orElseThrow();
		assertTrue(neun.getBeleg().contains("doi 10.1055/s-0028-1102955"), neun.getBeleg());
		assertEquals(List.of("Nicht-Partizipation", "Nicht-Partizipation", "Vorstufe der Partizipation", "Vorstufe der Partizipation",
				"Vorstufe der Partizipation", "Partizipation", "Partizipation", "Partizipation", "Geht über Partizipation hinaus"),
				neun.getStufen().stream().map(s -> s.getBeschreibung().substring(0, s.getBeschreibung().indexOf('.'))).toList(),
				"each stage names its group first");
	}

	private Map<String, Finanzierungsquelle> byId() {
		return katalog.finanzierungsquellen().stream().collect(Collectors.toMap(Finanzierungsquelle::getId, Function.identity()));
	}

	private void startNeunStufen() throws Exception {
		Arrays.stream(context.getBundles()).filter(b -> "org.quartierwerk.catalog.neunstufen".equals(b.getSymbolicName())).findFirst()
				.orElseThrow().start();
	}

	@Test
	void aContributedModelComesAndGoesWithItsBundle() throws Exception {
		Bundle neunStufen = Arrays.stream(context.getBundles())
				.filter(b -> "org.quartierwerk.catalog.neunstufen".equals(b.getSymbolicName())).findFirst().orElseThrow();
		neunStufen.start();
		Partizipationsmodell neun = katalog.partizipationsmodell("stufenmodell-neun").orElseThrow();
		assertEquals(9, neun.getStufen().size());
		URI logisch = URI.createURI("quartierwerk:/katalog/stufenmodell-neun.xmi");
		assertEquals(logisch, neun.eResource().getURI(), "catalogue files are known by logical URIs, not bundle locations");
		assertSame(neun.eResource(), katalog.ressourcen().get(logisch));

		neunStufen.stop();
		assertTrue(katalog.partizipationsmodell("stufenmodell-neun").isEmpty(), "model still there after its bundle stopped");
		assertFalse(katalog.ressourcen().containsKey(logisch));
		assertTrue(katalog.partizipationsmodell(Katalog.STANDARD_MODELL).isPresent());

		neunStufen.start();
		assertEquals("Selbstorganisation",
				katalog.partizipationsmodell("stufenmodell-neun").orElseThrow().getStufen().get(8).getName());
	}
}
