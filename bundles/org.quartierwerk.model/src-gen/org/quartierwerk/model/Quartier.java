/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quartier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Der soziale Nahraum des Projekts. Regeln der Prüfung (docs/fachmodell.md §7): einwohnerPlausibel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Quartier#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.Quartier#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.model.Quartier#getEinwohner <em>Einwohner</em>}</li>
 *   <li>{@link org.quartierwerk.model.Quartier#getKommuneEinwohner <em>Kommune Einwohner</em>}</li>
 *   <li>{@link org.quartierwerk.model.Quartier#getKommune <em>Kommune</em>}</li>
 *   <li>{@link org.quartierwerk.model.Quartier#getBeschreibung <em>Beschreibung</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartier()
 * @model
 * @generated
 */
public interface Quartier extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartier_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Quartier#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Art</b></em>' attribute.
	 * The literals are from the enumeration {@link org.quartierwerk.model.Quartiersart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.model.Quartiersart
	 * @see #isSetArt()
	 * @see #unsetArt()
	 * @see #setArt(Quartiersart)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartier_Art()
	 * @model unsettable="true"
	 * @generated
	 */
	Quartiersart getArt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Quartier#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Art</em>' attribute.
	 * @see org.quartierwerk.model.Quartiersart
	 * @see #isSetArt()
	 * @see #unsetArt()
	 * @see #getArt()
	 * @generated
	 */
	void setArt(Quartiersart value);

	/**
	 * Unsets the value of the '{@link org.quartierwerk.model.Quartier#getArt <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArt()
	 * @see #getArt()
	 * @see #setArt(Quartiersart)
	 * @generated
	 */
	void unsetArt();

	/**
	 * Returns whether the value of the '{@link org.quartierwerk.model.Quartier#getArt <em>Art</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Art</em>' attribute is set.
	 * @see #unsetArt()
	 * @see #getArt()
	 * @see #setArt(Quartiersart)
	 * @generated
	 */
	boolean isSetArt();

	/**
	 * Returns the value of the '<em><b>Einwohner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Einwohner</em>' attribute.
	 * @see #setEinwohner(Integer)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartier_Einwohner()
	 * @model
	 * @generated
	 */
	Integer getEinwohner();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Quartier#getEinwohner <em>Einwohner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Einwohner</em>' attribute.
	 * @see #getEinwohner()
	 * @generated
	 */
	void setEinwohner(Integer value);

	/**
	 * Returns the value of the '<em><b>Kommune Einwohner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kommune Einwohner</em>' attribute.
	 * @see #setKommuneEinwohner(Integer)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartier_KommuneEinwohner()
	 * @model
	 * @generated
	 */
	Integer getKommuneEinwohner();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Quartier#getKommuneEinwohner <em>Kommune Einwohner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kommune Einwohner</em>' attribute.
	 * @see #getKommuneEinwohner()
	 * @generated
	 */
	void setKommuneEinwohner(Integer value);

	/**
	 * Returns the value of the '<em><b>Kommune</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Der Name der Kommune, zu der der Ort gehört (docs/fachmodell.md §1.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kommune</em>' attribute.
	 * @see #setKommune(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartier_Kommune()
	 * @model
	 * @generated
	 */
	String getKommune();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Quartier#getKommune <em>Kommune</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kommune</em>' attribute.
	 * @see #getKommune()
	 * @generated
	 */
	void setKommune(String value);

	/**
	 * Returns the value of the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quartiersgröße wie gedruckt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beschreibung</em>' attribute.
	 * @see #setBeschreibung(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartier_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Quartier#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

} // Quartier
