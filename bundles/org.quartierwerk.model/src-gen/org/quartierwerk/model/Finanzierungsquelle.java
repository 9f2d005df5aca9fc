/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finanzierungsquelle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein Fördermittelgeber oder Förderprogramm, oder eine andere Quelle der Finanzierung. Regeln der Prüfung (docs/fachmodell.md §7): quoteImBereich, hoechstbetragNichtNegativ.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getGeber <em>Geber</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getProgramm <em>Programm</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getRechtsgrundlage <em>Rechtsgrundlage</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getFoerderquoteMax <em>Foerderquote Max</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getHoechstbetrag <em>Hoechstbetrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getMaxLaufzeitJahre <em>Max Laufzeit Jahre</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getTurnus <em>Turnus</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getFoerdergebiet <em>Foerdergebiet</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getHandlungsfelder <em>Handlungsfelder</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsquelle#getBeleg <em>Beleg</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle()
 * @model
 * @generated
 */
public interface Finanzierungsquelle extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schlüssel im Katalog; leer bei eigenen Quellen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Art</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Finanzierungsart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.model.Finanzierungsart
	 * @see #isSetArt()
	 * @see #unsetArt()
	 * @see #setArt(Finanzierungsart)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Art()
	 * @model unsettable="true"
	 * @generated
	 */
	Finanzierungsart getArt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.model.Finanzierungsart
	 * @see #isSetArt()
	 * @see #unsetArt()
	 * @see #getArt()
	 * @generated
	 */
	void setArt(Finanzierungsart value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArt()
	 * @see #getArt()
	 * @see #setArt(Finanzierungsart)
	 * @generated
	 */
	void unsetArt();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getArt <em>Art</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Art</em>' attribute is set.
	 * @see #unsetArt()
	 * @see #getArt()
	 * @see #setArt(Finanzierungsart)
	 * @generated
	 */
	boolean isSetArt();

	/**
	 * Returns the value of the '<em><b>Geber</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Geber</em>' attribute.
	 * @see #setGeber(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Geber()
	 * @model
	 * @generated
	 */
	String getGeber();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getGeber <em>Geber</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geber</em>' attribute.
	 * @see #getGeber()
	 * @generated
	 */
	void setGeber(String value);

	/**
	 * Returns the value of the '<em><b>Programm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programm</em>' attribute.
	 * @see #setProgramm(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Programm()
	 * @model
	 * @generated
	 */
	String getProgramm();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getProgramm <em>Programm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programm</em>' attribute.
	 * @see #getProgramm()
	 * @generated
	 */
	void setProgramm(String value);

	/**
	 * Returns the value of the '<em><b>Rechtsgrundlage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rechtsgrundlage</em>' attribute.
	 * @see #setRechtsgrundlage(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Rechtsgrundlage()
	 * @model
	 * @generated
	 */
	String getRechtsgrundlage();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getRechtsgrundlage <em>Rechtsgrundlage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rechtsgrundlage</em>' attribute.
	 * @see #getRechtsgrundlage()
	 * @generated
	 */
	void setRechtsgrundlage(String value);

	/**
	 * Returns the value of the '<em><b>Foerderquote Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Höchste Förderquote in Prozent der zuwendungsfähigen Ausgaben.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foerderquote Max</em>' attribute.
	 * @see #setFoerderquoteMax(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_FoerderquoteMax()
	 * @model
	 * @generated
	 */
	BigDecimal getFoerderquoteMax();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getFoerderquoteMax <em>Foerderquote Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foerderquote Max</em>' attribute.
	 * @see #getFoerderquoteMax()
	 * @generated
	 */
	void setFoerderquoteMax(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Hoechstbetrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Höchstbetrag in Euro je Projekt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hoechstbetrag</em>' attribute.
	 * @see #setHoechstbetrag(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Hoechstbetrag()
	 * @model
	 * @generated
	 */
	BigDecimal getHoechstbetrag();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getHoechstbetrag <em>Hoechstbetrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hoechstbetrag</em>' attribute.
	 * @see #getHoechstbetrag()
	 * @generated
	 */
	void setHoechstbetrag(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Max Laufzeit Jahre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Laufzeit Jahre</em>' attribute.
	 * @see #setMaxLaufzeitJahre(Integer)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_MaxLaufzeitJahre()
	 * @model
	 * @generated
	 */
	Integer getMaxLaufzeitJahre();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getMaxLaufzeitJahre <em>Max Laufzeit Jahre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Laufzeit Jahre</em>' attribute.
	 * @see #getMaxLaufzeitJahre()
	 * @generated
	 */
	void setMaxLaufzeitJahre(Integer value);

	/**
	 * Returns the value of the '<em><b>Turnus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wie oft ein Wettbewerb oder Programm ausgeschrieben wird, wie die Quelle es angibt (z. B. „jährlich seit 2017“); leer, wo keine Quelle es nennt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Turnus</em>' attribute.
	 * @see #setTurnus(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Turnus()
	 * @model
	 * @generated
	 */
	String getTurnus();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getTurnus <em>Turnus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Turnus</em>' attribute.
	 * @see #getTurnus()
	 * @generated
	 */
	void setTurnus(String value);

	/**
	 * Returns the value of the '<em><b>Foerdergebiet</b></em>' attribute list.
	 * The list contents are of type {@link org.quartierwerk.model.Bundesland}.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Bundesland}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leer: bundesweit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foerdergebiet</em>' attribute list.
	 * @see org.quartierwerk.model.Bundesland
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Foerdergebiet()
	 * @model ordered="false"
	 * @generated
	 */
	EList<Bundesland> getFoerdergebiet();

	/**
	 * Returns the value of the '<em><b>Handlungsfelder</b></em>' attribute list.
	 * The list contents are of type {@link org.quartierwerk.model.Handlungsfeld}.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Handlungsfeld}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handlungsfelder</em>' attribute list.
	 * @see org.quartierwerk.model.Handlungsfeld
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Handlungsfelder()
	 * @model ordered="false"
	 * @generated
	 */
	EList<Handlungsfeld> getHandlungsfelder();

	/**
	 * Returns the value of the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beschreibung</em>' attribute.
	 * @see #setBeschreibung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Beleg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fundstelle der Angaben.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beleg</em>' attribute.
	 * @see #setBeleg(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsquelle_Beleg()
	 * @model
	 * @generated
	 */
	String getBeleg();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsquelle#getBeleg <em>Beleg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beleg</em>' attribute.
	 * @see #getBeleg()
	 * @generated
	 */
	void setBeleg(String value);

} // Finanzierungsquelle
