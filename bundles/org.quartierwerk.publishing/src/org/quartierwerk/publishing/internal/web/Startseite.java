package org.quartierwerk.publishing.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quartierwerk.model.Textvergleich;

/**
 * The index: every project as a list (readable without script), a filter form with one group of checkboxes per facet
 * and a search field, and the data file {@code daten.js} that {@code suche.js} filters in the browser. Within a facet
 * the ticked values are alternatives; the facets and the search words must all hold.
 */
final class Startseite {

	/** The facets, by the key in the data file and the heading of their group. */
	static final Map<String, String> FACETTEN = facetten();

	private static Map<String, String> facetten() {
		Map<String, String> f = new java.util.LinkedHashMap<>();
		f.put("herausforderung", "Herausforderung");
		f.put("handlungsfeld", "Handlungsfeld");
		f.put("bundesland", "Bundesland");
		f.put("stufe", "Partizipationsstufe");
		f.put("finanzierungsart", "Finanzierungsart");
		f.put("goodpractice", "Good-Practice-Kriterium erfüllt");
		return java.util.Collections.unmodifiableMap(f);
	}

	static String html(List<Eintrag> eintraege) {
		StringBuilder b = new StringBuilder();
		b.append("<p>").append(eintraege.size()).append(" Praxisbeispiele der Quartiersentwicklung, ohne personenbezogene Angaben. ")
				.append("Wählen Sie Merkmale oder suchen Sie nach Wörtern; die Liste zeigt dann nur die passenden.</p>\n");
		b.append("<div class=\"spalten\">\n<form id=\"filter\" class=\"filter\" role=\"search\" aria-label=\"Praxisbeispiele filtern\">\n")
				.append("<h2>Filtern</h2>\n<p class=\"feld\"><label for=\"suche\">Volltextsuche</label>\n")
				.append("<input type=\"search\" id=\"suche\" name=\"suche\" autocomplete=\"off\"/></p>\n");
		FACETTEN.forEach((schluessel, name) -> gruppe(b, schluessel, name, eintraege));
		b.append("<p><button type=\"reset\" id=\"zuruecksetzen\">Alle Filter zurücksetzen</button></p>\n</form>\n");
		b.append("<section class=\"ergebnis\" aria-labelledby=\"liste-titel\">\n<h2 id=\"liste-titel\">Praxisbeispiele</h2>\n")
				.append("<p id=\"treffer\" role=\"status\" aria-live=\"polite\">").append(eintraege.size()).append(" von ")
				.append(eintraege.size()).append(" Praxisbeispielen</p>\n<ul id=\"liste\" class=\"liste\">\n");
		for (Eintrag e : eintraege) {
			b.append("<li data-seite=\"").append(Html.text(e.seite())).append("\"><h3><a href=\"").append(Html.text(e.seite())).append("\">")
					.append(Html.text(e.titel())).append("</a></h3>\n<p class=\"merkmale\">")
					.append(Html.text(String.join(" · ", merkmale(e)))).append("</p>\n<p>").append(Html.text(Projektseite.kurzbeschreibung(e.kurzbeschreibung())))
					.append("</p></li>\n");
		}
		b.append("</ul>\n</section>\n</div>\n");
		return Html.seite("Praxisbeispiele", "", b.toString(), List.of("daten.js", "suche.js"));
	}

	private static List<String> merkmale(Eintrag e) {
		List<String> m = new ArrayList<>();
		m.addAll(e.facetten().getOrDefault("herausforderung", List.of()));
		m.addAll(e.facetten().getOrDefault("bundesland", List.of()));
		return m.isEmpty() ? List.of(Html.NICHT_ANGEGEBEN) : m;
	}

	/** One fieldset of checkboxes: each value of the facet that some project has, with how many have it. */
	private static void gruppe(StringBuilder b, String schluessel, String name, List<Eintrag> eintraege) {
		Map<String, Integer> anzahl = new TreeMap<>(Textvergleich.ordnung());
		for (Eintrag e : eintraege) {
			e.facetten().getOrDefault(schluessel, List.of()).forEach(w -> anzahl.merge(w, 1, Integer::sum));
		}
		b.append("<fieldset class=\"facette\"><legend>").append(Html.text(name)).append("</legend>\n");
		if (anzahl.isEmpty()) {
			b.append("<p>").append(Html.NICHT_ANGEGEBEN).append("</p>\n");
		}
		int i = 0;
		for (Map.Entry<String, Integer> wert : anzahl.entrySet()) {
			String id = schluessel + "-" + i++;
			b.append("<p class=\"wahl\"><input type=\"checkbox\" id=\"").append(id).append("\" name=\"").append(schluessel)
					.append("\" value=\"").append(Html.text(wert.getKey())).append("\"/> <label for=\"").append(id).append("\">")
					.append(Html.text(wert.getKey())).append(" (").append(wert.getValue()).append(")</label></p>\n");
		}
		b.append("</fieldset>\n");
	}

	/** The data file: an assignment, not JSON to fetch, because browsers refuse fetch() on file://. */
	static String daten(List<Eintrag> eintraege) {
		StringBuilder b = new StringBuilder("/* Praxisbeispiele für die Suche, erzeugt von Quartierwerk */\nwindow.QUARTIERWERK_PRAXISBEISPIELE = [\n");
		for (int i = 0; i < eintraege.size(); i++) {
			Eintrag e = eintraege.get(i);
			b.append("{\"seite\":").append(Js.text(e.seite())).append(",\"facetten\":{");
			int j = 0;
			for (String schluessel : FACETTEN.keySet()) {
				b.append(j++ == 0 ? "" : ",").append(Js.text(schluessel)).append(":[");
				List<String> werte = e.facetten().getOrDefault(schluessel, List.of());
				for (int k = 0; k < werte.size(); k++) {
					b.append(k == 0 ? "" : ",").append(Js.text(werte.get(k)));
				}
				b.append(']');
			}
			b.append("},\"text\":").append(Js.text(e.suchtext())).append('}').append(i + 1 < eintraege.size() ? ",\n" : "\n");
		}
		return b.append("];\n").toString();
	}

	private Startseite() {
	}
}
