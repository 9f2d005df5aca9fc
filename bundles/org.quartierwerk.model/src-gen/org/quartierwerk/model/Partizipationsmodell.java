/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partizipationsmodell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein Stufenmodell der Partizipation, z. B. die Partizipationsleiter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Partizipationsmodell#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsmodell#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsmodell#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsmodell#getBeleg <em>Beleg</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsmodell#getStufen <em>Stufen</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsmodell()
 * @model
 * @generated
 */
public interface Partizipationsmodell extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsmodell_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsmodell#getId <em>Id</em>}' attribute.
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
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsmodell_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsmodell#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beschreibung</em>' attribute.
	 * @see #setBeschreibung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsmodell_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsmodell#getBeschreibung <em>Beschreibung</em>}' attribute.
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
	 * @return the value of the '<em>Beleg</em>' attribute.
	 * @see #setBeleg(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsmodell_Beleg()
	 * @model
	 * @generated
	 */
	String getBeleg();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsmodell#getBeleg <em>Beleg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beleg</em>' attribute.
	 * @see #getBeleg()
	 * @generated
	 */
	void setBeleg(String value);

	/**
	 * Returns the value of the '<em><b>Stufen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Partizipationsstufe}.
	 * It is bidirectional and its opposite is '{@link org.quartierwerk.model.Partizipationsstufe#getModell <em>Modell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stufen</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsmodell_Stufen()
	 * @see org.quartierwerk.model.Partizipationsstufe#getModell
	 * @model opposite="modell" containment="true"
	 * @generated
	 */
	EList<Partizipationsstufe> getStufen();

} // Partizipationsmodell
