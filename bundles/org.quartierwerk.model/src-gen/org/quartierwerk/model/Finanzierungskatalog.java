/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finanzierungskatalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein Katalog von Finanzierungsquellen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Finanzierungskatalog#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungskatalog#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.Finanzierungskatalog#getQuellen <em>Quellen</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungskatalog()
 * @model
 * @generated
 */
public interface Finanzierungskatalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungskatalog_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungskatalog#getId <em>Id</em>}' attribute.
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
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungskatalog_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Finanzierungskatalog#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Quellen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Finanzierungsquelle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quellen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungskatalog_Quellen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finanzierungsquelle> getQuellen();

} // Finanzierungskatalog
