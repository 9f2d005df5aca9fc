package org.quartierwerk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Arbeitsschrittstatus;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Wirkungsstufe;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.analyse.Einsparungskennzahlen;
import org.quartierwerk.model.analyse.Finanzkennzahlen;

/**
 * The Wirkungsbericht's tables, in the chapters of the Social Reporting Standard (docs/berichte.md, "Der
 * Wirkungsbericht"): Wirkungslogik (IOOI), Leistungen, Kennzahlen with their series, Planung, Team. Templates find it
 * under {@value #APP_CONTEXT_KEY}. With a {@link Berichtszeitraum} only the Messwerte and Arbeitsschritte of that period
 * count, and a Kennzahl is compared with the period before only where that period has a Messwert of it. Every value is
 * what the project records; what it does not record is {@link Berichtsdaten#NICHT_ANGEGEBEN}.
 * <p>
 * Größe: one builder per chapter table plus the series and the comparison rule, kept in one class so that the
 * template's author finds every table of the Wirkungsbericht in one place.
 */
public final class Wirkungsdaten extends Berichtstabellen {

	/** Key under which templates find this object in the report's application context. */
	public static final String APP_CONTEXT_KEY = "wirkung";

	private static final String NICHT_ANGEGEBEN = Berichtsdaten.NICHT_ANGEGEBEN;

	private final Praxisbeispiel beispiel;
	private final Berichtszeitraum zeitraum;
	/** The Kennzahlen in the order of the table "kennzahlen", so that a row's number finds its series. */
	private final List<Kennzahl> kennzahlen = new ArrayList<>();

	/**
	 * @param beispiel the project
	 * @param zeitraum the period; null for everything recorded
	 */
	public Wirkungsdaten(Praxisbeispiel beispiel, Berichtszeitraum zeitraum) {
		this.beispiel = Objects.requireNonNull(beispiel);
		this.zeitraum = zeitraum;
		for (Wirkungsstufe stufe : Wirkungsstufe.VALUES) {
			alleZiele().stream().filter(z -> z.isSetWirkungsstufe() && z.getWirkungsstufe() == stufe).forEach(z -> kennzahlen.addAll(z.getKennzahlen()));
		}
		alleZiele().stream().filter(z -> !z.isSetWirkungsstufe()).forEach(z -> kennzahlen.addAll(z.getKennzahlen()));
	}

	/** The period as the report names it. */
	public String zeitraum() {
		return zeitraum == null ? "kein Zeitraum gewählt; der Bericht umfasst alle erfassten Messwerte und Arbeitsschritte"
				: zeitraum.toString();
	}

	/** The period before, as the report names it; empty without a period. */
	public String vorperiode() {
		return zeitraum == null ? "" : zeitraum.vorperiode().toString();
	}

	/** Whether a Kennzahl has a Messwert in the period before, so the report compares (false without a period). */
	public boolean mitVergleich() {
		return kennzahlen.stream().anyMatch(k -> letzter(k, vorher()) != null);
	}

	/**
	 * The Einsparungen as the applications print them (each with what was recorded, the Präventionsfaktor only when
	 * computed and always with its caveat), and why the factor is not given where it is not; {@value Berichtsdaten#NICHT_ANGEGEBEN}
	 * without an Einsparung.
	 */
	public String einsparungen(Berichtsdaten daten) {
		String text = daten.einsparungen();
		if (text.isEmpty()) {
			return NICHT_ANGEGEBEN;
		}
		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(beispiel);
		if (zahlen.praeventionsfaktor() == null) {
			text += "\nPräventionsfaktor: nicht berechnet, denn " + zahlen.grundFaktor();
		}
		return text;
	}

	/** The chart of a row of the table "kennzahlen": its series against Ausgangs- and Zielwert, as PNG. */
	public byte[] kennzahlbild(Object nr) {
		Kennzahl kennzahl = kennzahlen.get(((Number) nr).intValue());
		return Kennzahlbild.png(kennzahl, reihe(kennzahl, zeitraum).stream().filter(m -> m.getDatum() != null && m.getWert() != null).toList());
	}

	@Override
	protected List<Map<String, Object>> zeilen(String name) {
		return switch (name) {
		case "vision" -> vision();
		case "problem" -> problem();
		case "wirkungslogik" -> wirkungslogik();
		case "ressourcen" -> ressourcen();
		// a planned step is no Leistung yet: it stands under Planung und Ausblick
		case "leistungen" -> beispiel.getArbeitsschritte().stream().filter(s -> !(s.isSetStatus() && s.getStatus() == Arbeitsschrittstatus.GEPLANT))
				.filter(s -> imZeitraum(s.getDatum())).map(Wirkungsdaten::leistung).toList();
		case "kennzahlen" -> kennzahlenTabelle();
		case "erfolge" -> List.of(feld("Wirkungserfolge (Text)", angabe(beispiel.getWirkungserfolge())));
		case "planung" -> planung();
		case "organisation" -> organisation();
		case "team" -> beispiel.getStellen().stream().map(Wirkungsdaten::stelle).toList();
		default -> List.of();
		};
	}

