package org.quartierwerk.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code quartierwerk sammlung}: German in sammlung.properties, English in sammlung_en.properties. */
public final class Sammlungstexte extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.cli.internal.sammlung";

	public static String summary;
	public static String usage;
	public static String unknownAction;
	public static String teilenUsage;
	public static String beitretenUsage;
	public static String abgleichenUsage;
	public static String wiederherstellenUsage;
	public static String geteilt;
	public static String beigetreten;
	public static String eigene;
	public static String vonAnderen;
	public static String zusammengefuehrt;
	public static String nichtZusammengefuehrt;
	public static String aufgeloestMeine;
	public static String aufgeloestIhre;
	public static String aktuell;
	public static String remote;
	public static String hier;
	public static String vonAnderenGeholt;
	public static String keineKonflikte;
	public static String keine;
	public static String konflikt;
	public static String konfliktWerte;
	public static String verlaufKopf;
	public static String wiederhergestellt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Sammlungstexte.class);
	}

	private Sammlungstexte() {
	}
}
