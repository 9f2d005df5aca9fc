/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Beteiligung</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Wie eine Zielgruppe in einer Projektphase beteiligt wird. Regeln der Prüfung (docs/fachmodell.md §7): stufeInstalliert.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Beteiligung#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.quartierwerk.model.Beteiligung#getZielgruppe <em>Zielgruppe</em>}</li>
 *   <li>{@link org.quartierwerk.model.Beteiligung#getFormat <em>Format</em>}</li>
 *   <li>{@link org.quartierwerk.model.Beteiligung#getStufe <em>Stufe</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getBeteiligung()
 * @model
 * @generated
 */
public interface Beteiligung extends EObject {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Projektphase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.quartierwerk.model.Projektphase
	 * @see #isSetPhase()
	 * @see #unsetPhase()
	 * @see #setPhase(Projektphase)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getBeteiligung_Phase()
	 * @model unsettable="true"
	 * @generated
	 */
	Projektphase getPhase();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Beteiligung#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.quartierwerk.model.Projektphase
	 * @see #isSetPhase()
	 * @see #unsetPhase()
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Projektphase value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Beteiligung#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPhase()
	 * @see #getPhase()
	 * @see #setPhase(Projektphase)
	 * @generated
	 */
	void unsetPhase();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Beteiligung#getPhase <em>Phase</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Phase</em>' attribute is set.
	 * @see #unsetPhase()
	 * @see #getPhase()
	 * @see #setPhase(Projektphase)
	 * @generated
	 */
	boolean isSetPhase();

	/**
	 * Returns the value of the '<em><b>Zielgruppe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zielgruppe</em>' attribute.
	 * @see #setZielgruppe(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getBeteiligung_Zielgruppe()
	 * @model
	 * @generated
	 */
	String getZielgruppe();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Beteiligung#getZielgruppe <em>Zielgruppe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zielgruppe</em>' attribute.
	 * @see #getZielgruppe()
	 * @generated
	 */
	void setZielgruppe(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getBeteiligung_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Beteiligung#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Stufe</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Stufe eines installierten Partizipationsmodells; von den Nutzern gewählt, nie abgeleitet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stufe</em>' reference.
	 * @see #setStufe(Partizipationsstufe)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getBeteiligung_Stufe()
	 * @model
	 * @generated
	 */
	Partizipationsstufe getStufe();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Beteiligung#getStufe <em>Stufe</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stufe</em>' reference.
	 * @see #getStufe()
	 * @generated
	 */
	void setStufe(Partizipationsstufe value);

} // Beteiligung
