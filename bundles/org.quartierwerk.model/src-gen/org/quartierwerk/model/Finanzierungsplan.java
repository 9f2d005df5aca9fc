/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finanzierungsplan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Kosten- und Finanzierungsplan: Ausgaben und ihre Finanzierung. Regeln der Prüfung (docs/fachmodell.md §7): ausgeglichen, foerderquoteEingehalten, hoechstbetragEingehalten.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Finanzierungsplan#getQuellen <em>Quellen</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsplan#getAusgaben <em>Ausgaben</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungsplan#getAnteile <em>Anteile</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsplan()
 * @model
 * @generated
 */
public interface Finanzierungsplan extends EObject {
	/**
	 * Returns the value of the '<em><b>Quellen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Finanzierungsquelle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Die Quellen dieses Plans, aus dem Katalog übernommen oder eigene.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quellen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsplan_Quellen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finanzierungsquelle> getQuellen();

	/**
	 * Returns the value of the '<em><b>Ausgaben</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Ausgabeposition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ausgaben</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsplan_Ausgaben()
	 * @model containment="true"
	 * @generated
	 */
	EList<Ausgabeposition> getAusgaben();

	/**
	 * Returns the value of the '<em><b>Anteile</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Finanzierungsanteil}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anteile</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsplan_Anteile()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finanzierungsanteil> getAnteile();

} // Finanzierungsplan
