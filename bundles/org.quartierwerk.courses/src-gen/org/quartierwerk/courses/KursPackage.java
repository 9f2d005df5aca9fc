/**
 */
package org.quartierwerk.courses;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Training courses (DOMAIN.md §6): a Kurs with its Module and the requirements its Praxisprojekt must meet, and a participant's Teilnahme.
 * <!-- end-model-doc -->
 * @see org.quartierwerk.courses.KursFactory
 * @model kind="package"
 * @generated
 */
public interface KursPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "courses";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://quartierwerk.org/kurs/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "kurs";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KursPackage eINSTANCE = org.quartierwerk.courses.internal.impl.KursPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.internal.impl.KursImpl <em>Kurs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.internal.impl.KursImpl
	 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getKurs()
	 * @generated
	 */
	int KURS = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ID = 0;

	/**
	 * The feature id for the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__TITEL = 1;

	/**
	 * The feature id for the '<em><b>Anbieter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ANBIETER = 2;

	/**
	 * The feature id for the '<em><b>Zielgruppe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ZIELGRUPPE = 3;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__BESCHREIBUNG = 4;

	/**
	 * The feature id for the '<em><b>Dauer Monate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__DAUER_MONATE = 5;

	/**
	 * The feature id for the '<em><b>Umfang Stunden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__UMFANG_STUNDEN = 6;

	/**
	 * The feature id for the '<em><b>Gebuehr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__GEBUEHR = 7;

	/**
	 * The feature id for the '<em><b>Gebuehr Befreiung Moeglich</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__GEBUEHR_BEFREIUNG_MOEGLICH = 8;

	/**
	 * The feature id for the '<em><b>Zertifikat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ZERTIFIKAT = 9;

	/**
	 * The feature id for the '<em><b>Anschluss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ANSCHLUSS = 10;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__QUELLE = 11;

	/**
	 * The feature id for the '<em><b>Module</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__MODULE = 12;

	/**
	 * The feature id for the '<em><b>Anforderungen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ANFORDERUNGEN = 13;

	/**
	 * The number of structural features of the '<em>Kurs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Kurs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.internal.impl.ModulImpl <em>Modul</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.internal.impl.ModulImpl
	 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getModul()
	 * @generated
	 */
	int MODUL = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODUL__ID = 0;

	/**
	 * The feature id for the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODUL__TITEL = 1;

	/**
	 * The feature id for the '<em><b>Lernziele</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODUL__LERNZIELE = 2;

	/**
	 * The feature id for the '<em><b>Stunden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODUL__STUNDEN = 3;

	/**
	 * The feature id for the '<em><b>Methoden</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODUL__METHODEN = 4;

	/**
	 * The number of structural features of the '<em>Modul</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODUL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Modul</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODUL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.internal.impl.AnforderungImpl <em>Anforderung</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.internal.impl.AnforderungImpl
	 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getAnforderung()
	 * @generated
	 */
	int ANFORDERUNG = 2;

	/**
	 * The feature id for the '<em><b>Art</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANFORDERUNG__ART = 0;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANFORDERUNG__BESCHREIBUNG = 1;

	/**
	 * The number of structural features of the '<em>Anforderung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANFORDERUNG_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Anforderung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANFORDERUNG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.internal.impl.TeilnahmeImpl <em>Teilnahme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.internal.impl.TeilnahmeImpl
	 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getTeilnahme()
	 * @generated
	 */
	int TEILNAHME = 3;

	/**
	 * The feature id for the '<em><b>Teilnehmende</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__TEILNEHMENDE = 0;

	/**
	 * The feature id for the '<em><b>Kurs</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__KURS = 1;

	/**
	 * The feature id for the '<em><b>Fortschritte</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__FORTSCHRITTE = 2;

	/**
	 * The feature id for the '<em><b>Praxisprojekt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__PRAXISPROJEKT = 3;

	/**
	 * The feature id for the '<em><b>Gebuehr Befreit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__GEBUEHR_BEFREIT = 4;

	/**
	 * The feature id for the '<em><b>Zertifikat Erteilt Am</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__ZERTIFIKAT_ERTEILT_AM = 5;

	/**
	 * The number of structural features of the '<em>Teilnahme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Teilnahme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.internal.impl.ModulfortschrittImpl <em>Modulfortschritt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.internal.impl.ModulfortschrittImpl
	 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getModulfortschritt()
	 * @generated
	 */
	int MODULFORTSCHRITT = 4;

	/**
	 * The feature id for the '<em><b>Modul</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULFORTSCHRITT__MODUL = 0;

	/**
	 * The feature id for the '<em><b>Abgeschlossen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULFORTSCHRITT__ABGESCHLOSSEN = 1;

	/**
	 * The feature id for the '<em><b>Abgeschlossen Am</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULFORTSCHRITT__ABGESCHLOSSEN_AM = 2;

	/**
	 * The feature id for the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULFORTSCHRITT__NOTIZ = 3;

	/**
	 * The number of structural features of the '<em>Modulfortschritt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULFORTSCHRITT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Modulfortschritt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULFORTSCHRITT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.Anforderungsart <em>Anforderungsart</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.Anforderungsart
	 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getAnforderungsart()
	 * @generated
	 */
	int ANFORDERUNGSART = 5;


	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.Kurs <em>Kurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kurs</em>'.
	 * @see org.quartierwerk.courses.Kurs
	 * @generated
	 */
	EClass getKurs();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.courses.Kurs#getId()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.courses.Kurs#getTitel()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Titel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getAnbieter <em>Anbieter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anbieter</em>'.
	 * @see org.quartierwerk.courses.Kurs#getAnbieter()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Anbieter();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getZielgruppe <em>Zielgruppe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zielgruppe</em>'.
	 * @see org.quartierwerk.courses.Kurs#getZielgruppe()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Zielgruppe();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.courses.Kurs#getBeschreibung()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Beschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getDauerMonate <em>Dauer Monate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dauer Monate</em>'.
	 * @see org.quartierwerk.courses.Kurs#getDauerMonate()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_DauerMonate();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getUmfangStunden <em>Umfang Stunden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Umfang Stunden</em>'.
	 * @see org.quartierwerk.courses.Kurs#getUmfangStunden()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_UmfangStunden();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getGebuehr <em>Gebuehr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gebuehr</em>'.
	 * @see org.quartierwerk.courses.Kurs#getGebuehr()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Gebuehr();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#isGebuehrBefreiungMoeglich <em>Gebuehr Befreiung Moeglich</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gebuehr Befreiung Moeglich</em>'.
	 * @see org.quartierwerk.courses.Kurs#isGebuehrBefreiungMoeglich()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_GebuehrBefreiungMoeglich();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getZertifikat <em>Zertifikat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zertifikat</em>'.
	 * @see org.quartierwerk.courses.Kurs#getZertifikat()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Zertifikat();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getAnschluss <em>Anschluss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anschluss</em>'.
	 * @see org.quartierwerk.courses.Kurs#getAnschluss()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Anschluss();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Kurs#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.courses.Kurs#getQuelle()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Quelle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.Kurs#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Module</em>'.
	 * @see org.quartierwerk.courses.Kurs#getModule()
	 * @see #getKurs()
	 * @generated
	 */
	EReference getKurs_Module();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.Kurs#getAnforderungen <em>Anforderungen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Anforderungen</em>'.
	 * @see org.quartierwerk.courses.Kurs#getAnforderungen()
	 * @see #getKurs()
	 * @generated
	 */
	EReference getKurs_Anforderungen();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.Modul <em>Modul</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modul</em>'.
	 * @see org.quartierwerk.courses.Modul
	 * @generated
	 */
	EClass getModul();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Modul#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.courses.Modul#getId()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Modul#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.courses.Modul#getTitel()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Titel();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.courses.Modul#getLernziele <em>Lernziele</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Lernziele</em>'.
	 * @see org.quartierwerk.courses.Modul#getLernziele()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Lernziele();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Modul#getStunden <em>Stunden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stunden</em>'.
	 * @see org.quartierwerk.courses.Modul#getStunden()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Stunden();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.courses.Modul#getMethoden <em>Methoden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Methoden</em>'.
	 * @see org.quartierwerk.courses.Modul#getMethoden()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Methoden();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.Anforderung <em>Anforderung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anforderung</em>'.
	 * @see org.quartierwerk.courses.Anforderung
	 * @generated
	 */
	EClass getAnforderung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Anforderung#getArt <em>Art</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Art</em>'.
	 * @see org.quartierwerk.courses.Anforderung#getArt()
	 * @see #getAnforderung()
	 * @generated
	 */
	EAttribute getAnforderung_Art();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Anforderung#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.courses.Anforderung#getBeschreibung()
	 * @see #getAnforderung()
	 * @generated
	 */
	EAttribute getAnforderung_Beschreibung();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.Teilnahme <em>Teilnahme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Teilnahme</em>'.
	 * @see org.quartierwerk.courses.Teilnahme
	 * @generated
	 */
	EClass getTeilnahme();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Teilnahme#getTeilnehmende <em>Teilnehmende</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teilnehmende</em>'.
	 * @see org.quartierwerk.courses.Teilnahme#getTeilnehmende()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_Teilnehmende();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.Teilnahme#getKurs <em>Kurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kurs</em>'.
	 * @see org.quartierwerk.courses.Teilnahme#getKurs()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EReference getTeilnahme_Kurs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.Teilnahme#getFortschritte <em>Fortschritte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fortschritte</em>'.
	 * @see org.quartierwerk.courses.Teilnahme#getFortschritte()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EReference getTeilnahme_Fortschritte();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Teilnahme#getPraxisprojekt <em>Praxisprojekt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Praxisprojekt</em>'.
	 * @see org.quartierwerk.courses.Teilnahme#getPraxisprojekt()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_Praxisprojekt();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Teilnahme#isGebuehrBefreit <em>Gebuehr Befreit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gebuehr Befreit</em>'.
	 * @see org.quartierwerk.courses.Teilnahme#isGebuehrBefreit()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_GebuehrBefreit();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Teilnahme#getZertifikatErteiltAm <em>Zertifikat Erteilt Am</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zertifikat Erteilt Am</em>'.
	 * @see org.quartierwerk.courses.Teilnahme#getZertifikatErteiltAm()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_ZertifikatErteiltAm();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.Modulfortschritt <em>Modulfortschritt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modulfortschritt</em>'.
	 * @see org.quartierwerk.courses.Modulfortschritt
	 * @generated
	 */
	EClass getModulfortschritt();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.Modulfortschritt#getModul <em>Modul</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Modul</em>'.
	 * @see org.quartierwerk.courses.Modulfortschritt#getModul()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EReference getModulfortschritt_Modul();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Modulfortschritt#isAbgeschlossen <em>Abgeschlossen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abgeschlossen</em>'.
	 * @see org.quartierwerk.courses.Modulfortschritt#isAbgeschlossen()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EAttribute getModulfortschritt_Abgeschlossen();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Modulfortschritt#getAbgeschlossenAm <em>Abgeschlossen Am</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abgeschlossen Am</em>'.
	 * @see org.quartierwerk.courses.Modulfortschritt#getAbgeschlossenAm()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EAttribute getModulfortschritt_AbgeschlossenAm();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.Modulfortschritt#getNotiz <em>Notiz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notiz</em>'.
	 * @see org.quartierwerk.courses.Modulfortschritt#getNotiz()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EAttribute getModulfortschritt_Notiz();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.courses.Anforderungsart <em>Anforderungsart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Anforderungsart</em>'.
	 * @see org.quartierwerk.courses.Anforderungsart
	 * @generated
	 */
	EEnum getAnforderungsart();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	KursFactory getKursFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.internal.impl.KursImpl <em>Kurs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.internal.impl.KursImpl
		 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getKurs()
		 * @generated
		 */
		EClass KURS = eINSTANCE.getKurs();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__ID = eINSTANCE.getKurs_Id();

		/**
		 * The meta object literal for the '<em><b>Titel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__TITEL = eINSTANCE.getKurs_Titel();

		/**
		 * The meta object literal for the '<em><b>Anbieter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__ANBIETER = eINSTANCE.getKurs_Anbieter();

		/**
		 * The meta object literal for the '<em><b>Zielgruppe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__ZIELGRUPPE = eINSTANCE.getKurs_Zielgruppe();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__BESCHREIBUNG = eINSTANCE.getKurs_Beschreibung();

		/**
		 * The meta object literal for the '<em><b>Dauer Monate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__DAUER_MONATE = eINSTANCE.getKurs_DauerMonate();

		/**
		 * The meta object literal for the '<em><b>Umfang Stunden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__UMFANG_STUNDEN = eINSTANCE.getKurs_UmfangStunden();

		/**
		 * The meta object literal for the '<em><b>Gebuehr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__GEBUEHR = eINSTANCE.getKurs_Gebuehr();

		/**
		 * The meta object literal for the '<em><b>Gebuehr Befreiung Moeglich</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__GEBUEHR_BEFREIUNG_MOEGLICH = eINSTANCE.getKurs_GebuehrBefreiungMoeglich();

		/**
		 * The meta object literal for the '<em><b>Zertifikat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__ZERTIFIKAT = eINSTANCE.getKurs_Zertifikat();

		/**
		 * The meta object literal for the '<em><b>Anschluss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__ANSCHLUSS = eINSTANCE.getKurs_Anschluss();

		/**
		 * The meta object literal for the '<em><b>Quelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__QUELLE = eINSTANCE.getKurs_Quelle();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KURS__MODULE = eINSTANCE.getKurs_Module();

		/**
		 * The meta object literal for the '<em><b>Anforderungen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KURS__ANFORDERUNGEN = eINSTANCE.getKurs_Anforderungen();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.internal.impl.ModulImpl <em>Modul</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.internal.impl.ModulImpl
		 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getModul()
		 * @generated
		 */
		EClass MODUL = eINSTANCE.getModul();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODUL__ID = eINSTANCE.getModul_Id();

		/**
		 * The meta object literal for the '<em><b>Titel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODUL__TITEL = eINSTANCE.getModul_Titel();

		/**
		 * The meta object literal for the '<em><b>Lernziele</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODUL__LERNZIELE = eINSTANCE.getModul_Lernziele();

		/**
		 * The meta object literal for the '<em><b>Stunden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODUL__STUNDEN = eINSTANCE.getModul_Stunden();

		/**
		 * The meta object literal for the '<em><b>Methoden</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODUL__METHODEN = eINSTANCE.getModul_Methoden();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.internal.impl.AnforderungImpl <em>Anforderung</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.internal.impl.AnforderungImpl
		 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getAnforderung()
		 * @generated
		 */
		EClass ANFORDERUNG = eINSTANCE.getAnforderung();

		/**
		 * The meta object literal for the '<em><b>Art</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANFORDERUNG__ART = eINSTANCE.getAnforderung_Art();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANFORDERUNG__BESCHREIBUNG = eINSTANCE.getAnforderung_Beschreibung();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.internal.impl.TeilnahmeImpl <em>Teilnahme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.internal.impl.TeilnahmeImpl
		 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getTeilnahme()
		 * @generated
		 */
		EClass TEILNAHME = eINSTANCE.getTeilnahme();

		/**
		 * The meta object literal for the '<em><b>Teilnehmende</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEILNAHME__TEILNEHMENDE = eINSTANCE.getTeilnahme_Teilnehmende();

		/**
		 * The meta object literal for the '<em><b>Kurs</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEILNAHME__KURS = eINSTANCE.getTeilnahme_Kurs();

		/**
		 * The meta object literal for the '<em><b>Fortschritte</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEILNAHME__FORTSCHRITTE = eINSTANCE.getTeilnahme_Fortschritte();

		/**
		 * The meta object literal for the '<em><b>Praxisprojekt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEILNAHME__PRAXISPROJEKT = eINSTANCE.getTeilnahme_Praxisprojekt();

		/**
		 * The meta object literal for the '<em><b>Gebuehr Befreit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEILNAHME__GEBUEHR_BEFREIT = eINSTANCE.getTeilnahme_GebuehrBefreit();

		/**
		 * The meta object literal for the '<em><b>Zertifikat Erteilt Am</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEILNAHME__ZERTIFIKAT_ERTEILT_AM = eINSTANCE.getTeilnahme_ZertifikatErteiltAm();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.internal.impl.ModulfortschrittImpl <em>Modulfortschritt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.internal.impl.ModulfortschrittImpl
		 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getModulfortschritt()
		 * @generated
		 */
		EClass MODULFORTSCHRITT = eINSTANCE.getModulfortschritt();

		/**
		 * The meta object literal for the '<em><b>Modul</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODULFORTSCHRITT__MODUL = eINSTANCE.getModulfortschritt_Modul();

		/**
		 * The meta object literal for the '<em><b>Abgeschlossen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULFORTSCHRITT__ABGESCHLOSSEN = eINSTANCE.getModulfortschritt_Abgeschlossen();

		/**
		 * The meta object literal for the '<em><b>Abgeschlossen Am</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULFORTSCHRITT__ABGESCHLOSSEN_AM = eINSTANCE.getModulfortschritt_AbgeschlossenAm();

		/**
		 * The meta object literal for the '<em><b>Notiz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULFORTSCHRITT__NOTIZ = eINSTANCE.getModulfortschritt_Notiz();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.Anforderungsart <em>Anforderungsart</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.Anforderungsart
		 * @see org.quartierwerk.courses.internal.impl.KursPackageImpl#getAnforderungsart()
		 * @generated
		 */
		EEnum ANFORDERUNGSART = eINSTANCE.getAnforderungsart();

	}

} //KursPackage
