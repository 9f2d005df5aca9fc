/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Akteurslandkarte</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The Akteurslandkarte of a Praxisprojekt: who takes part and how they cooperate (docs/fachmodell.md §6.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Akteurslandkarte#getAkteure <em>Akteure</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Akteurslandkarte#getKooperationen <em>Kooperationen</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getAkteurslandkarte()
 * @model
 * @generated
 */
public interface Akteurslandkarte extends EObject {
	/**
	 * Returns the value of the '<em><b>Akteure</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Akteur}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Akteure</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteurslandkarte_Akteure()
	 * @model containment="true"
	 * @generated
	 */
	EList<Akteur> getAkteure();

	/**
	 * Returns the value of the '<em><b>Kooperationen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Netzwerkkooperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kooperationen</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getAkteurslandkarte_Kooperationen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Netzwerkkooperation> getKooperationen();

} // Akteurslandkarte
