package org.quartierwerk.app.internal.sammlung;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the Sammlung area ({@code messages.properties} beside this class, English in {@code messages_en.properties});
 * the menu's labels are in the bundle's localization, which the model fragment needs.
 */
public final class Texte extends NLS {

	private static final String BUNDLE_NAME = "org.quartierwerk.app.internal.sammlung.messages";

	public static String titel;
	public static String ungespeichert;
	public static String ungespeichertBleibt;
	public static String speichernUndAbgleichen;
	public static String abbrechen;
	public static String abgleichLaeuft;
	public static String abgleichFertig;
	public static String abgleichNichts;
	public static String abgleichGesendet;
	public static String abgleichVonAnderen;
	public static String abgleichZusammengefuehrt;
	public static String abgleichKonflikteGeloest;
	public static String abgleichNichtUebertragen;
	public static String konfliktTitel;
	public static String konfliktHinweis;
	public static String konfliktDatei;
	public static String konfliktOrt;
	public static String konfliktBasis;
	public static String konfliktMeine;
	public static String konfliktIhre;
	public static String meineBehalten;
	public static String ihreUebernehmen;
	public static String teilenTitel;
	public static String teilenHinweis;
	public static String teilenAdresse;
	public static String teilenName;
	public static String teilenEmail;
	public static String teilenOk;
	public static String teilenLaeuft;
	public static String teilenFertig;
	public static String statusTitel;
	public static String statusText;
	public static String statusKonflikt;
	public static String keine;
	public static String verlaufOhneAuswahl;
	public static String verlaufVon;
	public static String verlaufStand;
	public static String verlaufZeit;
	public static String verlaufAutor;
	public static String verlaufNachricht;
	public static String verlaufTabelle;
	public static String verlaufAenderungen;
	public static String verlaufKeineAenderungen;
	public static String wiederherstellen;
	public static String wiederherstellenFrage;
	public static String wiederherstellenUngespeichert;
	public static String wiederherstellenFertig;
	public static String markeGeaendert;
	public static String markeNeu;
	public static String markeKonflikt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Texte.class);
	}

	private Texte() {
	}
}