	private List<Map<String, Object>> vision() {
		return List.of(feld("Leitziele", angabe(beispiel.getZiele().stream().map(z -> text(z.getTitel())).filter(t -> !t.isBlank())
				.collect(Collectors.joining("\n")))), feld("Ansatz", angabe(beispiel.getKurzbeschreibung())),
				feld("Handlungsfelder", angabe(beispiel.getHandlungsfelder().stream().map(Bezeichnungen::von).collect(Collectors.joining(", ")))),
				feld("Strukturprinzipien", angabe(beispiel.getStrukturprinzipien().stream().map(Bezeichnungen::von).collect(Collectors.joining(", ")))));
	}

	private List<Map<String, Object>> problem() {
		return List.of(feld("Herausforderung", beispiel.isSetHerausforderung() ? Bezeichnungen.von(beispiel.getHerausforderung(), Locale.GERMAN)
				: NICHT_ANGEGEBEN), feld("Unterthema", angabe(beispiel.getUnterthema())),
				feld("Zielgruppen", angabe(String.join(", ", beispiel.getZielgruppen()))),
				feld("Quartier", beispiel.getQuartier() == null ? NICHT_ANGEGEBEN : angabe(beispiel.getQuartier().getBeschreibung())),
				feld("Ziele (Text)", angabe(beispiel.getZieleText())));
	}

	/** One row per Wirkungsstufe that has Ziele, Input to Impact; Ziele without a Stufe last. */
	private List<Map<String, Object>> wirkungslogik() {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		for (Wirkungsstufe stufe : Wirkungsstufe.VALUES) {
			List<Ziel> ziele = alleZiele().stream().filter(z -> z.isSetWirkungsstufe() && z.getWirkungsstufe() == stufe).toList();
			if (!ziele.isEmpty()) {
				zeilen.add(stufenzeile(Bezeichnungen.von(stufe, Locale.GERMAN), ziele));
			}
		}
		List<Ziel> ohne = alleZiele().stream().filter(z -> !z.isSetWirkungsstufe()).toList();
		if (!ohne.isEmpty()) {
			zeilen.add(stufenzeile("Wirkungsstufe nicht angegeben", ohne));
		}
		return zeilen;
	}

	private static Map<String, Object> stufenzeile(String stufe, List<Ziel> ziele) {
		String kennzahlen = ziele.stream().flatMap(z -> z.getKennzahlen().stream()).map(k -> text(k.getIndikator())).filter(t -> !t.isBlank())
				.collect(Collectors.joining("\n"));
		return zeile("stufe", stufe, "ziele", ziele.stream().map(z -> text(z.getTitel())).collect(Collectors.joining("\n")), "kennzahlen",
				angabe(kennzahlen));
	}

