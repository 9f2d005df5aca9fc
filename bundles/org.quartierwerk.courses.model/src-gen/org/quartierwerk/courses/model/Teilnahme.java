/**
 */
package org.quartierwerk.courses.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Teilnahme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#getTeilnehmende <em>Teilnehmende</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#getKurs <em>Kurs</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#getFortschritte <em>Fortschritte</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#getPraxisprojekt <em>Praxisprojekt</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#isGebuehrBefreit <em>Gebuehr Befreit</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#getZertifikatErteiltAm <em>Zertifikat Erteilt Am</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#getChecklisten <em>Checklisten</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Teilnahme#getAkteurslandkarte <em>Akteurslandkarte</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme()
 * @model
 * @generated
 */
public interface Teilnahme extends EObject {
	/**
	 * Returns the value of the '<em><b>Teilnehmende</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teilnehmende</em>' attribute.
	 * @see #setTeilnehmende(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_Teilnehmende()
	 * @model required="true"
	 * @generated
	 */
	String getTeilnehmende();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Teilnahme#getTeilnehmende <em>Teilnehmende</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teilnehmende</em>' attribute.
	 * @see #getTeilnehmende()
	 * @generated
	 */
	void setTeilnehmende(String value);

	/**
	 * Returns the value of the '<em><b>Kurs</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kurs</em>' reference.
	 * @see #setKurs(Kurs)
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_Kurs()
	 * @model required="true"
	 * @generated
	 */
	Kurs getKurs();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Teilnahme#getKurs <em>Kurs</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kurs</em>' reference.
	 * @see #getKurs()
	 * @generated
	 */
	void setKurs(Kurs value);

	/**
	 * Returns the value of the '<em><b>Fortschritte</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Modulfortschritt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fortschritte</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_Fortschritte()
	 * @model containment="true"
	 * @generated
	 */
	EList<Modulfortschritt> getFortschritte();

	/**
	 * Returns the value of the '<em><b>Praxisprojekt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the Praxisbeispiel in the workspace that is this participant's Praxisprojekt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Praxisprojekt</em>' attribute.
	 * @see #setPraxisprojekt(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_Praxisprojekt()
	 * @model
	 * @generated
	 */
	String getPraxisprojekt();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Teilnahme#getPraxisprojekt <em>Praxisprojekt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Praxisprojekt</em>' attribute.
	 * @see #getPraxisprojekt()
	 * @generated
	 */
	void setPraxisprojekt(String value);

	/**
	 * Returns the value of the '<em><b>Gebuehr Befreit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gebuehr Befreit</em>' attribute.
	 * @see #setGebuehrBefreit(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_GebuehrBefreit()
	 * @model
	 * @generated
	 */
	boolean isGebuehrBefreit();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Teilnahme#isGebuehrBefreit <em>Gebuehr Befreit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gebuehr Befreit</em>' attribute.
	 * @see #isGebuehrBefreit()
	 * @generated
	 */
	void setGebuehrBefreit(boolean value);

	/**
	 * Returns the value of the '<em><b>Zertifikat Erteilt Am</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zertifikat Erteilt Am</em>' attribute.
	 * @see #setZertifikatErteiltAm(Date)
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_ZertifikatErteiltAm()
	 * @model
	 * @generated
	 */
	Date getZertifikatErteiltAm();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Teilnahme#getZertifikatErteiltAm <em>Zertifikat Erteilt Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zertifikat Erteilt Am</em>' attribute.
	 * @see #getZertifikatErteiltAm()
	 * @generated
	 */
	void setZertifikatErteiltAm(Date value);

	/**
	 * Returns the value of the '<em><b>Checklisten</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Checklistenergebnis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklisten</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_Checklisten()
	 * @model containment="true"
	 * @generated
	 */
	EList<Checklistenergebnis> getChecklisten();

	/**
	 * Returns the value of the '<em><b>Akteurslandkarte</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Akteurslandkarte</em>' containment reference.
	 * @see #setAkteurslandkarte(Akteurslandkarte)
	 * @see org.quartierwerk.courses.model.KursPackage#getTeilnahme_Akteurslandkarte()
	 * @model containment="true"
	 * @generated
	 */
	Akteurslandkarte getAkteurslandkarte();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Teilnahme#getAkteurslandkarte <em>Akteurslandkarte</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Akteurslandkarte</em>' containment reference.
	 * @see #getAkteurslandkarte()
	 * @generated
	 */
	void setAkteurslandkarte(Akteurslandkarte value);

} // Teilnahme
