/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finanzierungsanteil</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Der Beitrag einer Quelle zur Finanzierung. Regeln der Prüfung (docs/fachmodell.md §7): betragNichtNegativ, anteilImBereich.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getJahr <em>Jahr</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getBetrag <em>Betrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getAnteilProzent <em>Anteil Prozent</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getStatus <em>Status</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getTranchen <em>Tranchen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getStatusverlauf <em>Statusverlauf</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsanteil#getAnschlussfinanzierung <em>Anschlussfinanzierung</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil()
 * @model
 * @generated
 */
public interface Finanzierungsanteil extends EObject {
	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quelle</em>' reference.
	 * @see #setQuelle(Finanzierungsquelle)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_Quelle()
	 * @model required="true"
	 * @generated
	 */
	Finanzierungsquelle getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getQuelle <em>Quelle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' reference.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(Finanzierungsquelle value);

	/**
	 * Returns the value of the '<em><b>Jahr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leer: für die ganze Laufzeit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jahr</em>' attribute.
	 * @see #setJahr(Integer)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_Jahr()
	 * @model
	 * @generated
	 */
	Integer getJahr();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getJahr <em>Jahr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jahr</em>' attribute.
	 * @see #getJahr()
	 * @generated
	 */
	void setJahr(Integer value);

	/**
	 * Returns the value of the '<em><b>Betrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Betrag in Euro.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Betrag</em>' attribute.
	 * @see #setBetrag(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_Betrag()
	 * @model
	 * @generated
	 */
	BigDecimal getBetrag();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getBetrag <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Betrag</em>' attribute.
	 * @see #getBetrag()
	 * @generated
	 */
	void setBetrag(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Anteil Prozent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anteil an der Finanzierung in Prozent, wo kein Betrag bekannt ist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anteil Prozent</em>' attribute.
	 * @see #setAnteilProzent(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_AnteilProzent()
	 * @model
	 * @generated
	 */
	BigDecimal getAnteilProzent();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getAnteilProzent <em>Anteil Prozent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anteil Prozent</em>' attribute.
	 * @see #getAnteilProzent()
	 * @generated
	 */
	void setAnteilProzent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Bewilligungsstatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Der aktuelle Status; nicht angegeben: der Status des letzten Ereignisses im Statusverlauf (docs/fachmodell.md §3.3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.quartierwerk.model.Bewilligungsstatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(Bewilligungsstatus)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	Bewilligungsstatus getStatus();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.quartierwerk.model.Bewilligungsstatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Bewilligungsstatus value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Bewilligungsstatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Bewilligungsstatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Tranchen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Tranche}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Verteilung des Betrags auf die Jahre; leer: nicht nach Jahren aufgeteilt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tranchen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_Tranchen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tranche> getTranchen();

	/**
	 * Returns the value of the '<em><b>Statusverlauf</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Statusereignis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Ereignisse der Bewilligung in zeitlicher Folge, das letzte zuletzt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statusverlauf</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_Statusverlauf()
	 * @model containment="true"
	 * @generated
	 */
	EList<Statusereignis> getStatusverlauf();

	/**
	 * Returns the value of the '<em><b>Anschlussfinanzierung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Was das Projekt trägt, wenn diese Förderung endet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anschlussfinanzierung</em>' attribute.
	 * @see #setAnschlussfinanzierung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsanteil_Anschlussfinanzierung()
	 * @model
	 * @generated
	 */
	String getAnschlussfinanzierung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungsanteil#getAnschlussfinanzierung <em>Anschlussfinanzierung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anschlussfinanzierung</em>' attribute.
	 * @see #getAnschlussfinanzierung()
	 * @generated
	 */
	void setAnschlussfinanzierung(String value);

} // Finanzierungsanteil
