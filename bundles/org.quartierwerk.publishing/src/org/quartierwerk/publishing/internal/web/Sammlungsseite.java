package org.quartierwerk.publishing.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quartierwerk.reports.Berichtsdaten;

/**
 * The collection overview: what the Sammlungsbericht (berichte/sammlungsbericht.rptdesign) shows – the number of
 * projects, the Zählungen per Herausforderung, Bundesland and Finanzierungsart, and the Partizipationsprofil – from the
 * same tables of {@link Berichtsdaten}; the profile per Projektphase as a chart with its numbers as a table.
 */
final class Sammlungsseite {

	static String html(Berichtsdaten daten, String modell) {
		StringBuilder b = new StringBuilder();
		b.append("<p>Die Sammlung umfasst ").append(daten.anzahl("projekte")).append(" Praxisbeispiele.</p>\n");
		b.append("<section aria-labelledby=\"zaehlungen\"><h2 id=\"zaehlungen\">Zählungen</h2>\n");
		Map<String, List<List<String>>> jeMerkmal = new LinkedHashMap<>();
		for (String merkmal : List.of("Herausforderung", "Bundesland", "Finanzierungsart")) {
			jeMerkmal.put(merkmal, new ArrayList<>());
		}
		for (Map<String, Object> z : daten.tabelle("zaehlung")) {
			jeMerkmal.computeIfAbsent((String) z.get("merkmal"), m -> new ArrayList<>())
					.add(List.of(Html.text(z.get("wert")), Html.text(daten.zahl(z.get("anzahl")))));
		}
		jeMerkmal.forEach((merkmal, zeilen) -> {
			b.append("<h3>").append(Html.text(merkmal)).append("</h3>\n");
			b.append(zeilen.isEmpty() ? "<p>" + Html.NICHT_ANGEGEBEN + "</p>\n"
					: Html.tabelle("Praxisbeispiele je " + merkmal, List.of(merkmal, "Praxisbeispiele"), zeilen));
		});
		b.append("</section>\n<section aria-labelledby=\"profil\"><h2 id=\"profil\">Partizipationsprofil</h2>\n");
		if (daten.leer("profil")) {
			b.append("<p>").append(Html.NICHT_ANGEGEBEN).append("</p>\n");
		} else {
			b.append("<p>Anteil der Praxisbeispiele, die in einer Projektphase eine Stufe (").append(Html.text(modell))
					.append(") oder eine höhere erreichen.</p>\n");
			Map<String, List<Map<String, Object>>> jePhase = new LinkedHashMap<>();
			for (Map<String, Object> z : daten.tabelle("profil")) {
				jePhase.computeIfAbsent((String) z.get("phase"), p -> new ArrayList<>()).add(z);
			}
			int n = 0;
			for (Map.Entry<String, List<Map<String, Object>>> phase : jePhase.entrySet()) {
				List<Diagramm.Balken> balken = new ArrayList<>();
				List<List<String>> zeilen = new ArrayList<>();
				for (Map<String, Object> z : phase.getValue()) {
					String anteil = daten.zahl(z.get("anteil"));
					balken.add(new Diagramm.Balken(String.valueOf(z.get("stufe")), (BigDecimal) z.get("anteil"), anteil + " %"));
					zeilen.add(List.of(Html.text(z.get("stufe")), Html.text(anteil)));
				}
				b.append("<h3>").append(Html.text(phase.getKey())).append("</h3>\n")
						.append(Diagramm.balken("profil-" + n++, "Partizipationsprofil, " + phase.getKey() + ": Anteil der Praxisbeispiele je Stufe in Prozent",
								balken, new BigDecimal("100")))
						.append(Html.tabelle("Partizipationsprofil, " + phase.getKey(), List.of("Stufe", "Anteil (%)"), zeilen));
			}
		}
		b.append("</section>\n");
		return Html.seite("Die Sammlung im Überblick", "", b.toString(), List.of());
	}

	private Sammlungsseite() {
	}
}
