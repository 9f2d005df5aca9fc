package org.quartierwerk.app.internal.veroeffentlichen;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of Datei → Veröffentlichen… ({@code messages.properties} beside this class, English in
 * {@code messages_en.properties}); the menu's label is in the bundle's localization, which the model fragment needs.
 * What went wrong while publishing is said by the publishing service's own German messages.
 */
public final class Texte extends NLS {

	private static final String BUNDLE_NAME = "org.quartierwerk.app.internal.veroeffentlichen.messages";

	public static String titel;
	public static String hinweis;
	public static String vorschauLaeuft;
	public static String projekte;
	public static String spalteProjekt;
	public static String spalteAenderungen;
	public static String keineAenderungen;
	public static String aenderungen;
	public static String spalteFeld;
	public static String spalteBisher;
	public static String spalteErsatz;
	public static String entfernt;
	public static String aenderungenName;
	public static String unlesbar;
	public static String gesucht;
	public static String ausgabe;
	public static String alsWebauftritt;
	public static String alsJson;
	public static String ziel;
	public static String durchsuchen;
	public static String keinProjekt;
	public static String keinZiel;
	public static String veroeffentlichen;
	public static String abbrechen;
	public static String laeuft;
	public static String webFertig;
	public static String jsonFertig;
	public static String oeffnen;
	public static String keinBrowser;
	public static String ungespeichert;
	public static String frageOeffnen;
	public static String schliessen;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Texte.class);
	}

	private Texte() {
	}
}
