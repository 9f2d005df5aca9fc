/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ausgabeposition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Eine Ausgabe des Finanzierungsplans. Regeln der Prüfung (docs/fachmodell.md §7): betragNichtNegativ.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Ausgabeposition#getBezeichnung <em>Bezeichnung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ausgabeposition#getKategorie <em>Kategorie</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ausgabeposition#getJahr <em>Jahr</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ausgabeposition#getBetrag <em>Betrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ausgabeposition#getZuwendungsfaehig <em>Zuwendungsfaehig</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getAusgabeposition()
 * @model
 * @generated
 */
public interface Ausgabeposition extends EObject {
	/**
	 * Returns the value of the '<em><b>Bezeichnung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bezeichnung</em>' attribute.
	 * @see #setBezeichnung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAusgabeposition_Bezeichnung()
	 * @model
	 * @generated
	 */
	String getBezeichnung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ausgabeposition#getBezeichnung <em>Bezeichnung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bezeichnung</em>' attribute.
	 * @see #getBezeichnung()
	 * @generated
	 */
	void setBezeichnung(String value);

	/**
	 * Returns the value of the '<em><b>Kategorie</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Ausgabenkategorie}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kategorie</em>' attribute.
	 * @see org.quartierwerk.model.Ausgabenkategorie
	 * @see #isSetKategorie()
	 * @see #unsetKategorie()
	 * @see #setKategorie(Ausgabenkategorie)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAusgabeposition_Kategorie()
	 * @model unsettable="true"
	 * @generated
	 */
	Ausgabenkategorie getKategorie();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ausgabeposition#getKategorie <em>Kategorie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kategorie</em>' attribute.
	 * @see org.quartierwerk.model.Ausgabenkategorie
	 * @see #isSetKategorie()
	 * @see #unsetKategorie()
	 * @see #getKategorie()
	 * @generated
	 */
	void setKategorie(Ausgabenkategorie value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Ausgabeposition#getKategorie <em>Kategorie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKategorie()
	 * @see #getKategorie()
	 * @see #setKategorie(Ausgabenkategorie)
	 * @generated
	 */
	void unsetKategorie();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Ausgabeposition#getKategorie <em>Kategorie</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kategorie</em>' attribute is set.
	 * @see #unsetKategorie()
	 * @see #getKategorie()
	 * @see #setKategorie(Ausgabenkategorie)
	 * @generated
	 */
	boolean isSetKategorie();

	/**
	 * Returns the value of the '<em><b>Jahr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jahr</em>' attribute.
	 * @see #setJahr(Integer)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAusgabeposition_Jahr()
	 * @model
	 * @generated
	 */
	Integer getJahr();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ausgabeposition#getJahr <em>Jahr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jahr</em>' attribute.
	 * @see #getJahr()
	 * @generated
	 */
	void setJahr(Integer value);

	/**
	 * Returns the value of the '<em><b>Betrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Betrag in Euro.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Betrag</em>' attribute.
	 * @see #setBetrag(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAusgabeposition_Betrag()
	 * @model
	 * @generated
	 */
	BigDecimal getBetrag();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ausgabeposition#getBetrag <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Betrag</em>' attribute.
	 * @see #getBetrag()
	 * @generated
	 */
	void setBetrag(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Zuwendungsfaehig</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zuwendungsfaehig</em>' attribute.
	 * @see #setZuwendungsfaehig(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAusgabeposition_Zuwendungsfaehig()
	 * @model
	 * @generated
	 */
	Boolean getZuwendungsfaehig();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ausgabeposition#getZuwendungsfaehig <em>Zuwendungsfaehig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zuwendungsfaehig</em>' attribute.
	 * @see #getZuwendungsfaehig()
	 * @generated
	 */
	void setZuwendungsfaehig(Boolean value);

} // Ausgabeposition
