/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Netzwerkkooperation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Netzwerkkooperation#getVon <em>Von</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Netzwerkkooperation#getZu <em>Zu</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Netzwerkkooperation#getForm <em>Form</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Netzwerkkooperation#getVerbindlichkeit <em>Verbindlichkeit</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Netzwerkkooperation#getEbenen <em>Ebenen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Netzwerkkooperation#getNotiz <em>Notiz</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkkooperation()
 * @model
 * @generated
 */
public interface Netzwerkkooperation extends EObject {
	/**
	 * Returns the value of the '<em><b>Von</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Von</em>' reference.
	 * @see #setVon(Akteur)
	 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkkooperation_Von()
	 * @model required="true"
	 * @generated
	 */
	Akteur getVon();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getVon <em>Von</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Von</em>' reference.
	 * @see #getVon()
	 * @generated
	 */
	void setVon(Akteur value);

	/**
	 * Returns the value of the '<em><b>Zu</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zu</em>' reference.
	 * @see #setZu(Akteur)
	 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkkooperation_Zu()
	 * @model required="true"
	 * @generated
	 */
	Akteur getZu();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getZu <em>Zu</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zu</em>' reference.
	 * @see #getZu()
	 * @generated
	 */
	void setZu(Akteur value);

	/**
	 * Returns the value of the '<em><b>Form</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.courses.model.Netzwerkform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form</em>' attribute.
	 * @see org.quartierwerk.courses.model.Netzwerkform
	 * @see #isSetForm()
	 * @see #unsetForm()
	 * @see #setForm(Netzwerkform)
	 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkkooperation_Form()
	 * @model unsettable="true"
	 * @generated
	 */
	Netzwerkform getForm();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getForm <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' attribute.
	 * @see org.quartierwerk.courses.model.Netzwerkform
	 * @see #isSetForm()
	 * @see #unsetForm()
	 * @see #getForm()
	 * @generated
	 */
	void setForm(Netzwerkform value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getForm <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetForm()
	 * @see #getForm()
	 * @see #setForm(Netzwerkform)
	 * @generated
	 */
	void unsetForm();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getForm <em>Form</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Form</em>' attribute is set.
	 * @see #unsetForm()
	 * @see #getForm()
	 * @see #setForm(Netzwerkform)
	 * @generated
	 */
	boolean isSetForm();

	/**
	 * Returns the value of the '<em><b>Verbindlichkeit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.courses.model.Verbindlichkeit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verbindlichkeit</em>' attribute.
	 * @see org.quartierwerk.courses.model.Verbindlichkeit
	 * @see #setVerbindlichkeit(Verbindlichkeit)
	 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkkooperation_Verbindlichkeit()
	 * @model
	 * @generated
	 */
	Verbindlichkeit getVerbindlichkeit();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getVerbindlichkeit <em>Verbindlichkeit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verbindlichkeit</em>' attribute.
	 * @see org.quartierwerk.courses.model.Verbindlichkeit
	 * @see #getVerbindlichkeit()
	 * @generated
	 */
	void setVerbindlichkeit(Verbindlichkeit value);

	/**
	 * Returns the value of the '<em><b>Ebenen</b></em>' attribute list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Kooperationsebene}.
	 * The literals are from the enumeration {@link org.quartierwerk.courses.model.Kooperationsebene}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ebenen</em>' attribute list.
	 * @see org.quartierwerk.courses.model.Kooperationsebene
	 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkkooperation_Ebenen()
	 * @model
	 * @generated
	 */
	EList<Kooperationsebene> getEbenen();

	/**
	 * Returns the value of the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notiz</em>' attribute.
	 * @see #setNotiz(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkkooperation_Notiz()
	 * @model
	 * @generated
	 */
	String getNotiz();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getNotiz <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notiz</em>' attribute.
	 * @see #getNotiz()
	 * @generated
	 */
	void setNotiz(String value);

} // Netzwerkkooperation
