package org.quartierwerk.publishing.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsdaten;

/**
 * The page of one project, in the structure of the Projektsteckbrief (berichte/projektsteckbrief.rptdesign):
 * Stammdaten, Träger, Personal, Beschreibung, Kooperationspartner, Beteiligung, Finanzierung – each section with its
 * heading and "nicht angegeben" when it has no data. Every value comes from the reports' {@link Berichtsdaten} of the
 * anonymised copy, so the page says what the Steckbrief says; the Partizipationsprofil and the Finanzierungsplan are
 * charts with their numbers as a table.
 */
final class Projektseite {

	private final Berichtsdaten daten;
	private final Praxisbeispiel beispiel;

	Projektseite(Berichtsdaten daten, Praxisbeispiel beispiel) {
		this.daten = daten;
		this.beispiel = beispiel;
	}

	String html(String titel) {
		Map<String, Object> s = daten.tabelle("stammdaten").get(0);
		StringBuilder b = new StringBuilder();
		b.append("<p class=\"kurz\">").append(Html.text(kurzbeschreibung(s.get("kurzbeschreibung")))).append("</p>\n");
		b.append("<section aria-labelledby=\"stammdaten\"><h2 id=\"stammdaten\">Stammdaten</h2>\n").append(Html.liste(List.of(
				paar("Herausforderung", s.get("herausforderung")), paar("Unterthema", s.get("unterthema")),
				paar("Bundesland", s.get("bundesland")), paar("Quartier", s.get("quartier")),
				paar("Einwohner", daten.zahl(s.get("einwohner"))), paar("Laufzeit", s.get("laufzeit")),
				paar("Zielgruppen", s.get("zielgruppen")), paar("Handlungsfelder", s.get("handlungsfelder")))))
				.append("</section>\n");
		b.append("<section aria-labelledby=\"traeger\"><h2 id=\"traeger\">Träger</h2>\n").append(Html.liste(List.of(
				paar("Name", s.get("traeger")), paar("Anschrift", s.get("traegerAdresse")), paar("Website", s.get("traegerWebsite")),
				paar("Ansprechperson", s.get("traegerAnsprechperson"))))).append("</section>\n");
		abschnitt(b, "personal", "Personal für das Quartiersmanagement", "stellen", "Stellen",
				List.of("Stelle", "Umfang (% VK)", "ehrenamtlich"), z -> List.of(z.get("funktion"), daten.zahl(z.get("umfang")), z.get("ehrenamtlich")));
		beschreibung(b);
		abschnitt(b, "kooperation", "Kooperationspartner", "kooperationen", "Kooperationspartner",
				List.of("Partner", "Akteurstyp", "Rolle", "Form"), z -> List.of(z.get("partner"), z.get("akteurstyp"), z.get("rolle"), z.get("form")));
		beteiligung(b);
		finanzierung(b);
		b.append("<p class=\"quelle\">Quelle: ").append(Html.text(Html.angabe(s.get("quelle")))).append("</p>\n");
		return Html.seite(titel, "../", b.toString(), List.of());
	}

	/** The Kurzbeschreibung, or that it is not recorded, said so that it reads as a sentence under the title. */
	static String kurzbeschreibung(Object text) {
		String k = Html.angabe(text);
		return k.equals(Html.NICHT_ANGEGEBEN) ? "Kurzbeschreibung: " + Html.NICHT_ANGEGEBEN : k;
	}

	private static String[] paar(String feld, Object wert) {
		return new String[] { feld, wert == null ? null : String.valueOf(wert) };
	}

	private interface Spalten {
		List<Object> von(Map<String, Object> zeile);
	}

	/** A section with one table, or "nicht angegeben" when the table has no rows. */
	private void abschnitt(StringBuilder b, String id, String ueberschrift, String tabelle, String beschriftung, List<String> spalten,
			Spalten werte) {
		b.append("<section aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id).append("\">").append(Html.text(ueberschrift))
				.append("</h2>\n");
		b.append(daten.leer(tabelle) ? "<p>" + Html.NICHT_ANGEGEBEN + "</p>\n" : Html.tabelle(beschriftung, spalten, zellen(tabelle, werte)));
		b.append("</section>\n");
	}

	private List<List<String>> zellen(String tabelle, Spalten werte) {
		List<List<String>> zeilen = new ArrayList<>();
		for (Map<String, Object> zeile : daten.tabelle(tabelle)) {
			zeilen.add(werte.von(zeile).stream().map(w -> Html.text(Html.angabe(w))).toList());
		}
		return zeilen;
	}

	private void beschreibung(StringBuilder b) {
		b.append("<section aria-labelledby=\"beschreibung\"><h2 id=\"beschreibung\">Beschreibung</h2>\n");
		if (daten.leer("texte")) {
			b.append("<p>").append(Html.NICHT_ANGEGEBEN).append("</p>\n");
		}
		for (Map<String, Object> text : daten.tabelle("texte")) {
			b.append("<h3>").append(Html.text(text.get("abschnitt"))).append("</h3>\n").append(Html.absaetze((String) text.get("text")));
		}
		b.append("</section>\n");
	}

