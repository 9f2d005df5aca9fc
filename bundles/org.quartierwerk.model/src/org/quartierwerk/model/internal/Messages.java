package org.quartierwerk.model.internal;

import org.eclipse.osgi.util.NLS;

/** The model bundle's texts: German in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.model.internal.messages";

	public static String teildatum_invalid;
	public static String wert_invalid;
	public static String wert_invalidStored;
	public static String wert_vonNachBis;
	public static String wert_zuLang;
	public static String summe_mindestens;
	public static String summe_mindestensEiner;
	public static String summe_nichtBerechenbar;
	public static String validierung_aborted;
	public static String regel_required;
	public static String regel_referenceMissing;
	public static String regel_referenceNotStored;
	public static String regel_reference;
	public static String regel_titleEmpty;
	public static String regel_traegerNotOrganisation;
	public static String regel_mittraegerNotOrganisation;
	public static String regel_mittraegerIstTraeger;
	public static String regel_einwohnerNegative;
	public static String regel_kommuneEinwohnerNegative;
	public static String regel_einwohnerAboveKommune;
	public static String regel_endBeforeStart;
	public static String regel_umfang;
	public static String regel_zielNichtImProjekt;
	public static String regel_vollzeitaequivalent;
	public static String regel_personen;
	public static String verweis_ohneZiel;
	public static String verweis_aufSichSelbst;
	public static String verweis_nichtGefunden;
	public static String verweis_ohneArt;
	public static String regel_anteileAbove100;
	public static String regel_noAusgaben;
	public static String regel_overall;
	public static String regel_inYear;
	public static String regel_quote;
	public static String regel_hoechstbetrag;
	public static String regel_noStufe;
	public static String regel_zielwertVorTermin;
	public static String regel_kriteriumDoppelt;
	public static String regel_begruendungOhneBewertung;
	public static String regel_noTraeger;
	public static String regel_hoechstbetragBewilligt;
	public static String regel_quoteBewilligt;
	public static String regel_stufeNotInstalled;
	public static String regel_missing;
	public static String regel_exceeds;
	public static String regel_unbalanced;
	public static String regel_notSet;
	public static String regel_negativeAmount;
	public static String regel_percent;
	public static String regel_failed;
	public static String regel_einsparungOhneBeleg;
	public static String regel_laufzeit;
	public static String regel_laufzeitBewilligt;
	public static String regel_tranchenOhneBetrag;
	public static String regel_tranchenUeberBetrag;
	public static String regel_trancheAusserhalbJahr;
	public static String regel_statusverlaufReihenfolge;
	public static String regel_statusWieVerlauf;
	public static String regel_anschlussFehlt;
	public static String einsparung_keine;
	public static String einsparung_ohneBetrag;
	public static String einsparung_keineAusgaben;
	public static String einsparung_ausgabeOhneBetrag;
	public static String einsparung_mittelNull;
	public static String einsparung_ausgabeOhneKategorie;
	public static String einsparung_personalOhneBetrag;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
