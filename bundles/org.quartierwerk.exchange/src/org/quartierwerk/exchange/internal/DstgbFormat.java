package org.quartierwerk.exchange.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.model.Adresse;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Wert;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps the DStGB example format (documented in {@code ../shared/data/README.md}) onto the model.
 * <p>
 * Texts are kept verbatim; structured fields are derived only where the printed text states them
 * unambiguously (a year, one inhabitant count, one percentage). Everything else stays unset rather
 * than guessed, and the full text is always kept beside it.
 * <p>
 * Größe: the whole mapping of one external format, field by field, with the patterns it derives values from. It is
 * read top to bottom beside the format's description, which a split would scatter; each method is short.
 */
final class DstgbFormat {

	private static final QuartierwerkFactory F = QuartierwerkFactory.eINSTANCE;

	private static final List<String> MONATE = List.of("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
			"september", "oktober", "november", "dezember");

	/** A date as printed: "1. Juli 2018", "Februar 2017", "2016". */
	private static final Pattern DATUM = Pattern.compile(
			"(?:(\\d{1,2})\\.\\s*)?(?:(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\s+)?((?:19|20)\\d{2})");

	/** A number of inhabitants: "2500 Einwohner", "circa 200 000 Einwohnern". */
	private static final Pattern EINWOHNER = Pattern.compile("(\\d{1,3}(?: \\d{3})+|\\d+)\\s+Einwohner");

	private static final Pattern PROZENT = Pattern.compile("(\\d+(?:,\\d+)?)[ -]Prozent");

	private static final Pattern ADRESSE = Pattern.compile("(.+),\\s*(\\d{5})\\s+(.+)");

	/** Quartiersart by the first keyword found in the text before any parenthesis. */
	private static final Map<Pattern, Quartiersart> QUARTIERSARTEN = ordered(
			"(?i)standort", Quartiersart.STANDORTE,
			"(?i)stadtteil|quartier", Quartiersart.STADTTEIL,
			"(?i)dorf", Quartiersart.DORF,
			"(?i)gemeinde", Quartiersart.GEMEINDE,
			"(?i)landkreis", Quartiersart.LANDKREIS,
			"(?i)region", Quartiersart.REGION,
			"(?i)stadt|gesamt", Quartiersart.STADT);

	/** Akteurstyp by keyword in the organisation's name, first match wins. */
	private static final Map<Pattern, Akteurstyp> AKTEURSTYPEN = ordered(
			"(?i)selbsthilfekontakt", Akteurstyp.SELBSTHILFEKONTAKTSTELLE,
			"(?i)selbsthilfe", Akteurstyp.SELBSTHILFEGRUPPE,
			"(?i)freiwilligenagentur", Akteurstyp.FREIWILLIGENAGENTUR,
			"(?i)mehrgenerationenhaus", Akteurstyp.MEHRGENERATIONENHAUS,
			"(?i)seniorenbeirat|seniorenrat", Akteurstyp.SENIORENBEIRAT,
			"(?i)pflegekasse|krankenkasse|\\bAOK\\b", Akteurstyp.KRANKEN_PFLEGEKASSE,
			"(?i)^(stadt|gemeinde|kommune|markt)\\b|(?-i)stadt [A-ZÄÖÜ]", Akteurstyp.KOMMUNE,
			"(?i)landkreis|kreis [A-ZÄÖÜ]", Akteurstyp.LANDKREIS,
			"(?i)volkshochschule|schule\\b|kindergarten|\\bkita\\b|bildung", Akteurstyp.BILDUNGSEINRICHTUNG,
			"(?i)hochschule|universität", Akteurstyp.HOCHSCHULE,
			"(?i)caritas|diakonie|diakonisch|arbeiterwohlfahrt|\\bAWO\\b|paritätisch|rotes kreuz|\\bDRK\\b",
			Akteurstyp.WOHLFAHRTSVERBAND,
			"(?i)kirche|pfarr|franziskaner|evangelisch|katholisch", Akteurstyp.KIRCHLICHE_ORGANISATION,
			"(?i)stiftung", Akteurstyp.STIFTUNG,
			"(?i)ministerium|behörd|amt\\b|ämter", Akteurstyp.BEHOERDE,
			"\\beG\\b|(?i)wohnungs|wohnbau|baugenossenschaft|sparverein", Akteurstyp.WOHNUNGSWIRTSCHAFT,
			"(?i)pflege|sozialstation|klinik|krankenhaus|ärzt|apotheke", Akteurstyp.GESUNDHEIT_PFLEGE,
			"(?i)verkehr", Akteurstyp.VERKEHRSBETRIEB,
			"\\bgGmbH\\b|(?i)träger", Akteurstyp.GEMEINNUETZIGER_TRAEGER,
			"e\\. ?V\\.|(?i)verein", Akteurstyp.VEREIN,
			"(?i)initiative|bürgergemeinschaft|nachbarschaft", Akteurstyp.BUERGERSCHAFTLICHE_INITIATIVE,
			"\\bGmbH\\b|\\bAG\\b|\\bmbH\\b", Akteurstyp.GEWERBLICHER_DIENSTLEISTER);

