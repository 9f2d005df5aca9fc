package org.quartierwerk.sharing.internal;

import org.eclipse.osgi.util.NLS;

/** The sharing bundle's texts: German in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.sharing.internal.messages";

	public static String nichtAngegeben;
	public static String ja;
	public static String nein;
	public static String verweis;
	public static String keinModell;
	public static String ganzeDatei;
	public static String geloescht;
	public static String vorhanden;
	public static String geaendert;
	public static String fehlt;
	public static String verweisBleibt;
	public static String zielGeloescht;
	public static String unlesbar;
	public static String verlaufAngelegt;
	public static String verlaufGeloescht;
	public static String verlaufFeld;
	public static String verlaufHinzu;
	public static String verlaufEntfernt;
	public static String schonGeteilt;
	public static String remoteNichtLeer;
	public static String nichtErreichbarTeilen;
	public static String nachrichtGeteilt;
	public static String teilenFehlgeschlagen;
	public static String zielNichtLeer;
	public static String remoteLeer;
	public static String nichtErreichbarBeitreten;
	public static String beitretenFehlgeschlagen;
	public static String nichtErreichbarAbgleichen;
	public static String zuVieleGleichzeitig;
	public static String abgleichFehlgeschlagen;
	public static String nachrichtGeaendert;
	public static String nachrichtZusammengefuehrt;
	public static String fremderPfad;
	public static String uebertragenAbgelehnt;
	public static String nichtErreichbarUebertragen;
	public static String statusFehlgeschlagen;
	public static String verlaufFehlgeschlagen;
	public static String keinVerlauf;
	public static String standUnbekannt;
	public static String standOhneProjekt;
	public static String nachrichtWiederhergestellt;
	public static String wiederherstellenFehlgeschlagen;
	public static String keineSammlung;
	public static String versionUnlesbar;
	public static String nameUngueltig;
	public static String teilnahme;
	public static String beispielmarke;
	public static String autorUnbekannt;
	public static String passwortInAdresse;
	public static String sshNichtUnterstuetzt;
	public static String adresseUngueltig;
	public static String nachrichtGespeichert;
	public static String commitBeimSpeichernFehlgeschlagen;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
