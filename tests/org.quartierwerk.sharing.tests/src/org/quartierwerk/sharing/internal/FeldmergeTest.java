package org.quartierwerk.sharing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Konflikt;

/**
 * The field-level three-way merge of one project file, on the bytes the store writes: every case of docs/sammlung.md,
 * "Zusammenführen", with its outcome, for each way of resolving.
 */
class FeldmergeTest {

	private final byte[] basis = Versionen.datei(Versionen.beispiel());

	private record Ausgang(Praxisbeispiel ergebnis, List<Konflikt> konflikte) {
	}

	private Ausgang merge(Consumer<Praxisbeispiel> meine, Consumer<Praxisbeispiel> ihre, Aufloesung aufloesung) {
		XMLResource ergebnis = Versionen.lies(Versionen.geaendert(basis, meine));
		List<Konflikt> konflikte = Feldmerge.fuehreZusammen("Lindenhof.xmi", Versionen.lies(basis), ergebnis,
				Versionen.lies(Versionen.geaendert(basis, ihre)), aufloesung);
		// what is written is read back as the next version: a complete, loadable file without conflict markers
		byte[] datei = Versionen.datei((Praxisbeispiel) ergebnis.getContents().get(0));
		assertFalse(new String(datei, StandardCharsets.UTF_8).contains("<<<<<<<"));
		return new Ausgang(Versionen.projekt(datei), konflikte);
	}

	@Test
	void differentFieldsOfTheSameProjectMergeWithoutConflict() {
		Ausgang a = merge(p -> p.setTitel("Treff am Lindenhof"), p -> p.getZiele().get(0).setBeschreibung("Nachbarn lernen sich kennen."),
				Aufloesung.KEINE);
		assertEquals(List.of(), a.konflikte());
		assertEquals("Treff am Lindenhof", a.ergebnis().getTitel());
		assertEquals("Nachbarn lernen sich kennen.", a.ergebnis().getZiele().get(0).getBeschreibung());
		assertEquals("Ein Treffpunkt für alle Generationen.", a.ergebnis().getKurzbeschreibung());
	}

	@Test
	void elementsAddedToTheSameListOnBothSidesAreAllKept() {
		Ausgang a = merge(p -> {
			p.getZiele().get(0).getKennzahlen().add(kennzahl("Gruppenangebote"));
			p.getOrganisationen().add(organisation("Stadt Lindenhof"));
		}, p -> {
			p.getZiele().get(0).getKennzahlen().add(kennzahl("Ehrenamtliche"));
			p.getOrganisationen().add(organisation("Seniorenbüro"));
		}, Aufloesung.KEINE);
		assertEquals(List.of(), a.konflikte());
		assertEquals(List.of("Besucherinnen und Besucher je Woche", "Gruppenangebote", "Ehrenamtliche"),
				a.ergebnis().getZiele().get(0).getKennzahlen().stream().map(Kennzahl::getIndikator).toList());
		assertEquals(List.of("Diakonie Lindenhof", "Stadt Lindenhof", "Seniorenbüro"),
				a.ergebnis().getOrganisationen().stream().map(Organisation::getName).toList());
	}

	@Test
	void theSameFieldChangedDifferentlyIsAConflictWithBaseMineAndTheirs() {
		Consumer<Praxisbeispiel> meine = p -> p.setKurzbeschreibung("Ein offener Treff.");
		Consumer<Praxisbeispiel> ihre = p -> p.setKurzbeschreibung("Ein Café für alle.");
		Ausgang keine = merge(meine, ihre, Aufloesung.KEINE);
		assertEquals(List.of(new Konflikt("Lindenhof.xmi", "Kurzbeschreibung", "\u201EEin Treffpunkt für alle Generationen.\u201C",
				"\u201EEin offener Treff.\u201C", "\u201EEin Café für alle.\u201C")), keine.konflikte());
		assertEquals("Ein offener Treff.", keine.ergebnis().getKurzbeschreibung());
		assertEquals("Ein offener Treff.", merge(meine, ihre, Aufloesung.MEINE).ergebnis().getKurzbeschreibung());
		assertEquals("Ein Café für alle.", merge(meine, ihre, Aufloesung.IHRE).ergebnis().getKurzbeschreibung());
	}

	@Test
	void aFieldUnsetOnOneSideAndChangedOnTheOtherIsAConflict() {
		Ausgang a = merge(p -> p.getZiele().get(0).getKennzahlen().get(0).setZielwert(null),
				p -> p.getZiele().get(0).getKennzahlen().get(0).setZielwert(new BigDecimal("50")), Aufloesung.KEINE);
		assertEquals(1, a.konflikte().size());
		assertEquals("nicht angegeben", a.konflikte().get(0).meine());
		assertEquals("50", a.konflikte().get(0).ihre());
		assertTrue(a.konflikte().get(0).ort().endsWith("Zielwert"), a.konflikte().get(0).ort());
	}

