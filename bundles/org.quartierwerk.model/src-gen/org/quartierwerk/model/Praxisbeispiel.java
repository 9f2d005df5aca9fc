/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Praxisbeispiel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein dokumentiertes Projekt der Quartiersentwicklung, gegliedert wie ein Praxisbeispiel der DStGB-Dokumentation Nr. 150 (docs/fachmodell.md §1). Regeln der Prüfung (docs/fachmodell.md §7): pflichtangaben, traegerIstOrganisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getKurzbeschreibung <em>Kurzbeschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getHerausforderung <em>Herausforderung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getUnterthema <em>Unterthema</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getStrukturprinzipien <em>Strukturprinzipien</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getHandlungsfelder <em>Handlungsfelder</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getBundesland <em>Bundesland</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getQuartier <em>Quartier</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getWeitereOrte <em>Weitere Orte</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getKennung <em>Kennung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getVerweise <em>Verweise</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getLaufzeit <em>Laufzeit</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getZielgruppen <em>Zielgruppen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getOrganisationen <em>Organisationen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getTraeger <em>Traeger</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getWeitereTraeger <em>Weitere Traeger</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getKooperationen <em>Kooperationen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getStellen <em>Stellen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getArbeitsschritte <em>Arbeitsschritte</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getFinanzierungsplan <em>Finanzierungsplan</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getBeteiligungen <em>Beteiligungen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getZiele <em>Ziele</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getZieleText <em>Ziele Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getArbeitsschritteText <em>Arbeitsschritte Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getWirkungserfolge <em>Wirkungserfolge</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getBesonderheit <em>Besonderheit</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getBeteiligungText <em>Beteiligung Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getFinanzierungText <em>Finanzierung Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getGoodPractice <em>Good Practice</em>}</li>
 *   <li>{@link org.quartierwerk.model.Praxisbeispiel#getEinsparungen <em>Einsparungen</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel()
 * @model
 * @generated
 */
public interface Praxisbeispiel extends EObject {
	/**
	 * Returns the value of the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Titel</em>' attribute.
	 * @see #setTitel(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Titel()
	 * @model required="true"
	 * @generated
	 */
	String getTitel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getTitel <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Titel</em>' attribute.
	 * @see #getTitel()
	 * @generated
	 */
	void setTitel(String value);

	/**
	 * Returns the value of the '<em><b>Kurzbeschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kurzbeschreibung</em>' attribute.
	 * @see #setKurzbeschreibung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Kurzbeschreibung()
	 * @model
	 * @generated
	 */
	String getKurzbeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getKurzbeschreibung <em>Kurzbeschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kurzbeschreibung</em>' attribute.
	 * @see #getKurzbeschreibung()
	 * @generated
	 */
	void setKurzbeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Herausforderung</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Herausforderung}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Herausforderung aus Kapitel 4 (4.1 bis 4.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Herausforderung</em>' attribute.
	 * @see org.quartierwerk.model.Herausforderung
	 * @see #isSetHerausforderung()
	 * @see #unsetHerausforderung()
	 * @see #setHerausforderung(Herausforderung)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Herausforderung()
	 * @model unsettable="true"
	 * @generated
	 */
	Herausforderung getHerausforderung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getHerausforderung <em>Herausforderung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Herausforderung</em>' attribute.
	 * @see org.quartierwerk.model.Herausforderung
	 * @see #isSetHerausforderung()
	 * @see #unsetHerausforderung()
	 * @see #getHerausforderung()
	 * @generated
	 */
	void setHerausforderung(Herausforderung value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getHerausforderung <em>Herausforderung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHerausforderung()
	 * @see #getHerausforderung()
	 * @see #setHerausforderung(Herausforderung)
	 * @generated
	 */
	void unsetHerausforderung();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getHerausforderung <em>Herausforderung</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Herausforderung</em>' attribute is set.
	 * @see #unsetHerausforderung()
	 * @see #getHerausforderung()
	 * @see #setHerausforderung(Herausforderung)
	 * @generated
	 */
	boolean isSetHerausforderung();

	/**
	 * Returns the value of the '<em><b>Unterthema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unterthema</em>' attribute.
	 * @see #setUnterthema(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Unterthema()
	 * @model
	 * @generated
	 */
	String getUnterthema();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getUnterthema <em>Unterthema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unterthema</em>' attribute.
	 * @see #getUnterthema()
	 * @generated
	 */
	void setUnterthema(String value);

	/**
	 * Returns the value of the '<em><b>Strukturprinzipien</b></em>' attribute list.
	 * The list contents are of type {@link org.quartierwerk.model.Strukturprinzip}.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Strukturprinzip}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strukturprinzipien</em>' attribute list.
	 * @see org.quartierwerk.model.Strukturprinzip
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Strukturprinzipien()
	 * @model ordered="false"
	 * @generated
	 */
	EList<Strukturprinzip> getStrukturprinzipien();

	/**
	 * Returns the value of the '<em><b>Handlungsfelder</b></em>' attribute list.
	 * The list contents are of type {@link org.quartierwerk.model.Handlungsfeld}.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Handlungsfeld}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handlungsfelder</em>' attribute list.
	 * @see org.quartierwerk.model.Handlungsfeld
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Handlungsfelder()
	 * @model ordered="false"
	 * @generated
	 */
	EList<Handlungsfeld> getHandlungsfelder();

	/**
	 * Returns the value of the '<em><b>Bundesland</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Bundesland}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bundesland</em>' attribute.
	 * @see org.quartierwerk.model.Bundesland
	 * @see #isSetBundesland()
	 * @see #unsetBundesland()
	 * @see #setBundesland(Bundesland)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Bundesland()
	 * @model unsettable="true"
	 * @generated
	 */
	Bundesland getBundesland();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getBundesland <em>Bundesland</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundesland</em>' attribute.
	 * @see org.quartierwerk.model.Bundesland
	 * @see #isSetBundesland()
	 * @see #unsetBundesland()
	 * @see #getBundesland()
	 * @generated
	 */
	void setBundesland(Bundesland value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getBundesland <em>Bundesland</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBundesland()
	 * @see #getBundesland()
	 * @see #setBundesland(Bundesland)
	 * @generated
	 */
	void unsetBundesland();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getBundesland <em>Bundesland</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bundesland</em>' attribute is set.
	 * @see #unsetBundesland()
	 * @see #getBundesland()
	 * @see #setBundesland(Bundesland)
	 * @generated
	 */
	boolean isSetBundesland();

	/**
	 * Returns the value of the '<em><b>Quartier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Der Ort des Projekts; bei mehreren Orten der erste (docs/fachmodell.md §1.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quartier</em>' containment reference.
	 * @see #setQuartier(Quartier)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Quartier()
	 * @model containment="true"
	 * @generated
	 */
	Quartier getQuartier();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getQuartier <em>Quartier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quartier</em>' containment reference.
	 * @see #getQuartier()
	 * @generated
	 */
	void setQuartier(Quartier value);

	/**
	 * Returns the value of the '<em><b>Weitere Orte</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Quartier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weitere Orte eines Projekts an mehreren Orten (Ortsteile, Kommunen, ein Landkreis), jeder mit Art, Einwohnern und Kommune (docs/fachmodell.md §1.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weitere Orte</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_WeitereOrte()
	 * @model containment="true"
	 * @generated
	 */
	EList<Quartier> getWeitereOrte();

	/**
	 * Returns the value of the '<em><b>Kennung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Projektkennung (eine UUID), über die andere Projekte auf dieses verweisen; sie bleibt, wenn Titel oder Datei sich ändern (docs/fachmodell.md §1.6). Nicht gesetzt, solange kein Projekt auf dieses verweist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kennung</em>' attribute.
	 * @see #setKennung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Kennung()
	 * @model
	 * @generated
	 */
	String getKennung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getKennung <em>Kennung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kennung</em>' attribute.
	 * @see #getKennung()
	 * @generated
	 */
	void setKennung(String value);

	/**
	 * Returns the value of the '<em><b>Verweise</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Projektverweis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verweise auf zusammengehörende Projekte: Teilprojekt von, Folgeprojekt von, gehört zu Programm (docs/fachmodell.md §1.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verweise</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Verweise()
	 * @model containment="true"
	 * @generated
	 */
	EList<Projektverweis> getVerweise();

	/**
	 * Returns the value of the '<em><b>Laufzeit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Laufzeit</em>' containment reference.
	 * @see #setLaufzeit(Laufzeit)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Laufzeit()
	 * @model containment="true"
	 * @generated
	 */
	Laufzeit getLaufzeit();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getLaufzeit <em>Laufzeit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Laufzeit</em>' containment reference.
	 * @see #getLaufzeit()
	 * @generated
	 */
	void setLaufzeit(Laufzeit value);

	/**
	 * Returns the value of the '<em><b>Zielgruppen</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zielgruppen</em>' attribute list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Zielgruppen()
	 * @model
	 * @generated
	 */
	EList<String> getZielgruppen();

	/**
	 * Returns the value of the '<em><b>Organisationen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alle beteiligten Organisationen: Träger, Kooperationspartner, Fördermittelgeber.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisationen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Organisationen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisationen();

	/**
	 * Returns the value of the '<em><b>Traeger</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Der Träger; eine der Organisationen des Praxisbeispiels. In einem Trägerverbund der federführende.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Traeger</em>' reference.
	 * @see #setTraeger(Organisation)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Traeger()
	 * @model
	 * @generated
	 */
	Organisation getTraeger();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getTraeger <em>Traeger</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Traeger</em>' reference.
	 * @see #getTraeger()
	 * @generated
	 */
	void setTraeger(Organisation value);

	/**
	 * Returns the value of the '<em><b>Weitere Traeger</b></em>' reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Mitträger eines Trägerverbunds; Organisationen des Praxisbeispiels neben dem federführenden Träger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weitere Traeger</em>' reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_WeitereTraeger()
	 * @model
	 * @generated
	 */
	EList<Organisation> getWeitereTraeger();

	/**
	 * Returns the value of the '<em><b>Kooperationen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Kooperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kooperationen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Kooperationen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kooperation> getKooperationen();

	/**
	 * Returns the value of the '<em><b>Stellen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Stelle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personal des Quartiersmanagements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stellen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Stellen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stelle> getStellen();

	/**
	 * Returns the value of the '<em><b>Arbeitsschritte</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Arbeitsschritt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arbeitsschritte</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Arbeitsschritte()
	 * @model containment="true"
	 * @generated
	 */
	EList<Arbeitsschritt> getArbeitsschritte();

	/**
	 * Returns the value of the '<em><b>Finanzierungsplan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finanzierungsplan</em>' containment reference.
	 * @see #setFinanzierungsplan(Finanzierungsplan)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Finanzierungsplan()
	 * @model containment="true"
	 * @generated
	 */
	Finanzierungsplan getFinanzierungsplan();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getFinanzierungsplan <em>Finanzierungsplan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finanzierungsplan</em>' containment reference.
	 * @see #getFinanzierungsplan()
	 * @generated
	 */
	void setFinanzierungsplan(Finanzierungsplan value);

	/**
	 * Returns the value of the '<em><b>Beteiligungen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Beteiligung}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beteiligungen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Beteiligungen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Beteiligung> getBeteiligungen();

	/**
	 * Returns the value of the '<em><b>Ziele</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Ziel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die obersten Ziele (Leitziele) der Zielpyramide.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ziele</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Ziele()
	 * @model containment="true"
	 * @generated
	 */
	EList<Ziel> getZiele();

	/**
	 * Returns the value of the '<em><b>Ziele Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abschnitt "Ziele des Projektes" als Text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ziele Text</em>' attribute.
	 * @see #setZieleText(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_ZieleText()
	 * @model
	 * @generated
	 */
	String getZieleText();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getZieleText <em>Ziele Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ziele Text</em>' attribute.
	 * @see #getZieleText()
	 * @generated
	 */
	void setZieleText(String value);

	/**
	 * Returns the value of the '<em><b>Arbeitsschritte Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abschnitt "Geplante und umgesetzte Arbeitsschritte" als Text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arbeitsschritte Text</em>' attribute.
	 * @see #setArbeitsschritteText(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_ArbeitsschritteText()
	 * @model
	 * @generated
	 */
	String getArbeitsschritteText();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getArbeitsschritteText <em>Arbeitsschritte Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arbeitsschritte Text</em>' attribute.
	 * @see #getArbeitsschritteText()
	 * @generated
	 */
	void setArbeitsschritteText(String value);

	/**
	 * Returns the value of the '<em><b>Wirkungserfolge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wirkungserfolge</em>' attribute.
	 * @see #setWirkungserfolge(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Wirkungserfolge()
	 * @model
	 * @generated
	 */
	String getWirkungserfolge();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getWirkungserfolge <em>Wirkungserfolge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wirkungserfolge</em>' attribute.
	 * @see #getWirkungserfolge()
	 * @generated
	 */
	void setWirkungserfolge(String value);

	/**
	 * Returns the value of the '<em><b>Besonderheit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Besonderheit</em>' attribute.
	 * @see #setBesonderheit(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Besonderheit()
	 * @model
	 * @generated
	 */
	String getBesonderheit();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getBesonderheit <em>Besonderheit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Besonderheit</em>' attribute.
	 * @see #getBesonderheit()
	 * @generated
	 */
	void setBesonderheit(String value);

	/**
	 * Returns the value of the '<em><b>Beteiligung Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Was der Text über die Beteiligung sagt, z. B. Zitate als Anhaltspunkte für die Partizipationsstufen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beteiligung Text</em>' attribute.
	 * @see #setBeteiligungText(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_BeteiligungText()
	 * @model
	 * @generated
	 */
	String getBeteiligungText();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getBeteiligungText <em>Beteiligung Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beteiligung Text</em>' attribute.
	 * @see #getBeteiligungText()
	 * @generated
	 */
	void setBeteiligungText(String value);

	/**
	 * Returns the value of the '<em><b>Finanzierung Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abschnitt "Finanzierung" als Text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finanzierung Text</em>' attribute.
	 * @see #setFinanzierungText(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_FinanzierungText()
	 * @model
	 * @generated
	 */
	String getFinanzierungText();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getFinanzierungText <em>Finanzierung Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finanzierung Text</em>' attribute.
	 * @see #getFinanzierungText()
	 * @generated
	 */
	void setFinanzierungText(String value);

	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Herkunft der Angaben, z. B. Dokument und Zeilen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quelle</em>' attribute.
	 * @see #setQuelle(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Quelle()
	 * @model
	 * @generated
	 */
	String getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Praxisbeispiel#getQuelle <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' attribute.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(String value);

	/**
	 * Returns the value of the '<em><b>Good Practice</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Kriteriumsbewertung}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Selbsteinschätzung nach den Good-Practice-Kriterien (docs/fachmodell.md §11): höchstens eine Bewertung je Kriterium; ein Kriterium ohne Eintrag ist nicht angegeben.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Good Practice</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_GoodPractice()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kriteriumsbewertung> getGoodPractice();

	/**
	 * Returns the value of the '<em><b>Einsparungen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Einsparung}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Geschätzte Einsparungen (vermiedene Kosten) des Projekts; Präventionsfaktor und Netto-Konsolidierung werden aus ihnen berechnet (docs/fachmodell.md §4.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Einsparungen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPraxisbeispiel_Einsparungen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Einsparung> getEinsparungen();

} // Praxisbeispiel
