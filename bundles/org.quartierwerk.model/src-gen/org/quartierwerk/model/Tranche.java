/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tranche</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Der Teil eines Finanzierungsanteils für ein Jahr. Regeln der Prüfung (docs/fachmodell.md §7): betragNichtNegativ.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Tranche#getJahr <em>Jahr</em>}</li>
 *   <li>{@link org.quartierwerk.model.Tranche#getBetrag <em>Betrag</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getTranche()
 * @model
 * @generated
 */
public interface Tranche extends EObject {
	/**
	 * Returns the value of the '<em><b>Jahr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jahr</em>' attribute.
	 * @see #setJahr(Integer)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getTranche_Jahr()
	 * @model
	 * @generated
	 */
	Integer getJahr();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Tranche#getJahr <em>Jahr</em>}' attribute.
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
	 * @see org.quartierwerk.model.QuartierwerkPackage#getTranche_Betrag()
	 * @model
	 * @generated
	 */
	BigDecimal getBetrag();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Tranche#getBetrag <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Betrag</em>' attribute.
	 * @see #getBetrag()
	 * @generated
	 */
	void setBetrag(BigDecimal value);

} // Tranche