	/** Finanzierungsart by keyword, first match wins; tried on the funder's name, then with the kind of funding. */
	private static final Map<Pattern, Finanzierungsart> FINANZIERUNGSARTEN = ordered(
			"(?i)preisgeld|wettbewerb|\\bpreis\\b", Finanzierungsart.PREIS_WETTBEWERB,
			"(?i)aktion mensch|fernsehlotterie|hilfswerk|glücksspirale|lotterie", Finanzierungsart.SOZIALLOTTERIE,
			"(?i)mitgliedsbeitr", Finanzierungsart.MITGLIEDSBEITRAEGE,
			"(?i)spende", Finanzierungsart.SPENDEN,
			"(?i)kursgebühr|teilnahmegebühr|teilnehmende", Finanzierungsart.TEILNAHMEGEBUEHREN,
			// income for services rendered (DOMAIN: Eching earns ~73 % from Miete, Kassen, Gebühren) is Leistungsrecht
			"(?i)sozialleistungsträger|\\bSGB\\b|regelfinanzierung|erbrachten leistungen|eigenerwirtschaftung", Finanzierungsart.LEISTUNGSRECHT,
			"(?i)eigenmittel|einnahmen|hauptnutzer", Finanzierungsart.EIGENMITTEL,
			"(?i)pflegekasse|krankenkasse|sozialversicherung", Finanzierungsart.SOZIALVERSICHERUNG,
			"\\bEU\\b|\\bESF\\b|\\bEFRE\\b|(?i)europäisch|leader", Finanzierungsart.EU,
			"(?i)bundesministerium|^bund\\b|des bundes", Finanzierungsart.BUND,
			"(?i)stiftung", Finanzierungsart.STIFTUNG,
			"(?i)landkreis", Finanzierungsart.LANDKREIS,
			"(?i)^land\\b|landes|niedersächsisch|\\bZILE\\b", Finanzierungsart.LAND,
			"(?i)kommune|kommunal|\\bstadt\\b|gemeinde", Finanzierungsart.KOMMUNE,
			"\\beG\\b|(?i)wohnungs|entwicklungsgesellschaft", Finanzierungsart.WOHNUNGSWIRTSCHAFT,
			"(?i)sponsor", Finanzierungsart.SPONSORING,
			"(?i)crowdfunding", Finanzierungsart.CROWDFUNDING);

	/**
	 * Longest text that numbers and roles are derived from. The printed statements are short (under 150 characters);
	 * on a longer text some of the expressions here take time growing with the square of its length (a hostile file
	 * of some megabytes would keep an import busy for days), and a text that long states no single value anyway.
	 */
	static final int MAX_ABLEITUNG = 1000;

	private static final Pattern PROGRAMM = Pattern.compile("Programms?\\s+\u201E([^\u201C\u201D\"]{1,200})[\u201C\u201D\"]");

	/** A partner's role in a trailing parenthesis that starts in lower case: "Gemeinde X (fachliche Beratung)". */
	private static final Pattern ROLLE = Pattern.compile("^(.+?)\\s*\\(([a-zäöü][^)]*)\\)$");

	private DstgbFormat() {
	}

	/** Whether the JSON is in this format: an array of objects with a title and a Herausforderung, no EMF type. */
	static boolean matches(JsonNode root) {
		return root.isArray() && !root.isEmpty() && root.get(0).isObject() && root.get(0).has("titel")
				&& root.get(0).has("herausforderung") && !root.get(0).has("eClass");
	}

