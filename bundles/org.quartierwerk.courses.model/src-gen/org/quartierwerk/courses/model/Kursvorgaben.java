/**
 */
package org.quartierwerk.courses.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kursvorgaben</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a trainer (Kursleitung) asks of the participants beyond what the course's source gives: requirements and checklists, kept in the workspace as kurse/<kurs>/vorgaben.xmi and added to the course's own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Kursvorgaben#getKurs <em>Kurs</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kursvorgaben#getVerfasstVon <em>Verfasst Von</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kursvorgaben#getStand <em>Stand</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kursvorgaben#getAnforderungen <em>Anforderungen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kursvorgaben#getChecklisten <em>Checklisten</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getKursvorgaben()
 * @model
 * @generated
 */
public interface Kursvorgaben extends EObject {
	/**
	 * Returns the value of the '<em><b>Kurs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the course these Vorgaben are for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kurs</em>' attribute.
	 * @see #setKurs(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKursvorgaben_Kurs()
	 * @model required="true"
	 * @generated
	 */
	String getKurs();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kursvorgaben#getKurs <em>Kurs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kurs</em>' attribute.
	 * @see #getKurs()
	 * @generated
	 */
	void setKurs(String value);

	/**
	 * Returns the value of the '<em><b>Verfasst Von</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verfasst Von</em>' attribute.
	 * @see #setVerfasstVon(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKursvorgaben_VerfasstVon()
	 * @model
	 * @generated
	 */
	String getVerfasstVon();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kursvorgaben#getVerfasstVon <em>Verfasst Von</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verfasst Von</em>' attribute.
	 * @see #getVerfasstVon()
	 * @generated
	 */
	void setVerfasstVon(String value);

	/**
	 * Returns the value of the '<em><b>Stand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the Vorgaben were last changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stand</em>' attribute.
	 * @see #setStand(Date)
	 * @see org.quartierwerk.courses.model.KursPackage#getKursvorgaben_Stand()
	 * @model
	 * @generated
	 */
	Date getStand();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kursvorgaben#getStand <em>Stand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stand</em>' attribute.
	 * @see #getStand()
	 * @generated
	 */
	void setStand(Date value);

	/**
	 * Returns the value of the '<em><b>Anforderungen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Anforderung}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anforderungen</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getKursvorgaben_Anforderungen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Anforderung> getAnforderungen();

	/**
	 * Returns the value of the '<em><b>Checklisten</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Checkliste}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklisten</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getKursvorgaben_Checklisten()
	 * @model containment="true"
	 * @generated
	 */
	EList<Checkliste> getChecklisten();

} // Kursvorgaben
