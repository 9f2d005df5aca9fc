/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Einsparung</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Eine geschätzte Einsparung (vermiedene Kosten, z. B. vermiedene Transferleistungen) mit ihrer Berechnung; jedes Feld ist optional (docs/fachmodell.md §4.1). Regeln der Prüfung (docs/fachmodell.md §7): betragNichtNegativ, berechnungBelegt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Einsparung#getBezeichnung <em>Bezeichnung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Einsparung#getBetrag <em>Betrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.Einsparung#getZeitraum <em>Zeitraum</em>}</li>
 *   <li>{@link org.quartierwerk.model.Einsparung#getBerechnung <em>Berechnung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Einsparung#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.model.Einsparung#getMitVorbehalt <em>Mit Vorbehalt</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getEinsparung()
 * @model
 * @generated
 */
public interface Einsparung extends EObject {
	/**
	 * Returns the value of the '<em><b>Bezeichnung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bezeichnung</em>' attribute.
	 * @see #setBezeichnung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getEinsparung_Bezeichnung()
	 * @model
	 * @generated
	 */
	String getBezeichnung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Einsparung#getBezeichnung <em>Bezeichnung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bezeichnung</em>' attribute.
	 * @see #getBezeichnung()
	 * @generated
	 */
	void setBezeichnung(String value);

	/**
	 * Returns the value of the '<em><b>Betrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die geschätzte Einsparung in Euro über den Zeitraum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Betrag</em>' attribute.
	 * @see #setBetrag(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getEinsparung_Betrag()
	 * @model
	 * @generated
	 */
	BigDecimal getBetrag();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Einsparung#getBetrag <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Betrag</em>' attribute.
	 * @see #getBetrag()
	 * @generated
	 */
	void setBetrag(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Zeitraum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zeitraum</em>' containment reference.
	 * @see #setZeitraum(Laufzeit)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getEinsparung_Zeitraum()
	 * @model containment="true"
	 * @generated
	 */
	Laufzeit getZeitraum();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Einsparung#getZeitraum <em>Zeitraum</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zeitraum</em>' containment reference.
	 * @see #getZeitraum()
	 * @generated
	 */
	void setZeitraum(Laufzeit value);

	/**
	 * Returns the value of the '<em><b>Berechnung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Basis und Berechnung als Text, z. B. „40 % × 650 Einzelfallhilfen × 12.000 €“.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Berechnung</em>' attribute.
	 * @see #setBerechnung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getEinsparung_Berechnung()
	 * @model
	 * @generated
	 */
	String getBerechnung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Einsparung#getBerechnung <em>Berechnung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Berechnung</em>' attribute.
	 * @see #getBerechnung()
	 * @generated
	 */
	void setBerechnung(String value);

	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quelle</em>' attribute.
	 * @see #setQuelle(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getEinsparung_Quelle()
	 * @model
	 * @generated
	 */
	String getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Einsparung#getQuelle <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' attribute.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(String value);

	/**
	 * Returns the value of the '<em><b>Mit Vorbehalt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ob die Quelle die Einsparung nur unter Vorbehalt nennt; null = nicht angegeben.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mit Vorbehalt</em>' attribute.
	 * @see #setMitVorbehalt(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getEinsparung_MitVorbehalt()
	 * @model
	 * @generated
	 */
	Boolean getMitVorbehalt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Einsparung#getMitVorbehalt <em>Mit Vorbehalt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mit Vorbehalt</em>' attribute.
	 * @see #getMitVorbehalt()
	 * @generated
	 */
	void setMitVorbehalt(Boolean value);

} // Einsparung
