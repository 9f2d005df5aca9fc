/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kriteriumsbewertung</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Die Selbsteinschätzung zu einem Good-Practice-Kriterium (docs/fachmodell.md §11). Regeln der Prüfung (docs/fachmodell.md §7): kriteriumEinmal, bewertungZurBegruendung.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Kriteriumsbewertung#getKriterium <em>Kriterium</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kriteriumsbewertung#getBewertung <em>Bewertung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kriteriumsbewertung#getBegruendung <em>Begruendung</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getKriteriumsbewertung()
 * @model
 * @generated
 */
public interface Kriteriumsbewertung extends EObject {
	/**
	 * Returns the value of the '<em><b>Kriterium</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.GoodPracticeKriterium}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kriterium</em>' attribute.
	 * @see org.quartierwerk.model.GoodPracticeKriterium
	 * @see #isSetKriterium()
	 * @see #unsetKriterium()
	 * @see #setKriterium(GoodPracticeKriterium)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKriteriumsbewertung_Kriterium()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	GoodPracticeKriterium getKriterium();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kriteriumsbewertung#getKriterium <em>Kriterium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kriterium</em>' attribute.
	 * @see org.quartierwerk.model.GoodPracticeKriterium
	 * @see #isSetKriterium()
	 * @see #unsetKriterium()
	 * @see #getKriterium()
	 * @generated
	 */
	void setKriterium(GoodPracticeKriterium value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Kriteriumsbewertung#getKriterium <em>Kriterium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKriterium()
	 * @see #getKriterium()
	 * @see #setKriterium(GoodPracticeKriterium)
	 * @generated
	 */
	void unsetKriterium();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Kriteriumsbewertung#getKriterium <em>Kriterium</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kriterium</em>' attribute is set.
	 * @see #unsetKriterium()
	 * @see #getKriterium()
	 * @see #setKriterium(GoodPracticeKriterium)
	 * @generated
	 */
	boolean isSetKriterium();

	/**
	 * Returns the value of the '<em><b>Bewertung</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Erfuellungsgrad}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bewertung</em>' attribute.
	 * @see org.quartierwerk.model.Erfuellungsgrad
	 * @see #isSetBewertung()
	 * @see #unsetBewertung()
	 * @see #setBewertung(Erfuellungsgrad)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKriteriumsbewertung_Bewertung()
	 * @model unsettable="true"
	 * @generated
	 */
	Erfuellungsgrad getBewertung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kriteriumsbewertung#getBewertung <em>Bewertung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bewertung</em>' attribute.
	 * @see org.quartierwerk.model.Erfuellungsgrad
	 * @see #isSetBewertung()
	 * @see #unsetBewertung()
	 * @see #getBewertung()
	 * @generated
	 */
	void setBewertung(Erfuellungsgrad value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Kriteriumsbewertung#getBewertung <em>Bewertung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBewertung()
	 * @see #getBewertung()
	 * @see #setBewertung(Erfuellungsgrad)
	 * @generated
	 */
	void unsetBewertung();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Kriteriumsbewertung#getBewertung <em>Bewertung</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bewertung</em>' attribute is set.
	 * @see #unsetBewertung()
	 * @see #getBewertung()
	 * @see #setBewertung(Erfuellungsgrad)
	 * @generated
	 */
	boolean isSetBewertung();

	/**
	 * Returns the value of the '<em><b>Begruendung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begruendung</em>' attribute.
	 * @see #setBegruendung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKriteriumsbewertung_Begruendung()
	 * @model
	 * @generated
	 */
	String getBegruendung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kriteriumsbewertung#getBegruendung <em>Begruendung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begruendung</em>' attribute.
	 * @see #getBegruendung()
	 * @generated
	 */
	void setBegruendung(String value);

} // Kriteriumsbewertung
