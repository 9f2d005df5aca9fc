/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Projektverweis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein Verweis auf ein zusammengehörendes Projekt über dessen Kennung, mit dem Titel zur Zeit des Verweises als Rückfall; ein Programm außerhalb des Arbeitsbereichs nur mit Namen (docs/fachmodell.md §1.6). Regeln der Prüfung (docs/fachmodell.md §7): verweisBenanntUndGefunden.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Projektverweis#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.model.Projektverweis#getZielKennung <em>Ziel Kennung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Projektverweis#getZielTitel <em>Ziel Titel</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getProjektverweis()
 * @model
 * @generated
 */
public interface Projektverweis extends EObject {
	/**
	 * Returns the value of the '<em><b>Art</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Projektverweisart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.model.Projektverweisart
	 * @see #isSetArt()
	 * @see #unsetArt()
	 * @see #setArt(Projektverweisart)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getProjektverweis_Art()
	 * @model unsettable="true"
	 * @generated
	 */
	Projektverweisart getArt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Projektverweis#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.model.Projektverweisart
	 * @see #isSetArt()
	 * @see #unsetArt()
	 * @see #getArt()
	 * @generated
	 */
	void setArt(Projektverweisart value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Projektverweis#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArt()
	 * @see #getArt()
	 * @see #setArt(Projektverweisart)
	 * @generated
	 */
	void unsetArt();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Projektverweis#getArt <em>Art</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Art</em>' attribute is set.
	 * @see #unsetArt()
	 * @see #getArt()
	 * @see #setArt(Projektverweisart)
	 * @generated
	 */
	boolean isSetArt();

	/**
	 * Returns the value of the '<em><b>Ziel Kennung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Kennung des Projekts, auf das verwiesen wird; leer bei einem Programm, das kein Projekt des Arbeitsbereichs ist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ziel Kennung</em>' attribute.
	 * @see #setZielKennung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getProjektverweis_ZielKennung()
	 * @model
	 * @generated
	 */
	String getZielKennung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Projektverweis#getZielKennung <em>Ziel Kennung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ziel Kennung</em>' attribute.
	 * @see #getZielKennung()
	 * @generated
	 */
	void setZielKennung(String value);

	/**
	 * Returns the value of the '<em><b>Ziel Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Der Titel des Ziels zur Zeit des Verweises (oder der Name des Programms); gezeigt, wenn das Ziel nicht im Arbeitsbereich ist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ziel Titel</em>' attribute.
	 * @see #setZielTitel(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getProjektverweis_ZielTitel()
	 * @model
	 * @generated
	 */
	String getZielTitel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Projektverweis#getZielTitel <em>Ziel Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ziel Titel</em>' attribute.
	 * @see #getZielTitel()
	 * @generated
	 */
	void setZielTitel(String value);

} // Projektverweis
