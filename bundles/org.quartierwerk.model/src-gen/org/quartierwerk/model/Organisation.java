/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Träger, Kooperationspartner oder Fördermittelgeber.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Organisation#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.Organisation#getRechtsform <em>Rechtsform</em>}</li>
 *   <li>{@link org.quartierwerk.model.Organisation#getAdresse <em>Adresse</em>}</li>
 *   <li>{@link org.quartierwerk.model.Organisation#getWebsite <em>Website</em>}</li>
 *   <li>{@link org.quartierwerk.model.Organisation#getAkteurstyp <em>Akteurstyp</em>}</li>
 *   <li>{@link org.quartierwerk.model.Organisation#getSektor <em>Sektor</em>}</li>
 *   <li>{@link org.quartierwerk.model.Organisation#getAnsprechperson <em>Ansprechperson</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Organisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Rechtsform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rechtsform</em>' attribute.
	 * @see #setRechtsform(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation_Rechtsform()
	 * @model
	 * @generated
	 */
	String getRechtsform();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Organisation#getRechtsform <em>Rechtsform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rechtsform</em>' attribute.
	 * @see #getRechtsform()
	 * @generated
	 */
	void setRechtsform(String value);

	/**
	 * Returns the value of the '<em><b>Adresse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adresse</em>' containment reference.
	 * @see #setAdresse(Adresse)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation_Adresse()
	 * @model containment="true"
	 * @generated
	 */
	Adresse getAdresse();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Organisation#getAdresse <em>Adresse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adresse</em>' containment reference.
	 * @see #getAdresse()
	 * @generated
	 */
	void setAdresse(Adresse value);

	/**
	 * Returns the value of the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Website</em>' attribute.
	 * @see #setWebsite(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation_Website()
	 * @model
	 * @generated
	 */
	String getWebsite();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Organisation#getWebsite <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Website</em>' attribute.
	 * @see #getWebsite()
	 * @generated
	 */
	void setWebsite(String value);

	/**
	 * Returns the value of the '<em><b>Akteurstyp</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Akteurstyp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Akteurstyp</em>' attribute.
	 * @see org.quartierwerk.model.Akteurstyp
	 * @see #isSetAkteurstyp()
	 * @see #unsetAkteurstyp()
	 * @see #setAkteurstyp(Akteurstyp)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation_Akteurstyp()
	 * @model unsettable="true"
	 * @generated
	 */
	Akteurstyp getAkteurstyp();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Organisation#getAkteurstyp <em>Akteurstyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Akteurstyp</em>' attribute.
	 * @see org.quartierwerk.model.Akteurstyp
	 * @see #isSetAkteurstyp()
	 * @see #unsetAkteurstyp()
	 * @see #getAkteurstyp()
	 * @generated
	 */
	void setAkteurstyp(Akteurstyp value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Organisation#getAkteurstyp <em>Akteurstyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAkteurstyp()
	 * @see #getAkteurstyp()
	 * @see #setAkteurstyp(Akteurstyp)
	 * @generated
	 */
	void unsetAkteurstyp();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Organisation#getAkteurstyp <em>Akteurstyp</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Akteurstyp</em>' attribute is set.
	 * @see #unsetAkteurstyp()
	 * @see #getAkteurstyp()
	 * @see #setAkteurstyp(Akteurstyp)
	 * @generated
	 */
	boolean isSetAkteurstyp();

	/**
	 * Returns the value of the '<em><b>Sektor</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Hilfemixsektor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Der Sektor des Welfare-Mix, dem die Organisation angehört.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sektor</em>' attribute.
	 * @see org.quartierwerk.model.Hilfemixsektor
	 * @see #isSetSektor()
	 * @see #unsetSektor()
	 * @see #setSektor(Hilfemixsektor)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation_Sektor()
	 * @model unsettable="true"
	 * @generated
	 */
	Hilfemixsektor getSektor();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Organisation#getSektor <em>Sektor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sektor</em>' attribute.
	 * @see org.quartierwerk.model.Hilfemixsektor
	 * @see #isSetSektor()
	 * @see #unsetSektor()
	 * @see #getSektor()
	 * @generated
	 */
	void setSektor(Hilfemixsektor value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Organisation#getSektor <em>Sektor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSektor()
	 * @see #getSektor()
	 * @see #setSektor(Hilfemixsektor)
	 * @generated
	 */
	void unsetSektor();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Organisation#getSektor <em>Sektor</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sektor</em>' attribute is set.
	 * @see #unsetSektor()
	 * @see #getSektor()
	 * @see #setSektor(Hilfemixsektor)
	 * @generated
	 */
	boolean isSetSektor();

	/**
	 * Returns the value of the '<em><b>Ansprechperson</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ansprechperson</em>' attribute.
	 * @see #setAnsprechperson(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getOrganisation_Ansprechperson()
	 * @model
	 * @generated
	 */
	String getAnsprechperson();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Organisation#getAnsprechperson <em>Ansprechperson</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ansprechperson</em>' attribute.
	 * @see #getAnsprechperson()
	 * @generated
	 */
	void setAnsprechperson(String value);

} // Organisation
