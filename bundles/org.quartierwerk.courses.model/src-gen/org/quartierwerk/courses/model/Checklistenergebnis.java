/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklistenergebnis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Checklistenergebnis#getCheckliste <em>Checkliste</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Checklistenergebnis#getPunkte <em>Punkte</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getChecklistenergebnis()
 * @model
 * @generated
 */
public interface Checklistenergebnis extends EObject {
	/**
	 * Returns the value of the '<em><b>Checkliste</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkliste</em>' reference.
	 * @see #setCheckliste(Checkliste)
	 * @see org.quartierwerk.courses.model.KursPackage#getChecklistenergebnis_Checkliste()
	 * @model required="true"
	 * @generated
	 */
	Checkliste getCheckliste();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Checklistenergebnis#getCheckliste <em>Checkliste</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkliste</em>' reference.
	 * @see #getCheckliste()
	 * @generated
	 */
	void setCheckliste(Checkliste value);

	/**
	 * Returns the value of the '<em><b>Punkte</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Punktergebnis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Punkte</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getChecklistenergebnis_Punkte()
	 * @model containment="true"
	 * @generated
	 */
	EList<Punktergebnis> getPunkte();

} // Checklistenergebnis
