package org.quartierwerk.courses;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.analyse.Finanzkennzahlen;

/** Checks a Teilnahme against the requirements of its course: its Praxisprojekt, its modules, checklists and network. */
public final class Anforderungspruefung {

	/** What a plan may be off by and still count as balanced (docs/fachmodell.md §10.6). */
	private static final BigDecimal TOLERANZ = new BigDecimal("0.01");

	/**
	 * @param teilnahme the Teilnahme, whose course must be installed
	 * @param projekt   its Praxisprojekt; null when it is not in the workspace
	 * @return one state per requirement of the course, in the course's order
	 */
	public static List<Anforderungsstand> pruefe(Teilnahme teilnahme, Praxisbeispiel projekt) {
		List<Anforderungsstand> stand = new ArrayList<>();
		for (Anforderung anforderung : teilnahme.getKurs().getAnforderungen()) {
			String fehlt = fehlt(anforderung.getArt(), teilnahme, projekt);
			stand.add(new Anforderungsstand(anforderung, fehlt == null, fehlt == null ? "erfüllt" : fehlt));
		}
		return stand;
	}

	/** The requirements not met, each as "Bezeichnung: Befund". */
	public static List<String> offen(List<Anforderungsstand> stand) {
		return stand.stream().filter(s -> !s.erfuellt())
				.map(s -> Bezeichnungen.von(s.anforderung().getArt()) + ": " + s.befund()).toList();
	}

	/** What is missing for this requirement, German; null when it is met. */
	private static String fehlt(Anforderungsart art, Teilnahme teilnahme, Praxisbeispiel projekt) {
		switch (art) {
		case MODULE_ABGESCHLOSSEN:
			return offeneModule(teilnahme);
		case STADTTEILERKUNDUNG_DURCHGEFUEHRT:
			return offenePunkte(teilnahme);
		case AKTEURSLANDKARTE_ERSTELLT:
			Akteurslandkarte karte = teilnahme.getAkteurslandkarte();
			return karte != null && karte.getAkteure().size() >= 2 && !karte.getKooperationen().isEmpty() ? null
					: "Die Akteurslandkarte braucht mindestens zwei Akteure und eine Kooperation.";
		default:
			break;
		}
		if (projekt == null) {
			return "Das Praxisprojekt \u201E" + teilnahme.getPraxisprojekt() + "\u201C fehlt im Arbeitsbereich.";
		}
		return switch (art) {
		case STECKBRIEF_VOLLSTAENDIG -> steckbriefLuecken(projekt);
		case ZIELE_DOKUMENTIERT -> !projekt.getZiele().isEmpty() || !leer(projekt.getZieleText()) ? null
				: "Es sind keine Ziele beschrieben.";
		case BETEILIGUNG_DOKUMENTIERT -> projekt.getBeteiligungen().stream().map(Beteiligung::getStufe).anyMatch(Objects::nonNull)
				? null
				: "Es ist keine Beteiligung mit Partizipationsstufe eingetragen.";
		case KOOPERATIONEN_DOKUMENTIERT -> projekt.getKooperationen().isEmpty() ? "Es ist keine Kooperation eingetragen." : null;
		case FINANZIERUNGSPLAN_AUSGEGLICHEN -> planLuecke(projekt.getFinanzierungsplan());
		default -> "Die Anforderung " + art.getName() + " kennt diese Version von Quartierwerk nicht.";
		};
	}

	private static String offeneModule(Teilnahme teilnahme) {
		List<String> offen = teilnahme.getKurs().getModule().stream()
				.filter(modul -> teilnahme.getFortschritte().stream()
						.noneMatch(f -> f.getModul() == modul && f.isAbgeschlossen()))
				.map(Modul::getTitel).toList();
		return offen.isEmpty() ? null : "Noch nicht abgeschlossen: " + String.join(", ", offen) + ".";
	}

	private static String offenePunkte(Teilnahme teilnahme) {
		List<String> offen = new ArrayList<>();
		for (Checkliste checkliste : teilnahme.getKurs().getChecklisten()) {
			for (Pruefpunkt punkt : checkliste.getPunkte()) {
				Punktergebnis ergebnis = Kursarbeit.ergebnisOderNull(teilnahme, punkt);
				boolean erledigt = ergebnis != null && ergebnis.isErledigt();
				if (punkt.isPflicht() && !erledigt) {
					offen.add(punkt.getFrage());
				}
			}
		}
		if (teilnahme.getKurs().getChecklisten().isEmpty()) {
			return "Der Kurs hat keine Checkliste für die Stadtteilerkundung.";
		}
		return offen.isEmpty() ? null : "Offene Punkte der Checkliste: " + String.join(" · ", offen);
	}

	private static String steckbriefLuecken(Praxisbeispiel projekt) {
		List<String> fehlend = new ArrayList<>();
		if (leer(projekt.getTitel())) {
			fehlend.add("Titel");
		}
		if (leer(projekt.getKurzbeschreibung())) {
			fehlend.add("Kurzbeschreibung");
		}
		if (!projekt.isSetHerausforderung()) {
			fehlend.add("Herausforderung");
		}
		if (!projekt.isSetBundesland()) {
			fehlend.add("Bundesland");
		}
		if (projekt.getQuartier() == null) {
			fehlend.add("Quartier");
		}
		if (projekt.getTraeger() == null) {
			fehlend.add("Träger");
		}
		if (projekt.getLaufzeit() == null || projekt.getLaufzeit().getBeginn() == null) {
			fehlend.add("Laufzeit");
		}
		return fehlend.isEmpty() ? null : "Es fehlen " + fehlend.stream().collect(Collectors.joining(", ")) + ".";
	}

	private static String planLuecke(Finanzierungsplan plan) {
		if (plan == null || plan.getAusgaben().isEmpty()) {
			return "Es gibt keinen Finanzierungsplan mit Ausgaben.";
		}
		Finanzkennzahlen zahlen = Finanzkennzahlen.von(plan);
		if (zahlen.luecke().abs().compareTo(TOLERANZ) <= 0) {
			return null;
		}
		DecimalFormat euro = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return "Ausgaben " + euro.format(zahlen.ausgaben()) + " und Finanzierung " + euro.format(zahlen.finanzierung())
				+ " sind nicht ausgeglichen.";
	}

	private static boolean leer(String text) {
		return text == null || text.isBlank();
	}

	private Anforderungspruefung() {
	}
}
