package org.quartierwerk.exchange.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.analyse.Finanzverlauf;
import org.quartierwerk.model.analyse.Finanzverlauf.Foerderquote;

/**
 * The CSV overview's columns of Finanzierung over time (docs/austauschformate.md): the Finanzierung per year, the
 * Förderquote per funder and year, each share's Statusverlauf and Anschlussfinanzierung. Entries are separated by
 * " | "; what is not recorded or not computable is left out, never written as 0.
 */
final class Finanzverlaufsspalten {

	private static final String TRENNER = " | ";

	private Finanzverlaufsspalten() {
	}

	static List<String> werte(Finanzierungsplan plan) {
		List<String> werte = new ArrayList<>();
		werte.add(jeJahr(plan));
		werte.add(Finanzverlauf.foerderquoten(plan).stream().filter(q -> q.quote() != null).map(Finanzverlaufsspalten::quote)
				.collect(Collectors.joining(TRENNER)));
		werte.add(plan.getAnteile().stream().filter(a -> !a.getStatusverlauf().isEmpty()).map(Finanzverlaufsspalten::verlauf)
				.collect(Collectors.joining(TRENNER)));
		werte.add(plan.getAnteile().stream().filter(a -> a.getAnschlussfinanzierung() != null && !a.getAnschlussfinanzierung().isBlank())
				.map(a -> quelle(a) + ": " + a.getAnschlussfinanzierung().strip()).collect(Collectors.joining(TRENNER)));
		return werte;
	}

	/** "2012: 60000,00 | 2013: 60000,00 | ohne Jahr: 20000,00" from the counted shares' amounts per year. */
	private static String jeJahr(Finanzierungsplan plan) {
		TreeMap<Integer, BigDecimal> jahre = new TreeMap<>();
		BigDecimal ohneJahr = null;
		for (Finanzierungsanteil anteil : plan.getAnteile()) {
			if (!Finanzverlauf.zaehlt(anteil)) {
				continue;
			}
			for (Map.Entry<Integer, BigDecimal> eintrag : Finanzverlauf.jahresbetraege(anteil).entrySet()) {
				if (eintrag.getKey() == null) {
					ohneJahr = ohneJahr == null ? eintrag.getValue() : ohneJahr.add(eintrag.getValue());
				} else {
					jahre.merge(eintrag.getKey(), eintrag.getValue(), BigDecimal::add);
				}
			}
		}
		if (jahre.isEmpty()) {
			return ""; // without a year there is nothing per year; the total stands in its own column
		}
		List<String> teile = new ArrayList<>();
		jahre.forEach((jahr, betrag) -> teile.add(jahr + ": " + betrag(betrag)));
		if (ohneJahr != null) {
			teile.add(Messages.csv_ohneJahr + ": " + betrag(ohneJahr));
		}
		return String.join(TRENNER, teile);
	}

	private static String quote(Foerderquote quote) {
		String jahr = quote.jahr() == null ? Messages.csv_gesamt : quote.jahr().toString();
		return Objects.toString(quote.quelle().getName(), "") + " " + jahr + ": " + betrag(quote.quote());
	}

	/** "Land: beantragt 2011-06 (12-345), bewilligt 2011-11-15 (12-345)". */
	private static String verlauf(Finanzierungsanteil anteil) {
		return quelle(anteil) + ": " + anteil.getStatusverlauf().stream().map(Finanzverlaufsspalten::ereignis).collect(Collectors.joining(", "));
	}

	private static String ereignis(Statusereignis ereignis) {
		List<String> teile = new ArrayList<>();
		if (ereignis.isSetStatus()) {
			teile.add(Bezeichnungen.von(ereignis.getStatus()));
		}
		if (ereignis.getDatum() != null) {
			teile.add(ereignis.getDatum().toString());
		}
		String text = String.join(" ", teile);
		if (ereignis.getAktenzeichen() != null && !ereignis.getAktenzeichen().isBlank()) {
			text += " (" + ereignis.getAktenzeichen().strip() + ")";
		}
		return text;
	}

	private static String quelle(Finanzierungsanteil anteil) {
		String jahr = anteil.getJahr() == null ? "" : " " + anteil.getJahr();
		return (anteil.getQuelle() == null ? "" : Objects.toString(anteil.getQuelle().getName(), "")) + jahr;
	}

	private static String betrag(BigDecimal wert) {
		return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(wert.setScale(2, RoundingMode.HALF_UP));
	}
}