	/** The Beteiligung table of the Steckbrief and the Partizipationsprofil: per phase the Stufe reached, as a chart. */
	private void beteiligung(StringBuilder b) {
		abschnitt(b, "beteiligung", "Beteiligung", "beteiligung", "Beteiligung nach Projektphase",
				List.of("Projektphase", "Partizipationsstufe", "Zielgruppe", "Format"),
				z -> List.of(z.get("phase"), z.get("stufe"), z.get("zielgruppe"), z.get("format")));
		b.append("<section aria-labelledby=\"profil\"><h2 id=\"profil\">Partizipationsprofil</h2>\n");
		List<Map<String, Object>> zeilen = daten.tabelle("beteiligung");
		List<Diagramm.Balken> balken = new ArrayList<>();
		List<List<String>> tabelle = new ArrayList<>();
		int hoechste = 0;
		for (int i = 0; i < zeilen.size(); i++) {
			Map<String, Object> z = zeilen.get(i);
			Partizipationsstufe stufe = beispiel.getBeteiligungen().get(i).getStufe();
			if (!(z.get("rang") instanceof Integer rang) || stufe == null || stufe.getModell() == null) {
				continue;
			}
			int stufen = stufe.getModell().getStufen().stream().mapToInt(Partizipationsstufe::getRang).max().orElse(rang);
			hoechste = Math.max(hoechste, stufen);
			String phase = Html.angabe(z.get("phase"));
			String anzeige = "Stufe " + rang + " von " + stufen + " (" + z.get("stufe") + ")";
			balken.add(new Diagramm.Balken(phase, BigDecimal.valueOf(rang), anzeige));
			tabelle.add(List.of(Html.text(phase), Html.text(z.get("stufe")), Html.text(rang + " von " + stufen)));
		}
		if (balken.isEmpty()) {
			b.append("<p>").append(Html.NICHT_ANGEGEBEN).append("</p>\n");
		} else {
			b.append(Diagramm.balken("profil-diagramm", "Erreichte Partizipationsstufe je Projektphase", balken, BigDecimal.valueOf(hoechste)))
					.append(Html.tabelle("Partizipationsprofil in Zahlen", List.of("Projektphase", "Partizipationsstufe", "Stufe"), tabelle));
		}
		b.append("</section>\n");
	}

	private void finanzierung(StringBuilder b) {
		abschnitt(b, "finanzierung", "Finanzierung", "finanzierung", "Finanzierungsanteile",
				List.of("Finanzierungsquelle", "Art", "Jahr", "Betrag", "Anteil (%)", "Status"), z -> List.of(z.get("quelle"), z.get("art"),
						z.get("jahr") == null ? "" : z.get("jahr"), daten.betrag(z.get("betrag")), daten.zahl(z.get("anteilProzent")), z.get("status")));
		Map<String, Object> summen = daten.tabelle("summen").get(0);
		b.append("<section aria-labelledby=\"finanzierungsplan\"><h2 id=\"finanzierungsplan\">Finanzierungsplan</h2>\n")
				.append(Html.liste(List.of(paar("Ausgaben gesamt", daten.betrag(summen.get("ausgaben"))),
						paar("Finanzierung gesamt", daten.betrag(summen.get("finanzierung"))),
						paar("davon Zuwendungen", daten.betrag(summen.get("zuwendungen"))),
						paar("davon Eigenanteil", daten.betrag(summen.get("eigenanteil"))),
						paar("Förderquote (%)", daten.zahl(summen.get("foerderquote"))),
						paar("Finanzierungslücke", daten.betrag(summen.get("luecke"))))));
		List<Diagramm.Balken> balken = new ArrayList<>();
		List<List<String>> tabelle = new ArrayList<>();
		for (Map<String, Object> z : daten.tabelle("finanzierungJeQuelle")) {
			String quelle = Html.angabe(z.get("quelle"));
			String anteil = daten.zahl(z.get("anteil"));
			if (z.get("anteil") instanceof BigDecimal prozent) {
				balken.add(new Diagramm.Balken(quelle, prozent, anteil + " %"));
			}
			tabelle.add(List.of(Html.text(quelle), Html.text(Html.angabe(z.get("art"))), Html.text(daten.betrag(z.get("betrag"))),
					Html.text(anteil)));
		}
		if (tabelle.isEmpty()) {
			b.append("<p>Finanzierung nach Quelle: ").append(Html.NICHT_ANGEGEBEN).append("</p>\n");
		} else {
			if (balken.size() == tabelle.size()) {
				b.append(Diagramm.balken("finanzierung-diagramm", "Anteil jeder Finanzierungsquelle an der Finanzierung in Prozent", balken,
						new BigDecimal("100")));
			} else {
				b.append("<p>Ohne Anteile für jede Quelle zeigt diese Seite kein Diagramm der Finanzierung.</p>\n");
			}
			b.append(Html.tabelle("Finanzierung nach Quelle", List.of("Finanzierungsquelle", "Art", "Betrag", "Anteil (%)"), tabelle));
		}
		b.append("</section>\n");
	}

	/** The project's Beteiligungen, for the Partizipationsstufe facet. */
	List<String> stufen() {
		return beispiel.getBeteiligungen().stream().map(Beteiligung::getStufe).filter(st -> st != null && st.getName() != null)
				.map(Partizipationsstufe::getName).distinct().toList();
	}
}
