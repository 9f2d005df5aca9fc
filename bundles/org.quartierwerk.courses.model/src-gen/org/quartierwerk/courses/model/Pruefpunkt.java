/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pruefpunkt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Pruefpunkt#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Pruefpunkt#getFrage <em>Frage</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Pruefpunkt#getHinweis <em>Hinweis</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Pruefpunkt#getErfassen <em>Erfassen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Pruefpunkt#isPflicht <em>Pflicht</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Pruefpunkt#getQuelle <em>Quelle</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getPruefpunkt()
 * @model
 * @generated
 */
public interface Pruefpunkt extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getPruefpunkt_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Pruefpunkt#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Frage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frage</em>' attribute.
	 * @see #setFrage(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getPruefpunkt_Frage()
	 * @model required="true"
	 * @generated
	 */
	String getFrage();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Pruefpunkt#getFrage <em>Frage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frage</em>' attribute.
	 * @see #getFrage()
	 * @generated
	 */
	void setFrage(String value);

	/**
	 * Returns the value of the '<em><b>Hinweis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hinweis</em>' attribute.
	 * @see #setHinweis(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getPruefpunkt_Hinweis()
	 * @model
	 * @generated
	 */
	String getHinweis();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Pruefpunkt#getHinweis <em>Hinweis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hinweis</em>' attribute.
	 * @see #getHinweis()
	 * @generated
	 */
	void setHinweis(String value);

	/**
	 * Returns the value of the '<em><b>Erfassen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the participant records for this point, e.g. "Treffpunkte"; unset when ticking it is enough.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Erfassen</em>' attribute.
	 * @see #setErfassen(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getPruefpunkt_Erfassen()
	 * @model
	 * @generated
	 */
	String getErfassen();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Pruefpunkt#getErfassen <em>Erfassen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Erfassen</em>' attribute.
	 * @see #getErfassen()
	 * @generated
	 */
	void setErfassen(String value);

	/**
	 * Returns the value of the '<em><b>Pflicht</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pflicht</em>' attribute.
	 * @see #setPflicht(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getPruefpunkt_Pflicht()
	 * @model default="true"
	 * @generated
	 */
	boolean isPflicht();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Pruefpunkt#isPflicht <em>Pflicht</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pflicht</em>' attribute.
	 * @see #isPflicht()
	 * @generated
	 */
	void setPflicht(boolean value);

	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the course's source gives this point; unset for a Vorgabe der Kursleitung.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quelle</em>' attribute.
	 * @see #setQuelle(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getPruefpunkt_Quelle()
	 * @model
	 * @generated
	 */
	String getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Pruefpunkt#getQuelle <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' attribute.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(String value);

} // Pruefpunkt
