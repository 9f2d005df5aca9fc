/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Laufzeit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Beginn und Ende, auf Jahr, Monat oder Tag genau. Regeln der Prüfung (docs/fachmodell.md §7): beginnVorEnde.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Laufzeit#getBeginn <em>Beginn</em>}</li>
 *   <li>{@link org.quartierwerk.model.Laufzeit#getEnde <em>Ende</em>}</li>
 *   <li>{@link org.quartierwerk.model.Laufzeit#getOffen <em>Offen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Laufzeit#getVorlaeufig <em>Vorlaeufig</em>}</li>
 *   <li>{@link org.quartierwerk.model.Laufzeit#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getLaufzeit()
 * @model
 * @generated
 */
public interface Laufzeit extends EObject {
	/**
	 * Returns the value of the '<em><b>Beginn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beginn</em>' attribute.
	 * @see #setBeginn(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getLaufzeit_Beginn()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getBeginn();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Laufzeit#getBeginn <em>Beginn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beginn</em>' attribute.
	 * @see #getBeginn()
	 * @generated
	 */
	void setBeginn(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Ende</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ende</em>' attribute.
	 * @see #setEnde(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getLaufzeit_Ende()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getEnde();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Laufzeit#getEnde <em>Ende</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ende</em>' attribute.
	 * @see #getEnde()
	 * @generated
	 */
	void setEnde(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Offen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ohne festes Ende ("seit 2007").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offen</em>' attribute.
	 * @see #setOffen(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getLaufzeit_Offen()
	 * @model
	 * @generated
	 */
	Boolean getOffen();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Laufzeit#getOffen <em>Offen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offen</em>' attribute.
	 * @see #getOffen()
	 * @generated
	 */
	void setOffen(Boolean value);

	/**
	 * Returns the value of the '<em><b>Vorlaeufig</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ende nur vorläufig ("vorerst").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vorlaeufig</em>' attribute.
	 * @see #setVorlaeufig(Boolean)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getLaufzeit_Vorlaeufig()
	 * @model
	 * @generated
	 */
	Boolean getVorlaeufig();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Laufzeit#getVorlaeufig <em>Vorlaeufig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vorlaeufig</em>' attribute.
	 * @see #getVorlaeufig()
	 * @generated
	 */
	void setVorlaeufig(Boolean value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Laufzeit wie gedruckt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getLaufzeit_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Laufzeit#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Laufzeit
