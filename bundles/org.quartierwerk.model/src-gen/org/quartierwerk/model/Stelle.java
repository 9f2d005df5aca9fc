/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stelle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Eine Stelle im Quartiersmanagement. Regeln der Prüfung (docs/fachmodell.md §7): umfangImBereich, besetzungPlausibel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Stelle#getFunktion <em>Funktion</em>}</li>
 *   <li>{@link org.quartierwerk.model.Stelle#getUmfangProzent <em>Umfang Prozent</em>}</li>
 *   <li>{@link org.quartierwerk.model.Stelle#getVollzeitaequivalent <em>Vollzeitaequivalent</em>}</li>
 *   <li>{@link org.quartierwerk.model.Stelle#getPersonen <em>Personen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Stelle#getEhrenamtlich <em>Ehrenamtlich</em>}</li>
 *   <li>{@link org.quartierwerk.model.Stelle#getFinanziertDurch <em>Finanziert Durch</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getStelle()
 * @model
 * @generated
 */
public interface Stelle extends EObject {
	/**
	 * Returns the value of the '<em><b>Funktion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funktion</em>' attribute.
	 * @see #setFunktion(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStelle_Funktion()
	 * @model required="true"
	 * @generated
	 */
	String getFunktion();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Stelle#getFunktion <em>Funktion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funktion</em>' attribute.
	 * @see #getFunktion()
	 * @generated
	 */
	void setFunktion(String value);

	/**
	 * Returns the value of the '<em><b>Umfang Prozent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Umfang in Prozent einer Vollzeitstelle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Umfang Prozent</em>' attribute.
	 * @see #setUmfangProzent(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStelle_UmfangProzent()
	 * @model
	 * @generated
	 */
	BigDecimal getUmfangProzent();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Stelle#getUmfangProzent <em>Umfang Prozent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Umfang Prozent</em>' attribute.
	 * @see #getUmfangProzent()
	 * @generated
	 */
	void setUmfangProzent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Vollzeitaequivalent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vollzeitäquivalente (VZÄ), z. B. 1,5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vollzeitaequivalent</em>' attribute.
	 * @see #setVollzeitaequivalent(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStelle_Vollzeitaequivalent()
	 * @model
	 * @generated
	 */
	BigDecimal getVollzeitaequivalent();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Stelle#getVollzeitaequivalent <em>Vollzeitaequivalent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vollzeitaequivalent</em>' attribute.
	 * @see #getVollzeitaequivalent()
	 * @generated
	 */
	void setVollzeitaequivalent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Personen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wie viele Personen die Stelle besetzen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personen</em>' attribute.
	 * @see #setPersonen(Integer)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStelle_Personen()
	 * @model
	 * @generated
	 */
	Integer getPersonen();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Stelle#getPersonen <em>Personen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personen</em>' attribute.
	 * @see #getPersonen()
	 * @generated
	 */
	void setPersonen(Integer value);

	/**
	 * Returns the value of the '<em><b>Ehrenamtlich</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ehrenamtlich</em>' attribute.
	 * @see #setEhrenamtlich(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStelle_Ehrenamtlich()
	 * @model
	 * @generated
	 */
	Boolean getEhrenamtlich();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Stelle#getEhrenamtlich <em>Ehrenamtlich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ehrenamtlich</em>' attribute.
	 * @see #getEhrenamtlich()
	 * @generated
	 */
	void setEhrenamtlich(Boolean value);

	/**
	 * Returns the value of the '<em><b>Finanziert Durch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finanziert Durch</em>' reference.
	 * @see #setFinanziertDurch(Finanzierungsquelle)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getStelle_FinanziertDurch()
	 * @model
	 * @generated
	 */
	Finanzierungsquelle getFinanziertDurch();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Stelle#getFinanziertDurch <em>Finanziert Durch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finanziert Durch</em>' reference.
	 * @see #getFinanziertDurch()
	 * @generated
	 */
	void setFinanziertDurch(Finanzierungsquelle value);

} // Stelle
