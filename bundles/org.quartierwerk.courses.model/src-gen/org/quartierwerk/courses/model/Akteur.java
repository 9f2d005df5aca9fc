/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Akteur</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Akteur#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Akteur#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Akteur#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Akteur#isEhrenamtlich <em>Ehrenamtlich</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Akteur#isDigital <em>Digital</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Akteur#isRahmengebend <em>Rahmengebend</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Akteur#getAnsprechperson <em>Ansprechperson</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getAkteur()
 * @model
 * @generated
 */
public interface Akteur extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteur_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Akteur#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteur_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Akteur#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Art</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.courses.model.Akteursart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.courses.model.Akteursart
	 * @see #setArt(Akteursart)
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteur_Art()
	 * @model
	 * @generated
	 */
	Akteursart getArt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Akteur#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.courses.model.Akteursart
	 * @see #getArt()
	 * @generated
	 */
	void setArt(Akteursart value);

	/**
	 * Returns the value of the '<em><b>Ehrenamtlich</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hauptamtlich (false) or ehrenamtlich (true) organised, one of the dimensions of docs/fachmodell.md §6.3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ehrenamtlich</em>' attribute.
	 * @see #setEhrenamtlich(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteur_Ehrenamtlich()
	 * @model
	 * @generated
	 */
	boolean isEhrenamtlich();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Akteur#isEhrenamtlich <em>Ehrenamtlich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ehrenamtlich</em>' attribute.
	 * @see #isEhrenamtlich()
	 * @generated
	 */
	void setEhrenamtlich(boolean value);

	/**
	 * Returns the value of the '<em><b>Digital</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digital</em>' attribute.
	 * @see #setDigital(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteur_Digital()
	 * @model
	 * @generated
	 */
	boolean isDigital();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Akteur#isDigital <em>Digital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital</em>' attribute.
	 * @see #isDigital()
	 * @generated
	 */
	void setDigital(boolean value);

	/**
	 * Returns the value of the '<em><b>Rahmengebend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sets the frame for others, e.g. the Kommune as funder or planning authority (docs/fachmodell.md §6.3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rahmengebend</em>' attribute.
	 * @see #setRahmengebend(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteur_Rahmengebend()
	 * @model
	 * @generated
	 */
	boolean isRahmengebend();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Akteur#isRahmengebend <em>Rahmengebend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rahmengebend</em>' attribute.
	 * @see #isRahmengebend()
	 * @generated
	 */
	void setRahmengebend(boolean value);

	/**
	 * Returns the value of the '<em><b>Ansprechperson</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Man vernetzt sich nicht mit Organisationen, sondern mit Menschen" (docs/fachmodell.md §6.3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ansprechperson</em>' attribute.
	 * @see #setAnsprechperson(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteur_Ansprechperson()
	 * @model
	 * @generated
	 */
	String getAnsprechperson();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Akteur#getAnsprechperson <em>Ansprechperson</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ansprechperson</em>' attribute.
	 * @see #getAnsprechperson()
	 * @generated
	 */
	void setAnsprechperson(String value);

} // Akteur
