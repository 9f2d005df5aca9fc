/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arbeitsschritt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein geplanter oder umgesetzter Arbeitsschritt. Regeln der Prüfung (docs/fachmodell.md §7): zielImProjekt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Arbeitsschritt#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.model.Arbeitsschritt#getStatus <em>Status</em>}</li>
 *   <li>{@link org.quartierwerk.model.Arbeitsschritt#getDatum <em>Datum</em>}</li>
 *   <li>{@link org.quartierwerk.model.Arbeitsschritt#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Arbeitsschritt#getZiel <em>Ziel</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getArbeitsschritt()
 * @model
 * @generated
 */
public interface Arbeitsschritt extends EObject {
	/**
	 * Returns the value of the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Titel</em>' attribute.
	 * @see #setTitel(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getArbeitsschritt_Titel()
	 * @model required="true"
	 * @generated
	 */
	String getTitel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Arbeitsschritt#getTitel <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Titel</em>' attribute.
	 * @see #getTitel()
	 * @generated
	 */
	void setTitel(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Arbeitsschrittstatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.quartierwerk.model.Arbeitsschrittstatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(Arbeitsschrittstatus)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getArbeitsschritt_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	Arbeitsschrittstatus getStatus();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Arbeitsschritt#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.quartierwerk.model.Arbeitsschrittstatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Arbeitsschrittstatus value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Arbeitsschritt#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Arbeitsschrittstatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Arbeitsschritt#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Arbeitsschrittstatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datum</em>' attribute.
	 * @see #setDatum(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getArbeitsschritt_Datum()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getDatum();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Arbeitsschritt#getDatum <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datum</em>' attribute.
	 * @see #getDatum()
	 * @generated
	 */
	void setDatum(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beschreibung</em>' attribute.
	 * @see #setBeschreibung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getArbeitsschritt_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Arbeitsschritt#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Ziel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Das Ziel des Praxisbeispiels, dem der Arbeitsschritt dient (docs/fachmodell.md §4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ziel</em>' reference.
	 * @see #setZiel(Ziel)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getArbeitsschritt_Ziel()
	 * @model
	 * @generated
	 */
	Ziel getZiel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Arbeitsschritt#getZiel <em>Ziel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ziel</em>' reference.
	 * @see #getZiel()
	 * @generated
	 */
	void setZiel(Ziel value);

} // Arbeitsschritt
