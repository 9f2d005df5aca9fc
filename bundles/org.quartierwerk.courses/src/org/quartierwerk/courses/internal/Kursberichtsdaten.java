package org.quartierwerk.courses.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.quartierwerk.courses.Anforderungsstand;
import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursFactory;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Modulfortschritt;
import org.quartierwerk.courses.model.Netzwerkkooperation;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Punktergebnis;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtstabellen;

/**
 * A Teilnahme as tables for the course's report templates (Teilnahmezertifikat, Abschlussbericht), read the way the
 * project templates read theirs: {@code kurs = reportContext.getAppContext().get("kurs")}, then
 * {@code kurs.anzahl("module")} and {@code kurs.wert("module", i, "modul")}. The picture of the Akteurslandkarte is
 * {@link #netzwerkbild()}.
 */
public final class Kursberichtsdaten extends Berichtstabellen {

	/** Key under which templates find this object in the report's application context. */
	public static final String APP_CONTEXT_KEY = "kurs";

	private final Teilnahme teilnahme;
	private final Kursvorgaben vorgaben;
	private final Praxisbeispiel projekt;

	/**
	 * @param teilnahme the Teilnahme, of an installed course
	 * @param projekt   its Praxisprojekt; null when it is not in the workspace
	 */
	public Kursberichtsdaten(Teilnahme teilnahme, Praxisbeispiel projekt) {
		this(teilnahme, null, projekt);
	}

	/**
	 * @param teilnahme the Teilnahme, of an installed course
	 * @param vorgaben  the Kursleitung's Vorgaben for the course; null when there are none
	 * @param projekt   its Praxisprojekt; null when it is not in the workspace
	 */
	public Kursberichtsdaten(Teilnahme teilnahme, Kursvorgaben vorgaben, Praxisbeispiel projekt) {
		this.teilnahme = teilnahme;
		this.vorgaben = vorgaben;
		this.projekt = projekt;
	}

	/** The Akteurslandkarte as PNG (a note in the picture when there is none). */
	public byte[] netzwerkbild() {
		Akteurslandkarte karte = teilnahme.getAkteurslandkarte();
		return Netzwerkbild.png(karte != null ? karte : KursFactory.eINSTANCE.createAkteurslandkarte());
	}

	/** The rows of a table; an unknown name gives none. */
	@Override
	protected List<Map<String, Object>> zeilen(String name) {
		return switch (name) {
		case "teilnahme" -> List.of(teilnahme());
		case "module" -> teilnahme.getKurs().getModule().stream().map(this::modul).toList();
		case "checkliste" -> checkliste();
		case "anforderungen" -> Anforderungspruefung.pruefe(teilnahme, vorgaben, projekt).stream().map(Kursberichtsdaten::anforderung).toList();
		case "akteure" -> karte().getAkteure().stream().map(this::akteur).toList();
		case "kooperationen" -> karte().getKooperationen().stream().map(Kursberichtsdaten::kooperation).toList();
		default -> List.of();
		};
	}

	private Map<String, Object> teilnahme() {
		Kurs kurs = teilnahme.getKurs();
		Map<String, Object> zeile = new LinkedHashMap<>();
		zeile.put("teilnehmende", text(teilnahme.getTeilnehmende()));
		zeile.put("kurs", text(kurs.getTitel()));
		zeile.put("anbieter", text(kurs.getAnbieter()));
		zeile.put("umfang", umfang(kurs));
		zeile.put("zertifikat", text(kurs.getZertifikat()));
		zeile.put("erteiltAm", datum(teilnahme.getZertifikatErteiltAm()));
		zeile.put("praxisprojekt", projekt != null && projekt.getTitel() != null ? projekt.getTitel() : text(teilnahme.getPraxisprojekt()));
		zeile.put("gebuehr", gebuehr(kurs));
		zeile.put("anschluss", text(kurs.getAnschluss()));
		return zeile;
	}

	private Map<String, Object> modul(Modul modul) {
		Modulfortschritt fortschritt = teilnahme.getFortschritte().stream().filter(f -> f.getModul() == modul).findFirst().orElse(null);
		String stand = fortschritt == null || !fortschritt.isAbgeschlossen() ? Dokumentwoerter.wort("offen")
				: fortschritt.getAbgeschlossenAm() == null ? Dokumentwoerter.wort("abgeschlossen")
				: Dokumentwoerter.wort("abgeschlossenAm", datum(fortschritt.getAbgeschlossenAm()));
		Map<String, Object> zeile = new LinkedHashMap<>();
		zeile.put("modul", text(modul.getTitel()));
		zeile.put("stunden", modul.getStunden());
		zeile.put("stand", stand);
		return zeile;
	}

