package org.quartierwerk.courses.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The courses bundle's texts: German in messages.properties, English in messages_en.properties. The words of the course
 * documents ({@code dokument_…}) are read in German by {@link Dokumentwoerter}, whatever the runtime's language.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.courses.internal.messages";

	public static String pruefung_erfuellt;
	public static String pruefung_offen;
	public static String pruefung_vorgabe;
	public static String pruefung_karteZuKlein;
	public static String pruefung_projektFehlt;
	public static String pruefung_keineZiele;
	public static String pruefung_keineBeteiligung;
	public static String pruefung_keineKooperation;
	public static String pruefung_unbekannt;
	public static String pruefung_moduleOffen;
	public static String pruefung_keineCheckliste;
	public static String pruefung_punkteOffen;
	public static String pruefung_steckbriefLuecken;
	public static String pruefung_feldTitel;
	public static String pruefung_feldKurzbeschreibung;
	public static String pruefung_feldHerausforderung;
	public static String pruefung_feldBundesland;
	public static String pruefung_feldQuartier;
	public static String pruefung_feldTraeger;
	public static String pruefung_feldLaufzeit;
	public static String pruefung_keinPlan;
	public static String pruefung_planOffen;

	public static String store_ordnerUnlesbar;
	public static String store_keinKurs;
	public static String store_nichtUmwandelbar;
	public static String store_was;
	public static String store_unlesbar;
	public static String store_keineTeilnahme;
	public static String store_fremderKurs;
	public static String store_arbeitsbereich;
	public static String store_nameKurs;
	public static String store_nameVorgaben;
	public static String store_wasVorgaben;
	public static String store_keineVorgaben;
	public static String store_vorgabenFremderKurs;
	public static String store_vorgabeOhneKennung;
	public static String store_checkliste;
	public static String store_pruefpunkt;
	public static String store_vorgabeDoppelt;
	public static String dienst_keineFrage;
	public static String dienst_modulOhneEintraege;
	public static String dienst_vorgabenCheckliste;
	public static String store_namePraxisprojekt;

	public static String kursdatei;
	public static String kursdatei_wo;
	public static String kursdatei_ohneKennung;
	public static String kursdatei_zertifikatOhneVorlage;
	public static String kursdatei_vorlageOhneZertifikat;

	public static String dienst_unbekannterKurs;
	public static String dienst_unbekanntesProjekt;
	public static String dienst_teilnahmeGibtEs;
	public static String dienst_keineTeilnehmenden;
	public static String dienst_unbekanntesElement;
	public static String dienst_keinZertifikat;
	public static String dienst_vorlageFehlt;
	public static String dienst_nochNicht;
	public static String dienst_unbekannterAkteur;
	public static String dienst_keinAkteursname;
	public static String dienst_nichtInstallierbar;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