	static List<Praxisbeispiel> read(JsonNode root, String source) throws ExchangeException {
		List<Praxisbeispiel> beispiele = new ArrayList<>();
		int index = 0;
		for (JsonNode node : root) {
			index++;
			if (!node.isObject() || text(node, "titel") == null) {
				throw new ExchangeException(NLS.bind(Messages.dstgb_noTitle, source, index));
			}
			try {
				beispiele.add(beispiel(node));
			} catch (UngueltigerWert e) {
				throw new ExchangeException(NLS.bind(Messages.dstgb_unreadable, new Object[] { source, index, e.getMessage() }), e);
			} catch (RuntimeException e) {
				// a mapping step that failed unexpectedly: no library wording in front of the user
				throw new ExchangeException(NLS.bind(Messages.dstgb_unexpected, source, index), e);
			}
		}
		return beispiele;
	}

	private static Praxisbeispiel beispiel(JsonNode node) {
		Praxisbeispiel beispiel = F.createPraxisbeispiel();
		beispiel.setTitel(text(node, "titel"));
		herausforderung(text(node, "herausforderung")).ifPresent(beispiel::setHerausforderung);
		beispiel.setUnterthema(text(node, "unterthema"));
		Bezeichnungen.finde(Bundesland.class, text(node, "bundesland"), Locale.GERMAN).ifPresent(beispiel::setBundesland);
		beispiel.setQuartier(quartier(text(node, "quartiersgroesse")));
		beispiel.setLaufzeit(laufzeit(text(node, "laufzeit")));

		String traegerName = text(node, "traeger");
		if (traegerName != null) {
			Organisation traeger = organisation(traegerName);
			traeger.setWebsite(text(node, "website"));
			traeger.setAdresse(adresse(text(node, "adresse")));
			beispiel.getOrganisationen().add(traeger);
			beispiel.setTraeger(traeger);
		}
		for (JsonNode partner : iterable(node.get("kooperationspartner"))) {
			String name = partner.asText().strip();
			String rolle = null;
			Matcher mitRolle = ROLLE.matcher(name);
			if (name.length() <= MAX_ABLEITUNG && mitRolle.matches()) {
				name = mitRolle.group(1);
				rolle = mitRolle.group(2);
			}
			if (name.isEmpty()) {
				continue;
			}
			// the Träger listed among the partners (Ravensburg, Steinheim) cooperates as itself, not as a second organisation
			Organisation organisation = name.equals(traegerName) ? beispiel.getTraeger() : organisation(name);
			if (organisation != beispiel.getTraeger()) {
				beispiel.getOrganisationen().add(organisation);
			}
			Kooperation kooperation = F.createKooperation();
			kooperation.setPartner(organisation);
			kooperation.setRolle(rolle);
			beispiel.getKooperationen().add(kooperation);
		}

		String personal = text(node, "personal_quartiersmanagement");
		if (personal != null) {
			beispiel.getStellen().add(stelle(personal));
		}
		beispiel.setZieleText(text(node, "ziele"));
		beispiel.setArbeitsschritteText(text(node, "arbeitsschritte"));
		beispiel.setWirkungserfolge(text(node, "wirkungserfolge"));
		beispiel.setBesonderheit(text(node, "besonderheit"));
		beispiel.setBeteiligungText(text(node, "partizipationsstufe_hinweise"));
		beispiel.setFinanzierungText(text(node, "finanzierung"));
		beispiel.setQuelle(text(node, "quelle"));
		beispiel.setFinanzierungsplan(finanzierungsplan(node.get("finanzierungsquellen"), traegerName));
		return beispiel;
	}

	/** "4.2 Partizipation ermöglichen" → the Herausforderung numbered 4.2. */
	static Optional<Herausforderung> herausforderung(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher nummer = Pattern.compile("^\\s*4\\.([1-5])\\b").matcher(text);
		if (nummer.find()) {
			return Optional.of(Herausforderung.get(Integer.parseInt(nummer.group(1)) - 1));
		}
		return Bezeichnungen.finde(Herausforderung.class, text, Locale.GERMAN);
	}

