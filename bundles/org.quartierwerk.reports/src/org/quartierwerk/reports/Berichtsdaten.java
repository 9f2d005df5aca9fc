package org.quartierwerk.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.quartierwerk.model.Adresse;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.analyse.Einsparungskennzahlen;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.model.analyse.Finanzverlauf;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.model.validierung.Validierung;

/**
 * The model as tables for report templates. A template's scripted data set reads a table by name,
 * row by row: {@code daten.anzahl("finanzierung")} and {@code daten.wert("finanzierung", i, "betrag")},
 * with {@code daten = reportContext.getAppContext().get("quartierwerk")}. Values are texts, whole
 * numbers and amounts ({@link BigDecimal}). Missing mandatory
 * data is a visible gap ({@link #FEHLT}) in the table and a {@link #hinweise() Hinweis}.
 * <p>
 * Größe: one small builder per table the templates read (Stammdaten, Texte, Ziele, Finanzierung, Profil, …), kept
 * in the class whose name the templates' scripts use, so that a template author finds every table and column in
 * one file.
 */
public final class Berichtsdaten extends Berichtstabellen {

	/** Key under which templates find this object in the report's application context. */
	public static final String APP_CONTEXT_KEY = "quartierwerk";

	/** Text of a gap in the document where mandatory data is missing. */
	public static final String FEHLT = "[fehlt]";

	/** What a document prints for a value the project does not record (the one rule for data that is not there). */
	public static final String NICHT_ANGEGEBEN = "nicht angegeben";

	/** The part of a financing that the stated percentages leave open. */
	public static final String OHNE_ANGABE = "ohne Angabe";

