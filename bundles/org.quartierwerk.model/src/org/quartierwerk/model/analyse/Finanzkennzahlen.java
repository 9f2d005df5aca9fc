package org.quartierwerk.model.analyse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Tranche;

/**
 * The figures of a Finanzierungsplan, for one year or the whole Laufzeit. Amounts in euro; rejected
 * shares ({@link Bewilligungsstatus#ABGELEHNT}, also as the last event of their Statusverlauf, see
 * {@link Finanzverlauf#status}) do not count; a share's amount of a year is that of its Tranchen.
 *
 * @param ausgaben                  Σ Ausgaben
 * @param zuwendungsfaehigeAusgaben Σ Ausgaben marked zuwendungsfähig
 * @param finanzierung              Σ Finanzierungsanteile
 * @param zuwendungen               Σ Anteile of sources that are not Eigenmittel; null while the Art of a counted share's
 *                                  source is not recorded (it may be Eigenmittel or a Zuwendung)
 * @param eigenanteil               Σ Anteile of Eigenmittel; null as {@code zuwendungen}
 * @param foerderquote              Zuwendungen in percent of the eligible expenditure; null without eligible expenditure
 *                                  and as {@code zuwendungen}
 * @param luecke                    Ausgaben − Finanzierung: positive where money is missing
 */
public record Finanzkennzahlen(BigDecimal ausgaben, BigDecimal zuwendungsfaehigeAusgaben, BigDecimal finanzierung,
		BigDecimal zuwendungen, BigDecimal eigenanteil, BigDecimal foerderquote, BigDecimal luecke) {

	/** The figures over the whole plan. */
	public static Finanzkennzahlen von(Finanzierungsplan plan) {
		return berechne(plan, a -> true, Finanzierungsanteil::getBetrag);
	}

	/** The figures of one year: Ausgaben that name this year, the Anteile's amounts of the year (Jahr or Tranchen). */
	public static Finanzkennzahlen imJahr(Finanzierungsplan plan, int jahr) {
		return berechne(plan, a -> Objects.equals(a.getJahr(), jahr), a -> Finanzverlauf.jahresbetraege(a).get(jahr));
	}

	/**
	 * Whether an Ausgabe with a Betrag is recorded. A sum over nothing recorded is no figure (docs/fachmodell.md §3.3):
	 * without this, Ausgaben and the Lücke are "nicht angegeben", never 0,00 €.
	 */
	public static boolean ausgabenErfasst(Finanzierungsplan plan) {
		return plan != null && plan.getAusgaben().stream().anyMatch(a -> a.getBetrag() != null);
	}

	/** Whether a counted (not rejected) Finanzierungsanteil with a Betrag is recorded; without, no Finanzierung figure. */
	public static boolean finanzierungErfasst(Finanzierungsplan plan) {
		return plan != null
				&& plan.getAnteile().stream().anyMatch(Finanzverlauf::zaehlt);
	}

	/** The years named by Ausgaben, Anteile or their Tranchen, ascending. */
	public static SortedSet<Integer> jahre(Finanzierungsplan plan) {
		SortedSet<Integer> jahre = new TreeSet<>();
		plan.getAusgaben().stream().map(Ausgabeposition::getJahr).filter(Objects::nonNull).forEach(jahre::add);
		plan.getAnteile().stream().map(Finanzierungsanteil::getJahr).filter(Objects::nonNull).forEach(jahre::add);
		plan.getAnteile().stream().flatMap(a -> a.getTranchen().stream()).filter(t -> t.getBetrag() != null)
				.map(Tranche::getJahr).filter(Objects::nonNull).forEach(jahre::add);
		return jahre;
	}

	private static Finanzkennzahlen berechne(Finanzierungsplan plan, Predicate<Ausgabeposition> ausgabeZaehlt,
			Function<Finanzierungsanteil, BigDecimal> betragImRahmen) {
		List<Ausgabeposition> ausgaben = plan.getAusgaben().stream().filter(a -> a.getBetrag() != null).filter(ausgabeZaehlt)
				.toList();
		Map<Finanzierungsanteil, BigDecimal> betraege = new LinkedHashMap<>();
		plan.getAnteile().stream().filter(Finanzverlauf::zaehlt).forEach(a -> {
			BigDecimal betrag = betragImRahmen.apply(a);
			if (betrag != null) {
				betraege.put(a, betrag);
			}
		});
		Set<Finanzierungsanteil> anteile = betraege.keySet();
		BigDecimal summeAusgaben = summe(ausgaben.stream().map(Ausgabeposition::getBetrag).toList());
		BigDecimal foerderfaehig = summe(
				ausgaben.stream().filter(Finanzkennzahlen::zuwendungsfaehig).map(Ausgabeposition::getBetrag).toList());
		BigDecimal finanzierung = summe(anteile.stream().map(betraege::get).toList());
		// a share of a source whose Art is unknown may be either: no figure rather than a guessed one (docs/fachmodell.md §3.3)
		boolean artBekannt = anteile.stream().allMatch(a -> a.getQuelle() != null && a.getQuelle().isSetArt());
		BigDecimal eigen = artBekannt
				? summe(anteile.stream().filter(Finanzkennzahlen::istEigenmittel).map(betraege::get).toList())
				: null;
		BigDecimal zuwendungen = eigen == null ? null : finanzierung.subtract(eigen);
		BigDecimal quote = zuwendungen == null || foerderfaehig.signum() == 0 ? null
				: zuwendungen.multiply(BigDecimal.valueOf(100)).divide(foerderfaehig, 2, RoundingMode.HALF_UP);
		return new Finanzkennzahlen(summeAusgaben, foerderfaehig, finanzierung, zuwendungen, eigen, quote,
				summeAusgaben.subtract(finanzierung));
	}

	/**
	 * Whether an Ausgabe counts as zuwendungsfähig: unless it is marked as not, so an Ausgabe whose eligibility is
	 * "nicht angegeben" is counted as the applicant would claim it (docs/fachmodell.md §10.9).
	 */
	public static boolean zuwendungsfaehig(Ausgabeposition ausgabe) {
		return !Boolean.FALSE.equals(ausgabe.getZuwendungsfaehig());
	}

	private static boolean istEigenmittel(Finanzierungsanteil anteil) {
		return anteil.getQuelle() != null && anteil.getQuelle().getArt() == Finanzierungsart.EIGENMITTEL;
	}

	private static BigDecimal summe(List<BigDecimal> betraege) {
		return betraege.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
