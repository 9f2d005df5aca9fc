package org.quartierwerk.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** The exchange bundle's texts: German in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.exchange.internal.messages";

	public static String import_purpose;
	public static String json_invalid;
	public static String json_unreadable;
	public static String json_empty;
	public static String json_unknownFormat;
	public static String json_newerFormat;
	public static String json_unreadableBecause;
	public static String json_notAProject;
	public static String json_noObject;
	public static String json_badCharacter;
	public static String json_numberTooLong;
	public static String json_where;
	public static String json_whereTitled;
	public static String json_invalidValue;
	public static String json_position;
	public static String examples_missing;
	public static String examples_unreadable;
	public static String seed_marker;
	public static String dstgb_noTitle;
	public static String dstgb_unreadable;
	public static String dstgb_unexpected;
	public static String dstgb_numberTooLong;

	public static String csv_name;
	public static String csv_titel;
	public static String csv_herausforderung;
	public static String csv_unterthema;
	public static String csv_bundesland;
	public static String csv_quartiersart;
	public static String csv_einwohner;
	public static String csv_laufzeit;
	public static String csv_beginn;
	public static String csv_ende;
	public static String csv_traeger;
	public static String csv_kooperationspartner;
	public static String csv_finanzierungsarten;
	public static String csv_ausgaben;
	public static String csv_finanzierung;
	public static String csv_eigenanteil;
	public static String csv_foerderquote;
	public static String csv_luecke;
	public static String csv_vollzeitaequivalente;
	public static String csv_sektoren;
	public static String csv_mittraeger;
	public static String csv_goodPractice;
	public static String csv_einsparungen;
	public static String csv_praeventionsfaktor;
	public static String csv_finanzierungJeJahr;
	public static String csv_foerderquoteJeGeber;
	public static String csv_statusverlauf;
	public static String csv_anschlussfinanzierung;
	public static String csv_ohneJahr;
	public static String csv_gesamt;
	public static String csv_orte;
	public static String csv_verweise;
	public static String csv_einwohnerZahl;
	public static String csv_kommune;
	public static String csv_ohneName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
