/**
 */
package org.quartierwerk.courses.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Punktergebnis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Punktergebnis#getPruefpunkt <em>Pruefpunkt</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Punktergebnis#isErledigt <em>Erledigt</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Punktergebnis#getErledigtAm <em>Erledigt Am</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Punktergebnis#getNotiz <em>Notiz</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Punktergebnis#getEintraege <em>Eintraege</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getPunktergebnis()
 * @model
 * @generated
 */
public interface Punktergebnis extends EObject {
	/**
	 * Returns the value of the '<em><b>Pruefpunkt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pruefpunkt</em>' reference.
	 * @see #setPruefpunkt(Pruefpunkt)
	 * @see org.quartierwerk.courses.model.KursPackage#getPunktergebnis_Pruefpunkt()
	 * @model required="true"
	 * @generated
	 */
	Pruefpunkt getPruefpunkt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Punktergebnis#getPruefpunkt <em>Pruefpunkt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pruefpunkt</em>' reference.
	 * @see #getPruefpunkt()
	 * @generated
	 */
	void setPruefpunkt(Pruefpunkt value);

	/**
	 * Returns the value of the '<em><b>Erledigt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Erledigt</em>' attribute.
	 * @see #setErledigt(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getPunktergebnis_Erledigt()
	 * @model
	 * @generated
	 */
	boolean isErledigt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Punktergebnis#isErledigt <em>Erledigt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Erledigt</em>' attribute.
	 * @see #isErledigt()
	 * @generated
	 */
	void setErledigt(boolean value);

	/**
	 * Returns the value of the '<em><b>Erledigt Am</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Erledigt Am</em>' attribute.
	 * @see #setErledigtAm(Date)
	 * @see org.quartierwerk.courses.model.KursPackage#getPunktergebnis_ErledigtAm()
	 * @model
	 * @generated
	 */
	Date getErledigtAm();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Punktergebnis#getErledigtAm <em>Erledigt Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Erledigt Am</em>' attribute.
	 * @see #getErledigtAm()
	 * @generated
	 */
	void setErledigtAm(Date value);

	/**
	 * Returns the value of the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notiz</em>' attribute.
	 * @see #setNotiz(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getPunktergebnis_Notiz()
	 * @model
	 * @generated
	 */
	String getNotiz();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Punktergebnis#getNotiz <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notiz</em>' attribute.
	 * @see #getNotiz()
	 * @generated
	 */
	void setNotiz(String value);

	/**
	 * Returns the value of the '<em><b>Eintraege</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The structured content the point adds to the Praxisprojekt, one entry each, e.g. the Treffpunkte found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eintraege</em>' attribute list.
	 * @see org.quartierwerk.courses.model.KursPackage#getPunktergebnis_Eintraege()
	 * @model
	 * @generated
	 */
	EList<String> getEintraege();

} // Punktergebnis