	/** Input: what the plan spends (only where recorded, see {@link Berichtsdaten#betrag}) and the Stellen. */
	private List<Map<String, Object>> ressourcen() {
		List<Stelle> stellen = beispiel.getStellen();
		String personal = NICHT_ANGEGEBEN;
		if (!stellen.isEmpty()) {
			List<BigDecimal> vzae = stellen.stream().map(Wirkungsdaten::vzae).toList();
			personal = stellen.size() + (stellen.size() == 1 ? " Stelle" : " Stellen") + ", Vollzeitäquivalente: "
					+ (vzae.stream().anyMatch(Objects::isNull) ? "nicht angegeben (für " + vzae.stream().filter(Objects::isNull).count() + " ohne Umfang)"
							: Zahlen.zahl(vzae.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
			long ehrenamtlich = stellen.stream().filter(s -> Boolean.TRUE.equals(s.getEhrenamtlich())).count();
			if (ehrenamtlich > 0) {
				personal += ", davon ehrenamtlich: " + ehrenamtlich;
			}
		}
		Finanzierungsplan plan = beispiel.getFinanzierungsplan();
		String mittel = Finanzkennzahlen.ausgabenErfasst(plan) ? Zahlen.betrag(Finanzkennzahlen.von(plan).ausgaben()) : NICHT_ANGEGEBEN;
		return List.of(feld("Ausgaben laut Finanzierungsplan", mittel), feld("Personal", personal));
	}

	/** The Stelle's Vollzeitäquivalente: as recorded, else from its Umfang in Prozent; null when neither is. */
	private static BigDecimal vzae(Stelle stelle) {
		if (stelle.getVollzeitaequivalent() != null) {
			return stelle.getVollzeitaequivalent();
		}
		return stelle.getUmfangProzent() == null ? null : stelle.getUmfangProzent().movePointLeft(2).stripTrailingZeros();
	}

	private static Map<String, Object> leistung(Arbeitsschritt schritt) {
		return zeile("datum", schritt.getDatum() == null ? NICHT_ANGEGEBEN : datum(schritt.getDatum()), "titel", text(schritt.getTitel()),
				"status", schritt.isSetStatus() ? Bezeichnungen.von(schritt.getStatus(), Locale.GERMAN) : NICHT_ANGEGEBEN, "ziel",
				schritt.getZiel() == null ? "" : text(schritt.getZiel().getTitel()));
	}

	private List<Map<String, Object>> kennzahlenTabelle() {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		for (int nr = 0; nr < kennzahlen.size(); nr++) {
			Kennzahl kennzahl = kennzahlen.get(nr);
			Ziel ziel = (Ziel) kennzahl.eContainer(); // Kennzahlen are contained by Ziele only
			String einheit = text(kennzahl.getEinheit());
			List<Messwert> reihe = reihe(kennzahl, zeitraum);
			String messwerte = reihe.stream().map(m -> messwert(m, einheit)).collect(Collectors.joining("\n"));
			if (reihe.isEmpty()) {
				messwerte = zeitraum != null && !kennzahl.getIstwerte().isEmpty() ? "keine Messwerte im Berichtszeitraum" : NICHT_ANGEGEBEN;
			}
			zeilen.add(zeile("nr", nr, "stufe", ziel.isSetWirkungsstufe() ? Bezeichnungen.von(ziel.getWirkungsstufe(), Locale.GERMAN) : NICHT_ANGEGEBEN,
					"ziel", text(ziel.getTitel()), "indikator", text(kennzahl.getIndikator()), "ausgangswert",
					wertMitDatum(kennzahl.getAusgangswert(), einheit, kennzahl.getAusgangsdatum(), ""), "zielwert",
					wertMitDatum(kennzahl.getZielwert(), einheit, kennzahl.getZieldatum(), "bis "), "messwerte", messwerte, "vergleich",
					vergleich(kennzahl, einheit), "mitBild", reihe.stream().anyMatch(m -> m.getDatum() != null && m.getWert() != null)));
		}
		return zeilen;
	}

	/**
	 * The comparison with the period before: its last Messwert, the period's last and the change; empty where the period
	 * before has no Messwert of this Kennzahl, or without a period.
	 */
	private String vergleich(Kennzahl kennzahl, String einheit) {
		Messwert vorher = letzter(kennzahl, vorher());
		if (vorher == null) {
			return "";
		}
		Messwert jetzt = letzter(kennzahl, zeitraum);
		String text = "Vorperiode: " + messwert(vorher, einheit) + "; Berichtszeitraum: "
				+ (jetzt == null ? "kein Messwert mit Wert" : messwert(jetzt, einheit));
		if (jetzt != null) {
			BigDecimal veraenderung = jetzt.getWert().subtract(vorher.getWert());
			text += "; Veränderung: " + (veraenderung.signum() > 0 ? "+" : veraenderung.signum() < 0 ? "\u2212" : "")
					+ Zahlen.mitEinheit(veraenderung.abs(), einheit);
		}
		return text;
	}

	/** The latest Messwert with a date and a value in a period; null for none or without a period. */
	private static Messwert letzter(Kennzahl kennzahl, Berichtszeitraum periode) {
		if (periode == null) {
			return null;
		}
		return reihe(kennzahl, periode).stream().filter(m -> m.getDatum() != null && m.getWert() != null)
				.max(Comparator.comparing((Messwert m) -> m.getDatum().letzter())).orElse(null);
	}

	private Berichtszeitraum vorher() {
		return zeitraum == null ? null : zeitraum.vorperiode();
	}

	/** The Messwerte of a Kennzahl in a period, by date (those without a date last); all of them without a period. */
	static List<Messwert> reihe(Kennzahl kennzahl, Berichtszeitraum periode) {
		return kennzahl.getIstwerte().stream().filter(m -> periode == null || periode.enthaelt(m.getDatum()))
				.sorted(Comparator.comparing((Messwert m) -> m.getDatum() == null ? null : m.getDatum().erster(),
						Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	/** Planned Arbeitsschritte, and the Zielwerte whose Zieldatum lies after the period (after today without one). */
	private List<Map<String, Object>> planung() {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		for (Arbeitsschritt schritt : beispiel.getArbeitsschritte()) {
			if (schritt.isSetStatus() && schritt.getStatus() == Arbeitsschrittstatus.GEPLANT) {
				zeilen.add(zeile("vorhaben", "Arbeitsschritt: " + text(schritt.getTitel()), "termin",
						schritt.getDatum() == null ? NICHT_ANGEGEBEN : datum(schritt.getDatum())));
			}
		}
		LocalDate danach = zeitraum == null ? LocalDate.now() : zeitraum.bis();
		for (Kennzahl kennzahl : kennzahlen) {
			if (kennzahl.getZielwert() != null && kennzahl.getZieldatum() != null && kennzahl.getZieldatum().letzter().isAfter(danach)) {
				zeilen.add(zeile("vorhaben", "Zielwert \u201E" + text(kennzahl.getIndikator()) + "\u201C: "
						+ Zahlen.mitEinheit(kennzahl.getZielwert(), text(kennzahl.getEinheit())), "termin", datum(kennzahl.getZieldatum())));
			}
		}
		return zeilen;
	}

	private List<Map<String, Object>> organisation() {
		Organisation traeger = beispiel.getTraeger();
		String mittraeger = beispiel.getWeitereTraeger().stream().map(o -> text(o.getName())).filter(n -> !n.isBlank())
				.collect(Collectors.joining(", "));
		return List.of(feld("Träger", traeger == null ? NICHT_ANGEGEBEN : angabe(traeger.getName())),
				feld("Rechtsform", traeger == null ? NICHT_ANGEGEBEN : angabe(traeger.getRechtsform())), feld("Mitträger", angabe(mittraeger)),
				feld("Kooperationspartner", angabe(beispiel.getKooperationen().stream().filter(k -> k.getPartner() != null)
						.map(k -> text(k.getPartner().getName())).filter(n -> !n.isBlank()).collect(Collectors.joining(", ")))));
	}

	private static Map<String, Object> stelle(Stelle stelle) {
		BigDecimal vzae = vzae(stelle);
		return zeile("funktion", angabe(stelle.getFunktion()), "vzae", vzae == null ? NICHT_ANGEGEBEN : Zahlen.zahl(vzae), "personen",
				stelle.getPersonen() == null ? NICHT_ANGEGEBEN : Zahlen.zahl(new BigDecimal(stelle.getPersonen())), "ehrenamtlich",
				stelle.getEhrenamtlich() == null ? NICHT_ANGEGEBEN : stelle.getEhrenamtlich() ? "ja" : "nein");
	}

	private boolean imZeitraum(Teildatum datum) {
		return zeitraum == null || zeitraum.enthaelt(datum);
	}

	private List<Ziel> alleZiele() {
		List<Ziel> ziele = new ArrayList<>();
		beispiel.getZiele().forEach(z -> sammle(z, ziele));
		return ziele;
	}

	private static void sammle(Ziel ziel, List<Ziel> ziele) {
		ziele.add(ziel);
		ziel.getUnterziele().forEach(u -> sammle(u, ziele));
	}

	/** "40 Personen (Dezember 2023; Quelle: Zählung)"; a Messwert without a value says so. */
	private static String messwert(Messwert messwert, String einheit) {
		String wert = messwert.getWert() == null ? "Wert nicht angegeben" : Zahlen.mitEinheit(messwert.getWert(), einheit);
		List<String> zusatz = new ArrayList<>();
		zusatz.add(messwert.getDatum() == null ? "Datum nicht angegeben" : datum(messwert.getDatum()));
		if (messwert.getQuelle() != null && !messwert.getQuelle().isBlank()) {
			zusatz.add("Quelle: " + messwert.getQuelle().strip());
		}
		return wert + " (" + String.join("; ", zusatz) + ")";
	}

	private static String wertMitDatum(BigDecimal wert, String einheit, Teildatum datum, String vorDatum) {
		if (wert == null) {
			return NICHT_ANGEGEBEN;
		}
		return Zahlen.mitEinheit(wert, einheit) + (datum == null ? "" : " (" + vorDatum + datum(datum) + ")");
	}

	/** A Teildatum as German documents print it: "2023", "Dezember 2023", "31. Dezember 2023". */
	public static String datum(Teildatum datum) {
		return switch (datum.genauigkeit()) {
		case JAHR -> String.valueOf(datum.erster().getYear());
		case MONAT -> datum.erster().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN));
		case TAG -> Berichtstabellen.datum(datum.erster());
		};
	}

	private static String angabe(String text) {
		return text == null || text.isBlank() ? NICHT_ANGEGEBEN : text;
	}

	private static Map<String, Object> feld(String feld, String wert) {
		return zeile("feld", feld, "wert", wert);
	}

	private static Map<String, Object> zeile(Object... namenUndWerte) {
		Map<String, Object> zeile = new LinkedHashMap<>();
		for (int i = 0; i < namenUndWerte.length; i += 2) {
			zeile.put((String) namenUndWerte[i], namenUndWerte[i + 1]);
		}
		return zeile;
	}
}