	private static final BigDecimal HUNDERT = new BigDecimal("100");
	private static final DateTimeFormatter MONAT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN);
	/** What "je ein Drittel" (3 × 33,33 %) leaves open is rounding, not an unknown source. */
	private static final BigDecimal RUNDUNGSREST = new BigDecimal("0.5");

	private final List<Praxisbeispiel> beispiele;
	private final List<String> hinweise = new ArrayList<>();
	private final boolean entwurf;
	/** The Fehler of each project that has any, for the mark of each project in a collection. */
	private final Map<Praxisbeispiel, List<String>> fehlerJeBeispiel = new HashMap<>();
	private final Partizipationsmodell modell;

	/**
	 * @param beispiele the project, or the collection
	 * @param modelle   ids of the installed participation models, for validation
	 * @param modell    the participation model of the collection's profile; null for none
	 */
	public Berichtsdaten(List<Praxisbeispiel> beispiele, Collection<String> modelle, Partizipationsmodell modell) {
		this.beispiele = List.copyOf(beispiele);
		this.modell = modell;
		boolean fehlerhaft = false;
		for (Praxisbeispiel beispiel : beispiele) {
			List<String> fehler = Validierung.meldungen(Validierung.pruefe(beispiel, modelle), Diagnostic.ERROR);
			if (!fehler.isEmpty()) {
				fehlerhaft = true;
				fehlerJeBeispiel.put(beispiel, fehler);
				fehler.forEach(m -> hinweise.add(titel(beispiel) + ": " + m));
			}
		}
		entwurf = fehlerhaft;
	}

	/** Whether a Praxisbeispiel fails validation, so the document is only a draft. */
	public boolean istEntwurf() {
		return entwurf;
	}

	/**
	 * Whether the page header marks the whole document as ENTWURF: only a report on one project with Fehler; a collection
	 * marks each such project in its list instead ({@code pruefung} of the table {@code projekte}).
	 */
	public boolean entwurfImKopf() {
		return entwurf && beispiele.size() == 1;
	}

	/** Whether a table has no rows; a template hides it then and says {@link #NICHT_ANGEGEBEN} under its heading. */
	public boolean leer(String tabelle) {
		return anzahl(tabelle) == 0;
	}

	/** Whether no row of a table has that value in that column, e.g. {@code leer("texte", "abschnitt", "Ziele")}. */
	public boolean leer(String tabelle, String spalte, String wert) {
		return tabelle(tabelle).stream().noneMatch(z -> Objects.equals(String.valueOf(z.get(spalte)), wert));
	}

	/** An amount as documents print it: "297.000 €", "1.234,50 €"; {@link #NICHT_ANGEGEBEN} for none. */
	public String betrag(Object wert) {
		BigDecimal zahl = dezimal(wert);
		return zahl == null ? NICHT_ANGEGEBEN : Zahlen.betrag(zahl);
	}

	/** A number as documents print it: "1.500", "33,3"; {@link #NICHT_ANGEGEBEN} for none. */
	public String zahl(Object wert) {
		BigDecimal zahl = dezimal(wert);
		return zahl == null ? NICHT_ANGEGEBEN : Zahlen.zahl(zahl);
	}

	private static BigDecimal dezimal(Object wert) {
		if (wert instanceof BigDecimal b) {
			return b;
		}
		if (wert instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		return null;
	}

	/** The document title of an application to a Kommune: an Antrag, or for a project that has begun a Fortsetzungsantrag. */
	public String antragstitel() {
		return begonnen() ? "Fortsetzungsantrag auf kommunale Zuwendung" : "Antrag auf kommunale Zuwendung";
	}

	/**
	 * The declarations of an application to a Kommune, each true for the project's data. A project that began before
	 * today does not declare that it has not begun: its application continues it, and the new period's measures wait for
	 * the grant or for the consent to an early start (vorzeitiger Maßnahmebeginn), as the funding rules ask. Where the
	 * begin is not recorded, the applicant ticks the true one before signing. The financing is declared secured only
	 * when the plan shows it (Ausgaben recorded and covered); otherwise the text says what is missing.
	 */
	public String erklaerung() {
		StringBuilder text = new StringBuilder();
		List<String> erklaert = new ArrayList<>();
		Laufzeit laufzeit = beispiele.size() == 1 ? beispiele.get(0).getLaufzeit() : null;
		if (laufzeit == null || laufzeit.getBeginn() == null) {
			text.append("Der Beginn des Vorhabens ist nicht angegeben; vor der Unterschrift ankreuzen: \u2610 Mit dem Vorhaben wurde "
					+ "noch nicht begonnen. \u2610 Mit dem Vorhaben wurde am ______________ begonnen. ");
			erklaert.add("dass ein vorzeitiger Maßnahmebeginn nur mit Zustimmung der Bewilligungsbehörde erfolgt");
		} else if (begonnen()) {
			// "begonnen", not "läuft": a Laufzeit may have ended, and the sentence holds either way
			text.append("Mit dem Vorhaben wurde " + beginn() + " begonnen; dieser Antrag ist ein Fortsetzungs- bzw. Anschlussantrag "
					+ "für seine weitere Förderung. ");
			erklaert.add("dass die Maßnahmen des beantragten Förderzeitraums erst nach der Bewilligung beginnen, vorher nur mit "
					+ "Zustimmung der Bewilligungsbehörde zum vorzeitigen Maßnahmebeginn");
		} else {
			erklaert.add("dass mit dem Vorhaben noch nicht begonnen wurde und ein vorzeitiger Maßnahmebeginn nur mit Zustimmung "
					+ "der Bewilligungsbehörde erfolgt");
		}
		erklaert.add("dass die Angaben in diesem Antrag vollständig und richtig sind");
		String finanzierung = finanzierungNichtGesichert();
		if (finanzierung == null) {
			erklaert.add("dass die Gesamtfinanzierung unter Einbeziehung der beantragten Zuwendung gesichert ist");
		}
		erklaert.add("dass weitere Zuwendungen für dasselbe Vorhaben angezeigt werden");
		text.append("Der Antragsteller erklärt, ").append(String.join("; ", erklaert)).append('.');
		if (finanzierung != null) {
			text.append(' ').append(finanzierung);
		}
		return text.toString();
	}

	/**
	 * Why the plan does not show the financing as secured, or null when it does: Ausgaben recorded, every Anteil with its
	 * amount, and the Ausgaben covered.
	 */
	private String finanzierungNichtGesichert() {
		Finanzierungsplan plan = beispiele.size() == 1 ? beispiele.get(0).getFinanzierungsplan() : null;
		if (!Finanzkennzahlen.ausgabenErfasst(plan)) {
			return "Die Gesamtfinanzierung ist in diesem Antrag nicht dargelegt: der Finanzierungsplan nennt keine Ausgaben.";
		}
		long ohneBetrag = plan.getAnteile().stream()
				.filter(a -> a.getBetrag() == null && Finanzverlauf.status(a).orElse(null) != Bewilligungsstatus.ABGELEHNT).count();
		if (ohneBetrag > 0) {
			// without every amount a gap would be computed from part of the funding: not a true figure
			return "Die Gesamtfinanzierung ist in diesem Antrag nicht vollständig dargelegt: für " + ohneBetrag
					+ (ohneBetrag == 1 ? " Finanzierungsanteil ist" : " Finanzierungsanteile ist") + " kein Betrag angegeben.";
		}
		BigDecimal luecke = Finanzkennzahlen.von(plan).luecke();
		return luecke.signum() > 0
				? "Die Gesamtfinanzierung ist noch nicht gesichert: es fehlen " + betrag(luecke) + "."
				: null;
	}

	/** Whether the one project began before today, by its Laufzeit; a begin that may lie today or later is not "begun". */
	private boolean begonnen() {
		Laufzeit laufzeit = beispiele.size() == 1 ? beispiele.get(0).getLaufzeit() : null;
		return laufzeit != null && laufzeit.getBeginn() != null && laufzeit.getBeginn().letzter().isBefore(LocalDate.now());
	}

	private String beginn() {
		Teildatum beginn = beispiele.get(0).getLaufzeit().getBeginn();
		return switch (beginn.genauigkeit()) {
		case JAHR -> "im Jahr " + beginn.erster().getYear();
		case MONAT -> "im " + beginn.erster().format(MONAT);
		default -> "am " + Berichtstabellen.datum(beginn.erster());
		};
	}

	/**
	 * The Einsparungen of the one project, one line each with what was recorded, then Σ Einsparungen, Präventionsfaktor
	 * (always with the caveat) and Netto-Konsolidierung – each only when computed from recorded data, never a 0,00 € for
	 * what was not recorded; empty when no Einsparung is recorded, so the template leaves the block out
	 * (docs/fachmodell.md §4.1).
	 */
	public String einsparungen() {
		if (beispiele.size() != 1 || beispiele.get(0).getEinsparungen().isEmpty()) {
			return "";
		}
		List<String> zeilen = new ArrayList<>();
		for (Einsparung einsparung : beispiele.get(0).getEinsparungen()) {
			StringBuilder zeile = new StringBuilder("Einsparung");
			if (einsparung.getBezeichnung() != null && !einsparung.getBezeichnung().isBlank()) {
				zeile.append(" „").append(einsparung.getBezeichnung().strip()).append('“');
			}
			zeile.append(": ").append(betrag(einsparung.getBetrag()));
			Laufzeit zeitraum = einsparung.getZeitraum();
			if (zeitraum != null && (zeitraum.getBeginn() != null || zeitraum.getEnde() != null)) {
				zeile.append(" (").append(zeitraum.getBeginn() == null ? "" : zeitraum.getBeginn()).append('–')
						.append(zeitraum.getEnde() == null ? "" : zeitraum.getEnde()).append(')');
			}
			if (Boolean.TRUE.equals(einsparung.getMitVorbehalt())) {
				zeile.append(", mit Vorbehalt");
			}
			if (einsparung.getBerechnung() != null && !einsparung.getBerechnung().isBlank()) {
				zeile.append("; Berechnung: ").append(einsparung.getBerechnung().strip());
			}
			if (einsparung.getQuelle() != null && !einsparung.getQuelle().isBlank()) {
				zeile.append("; Quelle: ").append(einsparung.getQuelle().strip());
			}
			zeilen.add(zeile.toString());
		}
		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(beispiele.get(0));
		if (zahlen.einsparungen() != null && beispiele.get(0).getEinsparungen().size() > 1) {
			zeilen.add("Einsparungen gesamt: " + betrag(zahlen.einsparungen()));
		}
		if (zahlen.praeventionsfaktor() != null) {
			zeilen.add("Präventionsfaktor (Einsparungen ÷ Ausgaben): " + zahl(zahlen.praeventionsfaktor())
					+ " – mit Vorbehalt: Präventionswirkungen sind selten monokausal nachweisbar");
		}
		if (zahlen.nettoKonsolidierung() != null) {
			zeilen.add("Netto-Konsolidierung (Einsparungen − Personalkosten): " + betrag(zahlen.nettoKonsolidierung()));
		}
		return String.join("\n", zeilen);
	}

	/** Missing data and validation errors found while preparing the tables, German. */
	public List<String> hinweise() {
		return List.copyOf(hinweise);
	}

	/** The Träger block of the page header: name and address of the one project's Träger, or the collection's size. */
	public String traegerblock() {
		if (beispiele.size() != 1) {
			return "Sammlung von " + beispiele.size() + " Praxisbeispielen";
		}
		Organisation traeger = beispiele.get(0).getTraeger();
		if (traeger == null) {
			return "Träger " + FEHLT;
		}
		String adresse = adresse(traeger.getAdresse());
		return adresse.isEmpty() ? text(traeger.getName()) : text(traeger.getName()) + ", " + adresse;
	}

	/** Today's date as printed in documents, e.g. "30. November 2026". */
	public String heute() {
		return Berichtstabellen.datum(LocalDate.now());
	}

	/** The rows of a table; an unknown name gives no rows and a Hinweis. */
	@Override
	protected List<Map<String, Object>> zeilen(String name) {
		Praxisbeispiel beispiel = beispiele.isEmpty() ? QuartierwerkFactory.eINSTANCE.createPraxisbeispiel() : beispiele.get(0);
		return switch (name) {
		case "stammdaten" -> List.of(stammdaten(beispiel));
		case "texte" -> texte(beispiel);
		case "stellen" -> zeilen(beispiel.getStellen(), Berichtsdaten::stelle);
		case "kooperationen" -> zeilen(beispiel.getKooperationen(), Berichtsdaten::kooperation);
		case "arbeitsschritte" -> zeilen(beispiel.getArbeitsschritte(), Berichtsdaten::arbeitsschritt);
		case "ziele" -> ziele(beispiel);
		case "beteiligung" -> zeilen(beispiel.getBeteiligungen(), Berichtsdaten::beteiligung);
		case "ausgaben" -> zeilen(plan(beispiel).getAusgaben(), Berichtsdaten::ausgabe);
		case "finanzierung" -> zeilen(plan(beispiel).getAnteile(), Berichtsdaten::anteil);
		case "summen" -> List.of(summen(plan(beispiel)));
		case "ausgabenJeKategorie" -> ausgabenJeKategorie(plan(beispiel));
		case "finanzierungJeQuelle" -> finanzierungJeQuelle(plan(beispiel));
		case "profil" -> profil();
		case "projekte" -> zeilen(beispiele, this::projekt);
		case "zaehlung" -> zaehlung();
		default -> {
			hinweise.add("Die Vorlage fragt nach der unbekannten Tabelle \u201E" + name + "\u201C.");
			yield List.of();
		}
		};
	}

	private Map<String, Object> stammdaten(Praxisbeispiel beispiel) {
		Map<String, Object> zeile = new LinkedHashMap<>();
		zeile.put("titel", pflicht(beispiel, beispiel.getTitel(), "Titel"));
		zeile.put("kurzbeschreibung", angabe(beispiel.getKurzbeschreibung()));
		zeile.put("herausforderung", beispiel.isSetHerausforderung() ? Bezeichnungen.von(beispiel.getHerausforderung(), Locale.GERMAN)
				: pflicht(beispiel, null, "Herausforderung"));
		zeile.put("unterthema", angabe(beispiel.getUnterthema()));
		zeile.put("bundesland", beispiel.isSetBundesland() ? Bezeichnungen.von(beispiel.getBundesland(), Locale.GERMAN)
				: pflicht(beispiel, null, "Bundesland"));
		Quartier quartier = beispiel.getQuartier();
		zeile.put("quartier", quartier == null ? NICHT_ANGEGEBEN : angabe(quartier.getBeschreibung()));
		zeile.put("quartiersart", quartier != null && quartier.isSetArt() ? Bezeichnungen.von(quartier.getArt(), Locale.GERMAN) : NICHT_ANGEGEBEN);
		zeile.put("einwohner", quartier == null ? null : quartier.getEinwohner());
		zeile.put("laufzeit", angabe(laufzeit(beispiel.getLaufzeit())));
		Organisation traeger = beispiel.getTraeger();
		zeile.put("traeger", traeger == null ? pflicht(beispiel, null, "Träger") : traeger(beispiel));
		zeile.put("traegerAdresse", traeger == null ? NICHT_ANGEGEBEN : angabe(adresse(traeger.getAdresse())));
		zeile.put("traegerWebsite", traeger == null ? NICHT_ANGEGEBEN : angabe(text(traeger.getWebsite())));
		zeile.put("traegerAnsprechperson", traeger == null ? NICHT_ANGEGEBEN : angabe(text(traeger.getAnsprechperson())));
		zeile.put("zielgruppen", angabe(String.join(", ", beispiel.getZielgruppen())));
		zeile.put("handlungsfelder", angabe(beispiel.getHandlungsfelder().stream().map(Bezeichnungen::von).collect(Collectors.joining(", "))));
		zeile.put("quelle", angabe(beispiel.getQuelle()));
		return zeile;
	}

	private static List<Map<String, Object>> texte(Praxisbeispiel beispiel) {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		abschnitt(zeilen, "Ziele", beispiel.getZieleText());
		abschnitt(zeilen, "Arbeitsschritte", beispiel.getArbeitsschritteText());
		abschnitt(zeilen, "Wirkungserfolge", beispiel.getWirkungserfolge());
		abschnitt(zeilen, "Beteiligung", beispiel.getBeteiligungText());
		abschnitt(zeilen, "Besonderheit", beispiel.getBesonderheit());
		abschnitt(zeilen, "Finanzierung", beispiel.getFinanzierungText());
		return zeilen;
	}

	private static void abschnitt(List<Map<String, Object>> zeilen, String ueberschrift, String text) {
		if (text != null && !text.isBlank()) {
			zeilen.add(zeile("abschnitt", ueberschrift, "text", text));
		}
	}

	private static Map<String, Object> stelle(Stelle stelle) {
		return zeile("funktion", text(stelle.getFunktion()), "umfang", stelle.getUmfangProzent(), "ehrenamtlich",
				jaNein(stelle.getEhrenamtlich()), "finanziertDurch",
				stelle.getFinanziertDurch() == null ? "" : text(stelle.getFinanziertDurch().getName()));
	}

	private static Map<String, Object> kooperation(Kooperation kooperation) {
		Organisation partner = kooperation.getPartner();
		return zeile("partner", partner == null ? FEHLT : text(partner.getName()), "akteurstyp",
				partner != null && partner.isSetAkteurstyp() ? Bezeichnungen.von(partner.getAkteurstyp(), Locale.GERMAN) : "", "rolle",
				text(kooperation.getRolle()), "form", kooperation.isSetForm() ? Bezeichnungen.von(kooperation.getForm(), Locale.GERMAN) : "");
	}

	private static Map<String, Object> arbeitsschritt(Arbeitsschritt schritt) {
		return zeile("titel", text(schritt.getTitel()), "status", bezeichnung(schritt, Literals.ARBEITSSCHRITT__STATUS), "datum",
				schritt.getDatum() == null ? "" : schritt.getDatum().toString(), "beschreibung", text(schritt.getBeschreibung()));
	}

	/** The Zielpyramide depth first, each Ziel with its first Kennzahl if any. */
	private static List<Map<String, Object>> ziele(Praxisbeispiel beispiel) {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		beispiel.getZiele().forEach(ziel -> ziel(zeilen, ziel, 0));
		return zeilen;
	}

	private static void ziel(List<Map<String, Object>> zeilen, Ziel ziel, int tiefe) {
		Kennzahl kennzahl = ziel.getKennzahlen().isEmpty() ? null : ziel.getKennzahlen().get(0);
		zeilen.add(zeile("titel", text(ziel.getTitel()), "tiefe", tiefe, "ebene", bezeichnung(ziel, Literals.ZIEL__EBENE), "typ",
				bezeichnung(ziel, Literals.ZIEL__TYP), "termin", ziel.getTermin() == null ? "" : ziel.getTermin().toString(), "indikator",
				kennzahl == null ? "" : text(kennzahl.getIndikator()), "zielwert",
				kennzahl == null || kennzahl.getZielwert() == null ? "" : Zahlen.mitEinheit(kennzahl.getZielwert(), text(kennzahl.getEinheit()))));
		ziel.getUnterziele().forEach(unterziel -> ziel(zeilen, unterziel, tiefe + 1));
	}

	private static Map<String, Object> beteiligung(Beteiligung beteiligung) {
		boolean mitStufe = beteiligung.getStufe() != null && !beteiligung.getStufe().eIsProxy();
		return zeile("phase", bezeichnung(beteiligung, Literals.BETEILIGUNG__PHASE), "stufe", mitStufe ? text(beteiligung.getStufe().getName()) : FEHLT,
				"rang", mitStufe ? beteiligung.getStufe().getRang() : null, "zielgruppe", text(beteiligung.getZielgruppe()), "format",
				text(beteiligung.getFormat()));
	}

	private static Map<String, Object> ausgabe(Ausgabeposition ausgabe) {
		return zeile("kategorie", bezeichnung(ausgabe, Literals.AUSGABEPOSITION__KATEGORIE), "jahr", ausgabe.getJahr(), "bezeichnung",
				text(ausgabe.getBezeichnung()), "betrag", ausgabe.getBetrag(), "zuwendungsfaehig",
				jaNein(ausgabe.getZuwendungsfaehig()));
	}

	private static Map<String, Object> anteil(Finanzierungsanteil anteil) {
		boolean mitQuelle = anteil.getQuelle() != null;
		return zeile("quelle", mitQuelle ? text(anteil.getQuelle().getName()) : FEHLT, "art",
				mitQuelle && anteil.getQuelle().isSetArt() ? Bezeichnungen.von(anteil.getQuelle().getArt(), Locale.GERMAN) : "", "programm",
				mitQuelle ? text(anteil.getQuelle().getProgramm()) : "", "jahr", anteil.getJahr(), "betrag", anteil.getBetrag(),
				"anteilProzent", anteil.getAnteilProzent(), "status", bezeichnung(anteil, Literals.FINANZIERUNGSANTEIL__STATUS));
	}

	/**
	 * The plan's figures; a sum over nothing recorded is no figure: without an Ausgabe with a Betrag there are no
	 * Ausgaben and no Lücke, without a Finanzierungsanteil with a Betrag no Finanzierung (null, printed "nicht angegeben").
	 */
	private static Map<String, Object> summen(Finanzierungsplan plan) {
		Finanzkennzahlen zahlen = Finanzkennzahlen.von(plan);
		boolean ausgaben = Finanzkennzahlen.ausgabenErfasst(plan);
		boolean finanzierung = Finanzkennzahlen.finanzierungErfasst(plan);
		return zeile("ausgaben", ausgaben ? zahlen.ausgaben() : null, "finanzierung", finanzierung ? zahlen.finanzierung() : null,
				"zuwendungen", finanzierung ? zahlen.zuwendungen() : null, "eigenanteil", finanzierung ? zahlen.eigenanteil() : null,
				"foerderquote", zahlen.foerderquote() == null || !finanzierung ? null : zahlen.foerderquote().setScale(1, RoundingMode.HALF_UP),
				"luecke", ausgaben && finanzierung ? zahlen.luecke() : null);
	}

	/** Ausgaben summed per Kategorie and Jahr, in the order of the categories. */
	private static List<Map<String, Object>> ausgabenJeKategorie(Finanzierungsplan plan) {
		Map<List<Object>, BigDecimal> summen = new TreeMap<>(Comparator.comparing((List<Object> k) -> ((Integer) k.get(0)))
				.thenComparing(k -> k.get(2) == null ? Integer.MIN_VALUE : (Integer) k.get(2)));
		for (Ausgabeposition ausgabe : plan.getAusgaben()) {
			if (ausgabe.getBetrag() != null) {
				int ordnung = ausgabe.isSetKategorie() ? ausgabe.getKategorie().getValue() : Integer.MAX_VALUE;
				summen.merge(Arrays.asList(ordnung, bezeichnung(ausgabe, Literals.AUSGABEPOSITION__KATEGORIE), ausgabe.getJahr()), ausgabe.getBetrag(),
						BigDecimal::add);
			}
		}
		List<Map<String, Object>> zeilen = new ArrayList<>();
		summen.forEach((k, betrag) -> zeilen.add(zeile("kategorie", String.valueOf(k.get(1)).isEmpty() ? "ohne Kategorie" : k.get(1),
				"jahr", k.get(2), "betrag", betrag)));
		return zeilen;
	}

	/** Finanzierung summed per source, with its share of the whole; rejected shares do not count. */
	/**
	 * Sum and share per source (rejected grants left out). The share comes from the amounts when every share has one,
	 * otherwise from the stated percentages, as many plans (e.g. the DStGB examples) give only "je ein Drittel"; what
	 * the percentages leave open up to 100 % is its own row, so a chart never inflates the known shares.
	 */
	private static List<Map<String, Object>> finanzierungJeQuelle(Finanzierungsplan plan) {
		List<Finanzierungsanteil> gueltig = plan.getAnteile().stream()
				.filter(a -> Finanzverlauf.status(a).orElse(null) != Bewilligungsstatus.ABGELEHNT).toList();
		boolean alleBetraege = gueltig.stream().allMatch(a -> a.getBetrag() != null);
		Map<String, BigDecimal> betraege = new LinkedHashMap<>();
		Map<String, BigDecimal> prozente = new LinkedHashMap<>();
		Map<String, String> arten = new LinkedHashMap<>();
		Map<String, Boolean> betragBekannt = new HashMap<>();
		for (Finanzierungsanteil anteil : gueltig) {
			String quelle = anteil.getQuelle() == null ? FEHLT : text(anteil.getQuelle().getName());
			arten.putIfAbsent(quelle, anteil.getQuelle() == null ? "" : bezeichnung(anteil.getQuelle(), Literals.FINANZIERUNGSQUELLE__ART));
			betragBekannt.merge(quelle, anteil.getBetrag() != null, Boolean::logicalAnd);
			betraege.merge(quelle, anteil.getBetrag() == null ? BigDecimal.ZERO : anteil.getBetrag(), BigDecimal::add);
			prozente.merge(quelle, anteil.getAnteilProzent() == null ? BigDecimal.ZERO : anteil.getAnteilProzent(), BigDecimal::add);
		}
		BigDecimal gesamt = betraege.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean mitProzent = !alleBetraege && gueltig.stream().allMatch(a -> a.getAnteilProzent() != null);
		List<Map<String, Object>> zeilen = new ArrayList<>();
		for (String quelle : arten.keySet()) {
			BigDecimal anteil = alleBetraege && gesamt.signum() != 0
					? betraege.get(quelle).multiply(HUNDERT).divide(gesamt, 1, RoundingMode.HALF_UP)
					: mitProzent ? prozente.get(quelle) : null;
			zeilen.add(zeile("quelle", quelle, "art", arten.get(quelle), "betrag", betragBekannt.get(quelle) ? betraege.get(quelle) : null,
					"anteil", anteil));
		}
		BigDecimal rest = HUNDERT.subtract(prozente.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		if (mitProzent && rest.compareTo(RUNDUNGSREST) > 0) {
			zeilen.add(zeile("quelle", OHNE_ANGABE, "art", "", "betrag", null, "anteil", rest));
		}
		return zeilen;
	}

	/** Share of the collection's projects reaching each Stufe of the model, per Projektphase (as in the DHW figures). */
	private List<Map<String, Object>> profil() {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		if (modell == null) {
			return zeilen;
		}
		Sammlung.partizipationsprofil(beispiele, modell).forEach((phase, stufen) -> stufen.forEach((stufe, anteil) -> zeilen
				.add(zeile("phase", Bezeichnungen.von(phase, Locale.GERMAN), "stufe", text(stufe.getName()), "rang", stufe.getRang(), "anteil", anteil))));
		return zeilen;
	}

	private Map<String, Object> projekt(Praxisbeispiel beispiel) {
		return zeile("titel", titel(beispiel), "herausforderung", bezeichnung(beispiel, Literals.PRAXISBEISPIEL__HERAUSFORDERUNG), "bundesland",
				bezeichnung(beispiel, Literals.PRAXISBEISPIEL__BUNDESLAND), "traeger", beispiel.getTraeger() == null ? FEHLT : text(beispiel.getTraeger().getName()),
				"laufzeit", laufzeit(beispiel.getLaufzeit()), "pruefung", pruefung(beispiel));
	}

	/** The mark of a project with Fehler in a collection, "ENTWURF – Fehler: " and the Fehler; empty for a project without. */
	private String pruefung(Praxisbeispiel beispiel) {
		List<String> fehler = fehlerJeBeispiel.get(beispiel);
		return fehler == null ? "" : "ENTWURF \u2013 Fehler: " + String.join("; ", fehler);
	}

	private List<Map<String, Object>> zaehlung() {
		List<Map<String, Object>> zeilen = new ArrayList<>();
		Sammlung.anzahlJeHerausforderung(beispiele).forEach((wert, n) -> zeilen.add(zeile("merkmal", "Herausforderung", "wert",
				Bezeichnungen.von(wert, Locale.GERMAN), "anzahl", n.intValue())));
		Sammlung.anzahlJeBundesland(beispiele).forEach((wert, n) -> zeilen.add(zeile("merkmal", "Bundesland", "wert",
				Bezeichnungen.von(wert, Locale.GERMAN), "anzahl", n.intValue())));
		Sammlung.anzahlJeFinanzierungsart(beispiele).forEach((wert, n) -> zeilen.add(zeile("merkmal", "Finanzierungsart", "wert",
				Bezeichnungen.von(wert, Locale.GERMAN), "anzahl", n.intValue())));
		return zeilen;
	}

	private String pflicht(Praxisbeispiel beispiel, String wert, String feld) {
		if (wert != null && !wert.isBlank()) {
			return wert;
		}
		hinweise.add(titel(beispiel) + ": Die Pflichtangabe \u201E" + feld + "\u201C fehlt.");
		return FEHLT;
	}

	/** A recorded text, or {@link #NICHT_ANGEGEBEN} for none. */
	private static String angabe(String text) {
		return text == null || text.isBlank() ? NICHT_ANGEGEBEN : text;
	}

	private static String laufzeit(Laufzeit laufzeit) {
		if (laufzeit == null) {
			return "";
		}
		if (laufzeit.getText() != null && !laufzeit.getText().isBlank()) {
			return laufzeit.getText();
		}
		String beginn = laufzeit.getBeginn() == null ? "" : laufzeit.getBeginn().toString();
		String ende = laufzeit.getEnde() == null ? (Boolean.TRUE.equals(laufzeit.getOffen()) ? "offen" : "") : laufzeit.getEnde().toString();
		return beginn.isEmpty() && ende.isEmpty() ? "" : beginn + " bis " + ende;
	}

	/** The Träger's name; in a Trägerverbund "Lead (federführend) mit Mitträger, Mitträger". */
	private static String traeger(Praxisbeispiel beispiel) {
		List<String> mittraeger = beispiel.getWeitereTraeger().stream().map(o -> text(o.getName())).filter(n -> !n.isBlank()).toList();
		String name = text(beispiel.getTraeger().getName());
		return mittraeger.isEmpty() ? name : name + " (federführend) mit " + String.join(", ", mittraeger);
	}

	private static String adresse(Adresse adresse) {
		if (adresse == null) {
			return "";
		}
		String ort = (text(adresse.getPlz()) + " " + text(adresse.getOrt())).strip();
		return text(adresse.getStrasse()).isEmpty() ? ort : adresse.getStrasse() + ", " + ort;
	}

	private static Finanzierungsplan plan(Praxisbeispiel beispiel) {
		return Objects.requireNonNullElseGet(beispiel.getFinanzierungsplan(), QuartierwerkFactory.eINSTANCE::createFinanzierungsplan);
	}

	private static String titel(Praxisbeispiel beispiel) {
		return beispiel.getTitel() == null || beispiel.getTitel().isBlank() ? "Praxisbeispiel ohne Titel" : beispiel.getTitel();
	}

	/** The German name of a choice in a table cell; empty where it is not recorded (an unset choice reads as its first value). */
	private static String bezeichnung(EObject objekt, EAttribute auswahl) {
		return objekt.eIsSet(auswahl) ? Bezeichnungen.von((Enumerator) objekt.eGet(auswahl), Locale.GERMAN) : "";
	}

	/** "ja", "nein", or empty where the yes/no is not recorded. */
	private static String jaNein(Boolean wert) {
		return wert == null ? "" : wert ? "ja" : "nein";
	}

	private static <T> List<Map<String, Object>> zeilen(Collection<T> elemente, Function<T, Map<String, Object>> zeile) {
		return elemente.stream().map(zeile).toList();
	}

	/** A row from alternating names and values; null values stay null (an empty cell). */
	private static Map<String, Object> zeile(Object... namenUndWerte) {
		Map<String, Object> zeile = new LinkedHashMap<>();
		for (int i = 0; i < namenUndWerte.length; i += 2) {
			zeile.put((String) namenUndWerte[i], namenUndWerte[i + 1]);
		}
		return zeile;
	}
}