	/** The Quartier as printed; Art and Einwohner only from a text of at most {@value #MAX_ABLEITUNG} characters. */
	static Quartier quartier(String text) {
		if (text == null) {
			return null;
		}
		Quartier quartier = F.createQuartier();
		quartier.setBeschreibung(text);
		if (text.length() > MAX_ABLEITUNG) {
			return quartier;
		}
		String vorKlammer = text.split("\\(", 2)[0];
		first(QUARTIERSARTEN, vorKlammer).ifPresent(quartier::setArt);
		if (!Pattern.compile("\\d\\s+bis\\s+\\d").matcher(text).find()) {
			List<Integer> zahlen = new ArrayList<>();
			Matcher einwohner = EINWOHNER.matcher(text);
			while (einwohner.find()) {
				String ziffern = einwohner.group(1).replace(" ", "");
				if (ziffern.length() > 9) {
					// no count of inhabitants; with one number unusable, the order of the others says nothing either
					return quartier;
				}
				zahlen.add(Integer.valueOf(ziffern));
			}
			if (!zahlen.isEmpty()) {
				quartier.setEinwohner(zahlen.get(0));
			}
			if (zahlen.size() == 2 && zahlen.get(1) > zahlen.get(0)) {
				quartier.setKommuneEinwohner(zahlen.get(1));
			}
		}
		return quartier;
	}

	/** Beginn and Ende where the text names dates; "seit …" is open-ended, "(vorerst)" provisional. Linear in the text. */
	static Laufzeit laufzeit(String text) {
		if (text == null) {
			return null;
		}
		Laufzeit laufzeit = F.createLaufzeit();
		laufzeit.setText(text);
		String[] teile = text.split("\\bbis\\b", 2);
		datum(teile[0]).ifPresent(laufzeit::setBeginn);
		if (teile.length == 2) {
			datum(teile[1]).ifPresent(laufzeit::setEnde);
		}
		// a yes/no only where the text says it; otherwise it stays "nicht angegeben"
		if (text.strip().toLowerCase(Locale.GERMAN).startsWith("seit")) {
			laufzeit.setOffen(Boolean.TRUE);
		} else if (laufzeit.getEnde() != null) {
			laufzeit.setOffen(Boolean.FALSE);
		}
		if (text.contains("vorerst")) {
			laufzeit.setVorlaeufig(Boolean.TRUE);
		}
		return laufzeit;
	}

	static Optional<Teildatum> datum(String text) {
		Matcher datum = DATUM.matcher(text);
		if (!datum.find()) {
			return Optional.empty();
		}
		int jahr = Integer.parseInt(datum.group(3));
		if (datum.group(2) == null) {
			return Optional.of(Teildatum.jahr(jahr));
		}
		int monat = MONATE.indexOf(datum.group(2).toLowerCase(Locale.GERMAN)) + 1;
		if (datum.group(1) == null) {
			return Optional.of(Teildatum.monat(jahr, monat));
		}
		try {
			return Optional.of(Teildatum.tag(LocalDate.of(jahr, monat, Integer.parseInt(datum.group(1)))));
		} catch (DateTimeException e) {
			// "31. Februar 2018" states no date; the text stays as printed
			return Optional.empty();
		}
	}

	static Organisation organisation(String name) {
		Organisation organisation = F.createOrganisation();
		organisation.setName(name);
		first(AKTEURSTYPEN, name).ifPresent(organisation::setAkteurstyp);
		return organisation;
	}

	static Adresse adresse(String text) {
		if (text == null) {
			return null;
		}
		Adresse adresse = F.createAdresse();
		Matcher teile = ADRESSE.matcher(text.strip());
		if (teile.matches()) {
			adresse.setStrasse(teile.group(1).strip());
			adresse.setPlz(teile.group(2));
			adresse.setOrt(teile.group(3).strip());
		} else {
			adresse.setOrt(text.strip());
		}
		return adresse;
	}

	/**
	 * One Stelle with the printed text; its Umfang only where a text of at most {@value #MAX_ABLEITUNG} characters names
	 * exactly one percentage, not "je", and one with a sensible number of digits.
	 */
	static Stelle stelle(String text) {
		Stelle stelle = F.createStelle();
		stelle.setFunktion(text);
		if (text.contains("ehrenamtlich")) {
			stelle.setEhrenamtlich(Boolean.TRUE);
		}
		if (text.length() > MAX_ABLEITUNG) {
			return stelle;
		}
		Matcher prozent = PROZENT.matcher(text);
		List<String> werte = new ArrayList<>();
		while (prozent.find()) {
			werte.add(prozent.group(1));
		}
		if (werte.size() == 1 && !Pattern.compile("\\bje\\b").matcher(text).find()) {
			BigDecimal umfang = new BigDecimal(werte.get(0).replace(',', '.'));
			if (QuartierwerkResources.rechenbar(umfang)) {
				stelle.setUmfangProzent(umfang);
			}
		}
		return stelle;
	}

