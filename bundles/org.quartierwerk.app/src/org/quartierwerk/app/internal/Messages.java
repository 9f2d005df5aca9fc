package org.quartierwerk.app.internal;

/** Texts of this bundle from {@code OSGI-INF/l10n/bundle*.properties}, injected with {@code @Translation}. */
public final class Messages {
	public String navigatorWorkspace;
	public String navigatorEmpty;
	public String navigatorUnreadable;
	public String kursInstallierenTitel;
	public String kursInstallierenHinweis;
	public String kursInstallierenVerzeichnis;
	public String kursInstallierenOrdner;
	public String kursInstallierenZip;
	public String kursInstallierenVertrauen;
	public String kursInstallierenOk;
	public String abbrechen;
	public String kursInstallierenFehlt;
	public String kursInstallierenNichtVerfuegbar;
	public String kursInstalliert;
	public String kursInstalliertNeustart;
	public String editorSteckbrief;
	public String editorGueltig;
	public String editorWeitereFehler;
	public String feldTitel;
	public String feldKurzbeschreibung;
	public String feldHerausforderung;
	public String feldUnterthema;
	public String feldBundesland;
	public String editorFinanzierung;
	public String finanzierungAusgaben;
	public String finanzierungAnteile;
	public String spalteBezeichnung;
	public String spalteJahr;
	public String spalteBetrag;
	public String spalteQuelle;
	public String ausgabeHinzufuegen;
	public String anteilHinzufuegen;
	public String zeileEntfernen;
	public String neueAusgabe;
	public String finanzierungSummen;
	public String finanzierungAusgeglichen;
	public String finanzierungLuecke;
	public String finanzierungUeberschuss;
}
