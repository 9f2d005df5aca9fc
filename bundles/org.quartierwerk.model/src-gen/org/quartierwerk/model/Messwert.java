/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Messwert</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Messwert#getDatum <em>Datum</em>}</li>
 *   <li>{@link org.quartierwerk.model.Messwert#getWert <em>Wert</em>}</li>
 *   <li>{@link org.quartierwerk.model.Messwert#getQuelle <em>Quelle</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getMesswert()
 * @model
 * @generated
 */
public interface Messwert extends EObject {
	/**
	 * Returns the value of the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datum</em>' attribute.
	 * @see #setDatum(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getMesswert_Datum()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getDatum();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Messwert#getDatum <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datum</em>' attribute.
	 * @see #getDatum()
	 * @generated
	 */
	void setDatum(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Wert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wert</em>' attribute.
	 * @see #setWert(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getMesswert_Wert()
	 * @model
	 * @generated
	 */
	BigDecimal getWert();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Messwert#getWert <em>Wert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wert</em>' attribute.
	 * @see #getWert()
	 * @generated
	 */
	void setWert(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Woher der Wert stammt: Quelle oder Erhebungsmethode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quelle</em>' attribute.
	 * @see #setQuelle(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getMesswert_Quelle()
	 * @model
	 * @generated
	 */
	String getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Messwert#getQuelle <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' attribute.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(String value);

} // Messwert
