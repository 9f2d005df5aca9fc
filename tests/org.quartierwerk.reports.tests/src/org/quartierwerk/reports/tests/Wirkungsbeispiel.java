package org.quartierwerk.reports.tests;

import java.math.BigDecimal;

import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Arbeitsschrittstatus;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Wirkungsstufe;
import org.quartierwerk.model.Ziel;

/**
 * A shipped example with what a Wirkungsbericht reads and the DStGB texts do not give: Ziele on three Wirkungsstufen,
 * Kennzahlen with Ausgangs- and Zielwert and Messwerte 2021–2024, dated Arbeitsschritte (2022, 2023, one planned).
 */
final class Wirkungsbeispiel {

	static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	private Wirkungsbeispiel() {
	}

	/** The example, changed in place and returned. */
	static Praxisbeispiel mitMessreihen(Praxisbeispiel beispiel) {
		Ziel leitziel = ziel("Selbstständiges Leben im Quartier bis ins hohe Alter", Wirkungsstufe.IMPACT);
		Kennzahl heimeinzug = kennzahl("Heimeinzüge im Jahr nach dem Erstkontakt", "Personen", "12", "2021", "6", "2026");
		leitziel.getKennzahlen().add(heimeinzug);
		Ziel besuche = ziel("Ältere Menschen nehmen die Beratung an", Wirkungsstufe.OUTCOME);
		Kennzahl beratene = kennzahl("Beratene Haushalte", "Haushalte", "30", "2021", "60", "2025");
		messwert(beratene, "2021", "30", "Beratungsstatistik");
		messwert(beratene, "2022", "38", "Beratungsstatistik");
		messwert(beratene, "2023", "45", "Beratungsstatistik");
		messwert(beratene, "2024-06", "52", null);
		besuche.getKennzahlen().add(beratene);
		leitziel.getUnterziele().add(besuche);
		Ziel angebote = ziel("Offene Treffs finden regelmäßig statt", Wirkungsstufe.OUTPUT);
		Kennzahl treffs = kennzahl("Offene Treffs", "Veranstaltungen", null, null, "48", null);
		messwert(treffs, "2022", "36", "Jahresbericht");
		messwert(treffs, "2023", "44", "Jahresbericht");
		angebote.getKennzahlen().add(treffs);
		besuche.getUnterziele().add(angebote);
		beispiel.getZiele().add(0, leitziel);
		beispiel.getArbeitsschritte().add(schritt("Quartiersbüro eröffnet", "2022-05", Arbeitsschrittstatus.ABGESCHLOSSEN, besuche));
		beispiel.getArbeitsschritte().add(schritt("Besuchsdienst aufgebaut", "2023-03-15", Arbeitsschrittstatus.ABGESCHLOSSEN, besuche));
		beispiel.getArbeitsschritte().add(schritt("Mittagstisch einrichten", "2027", Arbeitsschrittstatus.GEPLANT, angebote));
		return beispiel;
	}

	private static Ziel ziel(String titel, Wirkungsstufe stufe) {
		Ziel ziel = F.createZiel();
		ziel.setTitel(titel);
		ziel.setWirkungsstufe(stufe);
		return ziel;
	}

	private static Kennzahl kennzahl(String indikator, String einheit, String ausgangswert, String ausgangsdatum, String zielwert,
			String zieldatum) {
		Kennzahl kennzahl = F.createKennzahl();
		kennzahl.setIndikator(indikator);
		kennzahl.setEinheit(einheit);
		kennzahl.setAusgangswert(ausgangswert == null ? null : new BigDecimal(ausgangswert));
		kennzahl.setAusgangsdatum(ausgangsdatum == null ? null : Teildatum.valueOf(ausgangsdatum));
		kennzahl.setZielwert(zielwert == null ? null : new BigDecimal(zielwert));
		kennzahl.setZieldatum(zieldatum == null ? null : Teildatum.valueOf(zieldatum));
		return kennzahl;
	}

	static Messwert messwert(Kennzahl kennzahl, String datum, String wert, String quelle) {
		Messwert messwert = F.createMesswert();
		messwert.setDatum(Teildatum.valueOf(datum));
		messwert.setWert(new BigDecimal(wert));
		messwert.setQuelle(quelle);
		kennzahl.getIstwerte().add(messwert);
		return messwert;
	}

	private static Arbeitsschritt schritt(String titel, String datum, Arbeitsschrittstatus status, Ziel ziel) {
		Arbeitsschritt schritt = F.createArbeitsschritt();
		schritt.setTitel(titel);
		schritt.setDatum(Teildatum.valueOf(datum));
		schritt.setStatus(status);
		schritt.setZiel(ziel);
		return schritt;
	}
}
