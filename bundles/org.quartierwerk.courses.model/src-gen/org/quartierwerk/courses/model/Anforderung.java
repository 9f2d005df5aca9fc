/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Anforderung</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the participant's Praxisprojekt must show to complete the course.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Anforderung#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Anforderung#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Anforderung#getQuelle <em>Quelle</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getAnforderung()
 * @model
 * @generated
 */
public interface Anforderung extends EObject {
	/**
	 * Returns the value of the '<em><b>Art</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.courses.model.Anforderungsart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.courses.model.Anforderungsart
	 * @see #setArt(Anforderungsart)
	 * @see org.quartierwerk.courses.model.KursPackage#getAnforderung_Art()
	 * @model required="true"
	 * @generated
	 */
	Anforderungsart getArt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Anforderung#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.courses.model.Anforderungsart
	 * @see #getArt()
	 * @generated
	 */
	void setArt(Anforderungsart value);

	/**
	 * Returns the value of the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beschreibung</em>' attribute.
	 * @see #setBeschreibung(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getAnforderung_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Anforderung#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the course's source states this requirement, e.g. "003 L3874–L3875"; unset for a Vorgabe der Kursleitung.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quelle</em>' attribute.
	 * @see #setQuelle(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getAnforderung_Quelle()
	 * @model
	 * @generated
	 */
	String getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Anforderung#getQuelle <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' attribute.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(String value);

} // Anforderung
