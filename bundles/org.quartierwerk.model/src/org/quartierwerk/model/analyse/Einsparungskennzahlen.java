package org.quartierwerk.model.analyse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.internal.Messages;

/**
 * The savings figures of a Praxisbeispiel (docs/fachmodell.md §4.1): Σ Einsparungen, the eingesetzte Mittel (Σ Ausgaben
 * of the Finanzierungsplan), the Präventionsfaktor and the Netto-Konsolidierung. A figure exists only when everything it
 * needs was recorded; otherwise it is null and its reason (German, for the user) says what is missing – never 0.
 *
 * @param einsparungen        Σ Einsparungen; null unless there is one and every one has a Betrag
 * @param eingesetzteMittel   Σ Ausgaben; null unless there is one and every one has a Betrag
 * @param praeventionsfaktor  einsparungen ÷ eingesetzteMittel, two decimals; null unless both exist and the Mittel are
 *                            above 0
 * @param personalkosten      Σ Ausgaben of the Kategorie Personal; null unless every Ausgabe has its Kategorie and every
 *                            Personal-Ausgabe its Betrag
 * @param nettoKonsolidierung einsparungen − personalkosten; null unless both exist
 * @param mitVorbehalt        whether a counted Einsparung is marked "mit Vorbehalt"
 * @param grundFaktor         why the Präventionsfaktor is not given; null when it is
 * @param grundNetto          why the Netto-Konsolidierung is not given; null when it is
 */
public record Einsparungskennzahlen(BigDecimal einsparungen, BigDecimal eingesetzteMittel, BigDecimal praeventionsfaktor,
		BigDecimal personalkosten, BigDecimal nettoKonsolidierung, boolean mitVorbehalt, String grundFaktor,
		String grundNetto) {

	/** The figures of this project. */
	public static Einsparungskennzahlen von(Praxisbeispiel beispiel) {
		List<Einsparung> einsparungen = beispiel.getEinsparungen();
		List<Ausgabeposition> ausgaben = beispiel.getFinanzierungsplan() == null ? List.of()
				: beispiel.getFinanzierungsplan().getAusgaben();
		String grundEinsparungen = einsparungen.isEmpty() ? Messages.einsparung_keine
				: einsparungen.stream().anyMatch(e -> e.getBetrag() == null) ? Messages.einsparung_ohneBetrag : null;
		BigDecimal summe = grundEinsparungen != null ? null
				: einsparungen.stream().map(Einsparung::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add);
		String grundMittel = ausgaben.isEmpty() ? Messages.einsparung_keineAusgaben
				: ausgaben.stream().anyMatch(a -> a.getBetrag() == null) ? Messages.einsparung_ausgabeOhneBetrag : null;
		BigDecimal mittel = grundMittel != null ? null
				: ausgaben.stream().map(Ausgabeposition::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add);
		String grundFaktor = grundEinsparungen != null ? grundEinsparungen
				: grundMittel != null ? grundMittel
				// a quotient over nothing spent is no figure (DOMAIN rule "only if Σ eingesetzte Mittel > 0")
				: mittel.signum() <= 0 ? Messages.einsparung_mittelNull : null;
		BigDecimal faktor = grundFaktor != null ? null : summe.divide(mittel, 2, RoundingMode.HALF_UP);
		String grundPersonal = personalGrund(beispiel.getFinanzierungsplan(), ausgaben);
		BigDecimal personal = grundPersonal != null ? null
				: ausgaben.stream().filter(a -> a.getKategorie() == Ausgabenkategorie.PERSONAL).map(Ausgabeposition::getBetrag)
						.reduce(BigDecimal.ZERO, BigDecimal::add);
		String grundNetto = grundEinsparungen != null ? grundEinsparungen : grundPersonal;
		BigDecimal netto = grundNetto != null ? null : summe.subtract(personal);
		boolean vorbehalt = einsparungen.stream().anyMatch(e -> Boolean.TRUE.equals(e.getMitVorbehalt()));
		return new Einsparungskennzahlen(summe, mittel, faktor, personal, netto, vorbehalt, grundFaktor, grundNetto);
	}

	/** Why the Personalkosten are unknown: an Ausgabe without Kategorie may be Personal (docs/fachmodell.md §4.1). */
	private static String personalGrund(Finanzierungsplan plan, List<Ausgabeposition> ausgaben) {
		if (plan == null || ausgaben.isEmpty()) {
			return Messages.einsparung_keineAusgaben;
		}
		if (ausgaben.stream().anyMatch(a -> !a.isSetKategorie())) {
			return Messages.einsparung_ausgabeOhneKategorie;
		}
		if (ausgaben.stream().anyMatch(a -> a.getKategorie() == Ausgabenkategorie.PERSONAL && a.getBetrag() == null)) {
			return Messages.einsparung_personalOhneBetrag;
		}
		return null;
	}
}
