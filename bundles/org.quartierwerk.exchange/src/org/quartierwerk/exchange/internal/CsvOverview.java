package org.quartierwerk.exchange.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.analyse.Einsparungskennzahlen;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.model.analyse.GoodPractice;

/**
 * The overview of a collection as CSV the way German spreadsheets open it directly: UTF-8 with byte
 * order mark, semicolons, decimal comma, CRLF line ends, fields quoted where needed (RFC 4180).
 */
final class CsvOverview {

	/** The column titles, in the workbench's language like the values' display names. */
	static final List<String> SPALTEN = Stream.concat(Stream.of(Messages.csv_name, Messages.csv_titel, Messages.csv_herausforderung,
			Messages.csv_unterthema, Messages.csv_bundesland, Messages.csv_quartiersart, Messages.csv_einwohner, Messages.csv_laufzeit,
			Messages.csv_beginn, Messages.csv_ende, Messages.csv_traeger, Messages.csv_kooperationspartner,
			Messages.csv_finanzierungsarten, Messages.csv_ausgaben, Messages.csv_finanzierung, Messages.csv_eigenanteil,
			Messages.csv_foerderquote, Messages.csv_luecke, Messages.csv_vollzeitaequivalente, Messages.csv_sektoren,
			Messages.csv_mittraeger, Messages.csv_einsparungen, Messages.csv_praeventionsfaktor),
			// one column per Good-Practice-Kriterium, so that a spreadsheet filters and counts by each (docs/austauschformate.md)
			Stream.concat(GoodPracticeKriterium.VALUES.stream().map(k -> NLS.bind(Messages.csv_goodPractice, Bezeichnungen.von(k))),
					// Finanzierung over time, then the places and the links: appended so that every earlier column keeps its position
					Stream.of(Messages.csv_finanzierungJeJahr, Messages.csv_foerderquoteJeGeber, Messages.csv_statusverlauf,
							Messages.csv_anschlussfinanzierung, Messages.csv_orte, Messages.csv_verweise)))
			.toList();

	private CsvOverview() {
	}

	static void write(SequencedMap<String, Praxisbeispiel> beispiele, Writer out) throws IOException {
		out.write('\uFEFF');
		zeile(out, SPALTEN);
		Map<String, String> titelJeKennung = new HashMap<>();
		beispiele.values().stream().filter(b -> b.getKennung() != null).forEach(b -> titelJeKennung.putIfAbsent(b.getKennung(), text(b.getTitel())));
		for (Map.Entry<String, Praxisbeispiel> eintrag : beispiele.entrySet()) {
			zeile(out, werte(eintrag.getKey(), eintrag.getValue(), titelJeKennung));
		}
		out.flush();
	}

	static List<String> werte(String name, Praxisbeispiel beispiel) {
		return werte(name, beispiel, Map.of());
	}

