package org.quartierwerk.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
		assertTrue(quellen.stream().allMatch(q -> q.isSetArt() && q.getBeleg() != null && !q.getName().isBlank()),
				"every source has an Art and a Beleg");

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
		for (Finanzierungsart art : Finanzierungsart.values()) {
			assertTrue(quellen.stream().anyMatch(q -> q.getArt() == art), "no source of Art " + art);
		}
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
