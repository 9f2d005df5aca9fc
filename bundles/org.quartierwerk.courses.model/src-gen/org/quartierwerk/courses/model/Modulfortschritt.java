/**
 */
package org.quartierwerk.courses.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Modulfortschritt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Modulfortschritt#getModul <em>Modul</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Modulfortschritt#isAbgeschlossen <em>Abgeschlossen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Modulfortschritt#getAbgeschlossenAm <em>Abgeschlossen Am</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Modulfortschritt#getNotiz <em>Notiz</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getModulfortschritt()
 * @model
 * @generated
 */
public interface Modulfortschritt extends EObject {
	/**
	 * Returns the value of the '<em><b>Modul</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modul</em>' reference.
	 * @see #setModul(Modul)
	 * @see org.quartierwerk.courses.model.KursPackage#getModulfortschritt_Modul()
	 * @model required="true"
	 * @generated
	 */
	Modul getModul();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Modulfortschritt#getModul <em>Modul</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modul</em>' reference.
	 * @see #getModul()
	 * @generated
	 */
	void setModul(Modul value);

	/**
	 * Returns the value of the '<em><b>Abgeschlossen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Abgeschlossen</em>' attribute.
	 * @see #setAbgeschlossen(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getModulfortschritt_Abgeschlossen()
	 * @model
	 * @generated
	 */
	boolean isAbgeschlossen();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Modulfortschritt#isAbgeschlossen <em>Abgeschlossen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abgeschlossen</em>' attribute.
	 * @see #isAbgeschlossen()
	 * @generated
	 */
	void setAbgeschlossen(boolean value);

	/**
	 * Returns the value of the '<em><b>Abgeschlossen Am</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Abgeschlossen Am</em>' attribute.
	 * @see #setAbgeschlossenAm(Date)
	 * @see org.quartierwerk.courses.model.KursPackage#getModulfortschritt_AbgeschlossenAm()
	 * @model
	 * @generated
	 */
	Date getAbgeschlossenAm();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Modulfortschritt#getAbgeschlossenAm <em>Abgeschlossen Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abgeschlossen Am</em>' attribute.
	 * @see #getAbgeschlossenAm()
	 * @generated
	 */
	void setAbgeschlossenAm(Date value);

	/**
	 * Returns the value of the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notiz</em>' attribute.
	 * @see #setNotiz(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getModulfortschritt_Notiz()
	 * @model
	 * @generated
	 */
	String getNotiz();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Modulfortschritt#getNotiz <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notiz</em>' attribute.
	 * @see #getNotiz()
	 * @generated
	 */
	void setNotiz(String value);

} // Modulfortschritt
