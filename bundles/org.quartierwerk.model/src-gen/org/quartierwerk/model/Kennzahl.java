/**
 */
package org.quartierwerk.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kennzahl</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ein Indikator, an dem die Wirkung gemessen wird. Regeln der Prüfung (docs/fachmodell.md §7): zielwertGesetzt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.Kennzahl#getIndikator <em>Indikator</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kennzahl#getEinheit <em>Einheit</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kennzahl#getAusgangswert <em>Ausgangswert</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kennzahl#getAusgangsdatum <em>Ausgangsdatum</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kennzahl#getZielwert <em>Zielwert</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kennzahl#getZieldatum <em>Zieldatum</em>}</li>
 *   <li>{@link org.quartierwerk.model.Kennzahl#getIstwerte <em>Istwerte</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl()
 * @model
 * @generated
 */
public interface Kennzahl extends EObject {
	/**
	 * Returns the value of the '<em><b>Indikator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indikator</em>' attribute.
	 * @see #setIndikator(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl_Indikator()
	 * @model required="true"
	 * @generated
	 */
	String getIndikator();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kennzahl#getIndikator <em>Indikator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indikator</em>' attribute.
	 * @see #getIndikator()
	 * @generated
	 */
	void setIndikator(String value);

	/**
	 * Returns the value of the '<em><b>Einheit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Einheit</em>' attribute.
	 * @see #setEinheit(String)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl_Einheit()
	 * @model
	 * @generated
	 */
	String getEinheit();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kennzahl#getEinheit <em>Einheit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Einheit</em>' attribute.
	 * @see #getEinheit()
	 * @generated
	 */
	void setEinheit(String value);

	/**
	 * Returns the value of the '<em><b>Ausgangswert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ausgangswert</em>' attribute.
	 * @see #setAusgangswert(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl_Ausgangswert()
	 * @model
	 * @generated
	 */
	BigDecimal getAusgangswert();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kennzahl#getAusgangswert <em>Ausgangswert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ausgangswert</em>' attribute.
	 * @see #getAusgangswert()
	 * @generated
	 */
	void setAusgangswert(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Ausgangsdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ausgangsdatum</em>' attribute.
	 * @see #setAusgangsdatum(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl_Ausgangsdatum()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getAusgangsdatum();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kennzahl#getAusgangsdatum <em>Ausgangsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ausgangsdatum</em>' attribute.
	 * @see #getAusgangsdatum()
	 * @generated
	 */
	void setAusgangsdatum(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Zielwert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zielwert</em>' attribute.
	 * @see #setZielwert(BigDecimal)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl_Zielwert()
	 * @model
	 * @generated
	 */
	BigDecimal getZielwert();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kennzahl#getZielwert <em>Zielwert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zielwert</em>' attribute.
	 * @see #getZielwert()
	 * @generated
	 */
	void setZielwert(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Zieldatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zieldatum</em>' attribute.
	 * @see #setZieldatum(Teildatum)
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl_Zieldatum()
	 * @model dataType="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	Teildatum getZieldatum();

	/**
	 * Sets the value of the '{@link org.quartierwerk.model.Kennzahl#getZieldatum <em>Zieldatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zieldatum</em>' attribute.
	 * @see #getZieldatum()
	 * @generated
	 */
	void setZieldatum(Teildatum value);

	/**
	 * Returns the value of the '<em><b>Istwerte</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.model.Messwert}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Istwerte</em>' containment reference list.
	 * @see org.quartierwerk.model.QuartierwerkPackage#getKennzahl_Istwerte()
	 * @model containment="true"
	 * @generated
	 */
	EList<Messwert> getIstwerte();

} // Kennzahl
