/**
 */
package org.quartierwerk.courses.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kurs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getAnbieter <em>Anbieter</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getZielgruppe <em>Zielgruppe</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getDauerMonate <em>Dauer Monate</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getUmfangStunden <em>Umfang Stunden</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getGebuehr <em>Gebuehr</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#isGebuehrBefreiungMoeglich <em>Gebuehr Befreiung Moeglich</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getZertifikat <em>Zertifikat</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getZertifikatsvorlage <em>Zertifikatsvorlage</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getAnschluss <em>Anschluss</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getModule <em>Module</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getAnforderungen <em>Anforderungen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.Kurs#getChecklisten <em>Checklisten</em>}</li>
 * </ul>
 *
 * @see org.quartierwerk.courses.model.KursPackage#getKurs()
 * @model
 * @generated
 */
public interface Kurs extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getId <em>Id</em>}' attribute.
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
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Titel()
	 * @model required="true"
	 * @generated
	 */
	String getTitel();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getTitel <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Titel</em>' attribute.
	 * @see #getTitel()
	 * @generated
	 */
	void setTitel(String value);

	/**
	 * Returns the value of the '<em><b>Anbieter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anbieter</em>' attribute.
	 * @see #setAnbieter(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Anbieter()
	 * @model
	 * @generated
	 */
	String getAnbieter();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getAnbieter <em>Anbieter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anbieter</em>' attribute.
	 * @see #getAnbieter()
	 * @generated
	 */
	void setAnbieter(String value);

	/**
	 * Returns the value of the '<em><b>Zielgruppe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zielgruppe</em>' attribute.
	 * @see #setZielgruppe(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Zielgruppe()
	 * @model
	 * @generated
	 */
	String getZielgruppe();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getZielgruppe <em>Zielgruppe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zielgruppe</em>' attribute.
	 * @see #getZielgruppe()
	 * @generated
	 */
	void setZielgruppe(String value);

	/**
	 * Returns the value of the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beschreibung</em>' attribute.
	 * @see #setBeschreibung(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Beschreibung()
	 * @model
	 * @generated
	 */
	String getBeschreibung();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getBeschreibung <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beschreibung</em>' attribute.
	 * @see #getBeschreibung()
	 * @generated
	 */
	void setBeschreibung(String value);

	/**
	 * Returns the value of the '<em><b>Dauer Monate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duration of one run in months; unset when the source names none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dauer Monate</em>' attribute.
	 * @see #setDauerMonate(Integer)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_DauerMonate()
	 * @model
	 * @generated
	 */
	Integer getDauerMonate();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getDauerMonate <em>Dauer Monate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dauer Monate</em>' attribute.
	 * @see #getDauerMonate()
	 * @generated
	 */
	void setDauerMonate(Integer value);

	/**
	 * Returns the value of the '<em><b>Umfang Stunden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Umfang Stunden</em>' attribute.
	 * @see #setUmfangStunden(Integer)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_UmfangStunden()
	 * @model
	 * @generated
	 */
	Integer getUmfangStunden();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getUmfangStunden <em>Umfang Stunden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Umfang Stunden</em>' attribute.
	 * @see #getUmfangStunden()
	 * @generated
	 */
	void setUmfangStunden(Integer value);

	/**
	 * Returns the value of the '<em><b>Gebuehr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fee in euro; unset when none is named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gebuehr</em>' attribute.
	 * @see #setGebuehr(BigDecimal)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Gebuehr()
	 * @model
	 * @generated
	 */
	BigDecimal getGebuehr();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getGebuehr <em>Gebuehr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gebuehr</em>' attribute.
	 * @see #getGebuehr()
	 * @generated
	 */
	void setGebuehr(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Gebuehr Befreiung Moeglich</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gebuehr Befreiung Moeglich</em>' attribute.
	 * @see #setGebuehrBefreiungMoeglich(boolean)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_GebuehrBefreiungMoeglich()
	 * @model
	 * @generated
	 */
	boolean isGebuehrBefreiungMoeglich();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#isGebuehrBefreiungMoeglich <em>Gebuehr Befreiung Moeglich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gebuehr Befreiung Moeglich</em>' attribute.
	 * @see #isGebuehrBefreiungMoeglich()
	 * @generated
	 */
	void setGebuehrBefreiungMoeglich(boolean value);

	/**
	 * Returns the value of the '<em><b>Zertifikat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the certificate confirms; unset when the course gives none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zertifikat</em>' attribute.
	 * @see #setZertifikat(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Zertifikat()
	 * @model
	 * @generated
	 */
	String getZertifikat();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getZertifikat <em>Zertifikat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zertifikat</em>' attribute.
	 * @see #getZertifikat()
	 * @generated
	 */
	void setZertifikat(String value);

	/**
	 * Returns the value of the '<em><b>Zertifikatsvorlage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the report template that renders the certificate; unset when the course grants none. Set together with zertifikat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zertifikatsvorlage</em>' attribute.
	 * @see #setZertifikatsvorlage(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Zertifikatsvorlage()
	 * @model
	 * @generated
	 */
	String getZertifikatsvorlage();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getZertifikatsvorlage <em>Zertifikatsvorlage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zertifikatsvorlage</em>' attribute.
	 * @see #getZertifikatsvorlage()
	 * @generated
	 */
	void setZertifikatsvorlage(String value);

	/**
	 * Returns the value of the '<em><b>Anschluss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What follows the course, e.g. BiQ's regular Treffen or an Alumni-Netzwerk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anschluss</em>' attribute.
	 * @see #setAnschluss(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Anschluss()
	 * @model
	 * @generated
	 */
	String getAnschluss();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getAnschluss <em>Anschluss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anschluss</em>' attribute.
	 * @see #getAnschluss()
	 * @generated
	 */
	void setAnschluss(String value);

	/**
	 * Returns the value of the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quelle</em>' attribute.
	 * @see #setQuelle(String)
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Quelle()
	 * @model
	 * @generated
	 */
	String getQuelle();

	/**
	 * Sets the value of the '{@link org.quartierwerk.courses.model.Kurs#getQuelle <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quelle</em>' attribute.
	 * @see #getQuelle()
	 * @generated
	 */
	void setQuelle(String value);

	/**
	 * Returns the value of the '<em><b>Module</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Modul}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Module</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Module()
	 * @model containment="true"
	 * @generated
	 */
	EList<Modul> getModule();

	/**
	 * Returns the value of the '<em><b>Anforderungen</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Anforderung}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anforderungen</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Anforderungen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Anforderung> getAnforderungen();

	/**
	 * Returns the value of the '<em><b>Checklisten</b></em>' containment reference list.
	 * The list contents are of type {@link org.quartierwerk.courses.model.Checkliste}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklisten</em>' containment reference list.
	 * @see org.quartierwerk.courses.model.KursPackage#getKurs_Checklisten()
	 * @model containment="true"
	 * @generated
	 */
	EList<Checkliste> getChecklisten();

} // Kurs
