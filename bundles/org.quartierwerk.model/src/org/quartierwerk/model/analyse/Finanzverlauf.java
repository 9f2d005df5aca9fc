package org.quartierwerk.model.analyse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Tranche;

/**
 * Finanzierung over time (docs/fachmodell.md §3.1): the current status of a Finanzierungsanteil from its
 * Statusverlauf, its Betrag per year from its Tranchen, and the Förderquote per funder and year. Nothing is computed
 * from what is not recorded: an amount not assigned to a year stays "ohne Jahr", a quote whose year is not known for
 * every part is not given.
 */
public final class Finanzverlauf {

	/** The states in which a funder has decided for the share: granted, paid out, its use proven. */
	public static final Set<Bewilligungsstatus> BEWILLIGT = EnumSet.of(Bewilligungsstatus.BEWILLIGT, Bewilligungsstatus.AUSGEZAHLT,
			Bewilligungsstatus.VERWENDUNGSNACHWEIS_ERBRACHT);

	/** Differences up to a cent count as none. */
	private static final BigDecimal CENT = new BigDecimal("0.01");

	private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);

	/**
	 * The Förderquote of one source in one year or over the whole plan.
	 *
	 * @param quelle the source
	 * @param jahr   the year; null: the whole plan
	 * @param betrag the source's counted amount in that year
	 * @param quote  the amount in percent of the eligible Ausgaben of that year; null where these are not known (an
	 *               Ausgabe without a year) or zero
	 */
	public record Foerderquote(Finanzierungsquelle quelle, Integer jahr, BigDecimal betrag, BigDecimal quote) {
	}

	private Finanzverlauf() {
	}

	/**
	 * The current status: the recorded Bewilligungsstatus, otherwise that of the last event of the Statusverlauf that
	 * names one; empty when neither says (old files without a history keep their meaning).
	 */
	public static Optional<Bewilligungsstatus> status(Finanzierungsanteil anteil) {
		if (anteil.isSetStatus()) {
			return Optional.of(anteil.getStatus());
		}
		return letztesEreignis(anteil).map(Statusereignis::getStatus);
	}

	/** The last event of the Statusverlauf that names a status. */
	public static Optional<Statusereignis> letztesEreignis(Finanzierungsanteil anteil) {
		List<Statusereignis> verlauf = anteil.getStatusverlauf();
		for (int i = verlauf.size() - 1; i >= 0; i--) {
			if (verlauf.get(i).isSetStatus()) {
				return Optional.of(verlauf.get(i));
			}
		}
		return Optional.empty();
	}

	/** Whether the share counts in the sums: it has a Betrag and is not rejected. */
	public static boolean zaehlt(Finanzierungsanteil anteil) {
		return anteil.getBetrag() != null && status(anteil).orElse(null) != Bewilligungsstatus.ABGELEHNT;
	}

	/** Whether a funder has decided for the share (bewilligt, ausgezahlt, Verwendungsnachweis erbracht). */
	public static boolean bewilligt(Finanzierungsanteil anteil) {
		return status(anteil).filter(BEWILLIGT::contains).isPresent();
	}

	/**
	 * The share's Betrag per year, in the order of its Tranchen; the key null holds what no year is named for (the whole
	 * Betrag of a share without Jahr and Tranchen, or what its Tranchen leave over). Empty without a Betrag.
	 */
	public static Map<Integer, BigDecimal> jahresbetraege(Finanzierungsanteil anteil) {
		Map<Integer, BigDecimal> betraege = new LinkedHashMap<>();
		BigDecimal gesamt = anteil.getBetrag();
		if (gesamt == null) {
			return betraege;
		}
		List<Tranche> tranchen = anteil.getTranchen().stream().filter(t -> t.getBetrag() != null).toList();
		if (tranchen.isEmpty()) {
			betraege.put(anteil.getJahr(), gesamt);
			return betraege;
		}
		BigDecimal verteilt = BigDecimal.ZERO;
		for (Tranche tranche : tranchen) {
			betraege.merge(tranche.getJahr(), tranche.getBetrag(), BigDecimal::add);
			verteilt = verteilt.add(tranche.getBetrag());
		}
		BigDecimal rest = gesamt.subtract(verteilt);
		if (rest.compareTo(CENT) >= 0) {
			betraege.merge(null, rest, BigDecimal::add);
		}
		return betraege;
	}

	/** The years the share's Betrag is assigned to, first to last; empty when none is named. */
	public static Optional<int[]> zeitraum(Finanzierungsanteil anteil) {
		int[] von = { Integer.MAX_VALUE, Integer.MIN_VALUE };
		if (anteil.getJahr() != null) {
			von[0] = von[1] = anteil.getJahr();
		}
		anteil.getTranchen().stream().filter(t -> t.getJahr() != null).forEach(t -> {
			von[0] = Math.min(von[0], t.getJahr());
			von[1] = Math.max(von[1], t.getJahr());
		});
		return von[0] > von[1] ? Optional.empty() : Optional.of(von);
	}

	/**
	 * The Förderquote per funder (source other than Eigenmittel) over the whole plan and, where every counted amount of
	 * the source names its year, per year. The quotes need eligible Ausgaben: over the whole plan any recorded ones, per
	 * year only when every Ausgabe with a Betrag names its year.
	 */
	public static List<Foerderquote> foerderquoten(Finanzierungsplan plan) {
		List<Foerderquote> quoten = new ArrayList<>();
		if (plan == null) {
			return quoten;
		}
		Map<Finanzierungsquelle, List<Finanzierungsanteil>> jeQuelle = new LinkedHashMap<>();
		plan.getAnteile().stream().filter(a -> a.getQuelle() != null && zaehlt(a))
				.filter(a -> !a.getQuelle().isSetArt() || a.getQuelle().getArt() != Finanzierungsart.EIGENMITTEL)
				.forEach(a -> jeQuelle.computeIfAbsent(a.getQuelle(), q -> new ArrayList<>()).add(a));
		boolean ausgabenJahreBekannt = plan.getAusgaben().stream().filter(a -> a.getBetrag() != null).allMatch(a -> a.getJahr() != null);
		SortedSet<Integer> jahre = Finanzkennzahlen.jahre(plan);
		for (Map.Entry<Finanzierungsquelle, List<Finanzierungsanteil>> eintrag : jeQuelle.entrySet()) {
			BigDecimal summe = eintrag.getValue().stream().map(Finanzierungsanteil::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal zuwendungsfaehig = Finanzkennzahlen.ausgabenErfasst(plan) ? Finanzkennzahlen.von(plan).zuwendungsfaehigeAusgaben() : null;
			quoten.add(new Foerderquote(eintrag.getKey(), null, summe, quote(summe, zuwendungsfaehig)));
			boolean jahreBekannt = eintrag.getValue().stream().noneMatch(a -> jahresbetraege(a).containsKey(null));
			if (!jahreBekannt) {
				continue;
			}
			for (Integer jahr : jahre) {
				BigDecimal imJahr = eintrag.getValue().stream().map(a -> jahresbetraege(a).get(jahr)).filter(b -> b != null)
						.reduce(BigDecimal.ZERO, BigDecimal::add);
				if (eintrag.getValue().stream().noneMatch(a -> jahresbetraege(a).containsKey(jahr))) {
					continue;
				}
				BigDecimal nenner = ausgabenJahreBekannt ? Finanzkennzahlen.imJahr(plan, jahr).zuwendungsfaehigeAusgaben() : null;
				quoten.add(new Foerderquote(eintrag.getKey(), jahr, imJahr, quote(imJahr, nenner)));
			}
		}
		return quoten;
	}

	private static BigDecimal quote(BigDecimal betrag, BigDecimal zuwendungsfaehig) {
		return zuwendungsfaehig == null || zuwendungsfaehig.signum() <= 0 ? null
				: betrag.multiply(HUNDERT).divide(zuwendungsfaehig, 2, RoundingMode.HALF_UP);
	}
}