	/** The cells of one project; a link names its target's current title where the target is among the exported ones. */
	static List<String> werte(String name, Praxisbeispiel beispiel, Map<String, String> titelJeKennung) {
		Quartier quartier = beispiel.getQuartier();
		Laufzeit laufzeit = beispiel.getLaufzeit();
		Organisation traeger = beispiel.getTraeger();
		Finanzierungsplan plan = Objects.requireNonNullElseGet(beispiel.getFinanzierungsplan(),
				QuartierwerkFactory.eINSTANCE::createFinanzierungsplan);
		Finanzkennzahlen zahlen = Finanzkennzahlen.von(plan);
		List<String> werte = new ArrayList<>();
		werte.add(name);
		werte.add(text(beispiel.getTitel()));
		werte.add(beispiel.isSetHerausforderung() ? Bezeichnungen.von(beispiel.getHerausforderung()) : "");
		werte.add(text(beispiel.getUnterthema()));
		werte.add(beispiel.isSetBundesland() ? Bezeichnungen.von(beispiel.getBundesland()) : "");
		werte.add(quartier != null && quartier.isSetArt() ? Bezeichnungen.von(quartier.getArt()) : "");
		werte.add(quartier == null || quartier.getEinwohner() == null ? "" : quartier.getEinwohner().toString());
		werte.add(laufzeit == null ? "" : text(laufzeit.getText()));
		werte.add(laufzeit == null || laufzeit.getBeginn() == null ? "" : laufzeit.getBeginn().toString());
		werte.add(laufzeit == null || laufzeit.getEnde() == null ? "" : laufzeit.getEnde().toString());
		werte.add(traeger == null ? "" : text(traeger.getName()));
		werte.add(beispiel.getKooperationen().stream().filter(k -> k.getPartner() != null).map(k -> text(k.getPartner().getName()))
				.collect(Collectors.joining(", ")));
		werte.add(plan.getQuellen().stream().filter(Finanzierungsquelle::isSetArt).map(q -> Bezeichnungen.von(q.getArt())).distinct()
				.collect(Collectors.joining(", ")));
		// a sum over nothing recorded is no figure, as in the reports and the web site: no Ausgabe with a Betrag, no
		// Ausgaben and no Lücke; no counted Anteil with a Betrag, no Finanzierung (empty cell, docs/austauschformate.md)
		boolean ausgaben = Finanzkennzahlen.ausgabenErfasst(plan);
		boolean finanzierung = Finanzkennzahlen.finanzierungErfasst(plan);
		werte.add(ausgaben ? betrag(zahlen.ausgaben()) : "");
		werte.add(finanzierung ? betrag(zahlen.finanzierung()) : "");
		werte.add(finanzierung && zahlen.eigenanteil() != null ? betrag(zahlen.eigenanteil()) : "");
		werte.add(finanzierung && zahlen.foerderquote() != null ? betrag(zahlen.foerderquote()) : "");
		werte.add(ausgaben && finanzierung ? betrag(zahlen.luecke()) : "");
		// a sum only when every Stelle states it; a sum of some would pass for the whole Personal
		boolean alleVzae = !beispiel.getStellen().isEmpty() && beispiel.getStellen().stream().allMatch(s -> s.getVollzeitaequivalent() != null);
		werte.add(alleVzae ? zahl(beispiel.getStellen().stream().map(Stelle::getVollzeitaequivalent).reduce(BigDecimal.ZERO, BigDecimal::add))
				: "");
		werte.add(beispiel.getOrganisationen().stream().filter(Organisation::isSetSektor).map(Organisation::getSektor).distinct().sorted()
				.map(Bezeichnungen::von).collect(Collectors.joining(", ")));
		werte.add(beispiel.getWeitereTraeger().stream().map(o -> text(o.getName())).collect(Collectors.joining(", ")));
		// only figures computed from what was recorded; otherwise an empty cell, never 0 (docs/fachmodell.md §4.1)
		Einsparungskennzahlen einsparungen = Einsparungskennzahlen.von(beispiel);
		werte.add(einsparungen.einsparungen() == null ? "" : betrag(einsparungen.einsparungen()));
		werte.add(einsparungen.praeventionsfaktor() == null ? "" : zahl(einsparungen.praeventionsfaktor()));
		for (GoodPracticeKriterium kriterium : GoodPracticeKriterium.VALUES) {
			werte.add(GoodPractice.bewertung(beispiel, kriterium).map(Bezeichnungen::von).orElse(""));
		}
		werte.addAll(Finanzverlaufsspalten.werte(plan));
		List<Quartier> orte = new ArrayList<>();
		if (quartier != null) {
			orte.add(quartier);
		}
		orte.addAll(beispiel.getWeitereOrte());
		werte.add(orte.stream().map(CsvOverview::ort).collect(Collectors.joining(" | ")));
		werte.add(beispiel.getVerweise().stream().map(v -> verweis(v, titelJeKennung)).collect(Collectors.joining(" | ")));
		return werte;
	}

	/** "Freren: Gemeinde, 5000 Einwohner, Kommune Landkreis Emsland (320000 Einwohner)", leaving out what is not given. */
	private static String ort(Quartier ort) {
		List<String> teile = new ArrayList<>();
		if (ort.isSetArt()) {
			teile.add(Bezeichnungen.von(ort.getArt()));
		}
		if (ort.getEinwohner() != null) {
			teile.add(NLS.bind(Messages.csv_einwohnerZahl, ort.getEinwohner().toString()));
		}
		String kommune = text(ort.getKommune());
		if (!kommune.isBlank() || ort.getKommuneEinwohner() != null) {
			String einwohner = ort.getKommuneEinwohner() == null ? "" : " (" + NLS.bind(Messages.csv_einwohnerZahl, ort.getKommuneEinwohner().toString()) + ")";
			teile.add((Messages.csv_kommune + " " + kommune).strip() + einwohner);
		}
		String name = text(ort.getName()).isBlank() ? Messages.csv_ohneName : text(ort.getName());
		return teile.isEmpty() ? name : name + ": " + String.join(", ", teile);
	}

	/** "Teilprojekt von: Gemeinsam im Emsland"; the target's current title where it is exported too, else the remembered one. */
	private static String verweis(Projektverweis verweis, Map<String, String> titelJeKennung) {
		String titel = verweis.getZielKennung() == null ? null : titelJeKennung.get(verweis.getZielKennung());
		if (titel == null) {
			titel = text(verweis.getZielTitel());
		}
		return verweis.isSetArt() ? Bezeichnungen.von(verweis.getArt()) + ": " + titel : titel;
	}

	private static void zeile(Writer out, List<String> werte) throws IOException {
		out.write(werte.stream().map(CsvOverview::feld).collect(Collectors.joining(";")));
		out.write("\r\n");
	}

	/**
	 * Quotes a field that holds a separator, a quote or a line break; a text that a spreadsheet would take for a formula
	 * (beginning with =, +, -, @, a tab or a carriage return) is defused with a leading apostrophe, numbers stay numbers.
	 */
	static String feld(String wert) {
		String text = wert;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[\\d.]+(,\\d+)?")) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String betrag(BigDecimal wert) {
		DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(wert.setScale(2, RoundingMode.HALF_UP));
	}

	private static String zahl(BigDecimal wert) {
		return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(wert);
	}

	private static String text(String wert) {
		return wert == null ? "" : wert;
	}
}
