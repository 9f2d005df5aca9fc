/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ziel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein Ziel der Zielpyramide.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Ziel#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getEbene <em>Ebene</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getTyp <em>Typ</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getWirkungsstufe <em>Wirkungsstufe</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getSpezifisch <em>Spezifisch</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getMessbar <em>Messbar</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getErreichbar <em>Erreichbar</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getRealistisch <em>Realistisch</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getTermin <em>Termin</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getUnterziele <em>Unterziele</em>}</li>
 *   <li>{@link org.quartierwerk.model.Ziel#getKennzahlen <em>Kennzahlen</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel()
 * @model
 * @generated
 */
public interface Ziel extends EObject {
	/**
	 * Returns the value of the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Titel</em>' attribute.
	 * @see #setTitel(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Titel()
	 * @model required="true"
	 * @generated
	 */
	String getTitel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getTitel <em>Titel</em>}' attribute.
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
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Ebene</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Zielebene}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ebene</em>' attribute.
	 * @see org.quartierwerk.model.Zielebene
	 * @see #isSetEbene()
	 * @see #unsetEbene()
	 * @see #setEbene(Zielebene)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Ebene()
	 * @model unsettable="true"
	 * @generated
	 */
	Zielebene getEbene();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getEbene <em>Ebene</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ebene</em>' attribute.
	 * @see org.quartierwerk.model.Zielebene
	 * @see #isSetEbene()
	 * @see #unsetEbene()
	 * @see #getEbene()
	 * @generated
	 */
	void setEbene(Zielebene value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Ziel#getEbene <em>Ebene</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEbene()
	 * @see #getEbene()
	 * @see #setEbene(Zielebene)
	 * @generated
	 */
	void unsetEbene();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Ziel#getEbene <em>Ebene</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ebene</em>' attribute is set.
	 * @see #unsetEbene()
	 * @see #getEbene()
	 * @see #setEbene(Zielebene)
	 * @generated
	 */
	boolean isSetEbene();

	/**
	 * Returns the value of the '<em><b>Typ</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Zieltyp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typ</em>' attribute.
	 * @see org.quartierwerk.model.Zieltyp
	 * @see #isSetTyp()
	 * @see #unsetTyp()
	 * @see #setTyp(Zieltyp)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Typ()
	 * @model unsettable="true"
	 * @generated
	 */
	Zieltyp getTyp();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getTyp <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typ</em>' attribute.
	 * @see org.quartierwerk.model.Zieltyp
	 * @see #isSetTyp()
	 * @see #unsetTyp()
	 * @see #getTyp()
	 * @generated
	 */
	void setTyp(Zieltyp value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Ziel#getTyp <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTyp()
	 * @see #getTyp()
	 * @see #setTyp(Zieltyp)
	 * @generated
	 */
	void unsetTyp();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Ziel#getTyp <em>Typ</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Typ</em>' attribute is set.
	 * @see #unsetTyp()
	 * @see #getTyp()
	 * @see #setTyp(Zieltyp)
	 * @generated
	 */
	boolean isSetTyp();

	/**
	 * Returns the value of the '<em><b>Wirkungsstufe</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Wirkungsstufe}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wirkungsstufe</em>' attribute.
	 * @see org.quartierwerk.model.Wirkungsstufe
	 * @see #isSetWirkungsstufe()
	 * @see #unsetWirkungsstufe()
	 * @see #setWirkungsstufe(Wirkungsstufe)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Wirkungsstufe()
	 * @model unsettable="true"
	 * @generated
	 */
	Wirkungsstufe getWirkungsstufe();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getWirkungsstufe <em>Wirkungsstufe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wirkungsstufe</em>' attribute.
	 * @see org.quartierwerk.model.Wirkungsstufe
	 * @see #isSetWirkungsstufe()
	 * @see #unsetWirkungsstufe()
	 * @see #getWirkungsstufe()
	 * @generated
	 */
	void setWirkungsstufe(Wirkungsstufe value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Ziel#getWirkungsstufe <em>Wirkungsstufe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWirkungsstufe()
	 * @see #getWirkungsstufe()
	 * @see #setWirkungsstufe(Wirkungsstufe)
	 * @generated
	 */
	void unsetWirkungsstufe();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Ziel#getWirkungsstufe <em>Wirkungsstufe</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Wirkungsstufe</em>' attribute is set.
	 * @see #unsetWirkungsstufe()
	 * @see #getWirkungsstufe()
	 * @see #setWirkungsstufe(Wirkungsstufe)
	 * @generated
	 */
	boolean isSetWirkungsstufe();

	/**
	 * Returns the value of the '<em><b>Spezifisch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spezifisch</em>' attribute.
	 * @see #setSpezifisch(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Spezifisch()
	 * @model
	 * @generated
	 */
	Boolean getSpezifisch();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getSpezifisch <em>Spezifisch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spezifisch</em>' attribute.
	 * @see #getSpezifisch()
	 * @generated
	 */
	void setSpezifisch(Boolean value);

	/**
	 * Returns the value of the '<em><b>Messbar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Messbar</em>' attribute.
	 * @see #setMessbar(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Messbar()
	 * @model
	 * @generated
	 */
	Boolean getMessbar();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getMessbar <em>Messbar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Messbar</em>' attribute.
	 * @see #getMessbar()
	 * @generated
	 */
	void setMessbar(Boolean value);

	/**
	 * Returns the value of the '<em><b>Erreichbar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Erreichbar</em>' attribute.
	 * @see #setErreichbar(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Erreichbar()
	 * @model
	 * @generated
	 */
	Boolean getErreichbar();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getErreichbar <em>Erreichbar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Erreichbar</em>' attribute.
	 * @see #getErreichbar()
	 * @generated
	 */
	void setErreichbar(Boolean value);

	/**
	 * Returns the value of the '<em><b>Realistisch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Realistisch</em>' attribute.
	 * @see #setRealistisch(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Realistisch()
	 * @model
	 * @generated
	 */
	Boolean getRealistisch();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getRealistisch <em>Realistisch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Realistisch</em>' attribute.
	 * @see #getRealistisch()
	 * @generated
	 */
	void setRealistisch(Boolean value);

	/**
	 * Returns the value of the '<em><b>Termin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bis wann das Ziel erreicht sein soll (terminiert).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Termin</em>' attribute.
	 * @see #setTermin(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Termin()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getTermin();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Ziel#getTermin <em>Termin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Termin</em>' attribute.
	 * @see #getTermin()
	 * @generated
	 */
	void setTermin(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Unterziele</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Ziel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unterziele</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Unterziele()
	 * @model containment="true"
	 * @generated
	 */
	EList<Ziel> getUnterziele();

	/**
	 * Returns the value of the '<em><b>Kennzahlen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Kennzahl}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kennzahlen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getZiel_Kennzahlen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kennzahl> getKennzahlen();

} // Ziel
