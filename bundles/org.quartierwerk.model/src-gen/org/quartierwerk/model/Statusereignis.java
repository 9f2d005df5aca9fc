/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statusereignis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein Schritt der Bewilligung eines Finanzierungsanteils: beantragt, bewilligt, ausgezahlt …, mit Datum und Aktenzeichen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Statusereignis#getStatus <em>Status</em>}</li>
 *   <li>{@link org.quartierwerk.model.Statusereignis#getDatum <em>Datum</em>}</li>
 *   <li>{@link org.quartierwerk.model.Statusereignis#getAktenzeichen <em>Aktenzeichen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Statusereignis#getNotiz <em>Notiz</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getStatusereignis()
 * @model
 * @generated
 */
public interface Statusereignis extends EObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Bewilligungsstatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.quartierwerk.model.Bewilligungsstatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(Bewilligungsstatus)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStatusereignis_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	Bewilligungsstatus getStatus();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Statusereignis#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.quartierwerk.model.Bewilligungsstatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Bewilligungsstatus value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Statusereignis#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Bewilligungsstatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Statusereignis#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Bewilligungsstatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datum</em>' attribute.
	 * @see #setDatum(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStatusereignis_Datum()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getDatum();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Statusereignis#getDatum <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datum</em>' attribute.
	 * @see #getDatum()
	 * @generated
	 */
	void setDatum(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Aktenzeichen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aktenzeichen</em>' attribute.
	 * @see #setAktenzeichen(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStatusereignis_Aktenzeichen()
	 * @model
	 * @generated
	 */
	String getAktenzeichen();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Statusereignis#getAktenzeichen <em>Aktenzeichen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aktenzeichen</em>' attribute.
	 * @see #getAktenzeichen()
	 * @generated
	 */
	void setAktenzeichen(String value);

	/**
	 * Returns the value of the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notiz</em>' attribute.
	 * @see #setNotiz(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStatusereignis_Notiz()
	 * @model
	 * @generated
	 */
	String getNotiz();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Statusereignis#getNotiz <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notiz</em>' attribute.
	 * @see #getNotiz()
	 * @generated
	 */
	void setNotiz(String value);

} // Statusereignis
