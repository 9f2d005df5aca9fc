/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Modul</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Modul#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Modul#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Modul#getLernziele <em>Lernziele</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Modul#getStunden <em>Stunden</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Modul#getMethoden <em>Methoden</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getModul()
 * @model
 * @generated
 */
public interface Modul extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getModul_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Modul#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Titel</em>' attribute.
	 * @see #setTitel(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getModul_Titel()
	 * @model required="true"
	 * @generated
	 */
	String getTitel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Modul#getTitel <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Titel</em>' attribute.
	 * @see #getTitel()
	 * @generated
	 */
	void setTitel(String value);

	/**
	 * Returns the value of the '<em><b>Lernziele</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lernziele</em>' attribute list.
	 * @see org.quartierwerk.courses.model.KursPackage#getModul_Lernziele()
	 * @model
	 * @generated
	 */
	EList<String> getLernziele();

	/**
	 * Returns the value of the '<em><b>Stunden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stunden</em>' attribute.
	 * @see #setStunden(Integer)
	 * @see org.quartierwerk.courses.model.KursPackage#getModul_Stunden()
	 * @model
	 * @generated
	 */
	Integer getStunden();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Modul#getStunden <em>Stunden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stunden</em>' attribute.
	 * @see #getStunden()
	 * @generated
	 */
	void setStunden(Integer value);

	/**
	 * Returns the value of the '<em><b>Methoden</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Methoden</em>' attribute list.
	 * @see org.quartierwerk.courses.model.KursPackage#getModul_Methoden()
	 * @model
	 * @generated
	 */
	EList<String> getMethoden();

} // Modul
