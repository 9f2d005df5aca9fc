package org.quartierwerk.courses.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.courses.Anforderungsstand;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Punktergebnis;
import org.quartierwerk.courses.model.Teilnahme;
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
		return pruefe(teilnahme, null, projekt);
	}

	/**
	 * @param teilnahme the Teilnahme, whose course must be installed
	 * @param vorgaben  the Kursleitung's Vorgaben for the course; null when there are none
	 * @param projekt   its Praxisprojekt; null when it is not in the workspace
	 * @return one state per requirement of the course, in the course's order, then one per requirement of the Vorgaben
	 */
	public static List<Anforderungsstand> pruefe(Teilnahme teilnahme, Kursvorgaben vorgaben, Praxisbeispiel projekt) {
		List<Anforderungsstand> stand = new ArrayList<>();
		for (Anforderung anforderung : Kursarbeit.anforderungen(teilnahme.getKurs(), vorgaben)) {
			String fehlt = fehlt(anforderung.getArt(), teilnahme, vorgaben, projekt);
			stand.add(new Anforderungsstand(anforderung, fehlt == null, fehlt == null ? Messages.pruefung_erfuellt : fehlt));
		}
		return stand;
	}

	/** The requirements not met, each as "Bezeichnung: Befund", a Vorgabe der Kursleitung marked so. */
	public static List<String> offen(List<Anforderungsstand> stand) {
		return stand.stream().filter(s -> !s.erfuellt())
				.map(s -> NLS.bind(Messages.pruefung_offen, Bezeichnungen.von(s.anforderung().getArt()), s.befund())
						+ (s.vonKursleitung() ? Messages.pruefung_vorgabe : ""))
				.toList();
	}

	/** What is missing for this requirement, German; null when it is met. */
	private static String fehlt(Anforderungsart art, Teilnahme teilnahme, Kursvorgaben vorgaben, Praxisbeispiel projekt) {
		switch (art) {
		case MODULE_ABGESCHLOSSEN:
			return offeneModule(teilnahme);
		case STADTTEILERKUNDUNG_DURCHGEFUEHRT:
			return offenePunkte(teilnahme, Kursarbeit.checklisten(teilnahme.getKurs(), vorgaben));
		case AKTEURSLANDKARTE_ERSTELLT:
			Akteurslandkarte karte = teilnahme.getAkteurslandkarte();
			return karte != null && karte.getAkteure().size() >= 2 && !karte.getKooperationen().isEmpty() ? null
					: Messages.pruefung_karteZuKlein;
		default:
			break;
		}
		if (projekt == null) {
			return NLS.bind(Messages.pruefung_projektFehlt, teilnahme.getPraxisprojekt());
		}
		return switch (art) {
		case PRAXISPROJEKT_ANGELEGT -> null;
		case STECKBRIEF_VOLLSTAENDIG -> steckbriefLuecken(projekt);
		case ZIELE_DOKUMENTIERT -> !projekt.getZiele().isEmpty() || !leer(projekt.getZieleText()) ? null
				: Messages.pruefung_keineZiele;
		case BETEILIGUNG_DOKUMENTIERT -> projekt.getBeteiligungen().stream().map(Beteiligung::getStufe).anyMatch(Objects::nonNull)
				? null
				: Messages.pruefung_keineBeteiligung;
		case KOOPERATIONEN_DOKUMENTIERT -> projekt.getKooperationen().isEmpty() ? Messages.pruefung_keineKooperation : null;
		case FINANZIERUNGSPLAN_AUSGEGLICHEN -> planLuecke(projekt.getFinanzierungsplan());
		default -> NLS.bind(Messages.pruefung_unbekannt, art.getName());
		};
	}

	private static String offeneModule(Teilnahme teilnahme) {
		List<String> offen = teilnahme.getKurs().getModule().stream()
				.filter(modul -> teilnahme.getFortschritte().stream()
						.noneMatch(f -> f.getModul() == modul && f.isAbgeschlossen()))
				.map(Modul::getTitel).toList();
		return offen.isEmpty() ? null : NLS.bind(Messages.pruefung_moduleOffen, String.join(", ", offen));
	}

	private static String offenePunkte(Teilnahme teilnahme, List<Checkliste> checklisten) {
		List<String> offen = new ArrayList<>();
		for (Checkliste checkliste : checklisten) {
			for (Pruefpunkt punkt : checkliste.getPunkte()) {
				Punktergebnis ergebnis = Kursarbeit.ergebnisOderNull(teilnahme, punkt);
				boolean erledigt = ergebnis != null && ergebnis.isErledigt();
				if (punkt.isPflicht() && !erledigt) {
					offen.add(punkt.getFrage());
				}
			}
		}
		if (checklisten.isEmpty()) {
			return Messages.pruefung_keineCheckliste;
		}
		return offen.isEmpty() ? null : NLS.bind(Messages.pruefung_punkteOffen, String.join(" · ", offen));
	}

	private static String steckbriefLuecken(Praxisbeispiel projekt) {
		List<String> fehlend = new ArrayList<>();
		if (leer(projekt.getTitel())) {
			fehlend.add(Messages.pruefung_feldTitel);
		}
		if (leer(projekt.getKurzbeschreibung())) {
			fehlend.add(Messages.pruefung_feldKurzbeschreibung);
		}
		if (!projekt.isSetHerausforderung()) {
			fehlend.add(Messages.pruefung_feldHerausforderung);
		}
		if (!projekt.isSetBundesland()) {
			fehlend.add(Messages.pruefung_feldBundesland);
		}
		if (projekt.getQuartier() == null) {
			fehlend.add(Messages.pruefung_feldQuartier);
		}
		if (projekt.getTraeger() == null) {
			fehlend.add(Messages.pruefung_feldTraeger);
		}
		if (projekt.getLaufzeit() == null || projekt.getLaufzeit().getBeginn() == null) {
			fehlend.add(Messages.pruefung_feldLaufzeit);
		}
		return fehlend.isEmpty() ? null : NLS.bind(Messages.pruefung_steckbriefLuecken, String.join(", ", fehlend));
	}

	private static String planLuecke(Finanzierungsplan plan) {
		if (plan == null || plan.getAusgaben().isEmpty()) {
			return Messages.pruefung_keinPlan;
		}
		Finanzkennzahlen zahlen = Finanzkennzahlen.von(plan);
		if (zahlen.luecke().abs().compareTo(TOLERANZ) <= 0) {
			return null;
		}
		DecimalFormat euro = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return NLS.bind(Messages.pruefung_planOffen, euro.format(zahlen.ausgaben()), euro.format(zahlen.finanzierung()));
	}

	private static boolean leer(String text) {
		return text == null || text.isBlank();
	}

	private Anforderungspruefung() {
	}
}
