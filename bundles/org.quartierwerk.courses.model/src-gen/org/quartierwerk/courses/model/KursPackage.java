/**
 */
package org.quartierwerk.courses.model;

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
 * Training courses (docs/fachmodell.md §5): a Kurs with its Module and the requirements its Praxisprojekt must meet, the Kursvorgaben a trainer adds, and a participant's Teilnahme. Namespace 2.0; files of 1.0 (without quelle and Kursvorgaben) are read as they are.
 * <!-- end-model-doc -->
 * @see org.quartierwerk.courses.model.KursFactory
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
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://quartierwerk.org/kurs/2.0";

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
	KursPackage eINSTANCE = org.quartierwerk.courses.model.internal.impl.KursPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.KursImpl <em>Kurs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.KursImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getKurs()
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
	 * The feature id for the '<em><b>Zertifikatsvorlage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ZERTIFIKATSVORLAGE = 10;

	/**
	 * The feature id for the '<em><b>Anschluss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ANSCHLUSS = 11;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__QUELLE = 12;

	/**
	 * The feature id for the '<em><b>Module</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__MODULE = 13;

	/**
	 * The feature id for the '<em><b>Anforderungen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__ANFORDERUNGEN = 14;

	/**
	 * The feature id for the '<em><b>Checklisten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS__CHECKLISTEN = 15;

	/**
	 * The number of structural features of the '<em>Kurs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Kurs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.ModulImpl <em>Modul</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.ModulImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getModul()
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
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.AnforderungImpl <em>Anforderung</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.AnforderungImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAnforderung()
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
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANFORDERUNG__QUELLE = 2;

	/**
	 * The number of structural features of the '<em>Anforderung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANFORDERUNG_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Anforderung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANFORDERUNG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl <em>Kursvorgaben</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getKursvorgaben()
	 * @generated
	 */
	int KURSVORGABEN = 3;

	/**
	 * The feature id for the '<em><b>Kurs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSVORGABEN__KURS = 0;

	/**
	 * The feature id for the '<em><b>Verfasst Von</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSVORGABEN__VERFASST_VON = 1;

	/**
	 * The feature id for the '<em><b>Stand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSVORGABEN__STAND = 2;

	/**
	 * The feature id for the '<em><b>Anforderungen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSVORGABEN__ANFORDERUNGEN = 3;

	/**
	 * The feature id for the '<em><b>Checklisten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSVORGABEN__CHECKLISTEN = 4;

	/**
	 * The number of structural features of the '<em>Kursvorgaben</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSVORGABEN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Kursvorgaben</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSVORGABEN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl <em>Teilnahme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getTeilnahme()
	 * @generated
	 */
	int TEILNAHME = 4;

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
	 * The feature id for the '<em><b>Checklisten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__CHECKLISTEN = 6;

	/**
	 * The feature id for the '<em><b>Akteurslandkarte</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME__AKTEURSLANDKARTE = 7;

	/**
	 * The number of structural features of the '<em>Teilnahme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Teilnahme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEILNAHME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl <em>Modulfortschritt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getModulfortschritt()
	 * @generated
	 */
	int MODULFORTSCHRITT = 5;

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
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl <em>Checkliste</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.ChecklisteImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getCheckliste()
	 * @generated
	 */
	int CHECKLISTE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE__ID = 0;

	/**
	 * The feature id for the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE__TITEL = 1;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE__BESCHREIBUNG = 2;

	/**
	 * The feature id for the '<em><b>Modul</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE__MODUL = 3;

	/**
	 * The feature id for the '<em><b>Punkte</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE__PUNKTE = 4;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE__QUELLE = 5;

	/**
	 * The number of structural features of the '<em>Checkliste</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Checkliste</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl <em>Pruefpunkt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.PruefpunktImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getPruefpunkt()
	 * @generated
	 */
	int PRUEFPUNKT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT__ID = 0;

	/**
	 * The feature id for the '<em><b>Frage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT__FRAGE = 1;

	/**
	 * The feature id for the '<em><b>Hinweis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT__HINWEIS = 2;

	/**
	 * The feature id for the '<em><b>Erfassen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT__ERFASSEN = 3;

	/**
	 * The feature id for the '<em><b>Pflicht</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT__PFLICHT = 4;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT__QUELLE = 5;

	/**
	 * The number of structural features of the '<em>Pruefpunkt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Pruefpunkt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUEFPUNKT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.ChecklistenergebnisImpl <em>Checklistenergebnis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.ChecklistenergebnisImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getChecklistenergebnis()
	 * @generated
	 */
	int CHECKLISTENERGEBNIS = 8;

	/**
	 * The feature id for the '<em><b>Checkliste</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTENERGEBNIS__CHECKLISTE = 0;

	/**
	 * The feature id for the '<em><b>Punkte</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTENERGEBNIS__PUNKTE = 1;

	/**
	 * The number of structural features of the '<em>Checklistenergebnis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTENERGEBNIS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Checklistenergebnis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLISTENERGEBNIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl <em>Punktergebnis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getPunktergebnis()
	 * @generated
	 */
	int PUNKTERGEBNIS = 9;

	/**
	 * The feature id for the '<em><b>Pruefpunkt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNKTERGEBNIS__PRUEFPUNKT = 0;

	/**
	 * The feature id for the '<em><b>Erledigt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNKTERGEBNIS__ERLEDIGT = 1;

	/**
	 * The feature id for the '<em><b>Erledigt Am</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNKTERGEBNIS__ERLEDIGT_AM = 2;

	/**
	 * The feature id for the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNKTERGEBNIS__NOTIZ = 3;

	/**
	 * The feature id for the '<em><b>Eintraege</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNKTERGEBNIS__EINTRAEGE = 4;

	/**
	 * The number of structural features of the '<em>Punktergebnis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNKTERGEBNIS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Punktergebnis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUNKTERGEBNIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.AkteurslandkarteImpl <em>Akteurslandkarte</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.AkteurslandkarteImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAkteurslandkarte()
	 * @generated
	 */
	int AKTEURSLANDKARTE = 10;

	/**
	 * The feature id for the '<em><b>Akteure</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEURSLANDKARTE__AKTEURE = 0;

	/**
	 * The feature id for the '<em><b>Kooperationen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEURSLANDKARTE__KOOPERATIONEN = 1;

	/**
	 * The number of structural features of the '<em>Akteurslandkarte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEURSLANDKARTE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Akteurslandkarte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEURSLANDKARTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl <em>Akteur</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.AkteurImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAkteur()
	 * @generated
	 */
	int AKTEUR = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR__NAME = 1;

	/**
	 * The feature id for the '<em><b>Art</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR__ART = 2;

	/**
	 * The feature id for the '<em><b>Ehrenamtlich</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR__EHRENAMTLICH = 3;

	/**
	 * The feature id for the '<em><b>Digital</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR__DIGITAL = 4;

	/**
	 * The feature id for the '<em><b>Rahmengebend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR__RAHMENGEBEND = 5;

	/**
	 * The feature id for the '<em><b>Ansprechperson</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR__ANSPRECHPERSON = 6;

	/**
	 * The number of structural features of the '<em>Akteur</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Akteur</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AKTEUR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl <em>Netzwerkkooperation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getNetzwerkkooperation()
	 * @generated
	 */
	int NETZWERKKOOPERATION = 12;

	/**
	 * The feature id for the '<em><b>Von</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION__VON = 0;

	/**
	 * The feature id for the '<em><b>Zu</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION__ZU = 1;

	/**
	 * The feature id for the '<em><b>Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION__FORM = 2;

	/**
	 * The feature id for the '<em><b>Verbindlichkeit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION__VERBINDLICHKEIT = 3;

	/**
	 * The feature id for the '<em><b>Ebenen</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION__EBENEN = 4;

	/**
	 * The feature id for the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION__NOTIZ = 5;

	/**
	 * The number of structural features of the '<em>Netzwerkkooperation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Netzwerkkooperation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETZWERKKOOPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.Anforderungsart <em>Anforderungsart</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.Anforderungsart
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAnforderungsart()
	 * @generated
	 */
	int ANFORDERUNGSART = 13;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.Akteursart <em>Akteursart</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.Akteursart
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAkteursart()
	 * @generated
	 */
	int AKTEURSART = 14;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.Netzwerkform <em>Netzwerkform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.Netzwerkform
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getNetzwerkform()
	 * @generated
	 */
	int NETZWERKFORM = 15;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.Verbindlichkeit <em>Verbindlichkeit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.Verbindlichkeit
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getVerbindlichkeit()
	 * @generated
	 */
	int VERBINDLICHKEIT = 16;

	/**
	 * The meta object id for the '{@link org.quartierwerk.courses.model.Kooperationsebene <em>Kooperationsebene</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.courses.model.Kooperationsebene
	 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getKooperationsebene()
	 * @generated
	 */
	int KOOPERATIONSEBENE = 17;


	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Kurs <em>Kurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kurs</em>'.
	 * @see org.quartierwerk.courses.model.Kurs
	 * @generated
	 */
	EClass getKurs();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getId()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getTitel()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Titel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getAnbieter <em>Anbieter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anbieter</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getAnbieter()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Anbieter();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getZielgruppe <em>Zielgruppe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zielgruppe</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getZielgruppe()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Zielgruppe();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getBeschreibung()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Beschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getDauerMonate <em>Dauer Monate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dauer Monate</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getDauerMonate()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_DauerMonate();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getUmfangStunden <em>Umfang Stunden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Umfang Stunden</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getUmfangStunden()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_UmfangStunden();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getGebuehr <em>Gebuehr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gebuehr</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getGebuehr()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Gebuehr();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#isGebuehrBefreiungMoeglich <em>Gebuehr Befreiung Moeglich</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gebuehr Befreiung Moeglich</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#isGebuehrBefreiungMoeglich()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_GebuehrBefreiungMoeglich();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getZertifikat <em>Zertifikat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zertifikat</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getZertifikat()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Zertifikat();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getZertifikatsvorlage <em>Zertifikatsvorlage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zertifikatsvorlage</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getZertifikatsvorlage()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Zertifikatsvorlage();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getAnschluss <em>Anschluss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anschluss</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getAnschluss()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Anschluss();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kurs#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getQuelle()
	 * @see #getKurs()
	 * @generated
	 */
	EAttribute getKurs_Quelle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Kurs#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Module</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getModule()
	 * @see #getKurs()
	 * @generated
	 */
	EReference getKurs_Module();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Kurs#getAnforderungen <em>Anforderungen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Anforderungen</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getAnforderungen()
	 * @see #getKurs()
	 * @generated
	 */
	EReference getKurs_Anforderungen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Kurs#getChecklisten <em>Checklisten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklisten</em>'.
	 * @see org.quartierwerk.courses.model.Kurs#getChecklisten()
	 * @see #getKurs()
	 * @generated
	 */
	EReference getKurs_Checklisten();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Modul <em>Modul</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modul</em>'.
	 * @see org.quartierwerk.courses.model.Modul
	 * @generated
	 */
	EClass getModul();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Modul#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.courses.model.Modul#getId()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Modul#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.courses.model.Modul#getTitel()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Titel();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.courses.model.Modul#getLernziele <em>Lernziele</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Lernziele</em>'.
	 * @see org.quartierwerk.courses.model.Modul#getLernziele()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Lernziele();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Modul#getStunden <em>Stunden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stunden</em>'.
	 * @see org.quartierwerk.courses.model.Modul#getStunden()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Stunden();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.courses.model.Modul#getMethoden <em>Methoden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Methoden</em>'.
	 * @see org.quartierwerk.courses.model.Modul#getMethoden()
	 * @see #getModul()
	 * @generated
	 */
	EAttribute getModul_Methoden();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Anforderung <em>Anforderung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anforderung</em>'.
	 * @see org.quartierwerk.courses.model.Anforderung
	 * @generated
	 */
	EClass getAnforderung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Anforderung#getArt <em>Art</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Art</em>'.
	 * @see org.quartierwerk.courses.model.Anforderung#getArt()
	 * @see #getAnforderung()
	 * @generated
	 */
	EAttribute getAnforderung_Art();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Anforderung#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.courses.model.Anforderung#getBeschreibung()
	 * @see #getAnforderung()
	 * @generated
	 */
	EAttribute getAnforderung_Beschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Anforderung#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.courses.model.Anforderung#getQuelle()
	 * @see #getAnforderung()
	 * @generated
	 */
	EAttribute getAnforderung_Quelle();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Kursvorgaben <em>Kursvorgaben</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kursvorgaben</em>'.
	 * @see org.quartierwerk.courses.model.Kursvorgaben
	 * @generated
	 */
	EClass getKursvorgaben();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kursvorgaben#getKurs <em>Kurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kurs</em>'.
	 * @see org.quartierwerk.courses.model.Kursvorgaben#getKurs()
	 * @see #getKursvorgaben()
	 * @generated
	 */
	EAttribute getKursvorgaben_Kurs();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kursvorgaben#getVerfasstVon <em>Verfasst Von</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verfasst Von</em>'.
	 * @see org.quartierwerk.courses.model.Kursvorgaben#getVerfasstVon()
	 * @see #getKursvorgaben()
	 * @generated
	 */
	EAttribute getKursvorgaben_VerfasstVon();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Kursvorgaben#getStand <em>Stand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stand</em>'.
	 * @see org.quartierwerk.courses.model.Kursvorgaben#getStand()
	 * @see #getKursvorgaben()
	 * @generated
	 */
	EAttribute getKursvorgaben_Stand();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Kursvorgaben#getAnforderungen <em>Anforderungen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Anforderungen</em>'.
	 * @see org.quartierwerk.courses.model.Kursvorgaben#getAnforderungen()
	 * @see #getKursvorgaben()
	 * @generated
	 */
	EReference getKursvorgaben_Anforderungen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Kursvorgaben#getChecklisten <em>Checklisten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklisten</em>'.
	 * @see org.quartierwerk.courses.model.Kursvorgaben#getChecklisten()
	 * @see #getKursvorgaben()
	 * @generated
	 */
	EReference getKursvorgaben_Checklisten();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Teilnahme <em>Teilnahme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Teilnahme</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme
	 * @generated
	 */
	EClass getTeilnahme();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Teilnahme#getTeilnehmende <em>Teilnehmende</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teilnehmende</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#getTeilnehmende()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_Teilnehmende();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.model.Teilnahme#getKurs <em>Kurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kurs</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#getKurs()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EReference getTeilnahme_Kurs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Teilnahme#getFortschritte <em>Fortschritte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fortschritte</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#getFortschritte()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EReference getTeilnahme_Fortschritte();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Teilnahme#getPraxisprojekt <em>Praxisprojekt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Praxisprojekt</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#getPraxisprojekt()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_Praxisprojekt();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Teilnahme#isGebuehrBefreit <em>Gebuehr Befreit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gebuehr Befreit</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#isGebuehrBefreit()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_GebuehrBefreit();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Teilnahme#getZertifikatErteiltAm <em>Zertifikat Erteilt Am</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zertifikat Erteilt Am</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#getZertifikatErteiltAm()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EAttribute getTeilnahme_ZertifikatErteiltAm();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Teilnahme#getChecklisten <em>Checklisten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklisten</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#getChecklisten()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EReference getTeilnahme_Checklisten();

	/**
	 * Returns the meta object for the containment reference '{@link org.quartierwerk.courses.model.Teilnahme#getAkteurslandkarte <em>Akteurslandkarte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Akteurslandkarte</em>'.
	 * @see org.quartierwerk.courses.model.Teilnahme#getAkteurslandkarte()
	 * @see #getTeilnahme()
	 * @generated
	 */
	EReference getTeilnahme_Akteurslandkarte();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Modulfortschritt <em>Modulfortschritt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modulfortschritt</em>'.
	 * @see org.quartierwerk.courses.model.Modulfortschritt
	 * @generated
	 */
	EClass getModulfortschritt();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.model.Modulfortschritt#getModul <em>Modul</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Modul</em>'.
	 * @see org.quartierwerk.courses.model.Modulfortschritt#getModul()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EReference getModulfortschritt_Modul();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Modulfortschritt#isAbgeschlossen <em>Abgeschlossen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abgeschlossen</em>'.
	 * @see org.quartierwerk.courses.model.Modulfortschritt#isAbgeschlossen()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EAttribute getModulfortschritt_Abgeschlossen();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Modulfortschritt#getAbgeschlossenAm <em>Abgeschlossen Am</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abgeschlossen Am</em>'.
	 * @see org.quartierwerk.courses.model.Modulfortschritt#getAbgeschlossenAm()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EAttribute getModulfortschritt_AbgeschlossenAm();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Modulfortschritt#getNotiz <em>Notiz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notiz</em>'.
	 * @see org.quartierwerk.courses.model.Modulfortschritt#getNotiz()
	 * @see #getModulfortschritt()
	 * @generated
	 */
	EAttribute getModulfortschritt_Notiz();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Checkliste <em>Checkliste</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checkliste</em>'.
	 * @see org.quartierwerk.courses.model.Checkliste
	 * @generated
	 */
	EClass getCheckliste();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Checkliste#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.courses.model.Checkliste#getId()
	 * @see #getCheckliste()
	 * @generated
	 */
	EAttribute getCheckliste_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Checkliste#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.courses.model.Checkliste#getTitel()
	 * @see #getCheckliste()
	 * @generated
	 */
	EAttribute getCheckliste_Titel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Checkliste#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.courses.model.Checkliste#getBeschreibung()
	 * @see #getCheckliste()
	 * @generated
	 */
	EAttribute getCheckliste_Beschreibung();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.model.Checkliste#getModul <em>Modul</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Modul</em>'.
	 * @see org.quartierwerk.courses.model.Checkliste#getModul()
	 * @see #getCheckliste()
	 * @generated
	 */
	EReference getCheckliste_Modul();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Checkliste#getPunkte <em>Punkte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Punkte</em>'.
	 * @see org.quartierwerk.courses.model.Checkliste#getPunkte()
	 * @see #getCheckliste()
	 * @generated
	 */
	EReference getCheckliste_Punkte();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Checkliste#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.courses.model.Checkliste#getQuelle()
	 * @see #getCheckliste()
	 * @generated
	 */
	EAttribute getCheckliste_Quelle();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Pruefpunkt <em>Pruefpunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pruefpunkt</em>'.
	 * @see org.quartierwerk.courses.model.Pruefpunkt
	 * @generated
	 */
	EClass getPruefpunkt();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Pruefpunkt#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.courses.model.Pruefpunkt#getId()
	 * @see #getPruefpunkt()
	 * @generated
	 */
	EAttribute getPruefpunkt_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Pruefpunkt#getFrage <em>Frage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frage</em>'.
	 * @see org.quartierwerk.courses.model.Pruefpunkt#getFrage()
	 * @see #getPruefpunkt()
	 * @generated
	 */
	EAttribute getPruefpunkt_Frage();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Pruefpunkt#getHinweis <em>Hinweis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hinweis</em>'.
	 * @see org.quartierwerk.courses.model.Pruefpunkt#getHinweis()
	 * @see #getPruefpunkt()
	 * @generated
	 */
	EAttribute getPruefpunkt_Hinweis();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Pruefpunkt#getErfassen <em>Erfassen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Erfassen</em>'.
	 * @see org.quartierwerk.courses.model.Pruefpunkt#getErfassen()
	 * @see #getPruefpunkt()
	 * @generated
	 */
	EAttribute getPruefpunkt_Erfassen();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Pruefpunkt#isPflicht <em>Pflicht</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pflicht</em>'.
	 * @see org.quartierwerk.courses.model.Pruefpunkt#isPflicht()
	 * @see #getPruefpunkt()
	 * @generated
	 */
	EAttribute getPruefpunkt_Pflicht();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Pruefpunkt#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.courses.model.Pruefpunkt#getQuelle()
	 * @see #getPruefpunkt()
	 * @generated
	 */
	EAttribute getPruefpunkt_Quelle();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Checklistenergebnis <em>Checklistenergebnis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklistenergebnis</em>'.
	 * @see org.quartierwerk.courses.model.Checklistenergebnis
	 * @generated
	 */
	EClass getChecklistenergebnis();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.model.Checklistenergebnis#getCheckliste <em>Checkliste</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Checkliste</em>'.
	 * @see org.quartierwerk.courses.model.Checklistenergebnis#getCheckliste()
	 * @see #getChecklistenergebnis()
	 * @generated
	 */
	EReference getChecklistenergebnis_Checkliste();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Checklistenergebnis#getPunkte <em>Punkte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Punkte</em>'.
	 * @see org.quartierwerk.courses.model.Checklistenergebnis#getPunkte()
	 * @see #getChecklistenergebnis()
	 * @generated
	 */
	EReference getChecklistenergebnis_Punkte();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Punktergebnis <em>Punktergebnis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Punktergebnis</em>'.
	 * @see org.quartierwerk.courses.model.Punktergebnis
	 * @generated
	 */
	EClass getPunktergebnis();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.model.Punktergebnis#getPruefpunkt <em>Pruefpunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pruefpunkt</em>'.
	 * @see org.quartierwerk.courses.model.Punktergebnis#getPruefpunkt()
	 * @see #getPunktergebnis()
	 * @generated
	 */
	EReference getPunktergebnis_Pruefpunkt();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Punktergebnis#isErledigt <em>Erledigt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Erledigt</em>'.
	 * @see org.quartierwerk.courses.model.Punktergebnis#isErledigt()
	 * @see #getPunktergebnis()
	 * @generated
	 */
	EAttribute getPunktergebnis_Erledigt();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Punktergebnis#getErledigtAm <em>Erledigt Am</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Erledigt Am</em>'.
	 * @see org.quartierwerk.courses.model.Punktergebnis#getErledigtAm()
	 * @see #getPunktergebnis()
	 * @generated
	 */
	EAttribute getPunktergebnis_ErledigtAm();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Punktergebnis#getNotiz <em>Notiz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notiz</em>'.
	 * @see org.quartierwerk.courses.model.Punktergebnis#getNotiz()
	 * @see #getPunktergebnis()
	 * @generated
	 */
	EAttribute getPunktergebnis_Notiz();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.courses.model.Punktergebnis#getEintraege <em>Eintraege</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Eintraege</em>'.
	 * @see org.quartierwerk.courses.model.Punktergebnis#getEintraege()
	 * @see #getPunktergebnis()
	 * @generated
	 */
	EAttribute getPunktergebnis_Eintraege();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Akteurslandkarte <em>Akteurslandkarte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Akteurslandkarte</em>'.
	 * @see org.quartierwerk.courses.model.Akteurslandkarte
	 * @generated
	 */
	EClass getAkteurslandkarte();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Akteurslandkarte#getAkteure <em>Akteure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Akteure</em>'.
	 * @see org.quartierwerk.courses.model.Akteurslandkarte#getAkteure()
	 * @see #getAkteurslandkarte()
	 * @generated
	 */
	EReference getAkteurslandkarte_Akteure();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.courses.model.Akteurslandkarte#getKooperationen <em>Kooperationen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kooperationen</em>'.
	 * @see org.quartierwerk.courses.model.Akteurslandkarte#getKooperationen()
	 * @see #getAkteurslandkarte()
	 * @generated
	 */
	EReference getAkteurslandkarte_Kooperationen();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Akteur <em>Akteur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Akteur</em>'.
	 * @see org.quartierwerk.courses.model.Akteur
	 * @generated
	 */
	EClass getAkteur();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Akteur#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.courses.model.Akteur#getId()
	 * @see #getAkteur()
	 * @generated
	 */
	EAttribute getAkteur_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Akteur#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.quartierwerk.courses.model.Akteur#getName()
	 * @see #getAkteur()
	 * @generated
	 */
	EAttribute getAkteur_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Akteur#getArt <em>Art</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Art</em>'.
	 * @see org.quartierwerk.courses.model.Akteur#getArt()
	 * @see #getAkteur()
	 * @generated
	 */
	EAttribute getAkteur_Art();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Akteur#isEhrenamtlich <em>Ehrenamtlich</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ehrenamtlich</em>'.
	 * @see org.quartierwerk.courses.model.Akteur#isEhrenamtlich()
	 * @see #getAkteur()
	 * @generated
	 */
	EAttribute getAkteur_Ehrenamtlich();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Akteur#isDigital <em>Digital</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digital</em>'.
	 * @see org.quartierwerk.courses.model.Akteur#isDigital()
	 * @see #getAkteur()
	 * @generated
	 */
	EAttribute getAkteur_Digital();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Akteur#isRahmengebend <em>Rahmengebend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rahmengebend</em>'.
	 * @see org.quartierwerk.courses.model.Akteur#isRahmengebend()
	 * @see #getAkteur()
	 * @generated
	 */
	EAttribute getAkteur_Rahmengebend();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Akteur#getAnsprechperson <em>Ansprechperson</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ansprechperson</em>'.
	 * @see org.quartierwerk.courses.model.Akteur#getAnsprechperson()
	 * @see #getAkteur()
	 * @generated
	 */
	EAttribute getAkteur_Ansprechperson();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.courses.model.Netzwerkkooperation <em>Netzwerkkooperation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Netzwerkkooperation</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation
	 * @generated
	 */
	EClass getNetzwerkkooperation();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getVon <em>Von</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Von</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation#getVon()
	 * @see #getNetzwerkkooperation()
	 * @generated
	 */
	EReference getNetzwerkkooperation_Von();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getZu <em>Zu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zu</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation#getZu()
	 * @see #getNetzwerkkooperation()
	 * @generated
	 */
	EReference getNetzwerkkooperation_Zu();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation#getForm()
	 * @see #getNetzwerkkooperation()
	 * @generated
	 */
	EAttribute getNetzwerkkooperation_Form();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getVerbindlichkeit <em>Verbindlichkeit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verbindlichkeit</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation#getVerbindlichkeit()
	 * @see #getNetzwerkkooperation()
	 * @generated
	 */
	EAttribute getNetzwerkkooperation_Verbindlichkeit();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getEbenen <em>Ebenen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ebenen</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation#getEbenen()
	 * @see #getNetzwerkkooperation()
	 * @generated
	 */
	EAttribute getNetzwerkkooperation_Ebenen();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.courses.model.Netzwerkkooperation#getNotiz <em>Notiz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notiz</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation#getNotiz()
	 * @see #getNetzwerkkooperation()
	 * @generated
	 */
	EAttribute getNetzwerkkooperation_Notiz();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.courses.model.Anforderungsart <em>Anforderungsart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Anforderungsart</em>'.
	 * @see org.quartierwerk.courses.model.Anforderungsart
	 * @generated
	 */
	EEnum getAnforderungsart();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.courses.model.Akteursart <em>Akteursart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Akteursart</em>'.
	 * @see org.quartierwerk.courses.model.Akteursart
	 * @generated
	 */
	EEnum getAkteursart();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.courses.model.Netzwerkform <em>Netzwerkform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Netzwerkform</em>'.
	 * @see org.quartierwerk.courses.model.Netzwerkform
	 * @generated
	 */
	EEnum getNetzwerkform();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.courses.model.Verbindlichkeit <em>Verbindlichkeit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verbindlichkeit</em>'.
	 * @see org.quartierwerk.courses.model.Verbindlichkeit
	 * @generated
	 */
	EEnum getVerbindlichkeit();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.courses.model.Kooperationsebene <em>Kooperationsebene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kooperationsebene</em>'.
	 * @see org.quartierwerk.courses.model.Kooperationsebene
	 * @generated
	 */
	EEnum getKooperationsebene();

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
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.KursImpl <em>Kurs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.KursImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getKurs()
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
		 * The meta object literal for the '<em><b>Zertifikatsvorlage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURS__ZERTIFIKATSVORLAGE = eINSTANCE.getKurs_Zertifikatsvorlage();

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
		 * The meta object literal for the '<em><b>Checklisten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KURS__CHECKLISTEN = eINSTANCE.getKurs_Checklisten();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.ModulImpl <em>Modul</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.ModulImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getModul()
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
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.AnforderungImpl <em>Anforderung</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.AnforderungImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAnforderung()
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
		 * The meta object literal for the '<em><b>Quelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANFORDERUNG__QUELLE = eINSTANCE.getAnforderung_Quelle();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl <em>Kursvorgaben</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getKursvorgaben()
		 * @generated
		 */
		EClass KURSVORGABEN = eINSTANCE.getKursvorgaben();

		/**
		 * The meta object literal for the '<em><b>Kurs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSVORGABEN__KURS = eINSTANCE.getKursvorgaben_Kurs();

		/**
		 * The meta object literal for the '<em><b>Verfasst Von</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSVORGABEN__VERFASST_VON = eINSTANCE.getKursvorgaben_VerfasstVon();

		/**
		 * The meta object literal for the '<em><b>Stand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSVORGABEN__STAND = eINSTANCE.getKursvorgaben_Stand();

		/**
		 * The meta object literal for the '<em><b>Anforderungen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KURSVORGABEN__ANFORDERUNGEN = eINSTANCE.getKursvorgaben_Anforderungen();

		/**
		 * The meta object literal for the '<em><b>Checklisten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KURSVORGABEN__CHECKLISTEN = eINSTANCE.getKursvorgaben_Checklisten();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl <em>Teilnahme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getTeilnahme()
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
		 * The meta object literal for the '<em><b>Checklisten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEILNAHME__CHECKLISTEN = eINSTANCE.getTeilnahme_Checklisten();

		/**
		 * The meta object literal for the '<em><b>Akteurslandkarte</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEILNAHME__AKTEURSLANDKARTE = eINSTANCE.getTeilnahme_Akteurslandkarte();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl <em>Modulfortschritt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getModulfortschritt()
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
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl <em>Checkliste</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.ChecklisteImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getCheckliste()
		 * @generated
		 */
		EClass CHECKLISTE = eINSTANCE.getCheckliste();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLISTE__ID = eINSTANCE.getCheckliste_Id();

		/**
		 * The meta object literal for the '<em><b>Titel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLISTE__TITEL = eINSTANCE.getCheckliste_Titel();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLISTE__BESCHREIBUNG = eINSTANCE.getCheckliste_Beschreibung();

		/**
		 * The meta object literal for the '<em><b>Modul</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLISTE__MODUL = eINSTANCE.getCheckliste_Modul();

		/**
		 * The meta object literal for the '<em><b>Punkte</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLISTE__PUNKTE = eINSTANCE.getCheckliste_Punkte();

		/**
		 * The meta object literal for the '<em><b>Quelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLISTE__QUELLE = eINSTANCE.getCheckliste_Quelle();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl <em>Pruefpunkt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.PruefpunktImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getPruefpunkt()
		 * @generated
		 */
		EClass PRUEFPUNKT = eINSTANCE.getPruefpunkt();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUEFPUNKT__ID = eINSTANCE.getPruefpunkt_Id();

		/**
		 * The meta object literal for the '<em><b>Frage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUEFPUNKT__FRAGE = eINSTANCE.getPruefpunkt_Frage();

		/**
		 * The meta object literal for the '<em><b>Hinweis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUEFPUNKT__HINWEIS = eINSTANCE.getPruefpunkt_Hinweis();

		/**
		 * The meta object literal for the '<em><b>Erfassen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUEFPUNKT__ERFASSEN = eINSTANCE.getPruefpunkt_Erfassen();

		/**
		 * The meta object literal for the '<em><b>Pflicht</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUEFPUNKT__PFLICHT = eINSTANCE.getPruefpunkt_Pflicht();

		/**
		 * The meta object literal for the '<em><b>Quelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUEFPUNKT__QUELLE = eINSTANCE.getPruefpunkt_Quelle();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.ChecklistenergebnisImpl <em>Checklistenergebnis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.ChecklistenergebnisImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getChecklistenergebnis()
		 * @generated
		 */
		EClass CHECKLISTENERGEBNIS = eINSTANCE.getChecklistenergebnis();

		/**
		 * The meta object literal for the '<em><b>Checkliste</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLISTENERGEBNIS__CHECKLISTE = eINSTANCE.getChecklistenergebnis_Checkliste();

		/**
		 * The meta object literal for the '<em><b>Punkte</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLISTENERGEBNIS__PUNKTE = eINSTANCE.getChecklistenergebnis_Punkte();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl <em>Punktergebnis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getPunktergebnis()
		 * @generated
		 */
		EClass PUNKTERGEBNIS = eINSTANCE.getPunktergebnis();

		/**
		 * The meta object literal for the '<em><b>Pruefpunkt</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUNKTERGEBNIS__PRUEFPUNKT = eINSTANCE.getPunktergebnis_Pruefpunkt();

		/**
		 * The meta object literal for the '<em><b>Erledigt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNKTERGEBNIS__ERLEDIGT = eINSTANCE.getPunktergebnis_Erledigt();

		/**
		 * The meta object literal for the '<em><b>Erledigt Am</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNKTERGEBNIS__ERLEDIGT_AM = eINSTANCE.getPunktergebnis_ErledigtAm();

		/**
		 * The meta object literal for the '<em><b>Notiz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNKTERGEBNIS__NOTIZ = eINSTANCE.getPunktergebnis_Notiz();

		/**
		 * The meta object literal for the '<em><b>Eintraege</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUNKTERGEBNIS__EINTRAEGE = eINSTANCE.getPunktergebnis_Eintraege();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.AkteurslandkarteImpl <em>Akteurslandkarte</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.AkteurslandkarteImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAkteurslandkarte()
		 * @generated
		 */
		EClass AKTEURSLANDKARTE = eINSTANCE.getAkteurslandkarte();

		/**
		 * The meta object literal for the '<em><b>Akteure</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AKTEURSLANDKARTE__AKTEURE = eINSTANCE.getAkteurslandkarte_Akteure();

		/**
		 * The meta object literal for the '<em><b>Kooperationen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AKTEURSLANDKARTE__KOOPERATIONEN = eINSTANCE.getAkteurslandkarte_Kooperationen();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl <em>Akteur</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.AkteurImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAkteur()
		 * @generated
		 */
		EClass AKTEUR = eINSTANCE.getAkteur();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AKTEUR__ID = eINSTANCE.getAkteur_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AKTEUR__NAME = eINSTANCE.getAkteur_Name();

		/**
		 * The meta object literal for the '<em><b>Art</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AKTEUR__ART = eINSTANCE.getAkteur_Art();

		/**
		 * The meta object literal for the '<em><b>Ehrenamtlich</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AKTEUR__EHRENAMTLICH = eINSTANCE.getAkteur_Ehrenamtlich();

		/**
		 * The meta object literal for the '<em><b>Digital</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AKTEUR__DIGITAL = eINSTANCE.getAkteur_Digital();

		/**
		 * The meta object literal for the '<em><b>Rahmengebend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AKTEUR__RAHMENGEBEND = eINSTANCE.getAkteur_Rahmengebend();

		/**
		 * The meta object literal for the '<em><b>Ansprechperson</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AKTEUR__ANSPRECHPERSON = eINSTANCE.getAkteur_Ansprechperson();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl <em>Netzwerkkooperation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.internal.impl.NetzwerkkooperationImpl
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getNetzwerkkooperation()
		 * @generated
		 */
		EClass NETZWERKKOOPERATION = eINSTANCE.getNetzwerkkooperation();

		/**
		 * The meta object literal for the '<em><b>Von</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETZWERKKOOPERATION__VON = eINSTANCE.getNetzwerkkooperation_Von();

		/**
		 * The meta object literal for the '<em><b>Zu</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETZWERKKOOPERATION__ZU = eINSTANCE.getNetzwerkkooperation_Zu();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETZWERKKOOPERATION__FORM = eINSTANCE.getNetzwerkkooperation_Form();

		/**
		 * The meta object literal for the '<em><b>Verbindlichkeit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETZWERKKOOPERATION__VERBINDLICHKEIT = eINSTANCE.getNetzwerkkooperation_Verbindlichkeit();

		/**
		 * The meta object literal for the '<em><b>Ebenen</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETZWERKKOOPERATION__EBENEN = eINSTANCE.getNetzwerkkooperation_Ebenen();

		/**
		 * The meta object literal for the '<em><b>Notiz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETZWERKKOOPERATION__NOTIZ = eINSTANCE.getNetzwerkkooperation_Notiz();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.Anforderungsart <em>Anforderungsart</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.Anforderungsart
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAnforderungsart()
		 * @generated
		 */
		EEnum ANFORDERUNGSART = eINSTANCE.getAnforderungsart();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.Akteursart <em>Akteursart</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.Akteursart
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getAkteursart()
		 * @generated
		 */
		EEnum AKTEURSART = eINSTANCE.getAkteursart();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.Netzwerkform <em>Netzwerkform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.Netzwerkform
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getNetzwerkform()
		 * @generated
		 */
		EEnum NETZWERKFORM = eINSTANCE.getNetzwerkform();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.Verbindlichkeit <em>Verbindlichkeit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.Verbindlichkeit
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getVerbindlichkeit()
		 * @generated
		 */
		EEnum VERBINDLICHKEIT = eINSTANCE.getVerbindlichkeit();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.courses.model.Kooperationsebene <em>Kooperationsebene</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.courses.model.Kooperationsebene
		 * @see org.quartierwerk.courses.model.internal.impl.KursPackageImpl#getKooperationsebene()
		 * @generated
		 */
		EEnum KOOPERATIONSEBENE = eINSTANCE.getKooperationsebene();

	}

} //KursPackage