	/** A project-own source per funder, and one Anteil each with the share or amount the text gives. */
	static Finanzierungsplan finanzierungsplan(JsonNode quellen, String traeger) {
		Finanzierungsplan plan = F.createFinanzierungsplan();
		for (JsonNode eintrag : iterable(quellen)) {
			String geber = text(eintrag, "geber");
			if (geber == null) {
				continue;
			}
			String art = text(eintrag, "art");
			Finanzierungsquelle quelle = F.createFinanzierungsquelle();
			quelle.setName(geber);
			quelle.setGeber(geber);
			// the printed kind of funding describes the money; a programme only where the text names one
			quelle.setBeschreibung(art);
			quelle.setProgramm(art == null ? null : programm(art));
			if (geber.equals(traeger) || geber.equals("Träger")) {
				quelle.setArt(Finanzierungsart.EIGENMITTEL);
			} else {
				first(FINANZIERUNGSARTEN, geber).or(() -> art == null ? Optional.empty() : first(FINANZIERUNGSARTEN, art))
						.ifPresent(quelle::setArt);
			}
			plan.getQuellen().add(quelle);

			Finanzierungsanteil anteil = F.createFinanzierungsanteil();
			anteil.setQuelle(quelle);
			// no status: the texts say that money flows, not whether it was applied for, granted or paid out
			anteil.setAnteilProzent(zahl(eintrag.get("anteil_prozent"), "anteil_prozent"));
			BigDecimal betrag = zahl(eintrag.get("betrag_eur"), "betrag_eur");
			if (betrag != null && quelle.isSetArt() && quelle.getArt() == Finanzierungsart.TEILNAHMEGEBUEHREN) {
				// a fee is paid per person ("einmalige Kursgebühr" of 50 € in BiQ): no amount of the project; the text keeps it
				quelle.setBeschreibung((art == null ? geber : art) + ": " + Wert.genau(betrag).text(Locale.GERMAN, true));
			} else {
				anteil.setBetrag(betrag);
			}
			plan.getAnteile().add(anteil);
		}
		return plan;
	}

	/** "… im Rahmen des Programms „Wohnen und Pflege im Alter“ …" → the quoted name; null when no programme is named. */
	static String programm(String text) {
		Matcher programm = PROGRAMM.matcher(text);
		return programm.find() ? programm.group(1).strip() : null;
	}

	private static <T> Optional<T> first(Map<Pattern, T> byPattern, String text) {
		return byPattern.entrySet().stream().filter(e -> e.getKey().matcher(text).find()).map(Map.Entry::getValue).findFirst();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.isTextual() ? value.textValue() : value.toString();
		return text.isBlank() ? null : text.strip();
	}

	private static BigDecimal zahl(JsonNode value, String feld) {
		if (value == null || !value.isNumber()) {
			return null;
		}
		if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
			throw new UngueltigerWert(NLS.bind(Messages.dstgb_numberTooLong, feld, QuartierwerkResources.MAX_STELLEN_VOR_DEM_KOMMA));
		}
		return value.decimalValue();
	}

	private static Iterable<JsonNode> iterable(JsonNode array) {
		return array == null || !array.isArray() ? List.of() : array;
	}

	/** A value of the file that cannot be taken over; the message says which, in German. */
	private static final class UngueltigerWert extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UngueltigerWert(String meldung) {
			super(meldung);
		}
	}

	/** An insertion-ordered map from alternating regular expressions and values. */
	@SuppressWarnings("unchecked")
	private static <T> Map<Pattern, T> ordered(Object... patternsAndValues) {
		Map<Pattern, T> map = new LinkedHashMap<>();
		for (int i = 0; i < patternsAndValues.length; i += 2) {
			map.put(Pattern.compile((String) patternsAndValues[i]), (T) patternsAndValues[i + 1]);
		}
		return map;
	}
}
