/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adresse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Adresse#getStrasse <em>Strasse</em>}</li>
 *   <li>{@link org.quartierwerk.model.Adresse#getPlz <em>Plz</em>}</li>
 *   <li>{@link org.quartierwerk.model.Adresse#getOrt <em>Ort</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getAdresse()
 * @model
 * @generated
 */
public interface Adresse extends EObject {
	/**
	 * Returns the value of the '<em><b>Strasse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strasse</em>' attribute.
	 * @see #setStrasse(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAdresse_Strasse()
	 * @model
	 * @generated
	 */
	String getStrasse();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Adresse#getStrasse <em>Strasse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strasse</em>' attribute.
	 * @see #getStrasse()
	 * @generated
	 */
	void setStrasse(String value);

	/**
	 * Returns the value of the '<em><b>Plz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plz</em>' attribute.
	 * @see #setPlz(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAdresse_Plz()
	 * @model
	 * @generated
	 */
	String getPlz();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Adresse#getPlz <em>Plz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plz</em>' attribute.
	 * @see #getPlz()
	 * @generated
	 */
	void setPlz(String value);

	/**
	 * Returns the value of the '<em><b>Ort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ort</em>' attribute.
	 * @see #setOrt(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getAdresse_Ort()
	 * @model
	 * @generated
	 */
	String getOrt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Adresse#getOrt <em>Ort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ort</em>' attribute.
	 * @see #getOrt()
	 * @generated
	 */
	void setOrt(String value);

} // Adresse
