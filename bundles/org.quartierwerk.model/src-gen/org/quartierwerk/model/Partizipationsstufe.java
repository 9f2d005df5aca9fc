/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partizipationsstufe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Partizipationsstufe#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsstufe#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsstufe#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsstufe#getRang <em>Rang</em>}</li>
 *   <li>{@link org.quartierwerk.model.Partizipationsstufe#getModell <em>Modell</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsstufe()
 * @model
 * @generated
 */
public interface Partizipationsstufe extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsstufe_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsstufe#getId <em>Id</em>}' attribute.
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
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsstufe_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsstufe#getName <em>Name</em>}' attribute.
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
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsstufe_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsstufe#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Rang</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 für die niedrigste Stufe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rang</em>' attribute.
	 * @see #setRang(int)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsstufe_Rang()
	 * @model
	 * @generated
	 */
	int getRang();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsstufe#getRang <em>Rang</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rang</em>' attribute.
	 * @see #getRang()
	 * @generated
	 */
	void setRang(int value);

	/**
	 * Returns the value of the '<em><b>Modell</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.quartierwerk.model.Partizipationsmodell#getStufen <em>Stufen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modell</em>' container reference.
	 * @see #setModell(Partizipationsmodell)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getPartizipationsstufe_Modell()
	 * @see org.quartierwerk.model.Partizipationsmodell#getStufen
	 * @model opposite="stufen" transient="false"
	 * @generated
	 */
	Partizipationsmodell getModell();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Partizipationsstufe#getModell <em>Modell</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modell</em>' container reference.
	 * @see #getModell()
	 * @generated
	 */
	void setModell(Partizipationsmodell value);

} // Partizipationsstufe
