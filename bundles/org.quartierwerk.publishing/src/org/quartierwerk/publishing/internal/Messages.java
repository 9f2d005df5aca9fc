package org.quartierwerk.publishing.internal;

import org.eclipse.osgi.util.NLS;

/** The publishing bundle's texts: German in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.publishing.internal.messages";

	public static String art_name;
	public static String art_email;
	public static String art_telefon;
	public static String ort_teilnahme;
	public static String ort_teilnehmende;
	public static String ort_akteur;
	public static String projekt_unbekannt;
	public static String projekt_unlesbar;
	public static String nichts;
	public static String teilnahmen_unlesbar;
	public static String leck_kopf;
	public static String leck_zeile;
	public static String leck_tun;
	public static String leck_unlesbar;
	public static String umbenennen;
	public static String ziel_ordner;
	public static String web_ziel_datei;
	public static String web_ziel_belegt;
	public static String web_leck_kopf;
	public static String web_leck_kopf_neu;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