	@Test
	void editAgainstDeleteIsAConflictResolvedEitherWay() {
		Consumer<Praxisbeispiel> meine = p -> p.getZiele().get(1).setBeschreibung("Engagierte gewinnen.");
		Consumer<Praxisbeispiel> ihre = p -> p.getZiele().remove(1);
		Ausgang keine = merge(meine, ihre, Aufloesung.KEINE);
		assertEquals(1, keine.konflikte().size());
		assertEquals("Ziel \u201EEhrenamt stärken\u201C", keine.konflikte().get(0).ort());
		assertEquals(List.of("geändert", "gelöscht"), List.of(keine.konflikte().get(0).meine(), keine.konflikte().get(0).ihre()));
		assertEquals(2, merge(meine, ihre, Aufloesung.MEINE).ergebnis().getZiele().size());
		assertEquals(1, merge(meine, ihre, Aufloesung.IHRE).ergebnis().getZiele().size());
		// and the other way round: deleted here, changed there
		Ausgang umgekehrt = merge(ihre, meine, Aufloesung.IHRE);
		assertEquals(1, umgekehrt.konflikte().size());
		assertEquals("Engagierte gewinnen.", umgekehrt.ergebnis().getZiele().get(1).getBeschreibung());
	}

	@Test
	void anElementDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() {
		Ausgang a = merge(p -> p.setTitel("Treff"), p -> p.getZiele().remove(1), Aufloesung.KEINE);
		assertEquals(List.of(), a.konflikte());
		assertEquals(List.of("Begegnung fördern"), a.ergebnis().getZiele().stream().map(Ziel::getTitel).toList());
	}

	@Test
	void aReferenceToAnElementTheOthersAddedPointsToItInTheResult() {
		Ausgang a = merge(p -> p.getArbeitsschritte().get(0).setTitel("Räume finden"), p -> {
			Ziel neu = QuartierwerkFactory.eINSTANCE.createZiel();
			neu.setTitel("Räume sichern");
			p.getZiele().add(0, neu);
			p.getArbeitsschritte().get(0).setZiel(neu);
		}, Aufloesung.KEINE);
		assertEquals(List.of(), a.konflikte());
		assertEquals("Räume finden", a.ergebnis().getArbeitsschritte().get(0).getTitel());
		assertEquals(List.of("Räume sichern", "Begegnung fördern", "Ehrenamt stärken"),
				a.ergebnis().getZiele().stream().map(Ziel::getTitel).toList());
		assertSame(a.ergebnis().getZiele().get(0), a.ergebnis().getArbeitsschritte().get(0).getZiel());
	}

	@Test
	void aReferenceToAnElementTheOthersDeletedIsAConflictAndNeverDangles() {
		Consumer<Praxisbeispiel> meine = p -> p.getArbeitsschritte().get(0).setZiel(p.getZiele().get(1));
		Consumer<Praxisbeispiel> ihre = p -> p.getZiele().remove(1);
		assertEquals(1, merge(meine, ihre, Aufloesung.KEINE).konflikte().size());
		Ausgang ihreFassung = merge(meine, ihre, Aufloesung.IHRE);
		assertEquals(1, ihreFassung.ergebnis().getZiele().size());
		assertNull(ihreFassung.ergebnis().getArbeitsschritte().get(0).getZiel());
	}

	@Test
	void aTextThatBeginsWithAHashIsShownAsTheText() {
		Ausgang a = merge(p -> p.setKurzbeschreibung("#Quartiersgespräch hier"), p -> p.setKurzbeschreibung("#Quartiersgespräch dort"),
				Aufloesung.KEINE);
		assertEquals("\u201E#Quartiersgespräch hier\u201C", a.konflikte().get(0).meine());
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() {
		Ausgang a = merge(p -> p.setTitel("Treff"), p -> p.setTitel("Treff"), Aufloesung.KEINE);
		assertEquals(List.of(), a.konflikte());
		assertEquals("Treff", a.ergebnis().getTitel());
	}

	@Test
	void theIdsOfTheElementsStayFromVersionToVersion() {
		byte[] zweite = Versionen.geaendert(basis, p -> p.setTitel("Treff"));
		XMLResource eins = Versionen.lies(basis);
		XMLResource zwei = Versionen.lies(zweite);
		Praxisbeispiel p1 = (Praxisbeispiel) eins.getContents().get(0);
		Praxisbeispiel p2 = (Praxisbeispiel) zwei.getContents().get(0);
		assertEquals(eins.getID(p1.getZiele().get(1)), zwei.getID(p2.getZiele().get(1)));
		// one changed field changes one line of the file
		List<String> a = new String(basis, StandardCharsets.UTF_8).lines().toList();
		List<String> b = new String(zweite, StandardCharsets.UTF_8).lines().toList();
		assertEquals(a.size(), b.size());
		int anders = 0;
		for (int i = 0; i < a.size(); i++) {
			anders += a.get(i).equals(b.get(i)) ? 0 : 1;
		}
		assertTrue(anders <= 2, "geänderte Zeilen: " + anders);
	}

	private static Kennzahl kennzahl(String indikator) {
		Kennzahl k = QuartierwerkFactory.eINSTANCE.createKennzahl();
		k.setIndikator(indikator);
		return k;
	}

	private static Organisation organisation(String name) {
		Organisation o = QuartierwerkFactory.eINSTANCE.createOrganisation();
		o.setName(name);
		return o;
	}
}
