package org.quartierwerk.model.analyse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.Textvergleich;

/** Statistics and facet search over a collection of Praxisbeispiele, and the sources that fit a project. */
public final class Sammlung {

	/**
	 * What a search asks for; an empty set or a null text means "any". Within a facet the values are
	 * alternatives, the facets together must all hold.
	 */
	public record Facetten(Set<Bundesland> bundeslaender, Set<Herausforderung> herausforderungen,
			Set<Finanzierungsart> finanzierungsarten, Set<String> stufen, Set<GoodPracticeKriterium> erfuellteKriterien,
			String text) {

		/** Without the facet Good-Practice-Kriterium erfüllt. */
		public Facetten(Set<Bundesland> bundeslaender, Set<Herausforderung> herausforderungen,
				Set<Finanzierungsart> finanzierungsarten, Set<String> stufen, String text) {
			this(bundeslaender, herausforderungen, finanzierungsarten, stufen, Set.of(), text);
		}

		public static Facetten alle() {
			return new Facetten(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);
		}
	}

	/**
	 * For each Projektphase and each Stufe of the model: the percentage of projects that reach the
	 * Stufe in that phase, i.e. have a Beteiligung there at this Stufe or a higher one (as the DHW
	 * figures count: "über 90 Prozent" informed their citizens).
	 */
	public static Map<Projektphase, Map<Partizipationsstufe, BigDecimal>> partizipationsprofil(
			Collection<Praxisbeispiel> beispiele, Partizipationsmodell modell) {
		Map<Projektphase, Map<Partizipationsstufe, BigDecimal>> profil = new EnumMap<>(Projektphase.class);
		for (Projektphase phase : Projektphase.values()) {
			Map<Partizipationsstufe, BigDecimal> jeStufe = new LinkedHashMap<>();
			for (Partizipationsstufe stufe : modell.getStufen()) {
				long erreicht = beispiele.stream().filter(b -> hoechsterRang(b, phase, modell) >= stufe.getRang()).count();
				jeStufe.put(stufe, prozent(erreicht, beispiele.size()));
			}
			profil.put(phase, jeStufe);
		}
		return profil;
	}

	public static Map<Bundesland, Long> anzahlJeBundesland(Collection<Praxisbeispiel> beispiele) {
		return zaehle(beispiele.stream().filter(Praxisbeispiel::isSetBundesland).map(Praxisbeispiel::getBundesland).toList(),
				Bundesland.class);
	}

	public static Map<Herausforderung, Long> anzahlJeHerausforderung(Collection<Praxisbeispiel> beispiele) {
		return zaehle(beispiele.stream().filter(Praxisbeispiel::isSetHerausforderung).map(Praxisbeispiel::getHerausforderung)
				.toList(), Herausforderung.class);
	}

	/** In how many projects each kind of source finances something; a project counts once per kind. */
	public static Map<Finanzierungsart, Long> anzahlJeFinanzierungsart(Collection<Praxisbeispiel> beispiele) {
		return zaehle(beispiele.stream().flatMap(b -> finanzierungsarten(b).stream()).toList(), Finanzierungsart.class);
	}

	/**
	 * The projects that match every facet, in the given order. For repeated searches over the same projects,
	 * {@link Facettenindex} finds the same faster.
	 */
	public static List<Praxisbeispiel> suche(Collection<Praxisbeispiel> beispiele, Facetten facetten) {
		String text = facetten.text() == null ? "" : Textvergleich.suchform(facetten.text()).trim();
		return beispiele.stream()
				.filter(b -> facetten.bundeslaender().isEmpty()
						|| b.isSetBundesland() && facetten.bundeslaender().contains(b.getBundesland()))
				.filter(b -> facetten.herausforderungen().isEmpty()
						|| b.isSetHerausforderung() && facetten.herausforderungen().contains(b.getHerausforderung()))
				.filter(b -> facetten.finanzierungsarten().isEmpty()
						|| finanzierungsarten(b).stream().anyMatch(facetten.finanzierungsarten()::contains))
				.filter(b -> facetten.stufen().isEmpty() || b.getBeteiligungen().stream().map(Beteiligung::getStufe)
						.filter(Objects::nonNull).anyMatch(s -> facetten.stufen().contains(s.getId())))
				.filter(b -> facetten.erfuellteKriterien().isEmpty()
						|| GoodPractice.erfuellt(b).stream().anyMatch(facetten.erfuellteKriterien()::contains))
				.filter(b -> text.isEmpty() || enthaelt(b, text))
				.toList();
	}

	/**
	 * The sources of a catalogue that fit the project: funding the project's Bundesland (or all of
	 * Germany) and, where they name Handlungsfelder, one of the project's. Regional sources first,
	 * then by name.
	 */
	public static List<Finanzierungsquelle> passendeQuellen(Praxisbeispiel beispiel, Collection<Finanzierungsquelle> katalog) {
		return katalog.stream()
				.filter(q -> q.getFoerdergebiet().isEmpty()
						|| beispiel.isSetBundesland() && q.getFoerdergebiet().contains(beispiel.getBundesland()))
				.filter(q -> q.getHandlungsfelder().isEmpty() || beispiel.getHandlungsfelder().isEmpty()
						|| q.getHandlungsfelder().stream().anyMatch(beispiel.getHandlungsfelder()::contains))
				.sorted(Comparator.comparing((Finanzierungsquelle q) -> q.getFoerdergebiet().isEmpty())
						.thenComparing(Finanzierungsquelle::getName, Textvergleich.ordnung()))
				.toList();
	}

	static Set<Finanzierungsart> finanzierungsarten(Praxisbeispiel beispiel) {
		if (beispiel.getFinanzierungsplan() == null) {
			return Set.of();
		}
		return beispiel.getFinanzierungsplan().getAnteile().stream().map(Finanzierungsanteil::getQuelle)
				.filter(q -> q != null && q.isSetArt()).map(Finanzierungsquelle::getArt).collect(Collectors.toSet());
	}

	private static int hoechsterRang(Praxisbeispiel beispiel, Projektphase phase, Partizipationsmodell modell) {
		return beispiel.getBeteiligungen().stream().filter(b -> b.isSetPhase() && b.getPhase() == phase).map(Beteiligung::getStufe)
				.filter(s -> s != null && s.getModell() == modell).mapToInt(Partizipationsstufe::getRang).max().orElse(0);
	}

	private static boolean enthaelt(Praxisbeispiel beispiel, String text) {
		return Stream.of(beispiel.getTitel(), beispiel.getKurzbeschreibung(), beispiel.getUnterthema())
				.filter(Objects::nonNull).anyMatch(s -> Textvergleich.suchform(s).contains(text));
	}

	private static <E extends Enum<E>> Map<E, Long> zaehle(List<E> werte, Class<E> typ) {
		Map<E, Long> anzahl = new EnumMap<>(typ);
		werte.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
				.forEach(anzahl::put);
		return anzahl;
	}

	private static BigDecimal prozent(long teil, long ganzes) {
		return ganzes == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(teil * 100).divide(BigDecimal.valueOf(ganzes), 1, RoundingMode.HALF_UP);
	}

	private Sammlung() {
	}
}
