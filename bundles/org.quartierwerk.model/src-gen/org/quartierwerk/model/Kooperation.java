/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kooperation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Die Zusammenarbeit mit einem Partner.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Kooperation#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kooperation#getRolle <em>Rolle</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kooperation#getForm <em>Form</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getKooperation()
 * @model
 * @generated
 */
public interface Kooperation extends EObject {
	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(Organisation)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKooperation_Partner()
	 * @model required="true"
	 * @generated
	 */
	Organisation getPartner();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kooperation#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Rolle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rolle</em>' attribute.
	 * @see #setRolle(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKooperation_Rolle()
	 * @model
	 * @generated
	 */
	String getRolle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kooperation#getRolle <em>Rolle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rolle</em>' attribute.
	 * @see #getRolle()
	 * @generated
	 */
	void setRolle(String value);

	/**
	 * Returns the value of the '<em><b>Form</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Kooperationsform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form</em>' attribute.
	 * @see org.quartierwerk.model.Kooperationsform
	 * @see #isSetForm()
	 * @see #unsetForm()
	 * @see #setForm(Kooperationsform)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKooperation_Form()
	 * @model unsettable="true"
	 * @generated
	 */
	Kooperationsform getForm();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kooperation#getForm <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' attribute.
	 * @see org.quartierwerk.model.Kooperationsform
	 * @see #isSetForm()
	 * @see #unsetForm()
	 * @see #getForm()
	 * @generated
	 */
	void setForm(Kooperationsform value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Kooperation#getForm <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetForm()
	 * @see #getForm()
	 * @see #setForm(Kooperationsform)
	 * @generated
	 */
	void unsetForm();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Kooperation#getForm <em>Form</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Form</em>' attribute is set.
	 * @see #unsetForm()
	 * @see #getForm()
	 * @see #setForm(Kooperationsform)
	 * @generated
	 */
	boolean isSetForm();

} // Kooperation
