/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checkliste</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A checklist of the course, e.g. BiQ's Stadtteilerkundung; its points are course content, the answers belong to the Teilnahme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Checkliste#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Checkliste#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Checkliste#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Checkliste#getModul <em>Modul</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Checkliste#getPunkte <em>Punkte</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Checkliste#getQuelle <em>Quelle</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getCheckliste()
 * @model
 * @generated
 */
public interface Checkliste extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getCheckliste_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Checkliste#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Titel</em>' attribute.
	 * @see #setTitel(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getCheckliste_Titel()
	 * @model required="true"
	 * @generated
	 */
	String getTitel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Checkliste#getTitel <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Titel</em>' attribute.
	 * @see #getTitel()
	 * @generated
	 */
	void setTitel(String value);

	/**
	 * Returns the value of the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beschreibung</em>' attribute.
	 * @see #setBeschreibung(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getCheckliste_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Checkliste#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Modul</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modul</em>' reference.
	 * @see #setModul(Modul)
	 * @see org.quartierwerk.courses.model.KursPackage#getCheckliste_Modul()
	 * @model
	 * @generated
	 */
	Modul getModul();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Checkliste#getModul <em>Modul</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modul</em>' reference.
	 * @see #getModul()
	 * @generated
	 */
	void setModul(Modul value);

	/**
	 * Returns the value of the '<em><b>Punkte</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Pruefpunkt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Punkte</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getCheckliste_Punkte()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pruefpunkt> getPunkte();

	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the course's source gives this checklist; unset for a Vorgabe der Kursleitung.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quelle</em>' attribute.
	 * @see #setQuelle(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getCheckliste_Quelle()
	 * @model
	 * @generated
	 */
	String getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Checkliste#getQuelle <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' attribute.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(String value);

} // Checkliste