	private List<Map<String, Object>> checkliste() {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		for (Checkliste liste : Kursarbeit.checklisten(teilnahme.getKurs(), vorgaben)) {
			for (Pruefpunkt punkt : liste.getPunkte()) {
				Punktergebnis ergebnis = Kursarbeit.ergebnisOderNull(teilnahme, punkt);
				Map<String, Object> zeile = new LinkedHashMap<>();
				zeile.put("checkliste", text(liste.getTitel()));
				zeile.put("frage", text(punkt.getFrage()));
				zeile.put("stand", ergebnis != null && ergebnis.isErledigt() ? Dokumentwoerter.wort("erledigt") : Dokumentwoerter.wort("offen"));
				zeile.put("eintraege", ergebnis == null ? "" : String.join("; ", ergebnis.getEintraege()));
				zeile.put("notiz", ergebnis == null ? "" : text(ergebnis.getNotiz()));
				zeilen.add(zeile);
			}
		}
		return zeilen;
	}

	private static Map<String, Object> anforderung(Anforderungsstand stand) {
		Map<String, Object> zeile = new LinkedHashMap<>();
		zeile.put("anforderung", Bezeichnungen.von(stand.anforderung().getArt(), Locale.GERMAN));
		zeile.put("beschreibung", text(stand.anforderung().getBeschreibung()));
		zeile.put("erfuellt", stand.erfuellt() ? Dokumentwoerter.wort("ja") : Dokumentwoerter.wort("nein"));
		zeile.put("befund", stand.befund());
		return zeile;
	}

	private Map<String, Object> akteur(Akteur akteur) {
		List<String> merkmale = new ArrayList<>();
		merkmale.add(akteur.isEhrenamtlich() ? Dokumentwoerter.wort("ehrenamtlich") : Dokumentwoerter.wort("hauptamtlich"));
		if (akteur.isDigital()) {
			merkmale.add(Dokumentwoerter.wort("digital"));
		}
		if (akteur.isRahmengebend()) {
			merkmale.add(Dokumentwoerter.wort("rahmengebend"));
		}
		long verbindungen = karte().getKooperationen().stream().filter(k -> k.getVon() == akteur || k.getZu() == akteur).count();
		Map<String, Object> zeile = new LinkedHashMap<>();
		zeile.put("name", text(akteur.getName()));
		zeile.put("art", Bezeichnungen.von(akteur.getArt(), Locale.GERMAN));
		zeile.put("merkmale", String.join(", ", merkmale));
		zeile.put("ansprechperson", text(akteur.getAnsprechperson()));
		zeile.put("kooperationen", (int) verbindungen);
		return zeile;
	}

	private static Map<String, Object> kooperation(Netzwerkkooperation kooperation) {
		Map<String, Object> zeile = new LinkedHashMap<>();
		zeile.put("von", kooperation.getVon() == null ? "" : text(kooperation.getVon().getName()));
		zeile.put("zu", kooperation.getZu() == null ? "" : text(kooperation.getZu().getName()));
		zeile.put("form", kooperation.isSetForm() ? Bezeichnungen.von(kooperation.getForm(), Locale.GERMAN) : "");
		zeile.put("verbindlichkeit", Bezeichnungen.von(kooperation.getVerbindlichkeit(), Locale.GERMAN));
		zeile.put("ebenen", kooperation.getEbenen().stream().map(Bezeichnungen::von).collect(Collectors.joining(", ")));
		zeile.put("notiz", text(kooperation.getNotiz()));
		return zeile;
	}

	private Akteurslandkarte karte() {
		Akteurslandkarte karte = teilnahme.getAkteurslandkarte();
		return karte != null ? karte : KursFactory.eINSTANCE.createAkteurslandkarte();
	}

	private static String umfang(Kurs kurs) {
		List<String> teile = new ArrayList<>();
		if (kurs.getDauerMonate() != null) {
			teile.add(Dokumentwoerter.wort("monate", kurs.getDauerMonate()));
		}
		if (kurs.getUmfangStunden() != null) {
			teile.add(Dokumentwoerter.wort("stunden", kurs.getUmfangStunden()));
		}
		teile.add(Dokumentwoerter.wort("module", kurs.getModule().size()));
		return String.join(", ", teile);
	}

	private String gebuehr(Kurs kurs) {
		BigDecimal betrag = kurs.getGebuehr();
		if (betrag == null) {
			return "";
		}
		String euro = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(betrag);
		return teilnahme.isGebuehrBefreit() ? Dokumentwoerter.wort("befreit", euro) : euro;
	}

	private static String datum(Date datum) {
		return datum == null ? "" : Berichtstabellen.datum(datum.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
	}

}
