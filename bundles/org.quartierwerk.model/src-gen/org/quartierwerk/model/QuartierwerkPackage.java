/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * Das Domänenmodell von Quartierwerk.
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkFactory
 * @model kind="package"
 * @generated
 */
public interface QuartierwerkPackage extends EPackage {
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
	String eNS_URI = "http://quartierwerk.org/model/2.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "qw";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	QuartierwerkPackage eINSTANCE = org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl <em>Praxisbeispiel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.PraxisbeispielImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getPraxisbeispiel()
	 * @generated
	 */
	int PRAXISBEISPIEL = 0;

	/**
	 * The feature id for the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__TITEL = 0;

	/**
	 * The feature id for the '<em><b>Kurzbeschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__KURZBESCHREIBUNG = 1;

	/**
	 * The feature id for the '<em><b>Herausforderung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__HERAUSFORDERUNG = 2;

	/**
	 * The feature id for the '<em><b>Unterthema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__UNTERTHEMA = 3;

	/**
	 * The feature id for the '<em><b>Strukturprinzipien</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__STRUKTURPRINZIPIEN = 4;

	/**
	 * The feature id for the '<em><b>Handlungsfelder</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__HANDLUNGSFELDER = 5;

	/**
	 * The feature id for the '<em><b>Bundesland</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__BUNDESLAND = 6;

	/**
	 * The feature id for the '<em><b>Quartier</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__QUARTIER = 7;

	/**
	 * The feature id for the '<em><b>Weitere Orte</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__WEITERE_ORTE = 8;

	/**
	 * The feature id for the '<em><b>Kennung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__KENNUNG = 9;

	/**
	 * The feature id for the '<em><b>Verweise</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__VERWEISE = 10;

	/**
	 * The feature id for the '<em><b>Laufzeit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__LAUFZEIT = 11;

	/**
	 * The feature id for the '<em><b>Zielgruppen</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__ZIELGRUPPEN = 12;

	/**
	 * The feature id for the '<em><b>Organisationen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__ORGANISATIONEN = 13;

	/**
	 * The feature id for the '<em><b>Traeger</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__TRAEGER = 14;

	/**
	 * The feature id for the '<em><b>Weitere Traeger</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__WEITERE_TRAEGER = 15;

	/**
	 * The feature id for the '<em><b>Kooperationen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__KOOPERATIONEN = 16;

	/**
	 * The feature id for the '<em><b>Stellen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__STELLEN = 17;

	/**
	 * The feature id for the '<em><b>Arbeitsschritte</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__ARBEITSSCHRITTE = 18;

	/**
	 * The feature id for the '<em><b>Finanzierungsplan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__FINANZIERUNGSPLAN = 19;

	/**
	 * The feature id for the '<em><b>Beteiligungen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__BETEILIGUNGEN = 20;

	/**
	 * The feature id for the '<em><b>Ziele</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__ZIELE = 21;

	/**
	 * The feature id for the '<em><b>Ziele Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__ZIELE_TEXT = 22;

	/**
	 * The feature id for the '<em><b>Arbeitsschritte Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT = 23;

	/**
	 * The feature id for the '<em><b>Wirkungserfolge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__WIRKUNGSERFOLGE = 24;

	/**
	 * The feature id for the '<em><b>Besonderheit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__BESONDERHEIT = 25;

	/**
	 * The feature id for the '<em><b>Beteiligung Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__BETEILIGUNG_TEXT = 26;

	/**
	 * The feature id for the '<em><b>Finanzierung Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__FINANZIERUNG_TEXT = 27;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__QUELLE = 28;

	/**
	 * The feature id for the '<em><b>Good Practice</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__GOOD_PRACTICE = 29;

	/**
	 * The feature id for the '<em><b>Einsparungen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL__EINSPARUNGEN = 30;

	/**
	 * The number of structural features of the '<em>Praxisbeispiel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL_FEATURE_COUNT = 31;

	/**
	 * The number of operations of the '<em>Praxisbeispiel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAXISBEISPIEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.QuartierImpl <em>Quartier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.QuartierImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getQuartier()
	 * @generated
	 */
	int QUARTIER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Art</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER__ART = 1;

	/**
	 * The feature id for the '<em><b>Einwohner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER__EINWOHNER = 2;

	/**
	 * The feature id for the '<em><b>Kommune Einwohner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER__KOMMUNE_EINWOHNER = 3;

	/**
	 * The feature id for the '<em><b>Kommune</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER__KOMMUNE = 4;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER__BESCHREIBUNG = 5;

	/**
	 * The number of structural features of the '<em>Quartier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Quartier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTIER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.ProjektverweisImpl <em>Projektverweis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.ProjektverweisImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getProjektverweis()
	 * @generated
	 */
	int PROJEKTVERWEIS = 2;

	/**
	 * The feature id for the '<em><b>Art</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJEKTVERWEIS__ART = 0;

	/**
	 * The feature id for the '<em><b>Ziel Kennung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJEKTVERWEIS__ZIEL_KENNUNG = 1;

	/**
	 * The feature id for the '<em><b>Ziel Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJEKTVERWEIS__ZIEL_TITEL = 2;

	/**
	 * The number of structural features of the '<em>Projektverweis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJEKTVERWEIS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Projektverweis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJEKTVERWEIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.LaufzeitImpl <em>Laufzeit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.LaufzeitImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getLaufzeit()
	 * @generated
	 */
	int LAUFZEIT = 3;

	/**
	 * The feature id for the '<em><b>Beginn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUFZEIT__BEGINN = 0;

	/**
	 * The feature id for the '<em><b>Ende</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUFZEIT__ENDE = 1;

	/**
	 * The feature id for the '<em><b>Offen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUFZEIT__OFFEN = 2;

	/**
	 * The feature id for the '<em><b>Vorlaeufig</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUFZEIT__VORLAEUFIG = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUFZEIT__TEXT = 4;

	/**
	 * The number of structural features of the '<em>Laufzeit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUFZEIT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Laufzeit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUFZEIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.OrganisationImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Rechtsform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__RECHTSFORM = 1;

	/**
	 * The feature id for the '<em><b>Adresse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ADRESSE = 2;

	/**
	 * The feature id for the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__WEBSITE = 3;

	/**
	 * The feature id for the '<em><b>Akteurstyp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__AKTEURSTYP = 4;

	/**
	 * The feature id for the '<em><b>Sektor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SEKTOR = 5;

	/**
	 * The feature id for the '<em><b>Ansprechperson</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ANSPRECHPERSON = 6;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.AdresseImpl <em>Adresse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.AdresseImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAdresse()
	 * @generated
	 */
	int ADRESSE = 5;

	/**
	 * The feature id for the '<em><b>Strasse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADRESSE__STRASSE = 0;

	/**
	 * The feature id for the '<em><b>Plz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADRESSE__PLZ = 1;

	/**
	 * The feature id for the '<em><b>Ort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADRESSE__ORT = 2;

	/**
	 * The number of structural features of the '<em>Adresse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADRESSE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Adresse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADRESSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.KooperationImpl <em>Kooperation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.KooperationImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKooperation()
	 * @generated
	 */
	int KOOPERATION = 6;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOOPERATION__PARTNER = 0;

	/**
	 * The feature id for the '<em><b>Rolle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOOPERATION__ROLLE = 1;

	/**
	 * The feature id for the '<em><b>Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOOPERATION__FORM = 2;

	/**
	 * The number of structural features of the '<em>Kooperation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOOPERATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Kooperation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KOOPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.StelleImpl <em>Stelle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.StelleImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getStelle()
	 * @generated
	 */
	int STELLE = 7;

	/**
	 * The feature id for the '<em><b>Funktion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE__FUNKTION = 0;

	/**
	 * The feature id for the '<em><b>Umfang Prozent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE__UMFANG_PROZENT = 1;

	/**
	 * The feature id for the '<em><b>Vollzeitaequivalent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE__VOLLZEITAEQUIVALENT = 2;

	/**
	 * The feature id for the '<em><b>Personen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE__PERSONEN = 3;

	/**
	 * The feature id for the '<em><b>Ehrenamtlich</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE__EHRENAMTLICH = 4;

	/**
	 * The feature id for the '<em><b>Finanziert Durch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE__FINANZIERT_DURCH = 5;

	/**
	 * The number of structural features of the '<em>Stelle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Stelle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STELLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.ArbeitsschrittImpl <em>Arbeitsschritt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.ArbeitsschrittImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getArbeitsschritt()
	 * @generated
	 */
	int ARBEITSSCHRITT = 8;

	/**
	 * The feature id for the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARBEITSSCHRITT__TITEL = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARBEITSSCHRITT__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARBEITSSCHRITT__DATUM = 2;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARBEITSSCHRITT__BESCHREIBUNG = 3;

	/**
	 * The feature id for the '<em><b>Ziel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARBEITSSCHRITT__ZIEL = 4;

	/**
	 * The number of structural features of the '<em>Arbeitsschritt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARBEITSSCHRITT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Arbeitsschritt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARBEITSSCHRITT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.FinanzierungsplanImpl <em>Finanzierungsplan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.FinanzierungsplanImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsplan()
	 * @generated
	 */
	int FINANZIERUNGSPLAN = 9;

	/**
	 * The feature id for the '<em><b>Quellen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSPLAN__QUELLEN = 0;

	/**
	 * The feature id for the '<em><b>Ausgaben</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSPLAN__AUSGABEN = 1;

	/**
	 * The feature id for the '<em><b>Anteile</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSPLAN__ANTEILE = 2;

	/**
	 * The number of structural features of the '<em>Finanzierungsplan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSPLAN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Finanzierungsplan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSPLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.AusgabepositionImpl <em>Ausgabeposition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.AusgabepositionImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAusgabeposition()
	 * @generated
	 */
	int AUSGABEPOSITION = 10;

	/**
	 * The feature id for the '<em><b>Bezeichnung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUSGABEPOSITION__BEZEICHNUNG = 0;

	/**
	 * The feature id for the '<em><b>Kategorie</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUSGABEPOSITION__KATEGORIE = 1;

	/**
	 * The feature id for the '<em><b>Jahr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUSGABEPOSITION__JAHR = 2;

	/**
	 * The feature id for the '<em><b>Betrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUSGABEPOSITION__BETRAG = 3;

	/**
	 * The feature id for the '<em><b>Zuwendungsfaehig</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUSGABEPOSITION__ZUWENDUNGSFAEHIG = 4;

	/**
	 * The number of structural features of the '<em>Ausgabeposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUSGABEPOSITION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Ausgabeposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUSGABEPOSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl <em>Finanzierungsanteil</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsanteil()
	 * @generated
	 */
	int FINANZIERUNGSANTEIL = 11;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__QUELLE = 0;

	/**
	 * The feature id for the '<em><b>Jahr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__JAHR = 1;

	/**
	 * The feature id for the '<em><b>Betrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__BETRAG = 2;

	/**
	 * The feature id for the '<em><b>Anteil Prozent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__ANTEIL_PROZENT = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Tranchen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__TRANCHEN = 5;

	/**
	 * The feature id for the '<em><b>Statusverlauf</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__STATUSVERLAUF = 6;

	/**
	 * The feature id for the '<em><b>Anschlussfinanzierung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG = 7;

	/**
	 * The number of structural features of the '<em>Finanzierungsanteil</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Finanzierungsanteil</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSANTEIL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.TrancheImpl <em>Tranche</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.TrancheImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getTranche()
	 * @generated
	 */
	int TRANCHE = 12;

	/**
	 * The feature id for the '<em><b>Jahr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANCHE__JAHR = 0;

	/**
	 * The feature id for the '<em><b>Betrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANCHE__BETRAG = 1;

	/**
	 * The number of structural features of the '<em>Tranche</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANCHE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Tranche</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANCHE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.StatusereignisImpl <em>Statusereignis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.StatusereignisImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getStatusereignis()
	 * @generated
	 */
	int STATUSEREIGNIS = 13;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUSEREIGNIS__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUSEREIGNIS__DATUM = 1;

	/**
	 * The feature id for the '<em><b>Aktenzeichen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUSEREIGNIS__AKTENZEICHEN = 2;

	/**
	 * The feature id for the '<em><b>Notiz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUSEREIGNIS__NOTIZ = 3;

	/**
	 * The number of structural features of the '<em>Statusereignis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUSEREIGNIS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Statusereignis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUSEREIGNIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl <em>Finanzierungsquelle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsquelle()
	 * @generated
	 */
	int FINANZIERUNGSQUELLE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Art</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__ART = 2;

	/**
	 * The feature id for the '<em><b>Geber</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__GEBER = 3;

	/**
	 * The feature id for the '<em><b>Programm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__PROGRAMM = 4;

	/**
	 * The feature id for the '<em><b>Rechtsgrundlage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE = 5;

	/**
	 * The feature id for the '<em><b>Foerderquote Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX = 6;

	/**
	 * The feature id for the '<em><b>Hoechstbetrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__HOECHSTBETRAG = 7;

	/**
	 * The feature id for the '<em><b>Max Laufzeit Jahre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE = 8;

	/**
	 * The feature id for the '<em><b>Turnus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__TURNUS = 9;

	/**
	 * The feature id for the '<em><b>Foerdergebiet</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__FOERDERGEBIET = 10;

	/**
	 * The feature id for the '<em><b>Handlungsfelder</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__HANDLUNGSFELDER = 11;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__BESCHREIBUNG = 12;

	/**
	 * The feature id for the '<em><b>Beleg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE__BELEG = 13;

	/**
	 * The number of structural features of the '<em>Finanzierungsquelle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Finanzierungsquelle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSQUELLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.FinanzierungskatalogImpl <em>Finanzierungskatalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.FinanzierungskatalogImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungskatalog()
	 * @generated
	 */
	int FINANZIERUNGSKATALOG = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSKATALOG__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSKATALOG__NAME = 1;

	/**
	 * The feature id for the '<em><b>Quellen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSKATALOG__QUELLEN = 2;

	/**
	 * The number of structural features of the '<em>Finanzierungskatalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSKATALOG_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Finanzierungskatalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANZIERUNGSKATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.BeteiligungImpl <em>Beteiligung</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.BeteiligungImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getBeteiligung()
	 * @generated
	 */
	int BETEILIGUNG = 16;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BETEILIGUNG__PHASE = 0;

	/**
	 * The feature id for the '<em><b>Zielgruppe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BETEILIGUNG__ZIELGRUPPE = 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BETEILIGUNG__FORMAT = 2;

	/**
	 * The feature id for the '<em><b>Stufe</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BETEILIGUNG__STUFE = 3;

	/**
	 * The number of structural features of the '<em>Beteiligung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BETEILIGUNG_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Beteiligung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BETEILIGUNG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.PartizipationsmodellImpl <em>Partizipationsmodell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.PartizipationsmodellImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getPartizipationsmodell()
	 * @generated
	 */
	int PARTIZIPATIONSMODELL = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSMODELL__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSMODELL__NAME = 1;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSMODELL__BESCHREIBUNG = 2;

	/**
	 * The feature id for the '<em><b>Beleg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSMODELL__BELEG = 3;

	/**
	 * The feature id for the '<em><b>Stufen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSMODELL__STUFEN = 4;

	/**
	 * The number of structural features of the '<em>Partizipationsmodell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSMODELL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Partizipationsmodell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSMODELL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.PartizipationsstufeImpl <em>Partizipationsstufe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.PartizipationsstufeImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getPartizipationsstufe()
	 * @generated
	 */
	int PARTIZIPATIONSSTUFE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSSTUFE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSSTUFE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSSTUFE__BESCHREIBUNG = 2;

	/**
	 * The feature id for the '<em><b>Rang</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSSTUFE__RANG = 3;

	/**
	 * The feature id for the '<em><b>Modell</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSSTUFE__MODELL = 4;

	/**
	 * The number of structural features of the '<em>Partizipationsstufe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSSTUFE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Partizipationsstufe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIZIPATIONSSTUFE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.ZielImpl <em>Ziel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.ZielImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getZiel()
	 * @generated
	 */
	int ZIEL = 19;

	/**
	 * The feature id for the '<em><b>Titel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__TITEL = 0;

	/**
	 * The feature id for the '<em><b>Beschreibung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__BESCHREIBUNG = 1;

	/**
	 * The feature id for the '<em><b>Ebene</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__EBENE = 2;

	/**
	 * The feature id for the '<em><b>Typ</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__TYP = 3;

	/**
	 * The feature id for the '<em><b>Wirkungsstufe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__WIRKUNGSSTUFE = 4;

	/**
	 * The feature id for the '<em><b>Spezifisch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__SPEZIFISCH = 5;

	/**
	 * The feature id for the '<em><b>Messbar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__MESSBAR = 6;

	/**
	 * The feature id for the '<em><b>Erreichbar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__ERREICHBAR = 7;

	/**
	 * The feature id for the '<em><b>Realistisch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__REALISTISCH = 8;

	/**
	 * The feature id for the '<em><b>Termin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__TERMIN = 9;

	/**
	 * The feature id for the '<em><b>Unterziele</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__UNTERZIELE = 10;

	/**
	 * The feature id for the '<em><b>Kennzahlen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL__KENNZAHLEN = 11;

	/**
	 * The number of structural features of the '<em>Ziel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Ziel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZIEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.KennzahlImpl <em>Kennzahl</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.KennzahlImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKennzahl()
	 * @generated
	 */
	int KENNZAHL = 20;

	/**
	 * The feature id for the '<em><b>Indikator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL__INDIKATOR = 0;

	/**
	 * The feature id for the '<em><b>Einheit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL__EINHEIT = 1;

	/**
	 * The feature id for the '<em><b>Ausgangswert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL__AUSGANGSWERT = 2;

	/**
	 * The feature id for the '<em><b>Ausgangsdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL__AUSGANGSDATUM = 3;

	/**
	 * The feature id for the '<em><b>Zielwert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL__ZIELWERT = 4;

	/**
	 * The feature id for the '<em><b>Zieldatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL__ZIELDATUM = 5;

	/**
	 * The feature id for the '<em><b>Istwerte</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL__ISTWERTE = 6;

	/**
	 * The number of structural features of the '<em>Kennzahl</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Kennzahl</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KENNZAHL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.MesswertImpl <em>Messwert</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.MesswertImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getMesswert()
	 * @generated
	 */
	int MESSWERT = 21;

	/**
	 * The feature id for the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSWERT__DATUM = 0;

	/**
	 * The feature id for the '<em><b>Wert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSWERT__WERT = 1;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSWERT__QUELLE = 2;

	/**
	 * The number of structural features of the '<em>Messwert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSWERT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Messwert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSWERT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.EinsparungImpl <em>Einsparung</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.EinsparungImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getEinsparung()
	 * @generated
	 */
	int EINSPARUNG = 22;

	/**
	 * The feature id for the '<em><b>Bezeichnung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG__BEZEICHNUNG = 0;

	/**
	 * The feature id for the '<em><b>Betrag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG__BETRAG = 1;

	/**
	 * The feature id for the '<em><b>Zeitraum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG__ZEITRAUM = 2;

	/**
	 * The feature id for the '<em><b>Berechnung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG__BERECHNUNG = 3;

	/**
	 * The feature id for the '<em><b>Quelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG__QUELLE = 4;

	/**
	 * The feature id for the '<em><b>Mit Vorbehalt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG__MIT_VORBEHALT = 5;

	/**
	 * The number of structural features of the '<em>Einsparung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Einsparung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EINSPARUNG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.internal.impl.KriteriumsbewertungImpl <em>Kriteriumsbewertung</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.internal.impl.KriteriumsbewertungImpl
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKriteriumsbewertung()
	 * @generated
	 */
	int KRITERIUMSBEWERTUNG = 23;

	/**
	 * The feature id for the '<em><b>Kriterium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRITERIUMSBEWERTUNG__KRITERIUM = 0;

	/**
	 * The feature id for the '<em><b>Bewertung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRITERIUMSBEWERTUNG__BEWERTUNG = 1;

	/**
	 * The feature id for the '<em><b>Begruendung</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRITERIUMSBEWERTUNG__BEGRUENDUNG = 2;

	/**
	 * The number of structural features of the '<em>Kriteriumsbewertung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRITERIUMSBEWERTUNG_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Kriteriumsbewertung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRITERIUMSBEWERTUNG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Projektverweisart <em>Projektverweisart</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Projektverweisart
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getProjektverweisart()
	 * @generated
	 */
	int PROJEKTVERWEISART = 24;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Herausforderung <em>Herausforderung</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Herausforderung
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getHerausforderung()
	 * @generated
	 */
	int HERAUSFORDERUNG = 25;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Strukturprinzip <em>Strukturprinzip</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Strukturprinzip
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getStrukturprinzip()
	 * @generated
	 */
	int STRUKTURPRINZIP = 26;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Handlungsfeld <em>Handlungsfeld</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Handlungsfeld
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getHandlungsfeld()
	 * @generated
	 */
	int HANDLUNGSFELD = 27;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Bundesland <em>Bundesland</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Bundesland
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getBundesland()
	 * @generated
	 */
	int BUNDESLAND = 28;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Quartiersart <em>Quartiersart</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Quartiersart
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getQuartiersart()
	 * @generated
	 */
	int QUARTIERSART = 29;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Akteurstyp <em>Akteurstyp</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Akteurstyp
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAkteurstyp()
	 * @generated
	 */
	int AKTEURSTYP = 30;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Kooperationsform <em>Kooperationsform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Kooperationsform
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKooperationsform()
	 * @generated
	 */
	int KOOPERATIONSFORM = 31;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Arbeitsschrittstatus <em>Arbeitsschrittstatus</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Arbeitsschrittstatus
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getArbeitsschrittstatus()
	 * @generated
	 */
	int ARBEITSSCHRITTSTATUS = 32;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Ausgabenkategorie <em>Ausgabenkategorie</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Ausgabenkategorie
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAusgabenkategorie()
	 * @generated
	 */
	int AUSGABENKATEGORIE = 33;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Bewilligungsstatus <em>Bewilligungsstatus</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Bewilligungsstatus
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getBewilligungsstatus()
	 * @generated
	 */
	int BEWILLIGUNGSSTATUS = 34;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Finanzierungsart <em>Finanzierungsart</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Finanzierungsart
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsart()
	 * @generated
	 */
	int FINANZIERUNGSART = 35;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Projektphase <em>Projektphase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Projektphase
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getProjektphase()
	 * @generated
	 */
	int PROJEKTPHASE = 36;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Zielebene <em>Zielebene</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Zielebene
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getZielebene()
	 * @generated
	 */
	int ZIELEBENE = 37;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Zieltyp <em>Zieltyp</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Zieltyp
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getZieltyp()
	 * @generated
	 */
	int ZIELTYP = 38;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Wirkungsstufe <em>Wirkungsstufe</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Wirkungsstufe
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getWirkungsstufe()
	 * @generated
	 */
	int WIRKUNGSSTUFE = 39;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Hilfemixsektor <em>Hilfemixsektor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Hilfemixsektor
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getHilfemixsektor()
	 * @generated
	 */
	int HILFEMIXSEKTOR = 40;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.GoodPracticeKriterium <em>Good Practice Kriterium</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.GoodPracticeKriterium
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getGoodPracticeKriterium()
	 * @generated
	 */
	int GOOD_PRACTICE_KRITERIUM = 41;

	/**
	 * The meta object id for the '{@link org.quartierwerk.model.Erfuellungsgrad <em>Erfuellungsgrad</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Erfuellungsgrad
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getErfuellungsgrad()
	 * @generated
	 */
	int ERFUELLUNGSGRAD = 42;

	/**
	 * The meta object id for the '<em>Teildatum</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.quartierwerk.model.Teildatum
	 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getTeildatum()
	 * @generated
	 */
	int TEILDATUM = 43;


	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Praxisbeispiel <em>Praxisbeispiel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Praxisbeispiel</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel
	 * @generated
	 */
	EClass getPraxisbeispiel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getTitel()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Titel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getKurzbeschreibung <em>Kurzbeschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kurzbeschreibung</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getKurzbeschreibung()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Kurzbeschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getHerausforderung <em>Herausforderung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Herausforderung</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getHerausforderung()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Herausforderung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getUnterthema <em>Unterthema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unterthema</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getUnterthema()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Unterthema();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.model.Praxisbeispiel#getStrukturprinzipien <em>Strukturprinzipien</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Strukturprinzipien</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getStrukturprinzipien()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Strukturprinzipien();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.model.Praxisbeispiel#getHandlungsfelder <em>Handlungsfelder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Handlungsfelder</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getHandlungsfelder()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Handlungsfelder();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getBundesland <em>Bundesland</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bundesland</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getBundesland()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Bundesland();

	/**
	 * Returns the meta object for the containment reference '{@link org.quartierwerk.model.Praxisbeispiel#getQuartier <em>Quartier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Quartier</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getQuartier()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Quartier();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getWeitereOrte <em>Weitere Orte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Weitere Orte</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getWeitereOrte()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_WeitereOrte();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getKennung <em>Kennung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kennung</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getKennung()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Kennung();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getVerweise <em>Verweise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Verweise</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getVerweise()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Verweise();

	/**
	 * Returns the meta object for the containment reference '{@link org.quartierwerk.model.Praxisbeispiel#getLaufzeit <em>Laufzeit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Laufzeit</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getLaufzeit()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Laufzeit();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.model.Praxisbeispiel#getZielgruppen <em>Zielgruppen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Zielgruppen</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getZielgruppen()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Zielgruppen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getOrganisationen <em>Organisationen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisationen</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getOrganisationen()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Organisationen();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.model.Praxisbeispiel#getTraeger <em>Traeger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Traeger</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getTraeger()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Traeger();

	/**
	 * Returns the meta object for the reference list '{@link org.quartierwerk.model.Praxisbeispiel#getWeitereTraeger <em>Weitere Traeger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Weitere Traeger</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getWeitereTraeger()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_WeitereTraeger();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getKooperationen <em>Kooperationen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kooperationen</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getKooperationen()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Kooperationen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getStellen <em>Stellen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stellen</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getStellen()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Stellen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getArbeitsschritte <em>Arbeitsschritte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arbeitsschritte</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getArbeitsschritte()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Arbeitsschritte();

	/**
	 * Returns the meta object for the containment reference '{@link org.quartierwerk.model.Praxisbeispiel#getFinanzierungsplan <em>Finanzierungsplan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Finanzierungsplan</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getFinanzierungsplan()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Finanzierungsplan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getBeteiligungen <em>Beteiligungen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Beteiligungen</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getBeteiligungen()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Beteiligungen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getZiele <em>Ziele</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ziele</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getZiele()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Ziele();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getZieleText <em>Ziele Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ziele Text</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getZieleText()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_ZieleText();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getArbeitsschritteText <em>Arbeitsschritte Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arbeitsschritte Text</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getArbeitsschritteText()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_ArbeitsschritteText();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getWirkungserfolge <em>Wirkungserfolge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wirkungserfolge</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getWirkungserfolge()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Wirkungserfolge();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getBesonderheit <em>Besonderheit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Besonderheit</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getBesonderheit()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Besonderheit();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getBeteiligungText <em>Beteiligung Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beteiligung Text</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getBeteiligungText()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_BeteiligungText();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getFinanzierungText <em>Finanzierung Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finanzierung Text</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getFinanzierungText()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_FinanzierungText();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Praxisbeispiel#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getQuelle()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EAttribute getPraxisbeispiel_Quelle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getGoodPractice <em>Good Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Good Practice</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getGoodPractice()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_GoodPractice();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Praxisbeispiel#getEinsparungen <em>Einsparungen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Einsparungen</em>'.
	 * @see org.quartierwerk.model.Praxisbeispiel#getEinsparungen()
	 * @see #getPraxisbeispiel()
	 * @generated
	 */
	EReference getPraxisbeispiel_Einsparungen();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Quartier <em>Quartier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quartier</em>'.
	 * @see org.quartierwerk.model.Quartier
	 * @generated
	 */
	EClass getQuartier();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Quartier#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.quartierwerk.model.Quartier#getName()
	 * @see #getQuartier()
	 * @generated
	 */
	EAttribute getQuartier_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Quartier#getArt <em>Art</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Art</em>'.
	 * @see org.quartierwerk.model.Quartier#getArt()
	 * @see #getQuartier()
	 * @generated
	 */
	EAttribute getQuartier_Art();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Quartier#getEinwohner <em>Einwohner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Einwohner</em>'.
	 * @see org.quartierwerk.model.Quartier#getEinwohner()
	 * @see #getQuartier()
	 * @generated
	 */
	EAttribute getQuartier_Einwohner();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Quartier#getKommuneEinwohner <em>Kommune Einwohner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kommune Einwohner</em>'.
	 * @see org.quartierwerk.model.Quartier#getKommuneEinwohner()
	 * @see #getQuartier()
	 * @generated
	 */
	EAttribute getQuartier_KommuneEinwohner();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Quartier#getKommune <em>Kommune</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kommune</em>'.
	 * @see org.quartierwerk.model.Quartier#getKommune()
	 * @see #getQuartier()
	 * @generated
	 */
	EAttribute getQuartier_Kommune();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Quartier#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.model.Quartier#getBeschreibung()
	 * @see #getQuartier()
	 * @generated
	 */
	EAttribute getQuartier_Beschreibung();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Projektverweis <em>Projektverweis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Projektverweis</em>'.
	 * @see org.quartierwerk.model.Projektverweis
	 * @generated
	 */
	EClass getProjektverweis();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Projektverweis#getArt <em>Art</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Art</em>'.
	 * @see org.quartierwerk.model.Projektverweis#getArt()
	 * @see #getProjektverweis()
	 * @generated
	 */
	EAttribute getProjektverweis_Art();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Projektverweis#getZielKennung <em>Ziel Kennung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ziel Kennung</em>'.
	 * @see org.quartierwerk.model.Projektverweis#getZielKennung()
	 * @see #getProjektverweis()
	 * @generated
	 */
	EAttribute getProjektverweis_ZielKennung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Projektverweis#getZielTitel <em>Ziel Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ziel Titel</em>'.
	 * @see org.quartierwerk.model.Projektverweis#getZielTitel()
	 * @see #getProjektverweis()
	 * @generated
	 */
	EAttribute getProjektverweis_ZielTitel();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Laufzeit <em>Laufzeit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Laufzeit</em>'.
	 * @see org.quartierwerk.model.Laufzeit
	 * @generated
	 */
	EClass getLaufzeit();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Laufzeit#getBeginn <em>Beginn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beginn</em>'.
	 * @see org.quartierwerk.model.Laufzeit#getBeginn()
	 * @see #getLaufzeit()
	 * @generated
	 */
	EAttribute getLaufzeit_Beginn();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Laufzeit#getEnde <em>Ende</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ende</em>'.
	 * @see org.quartierwerk.model.Laufzeit#getEnde()
	 * @see #getLaufzeit()
	 * @generated
	 */
	EAttribute getLaufzeit_Ende();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Laufzeit#getOffen <em>Offen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offen</em>'.
	 * @see org.quartierwerk.model.Laufzeit#getOffen()
	 * @see #getLaufzeit()
	 * @generated
	 */
	EAttribute getLaufzeit_Offen();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Laufzeit#getVorlaeufig <em>Vorlaeufig</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vorlaeufig</em>'.
	 * @see org.quartierwerk.model.Laufzeit#getVorlaeufig()
	 * @see #getLaufzeit()
	 * @generated
	 */
	EAttribute getLaufzeit_Vorlaeufig();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Laufzeit#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.quartierwerk.model.Laufzeit#getText()
	 * @see #getLaufzeit()
	 * @generated
	 */
	EAttribute getLaufzeit_Text();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.quartierwerk.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.quartierwerk.model.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Organisation#getRechtsform <em>Rechtsform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rechtsform</em>'.
	 * @see org.quartierwerk.model.Organisation#getRechtsform()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Rechtsform();

	/**
	 * Returns the meta object for the containment reference '{@link org.quartierwerk.model.Organisation#getAdresse <em>Adresse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Adresse</em>'.
	 * @see org.quartierwerk.model.Organisation#getAdresse()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Adresse();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Organisation#getWebsite <em>Website</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Website</em>'.
	 * @see org.quartierwerk.model.Organisation#getWebsite()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Website();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Organisation#getAkteurstyp <em>Akteurstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Akteurstyp</em>'.
	 * @see org.quartierwerk.model.Organisation#getAkteurstyp()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Akteurstyp();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Organisation#getSektor <em>Sektor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sektor</em>'.
	 * @see org.quartierwerk.model.Organisation#getSektor()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Sektor();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Organisation#getAnsprechperson <em>Ansprechperson</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ansprechperson</em>'.
	 * @see org.quartierwerk.model.Organisation#getAnsprechperson()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Ansprechperson();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Adresse <em>Adresse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adresse</em>'.
	 * @see org.quartierwerk.model.Adresse
	 * @generated
	 */
	EClass getAdresse();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Adresse#getStrasse <em>Strasse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strasse</em>'.
	 * @see org.quartierwerk.model.Adresse#getStrasse()
	 * @see #getAdresse()
	 * @generated
	 */
	EAttribute getAdresse_Strasse();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Adresse#getPlz <em>Plz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plz</em>'.
	 * @see org.quartierwerk.model.Adresse#getPlz()
	 * @see #getAdresse()
	 * @generated
	 */
	EAttribute getAdresse_Plz();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Adresse#getOrt <em>Ort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ort</em>'.
	 * @see org.quartierwerk.model.Adresse#getOrt()
	 * @see #getAdresse()
	 * @generated
	 */
	EAttribute getAdresse_Ort();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Kooperation <em>Kooperation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kooperation</em>'.
	 * @see org.quartierwerk.model.Kooperation
	 * @generated
	 */
	EClass getKooperation();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.model.Kooperation#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.quartierwerk.model.Kooperation#getPartner()
	 * @see #getKooperation()
	 * @generated
	 */
	EReference getKooperation_Partner();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kooperation#getRolle <em>Rolle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rolle</em>'.
	 * @see org.quartierwerk.model.Kooperation#getRolle()
	 * @see #getKooperation()
	 * @generated
	 */
	EAttribute getKooperation_Rolle();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kooperation#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form</em>'.
	 * @see org.quartierwerk.model.Kooperation#getForm()
	 * @see #getKooperation()
	 * @generated
	 */
	EAttribute getKooperation_Form();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Stelle <em>Stelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stelle</em>'.
	 * @see org.quartierwerk.model.Stelle
	 * @generated
	 */
	EClass getStelle();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Stelle#getFunktion <em>Funktion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funktion</em>'.
	 * @see org.quartierwerk.model.Stelle#getFunktion()
	 * @see #getStelle()
	 * @generated
	 */
	EAttribute getStelle_Funktion();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Stelle#getUmfangProzent <em>Umfang Prozent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Umfang Prozent</em>'.
	 * @see org.quartierwerk.model.Stelle#getUmfangProzent()
	 * @see #getStelle()
	 * @generated
	 */
	EAttribute getStelle_UmfangProzent();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Stelle#getVollzeitaequivalent <em>Vollzeitaequivalent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vollzeitaequivalent</em>'.
	 * @see org.quartierwerk.model.Stelle#getVollzeitaequivalent()
	 * @see #getStelle()
	 * @generated
	 */
	EAttribute getStelle_Vollzeitaequivalent();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Stelle#getPersonen <em>Personen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personen</em>'.
	 * @see org.quartierwerk.model.Stelle#getPersonen()
	 * @see #getStelle()
	 * @generated
	 */
	EAttribute getStelle_Personen();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Stelle#getEhrenamtlich <em>Ehrenamtlich</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ehrenamtlich</em>'.
	 * @see org.quartierwerk.model.Stelle#getEhrenamtlich()
	 * @see #getStelle()
	 * @generated
	 */
	EAttribute getStelle_Ehrenamtlich();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.model.Stelle#getFinanziertDurch <em>Finanziert Durch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Finanziert Durch</em>'.
	 * @see org.quartierwerk.model.Stelle#getFinanziertDurch()
	 * @see #getStelle()
	 * @generated
	 */
	EReference getStelle_FinanziertDurch();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Arbeitsschritt <em>Arbeitsschritt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arbeitsschritt</em>'.
	 * @see org.quartierwerk.model.Arbeitsschritt
	 * @generated
	 */
	EClass getArbeitsschritt();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Arbeitsschritt#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.model.Arbeitsschritt#getTitel()
	 * @see #getArbeitsschritt()
	 * @generated
	 */
	EAttribute getArbeitsschritt_Titel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Arbeitsschritt#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.quartierwerk.model.Arbeitsschritt#getStatus()
	 * @see #getArbeitsschritt()
	 * @generated
	 */
	EAttribute getArbeitsschritt_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Arbeitsschritt#getDatum <em>Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datum</em>'.
	 * @see org.quartierwerk.model.Arbeitsschritt#getDatum()
	 * @see #getArbeitsschritt()
	 * @generated
	 */
	EAttribute getArbeitsschritt_Datum();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Arbeitsschritt#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.model.Arbeitsschritt#getBeschreibung()
	 * @see #getArbeitsschritt()
	 * @generated
	 */
	EAttribute getArbeitsschritt_Beschreibung();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.model.Arbeitsschritt#getZiel <em>Ziel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Ziel</em>'.
	 * @see org.quartierwerk.model.Arbeitsschritt#getZiel()
	 * @see #getArbeitsschritt()
	 * @generated
	 */
	EReference getArbeitsschritt_Ziel();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Finanzierungsplan <em>Finanzierungsplan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finanzierungsplan</em>'.
	 * @see org.quartierwerk.model.Finanzierungsplan
	 * @generated
	 */
	EClass getFinanzierungsplan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Finanzierungsplan#getQuellen <em>Quellen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quellen</em>'.
	 * @see org.quartierwerk.model.Finanzierungsplan#getQuellen()
	 * @see #getFinanzierungsplan()
	 * @generated
	 */
	EReference getFinanzierungsplan_Quellen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Finanzierungsplan#getAusgaben <em>Ausgaben</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ausgaben</em>'.
	 * @see org.quartierwerk.model.Finanzierungsplan#getAusgaben()
	 * @see #getFinanzierungsplan()
	 * @generated
	 */
	EReference getFinanzierungsplan_Ausgaben();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Finanzierungsplan#getAnteile <em>Anteile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Anteile</em>'.
	 * @see org.quartierwerk.model.Finanzierungsplan#getAnteile()
	 * @see #getFinanzierungsplan()
	 * @generated
	 */
	EReference getFinanzierungsplan_Anteile();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Ausgabeposition <em>Ausgabeposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ausgabeposition</em>'.
	 * @see org.quartierwerk.model.Ausgabeposition
	 * @generated
	 */
	EClass getAusgabeposition();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ausgabeposition#getBezeichnung <em>Bezeichnung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bezeichnung</em>'.
	 * @see org.quartierwerk.model.Ausgabeposition#getBezeichnung()
	 * @see #getAusgabeposition()
	 * @generated
	 */
	EAttribute getAusgabeposition_Bezeichnung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ausgabeposition#getKategorie <em>Kategorie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kategorie</em>'.
	 * @see org.quartierwerk.model.Ausgabeposition#getKategorie()
	 * @see #getAusgabeposition()
	 * @generated
	 */
	EAttribute getAusgabeposition_Kategorie();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ausgabeposition#getJahr <em>Jahr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jahr</em>'.
	 * @see org.quartierwerk.model.Ausgabeposition#getJahr()
	 * @see #getAusgabeposition()
	 * @generated
	 */
	EAttribute getAusgabeposition_Jahr();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ausgabeposition#getBetrag <em>Betrag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Betrag</em>'.
	 * @see org.quartierwerk.model.Ausgabeposition#getBetrag()
	 * @see #getAusgabeposition()
	 * @generated
	 */
	EAttribute getAusgabeposition_Betrag();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ausgabeposition#getZuwendungsfaehig <em>Zuwendungsfaehig</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zuwendungsfaehig</em>'.
	 * @see org.quartierwerk.model.Ausgabeposition#getZuwendungsfaehig()
	 * @see #getAusgabeposition()
	 * @generated
	 */
	EAttribute getAusgabeposition_Zuwendungsfaehig();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Finanzierungsanteil <em>Finanzierungsanteil</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finanzierungsanteil</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil
	 * @generated
	 */
	EClass getFinanzierungsanteil();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.model.Finanzierungsanteil#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Quelle</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getQuelle()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EReference getFinanzierungsanteil_Quelle();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsanteil#getJahr <em>Jahr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jahr</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getJahr()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EAttribute getFinanzierungsanteil_Jahr();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsanteil#getBetrag <em>Betrag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Betrag</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getBetrag()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EAttribute getFinanzierungsanteil_Betrag();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsanteil#getAnteilProzent <em>Anteil Prozent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anteil Prozent</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getAnteilProzent()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EAttribute getFinanzierungsanteil_AnteilProzent();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsanteil#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getStatus()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EAttribute getFinanzierungsanteil_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Finanzierungsanteil#getTranchen <em>Tranchen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tranchen</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getTranchen()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EReference getFinanzierungsanteil_Tranchen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Finanzierungsanteil#getStatusverlauf <em>Statusverlauf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Statusverlauf</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getStatusverlauf()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EReference getFinanzierungsanteil_Statusverlauf();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsanteil#getAnschlussfinanzierung <em>Anschlussfinanzierung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anschlussfinanzierung</em>'.
	 * @see org.quartierwerk.model.Finanzierungsanteil#getAnschlussfinanzierung()
	 * @see #getFinanzierungsanteil()
	 * @generated
	 */
	EAttribute getFinanzierungsanteil_Anschlussfinanzierung();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Tranche <em>Tranche</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tranche</em>'.
	 * @see org.quartierwerk.model.Tranche
	 * @generated
	 */
	EClass getTranche();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Tranche#getJahr <em>Jahr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jahr</em>'.
	 * @see org.quartierwerk.model.Tranche#getJahr()
	 * @see #getTranche()
	 * @generated
	 */
	EAttribute getTranche_Jahr();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Tranche#getBetrag <em>Betrag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Betrag</em>'.
	 * @see org.quartierwerk.model.Tranche#getBetrag()
	 * @see #getTranche()
	 * @generated
	 */
	EAttribute getTranche_Betrag();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Statusereignis <em>Statusereignis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statusereignis</em>'.
	 * @see org.quartierwerk.model.Statusereignis
	 * @generated
	 */
	EClass getStatusereignis();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Statusereignis#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.quartierwerk.model.Statusereignis#getStatus()
	 * @see #getStatusereignis()
	 * @generated
	 */
	EAttribute getStatusereignis_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Statusereignis#getDatum <em>Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datum</em>'.
	 * @see org.quartierwerk.model.Statusereignis#getDatum()
	 * @see #getStatusereignis()
	 * @generated
	 */
	EAttribute getStatusereignis_Datum();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Statusereignis#getAktenzeichen <em>Aktenzeichen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aktenzeichen</em>'.
	 * @see org.quartierwerk.model.Statusereignis#getAktenzeichen()
	 * @see #getStatusereignis()
	 * @generated
	 */
	EAttribute getStatusereignis_Aktenzeichen();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Statusereignis#getNotiz <em>Notiz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notiz</em>'.
	 * @see org.quartierwerk.model.Statusereignis#getNotiz()
	 * @see #getStatusereignis()
	 * @generated
	 */
	EAttribute getStatusereignis_Notiz();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Finanzierungsquelle <em>Finanzierungsquelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finanzierungsquelle</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle
	 * @generated
	 */
	EClass getFinanzierungsquelle();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getId()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getName()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getArt <em>Art</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Art</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getArt()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Art();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getGeber <em>Geber</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geber</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getGeber()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Geber();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getProgramm <em>Programm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Programm</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getProgramm()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Programm();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getRechtsgrundlage <em>Rechtsgrundlage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rechtsgrundlage</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getRechtsgrundlage()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Rechtsgrundlage();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getFoerderquoteMax <em>Foerderquote Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foerderquote Max</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getFoerderquoteMax()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_FoerderquoteMax();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getHoechstbetrag <em>Hoechstbetrag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hoechstbetrag</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getHoechstbetrag()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Hoechstbetrag();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getMaxLaufzeitJahre <em>Max Laufzeit Jahre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Laufzeit Jahre</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getMaxLaufzeitJahre()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_MaxLaufzeitJahre();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getTurnus <em>Turnus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Turnus</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getTurnus()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Turnus();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.model.Finanzierungsquelle#getFoerdergebiet <em>Foerdergebiet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Foerdergebiet</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getFoerdergebiet()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Foerdergebiet();

	/**
	 * Returns the meta object for the attribute list '{@link org.quartierwerk.model.Finanzierungsquelle#getHandlungsfelder <em>Handlungsfelder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Handlungsfelder</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getHandlungsfelder()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Handlungsfelder();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getBeschreibung()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Beschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungsquelle#getBeleg <em>Beleg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beleg</em>'.
	 * @see org.quartierwerk.model.Finanzierungsquelle#getBeleg()
	 * @see #getFinanzierungsquelle()
	 * @generated
	 */
	EAttribute getFinanzierungsquelle_Beleg();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Finanzierungskatalog <em>Finanzierungskatalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finanzierungskatalog</em>'.
	 * @see org.quartierwerk.model.Finanzierungskatalog
	 * @generated
	 */
	EClass getFinanzierungskatalog();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungskatalog#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.model.Finanzierungskatalog#getId()
	 * @see #getFinanzierungskatalog()
	 * @generated
	 */
	EAttribute getFinanzierungskatalog_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Finanzierungskatalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.quartierwerk.model.Finanzierungskatalog#getName()
	 * @see #getFinanzierungskatalog()
	 * @generated
	 */
	EAttribute getFinanzierungskatalog_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Finanzierungskatalog#getQuellen <em>Quellen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quellen</em>'.
	 * @see org.quartierwerk.model.Finanzierungskatalog#getQuellen()
	 * @see #getFinanzierungskatalog()
	 * @generated
	 */
	EReference getFinanzierungskatalog_Quellen();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Beteiligung <em>Beteiligung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Beteiligung</em>'.
	 * @see org.quartierwerk.model.Beteiligung
	 * @generated
	 */
	EClass getBeteiligung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Beteiligung#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.quartierwerk.model.Beteiligung#getPhase()
	 * @see #getBeteiligung()
	 * @generated
	 */
	EAttribute getBeteiligung_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Beteiligung#getZielgruppe <em>Zielgruppe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zielgruppe</em>'.
	 * @see org.quartierwerk.model.Beteiligung#getZielgruppe()
	 * @see #getBeteiligung()
	 * @generated
	 */
	EAttribute getBeteiligung_Zielgruppe();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Beteiligung#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.quartierwerk.model.Beteiligung#getFormat()
	 * @see #getBeteiligung()
	 * @generated
	 */
	EAttribute getBeteiligung_Format();

	/**
	 * Returns the meta object for the reference '{@link org.quartierwerk.model.Beteiligung#getStufe <em>Stufe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stufe</em>'.
	 * @see org.quartierwerk.model.Beteiligung#getStufe()
	 * @see #getBeteiligung()
	 * @generated
	 */
	EReference getBeteiligung_Stufe();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Partizipationsmodell <em>Partizipationsmodell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partizipationsmodell</em>'.
	 * @see org.quartierwerk.model.Partizipationsmodell
	 * @generated
	 */
	EClass getPartizipationsmodell();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsmodell#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.model.Partizipationsmodell#getId()
	 * @see #getPartizipationsmodell()
	 * @generated
	 */
	EAttribute getPartizipationsmodell_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsmodell#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.quartierwerk.model.Partizipationsmodell#getName()
	 * @see #getPartizipationsmodell()
	 * @generated
	 */
	EAttribute getPartizipationsmodell_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsmodell#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.model.Partizipationsmodell#getBeschreibung()
	 * @see #getPartizipationsmodell()
	 * @generated
	 */
	EAttribute getPartizipationsmodell_Beschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsmodell#getBeleg <em>Beleg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beleg</em>'.
	 * @see org.quartierwerk.model.Partizipationsmodell#getBeleg()
	 * @see #getPartizipationsmodell()
	 * @generated
	 */
	EAttribute getPartizipationsmodell_Beleg();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Partizipationsmodell#getStufen <em>Stufen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stufen</em>'.
	 * @see org.quartierwerk.model.Partizipationsmodell#getStufen()
	 * @see #getPartizipationsmodell()
	 * @generated
	 */
	EReference getPartizipationsmodell_Stufen();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Partizipationsstufe <em>Partizipationsstufe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partizipationsstufe</em>'.
	 * @see org.quartierwerk.model.Partizipationsstufe
	 * @generated
	 */
	EClass getPartizipationsstufe();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsstufe#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.quartierwerk.model.Partizipationsstufe#getId()
	 * @see #getPartizipationsstufe()
	 * @generated
	 */
	EAttribute getPartizipationsstufe_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsstufe#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.quartierwerk.model.Partizipationsstufe#getName()
	 * @see #getPartizipationsstufe()
	 * @generated
	 */
	EAttribute getPartizipationsstufe_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsstufe#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.model.Partizipationsstufe#getBeschreibung()
	 * @see #getPartizipationsstufe()
	 * @generated
	 */
	EAttribute getPartizipationsstufe_Beschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Partizipationsstufe#getRang <em>Rang</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rang</em>'.
	 * @see org.quartierwerk.model.Partizipationsstufe#getRang()
	 * @see #getPartizipationsstufe()
	 * @generated
	 */
	EAttribute getPartizipationsstufe_Rang();

	/**
	 * Returns the meta object for the container reference '{@link org.quartierwerk.model.Partizipationsstufe#getModell <em>Modell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Modell</em>'.
	 * @see org.quartierwerk.model.Partizipationsstufe#getModell()
	 * @see #getPartizipationsstufe()
	 * @generated
	 */
	EReference getPartizipationsstufe_Modell();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Ziel <em>Ziel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ziel</em>'.
	 * @see org.quartierwerk.model.Ziel
	 * @generated
	 */
	EClass getZiel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getTitel <em>Titel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Titel</em>'.
	 * @see org.quartierwerk.model.Ziel#getTitel()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Titel();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getBeschreibung <em>Beschreibung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beschreibung</em>'.
	 * @see org.quartierwerk.model.Ziel#getBeschreibung()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Beschreibung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getEbene <em>Ebene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ebene</em>'.
	 * @see org.quartierwerk.model.Ziel#getEbene()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Ebene();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getTyp <em>Typ</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Typ</em>'.
	 * @see org.quartierwerk.model.Ziel#getTyp()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Typ();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getWirkungsstufe <em>Wirkungsstufe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wirkungsstufe</em>'.
	 * @see org.quartierwerk.model.Ziel#getWirkungsstufe()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Wirkungsstufe();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getSpezifisch <em>Spezifisch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spezifisch</em>'.
	 * @see org.quartierwerk.model.Ziel#getSpezifisch()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Spezifisch();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getMessbar <em>Messbar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Messbar</em>'.
	 * @see org.quartierwerk.model.Ziel#getMessbar()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Messbar();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getErreichbar <em>Erreichbar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Erreichbar</em>'.
	 * @see org.quartierwerk.model.Ziel#getErreichbar()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Erreichbar();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getRealistisch <em>Realistisch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Realistisch</em>'.
	 * @see org.quartierwerk.model.Ziel#getRealistisch()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Realistisch();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Ziel#getTermin <em>Termin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Termin</em>'.
	 * @see org.quartierwerk.model.Ziel#getTermin()
	 * @see #getZiel()
	 * @generated
	 */
	EAttribute getZiel_Termin();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Ziel#getUnterziele <em>Unterziele</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unterziele</em>'.
	 * @see org.quartierwerk.model.Ziel#getUnterziele()
	 * @see #getZiel()
	 * @generated
	 */
	EReference getZiel_Unterziele();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Ziel#getKennzahlen <em>Kennzahlen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kennzahlen</em>'.
	 * @see org.quartierwerk.model.Ziel#getKennzahlen()
	 * @see #getZiel()
	 * @generated
	 */
	EReference getZiel_Kennzahlen();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Kennzahl <em>Kennzahl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kennzahl</em>'.
	 * @see org.quartierwerk.model.Kennzahl
	 * @generated
	 */
	EClass getKennzahl();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kennzahl#getIndikator <em>Indikator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indikator</em>'.
	 * @see org.quartierwerk.model.Kennzahl#getIndikator()
	 * @see #getKennzahl()
	 * @generated
	 */
	EAttribute getKennzahl_Indikator();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kennzahl#getEinheit <em>Einheit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Einheit</em>'.
	 * @see org.quartierwerk.model.Kennzahl#getEinheit()
	 * @see #getKennzahl()
	 * @generated
	 */
	EAttribute getKennzahl_Einheit();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kennzahl#getAusgangswert <em>Ausgangswert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ausgangswert</em>'.
	 * @see org.quartierwerk.model.Kennzahl#getAusgangswert()
	 * @see #getKennzahl()
	 * @generated
	 */
	EAttribute getKennzahl_Ausgangswert();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kennzahl#getAusgangsdatum <em>Ausgangsdatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ausgangsdatum</em>'.
	 * @see org.quartierwerk.model.Kennzahl#getAusgangsdatum()
	 * @see #getKennzahl()
	 * @generated
	 */
	EAttribute getKennzahl_Ausgangsdatum();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kennzahl#getZielwert <em>Zielwert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zielwert</em>'.
	 * @see org.quartierwerk.model.Kennzahl#getZielwert()
	 * @see #getKennzahl()
	 * @generated
	 */
	EAttribute getKennzahl_Zielwert();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kennzahl#getZieldatum <em>Zieldatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zieldatum</em>'.
	 * @see org.quartierwerk.model.Kennzahl#getZieldatum()
	 * @see #getKennzahl()
	 * @generated
	 */
	EAttribute getKennzahl_Zieldatum();

	/**
	 * Returns the meta object for the containment reference list '{@link org.quartierwerk.model.Kennzahl#getIstwerte <em>Istwerte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Istwerte</em>'.
	 * @see org.quartierwerk.model.Kennzahl#getIstwerte()
	 * @see #getKennzahl()
	 * @generated
	 */
	EReference getKennzahl_Istwerte();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Messwert <em>Messwert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Messwert</em>'.
	 * @see org.quartierwerk.model.Messwert
	 * @generated
	 */
	EClass getMesswert();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Messwert#getDatum <em>Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datum</em>'.
	 * @see org.quartierwerk.model.Messwert#getDatum()
	 * @see #getMesswert()
	 * @generated
	 */
	EAttribute getMesswert_Datum();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Messwert#getWert <em>Wert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wert</em>'.
	 * @see org.quartierwerk.model.Messwert#getWert()
	 * @see #getMesswert()
	 * @generated
	 */
	EAttribute getMesswert_Wert();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Messwert#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.model.Messwert#getQuelle()
	 * @see #getMesswert()
	 * @generated
	 */
	EAttribute getMesswert_Quelle();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Einsparung <em>Einsparung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Einsparung</em>'.
	 * @see org.quartierwerk.model.Einsparung
	 * @generated
	 */
	EClass getEinsparung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Einsparung#getBezeichnung <em>Bezeichnung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bezeichnung</em>'.
	 * @see org.quartierwerk.model.Einsparung#getBezeichnung()
	 * @see #getEinsparung()
	 * @generated
	 */
	EAttribute getEinsparung_Bezeichnung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Einsparung#getBetrag <em>Betrag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Betrag</em>'.
	 * @see org.quartierwerk.model.Einsparung#getBetrag()
	 * @see #getEinsparung()
	 * @generated
	 */
	EAttribute getEinsparung_Betrag();

	/**
	 * Returns the meta object for the containment reference '{@link org.quartierwerk.model.Einsparung#getZeitraum <em>Zeitraum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Zeitraum</em>'.
	 * @see org.quartierwerk.model.Einsparung#getZeitraum()
	 * @see #getEinsparung()
	 * @generated
	 */
	EReference getEinsparung_Zeitraum();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Einsparung#getBerechnung <em>Berechnung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Berechnung</em>'.
	 * @see org.quartierwerk.model.Einsparung#getBerechnung()
	 * @see #getEinsparung()
	 * @generated
	 */
	EAttribute getEinsparung_Berechnung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Einsparung#getQuelle <em>Quelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quelle</em>'.
	 * @see org.quartierwerk.model.Einsparung#getQuelle()
	 * @see #getEinsparung()
	 * @generated
	 */
	EAttribute getEinsparung_Quelle();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Einsparung#getMitVorbehalt <em>Mit Vorbehalt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mit Vorbehalt</em>'.
	 * @see org.quartierwerk.model.Einsparung#getMitVorbehalt()
	 * @see #getEinsparung()
	 * @generated
	 */
	EAttribute getEinsparung_MitVorbehalt();

	/**
	 * Returns the meta object for class '{@link org.quartierwerk.model.Kriteriumsbewertung <em>Kriteriumsbewertung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kriteriumsbewertung</em>'.
	 * @see org.quartierwerk.model.Kriteriumsbewertung
	 * @generated
	 */
	EClass getKriteriumsbewertung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kriteriumsbewertung#getKriterium <em>Kriterium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kriterium</em>'.
	 * @see org.quartierwerk.model.Kriteriumsbewertung#getKriterium()
	 * @see #getKriteriumsbewertung()
	 * @generated
	 */
	EAttribute getKriteriumsbewertung_Kriterium();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kriteriumsbewertung#getBewertung <em>Bewertung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bewertung</em>'.
	 * @see org.quartierwerk.model.Kriteriumsbewertung#getBewertung()
	 * @see #getKriteriumsbewertung()
	 * @generated
	 */
	EAttribute getKriteriumsbewertung_Bewertung();

	/**
	 * Returns the meta object for the attribute '{@link org.quartierwerk.model.Kriteriumsbewertung#getBegruendung <em>Begruendung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begruendung</em>'.
	 * @see org.quartierwerk.model.Kriteriumsbewertung#getBegruendung()
	 * @see #getKriteriumsbewertung()
	 * @generated
	 */
	EAttribute getKriteriumsbewertung_Begruendung();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Projektverweisart <em>Projektverweisart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Projektverweisart</em>'.
	 * @see org.quartierwerk.model.Projektverweisart
	 * @generated
	 */
	EEnum getProjektverweisart();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Herausforderung <em>Herausforderung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Herausforderung</em>'.
	 * @see org.quartierwerk.model.Herausforderung
	 * @generated
	 */
	EEnum getHerausforderung();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Strukturprinzip <em>Strukturprinzip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Strukturprinzip</em>'.
	 * @see org.quartierwerk.model.Strukturprinzip
	 * @generated
	 */
	EEnum getStrukturprinzip();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Handlungsfeld <em>Handlungsfeld</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Handlungsfeld</em>'.
	 * @see org.quartierwerk.model.Handlungsfeld
	 * @generated
	 */
	EEnum getHandlungsfeld();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Bundesland <em>Bundesland</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bundesland</em>'.
	 * @see org.quartierwerk.model.Bundesland
	 * @generated
	 */
	EEnum getBundesland();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Quartiersart <em>Quartiersart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quartiersart</em>'.
	 * @see org.quartierwerk.model.Quartiersart
	 * @generated
	 */
	EEnum getQuartiersart();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Akteurstyp <em>Akteurstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Akteurstyp</em>'.
	 * @see org.quartierwerk.model.Akteurstyp
	 * @generated
	 */
	EEnum getAkteurstyp();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Kooperationsform <em>Kooperationsform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kooperationsform</em>'.
	 * @see org.quartierwerk.model.Kooperationsform
	 * @generated
	 */
	EEnum getKooperationsform();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Arbeitsschrittstatus <em>Arbeitsschrittstatus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arbeitsschrittstatus</em>'.
	 * @see org.quartierwerk.model.Arbeitsschrittstatus
	 * @generated
	 */
	EEnum getArbeitsschrittstatus();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Ausgabenkategorie <em>Ausgabenkategorie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ausgabenkategorie</em>'.
	 * @see org.quartierwerk.model.Ausgabenkategorie
	 * @generated
	 */
	EEnum getAusgabenkategorie();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Bewilligungsstatus <em>Bewilligungsstatus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bewilligungsstatus</em>'.
	 * @see org.quartierwerk.model.Bewilligungsstatus
	 * @generated
	 */
	EEnum getBewilligungsstatus();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Finanzierungsart <em>Finanzierungsart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finanzierungsart</em>'.
	 * @see org.quartierwerk.model.Finanzierungsart
	 * @generated
	 */
	EEnum getFinanzierungsart();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Projektphase <em>Projektphase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Projektphase</em>'.
	 * @see org.quartierwerk.model.Projektphase
	 * @generated
	 */
	EEnum getProjektphase();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Zielebene <em>Zielebene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zielebene</em>'.
	 * @see org.quartierwerk.model.Zielebene
	 * @generated
	 */
	EEnum getZielebene();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Zieltyp <em>Zieltyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zieltyp</em>'.
	 * @see org.quartierwerk.model.Zieltyp
	 * @generated
	 */
	EEnum getZieltyp();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Wirkungsstufe <em>Wirkungsstufe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wirkungsstufe</em>'.
	 * @see org.quartierwerk.model.Wirkungsstufe
	 * @generated
	 */
	EEnum getWirkungsstufe();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Hilfemixsektor <em>Hilfemixsektor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hilfemixsektor</em>'.
	 * @see org.quartierwerk.model.Hilfemixsektor
	 * @generated
	 */
	EEnum getHilfemixsektor();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.GoodPracticeKriterium <em>Good Practice Kriterium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Good Practice Kriterium</em>'.
	 * @see org.quartierwerk.model.GoodPracticeKriterium
	 * @generated
	 */
	EEnum getGoodPracticeKriterium();

	/**
	 * Returns the meta object for enum '{@link org.quartierwerk.model.Erfuellungsgrad <em>Erfuellungsgrad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Erfuellungsgrad</em>'.
	 * @see org.quartierwerk.model.Erfuellungsgrad
	 * @generated
	 */
	EEnum getErfuellungsgrad();

	/**
	 * Returns the meta object for data type '{@link org.quartierwerk.model.Teildatum <em>Teildatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Ein Datum, auf Jahr, Monat oder Tag genau: 2007, 2017-02, 2018-07-01.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Teildatum</em>'.
	 * @see org.quartierwerk.model.Teildatum
	 * @model instanceClass="org.quartierwerk.model.Teildatum"
	 * @generated
	 */
	EDataType getTeildatum();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	QuartierwerkFactory getQuartierwerkFactory();

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
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl <em>Praxisbeispiel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.PraxisbeispielImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getPraxisbeispiel()
		 * @generated
		 */
		EClass PRAXISBEISPIEL = eINSTANCE.getPraxisbeispiel();

		/**
		 * The meta object literal for the '<em><b>Titel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__TITEL = eINSTANCE.getPraxisbeispiel_Titel();

		/**
		 * The meta object literal for the '<em><b>Kurzbeschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__KURZBESCHREIBUNG = eINSTANCE.getPraxisbeispiel_Kurzbeschreibung();

		/**
		 * The meta object literal for the '<em><b>Herausforderung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__HERAUSFORDERUNG = eINSTANCE.getPraxisbeispiel_Herausforderung();

		/**
		 * The meta object literal for the '<em><b>Unterthema</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__UNTERTHEMA = eINSTANCE.getPraxisbeispiel_Unterthema();

		/**
		 * The meta object literal for the '<em><b>Strukturprinzipien</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__STRUKTURPRINZIPIEN = eINSTANCE.getPraxisbeispiel_Strukturprinzipien();

		/**
		 * The meta object literal for the '<em><b>Handlungsfelder</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__HANDLUNGSFELDER = eINSTANCE.getPraxisbeispiel_Handlungsfelder();

		/**
		 * The meta object literal for the '<em><b>Bundesland</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__BUNDESLAND = eINSTANCE.getPraxisbeispiel_Bundesland();

		/**
		 * The meta object literal for the '<em><b>Quartier</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__QUARTIER = eINSTANCE.getPraxisbeispiel_Quartier();

		/**
		 * The meta object literal for the '<em><b>Weitere Orte</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__WEITERE_ORTE = eINSTANCE.getPraxisbeispiel_WeitereOrte();

		/**
		 * The meta object literal for the '<em><b>Kennung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__KENNUNG = eINSTANCE.getPraxisbeispiel_Kennung();

		/**
		 * The meta object literal for the '<em><b>Verweise</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__VERWEISE = eINSTANCE.getPraxisbeispiel_Verweise();

		/**
		 * The meta object literal for the '<em><b>Laufzeit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__LAUFZEIT = eINSTANCE.getPraxisbeispiel_Laufzeit();

		/**
		 * The meta object literal for the '<em><b>Zielgruppen</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__ZIELGRUPPEN = eINSTANCE.getPraxisbeispiel_Zielgruppen();

		/**
		 * The meta object literal for the '<em><b>Organisationen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__ORGANISATIONEN = eINSTANCE.getPraxisbeispiel_Organisationen();

		/**
		 * The meta object literal for the '<em><b>Traeger</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__TRAEGER = eINSTANCE.getPraxisbeispiel_Traeger();

		/**
		 * The meta object literal for the '<em><b>Weitere Traeger</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__WEITERE_TRAEGER = eINSTANCE.getPraxisbeispiel_WeitereTraeger();

		/**
		 * The meta object literal for the '<em><b>Kooperationen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__KOOPERATIONEN = eINSTANCE.getPraxisbeispiel_Kooperationen();

		/**
		 * The meta object literal for the '<em><b>Stellen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__STELLEN = eINSTANCE.getPraxisbeispiel_Stellen();

		/**
		 * The meta object literal for the '<em><b>Arbeitsschritte</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__ARBEITSSCHRITTE = eINSTANCE.getPraxisbeispiel_Arbeitsschritte();

		/**
		 * The meta object literal for the '<em><b>Finanzierungsplan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__FINANZIERUNGSPLAN = eINSTANCE.getPraxisbeispiel_Finanzierungsplan();

		/**
		 * The meta object literal for the '<em><b>Beteiligungen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__BETEILIGUNGEN = eINSTANCE.getPraxisbeispiel_Beteiligungen();

		/**
		 * The meta object literal for the '<em><b>Ziele</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__ZIELE = eINSTANCE.getPraxisbeispiel_Ziele();

		/**
		 * The meta object literal for the '<em><b>Ziele Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__ZIELE_TEXT = eINSTANCE.getPraxisbeispiel_ZieleText();

		/**
		 * The meta object literal for the '<em><b>Arbeitsschritte Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT = eINSTANCE.getPraxisbeispiel_ArbeitsschritteText();

		/**
		 * The meta object literal for the '<em><b>Wirkungserfolge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__WIRKUNGSERFOLGE = eINSTANCE.getPraxisbeispiel_Wirkungserfolge();

		/**
		 * The meta object literal for the '<em><b>Besonderheit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__BESONDERHEIT = eINSTANCE.getPraxisbeispiel_Besonderheit();

		/**
		 * The meta object literal for the '<em><b>Beteiligung Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__BETEILIGUNG_TEXT = eINSTANCE.getPraxisbeispiel_BeteiligungText();

		/**
		 * The meta object literal for the '<em><b>Finanzierung Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__FINANZIERUNG_TEXT = eINSTANCE.getPraxisbeispiel_FinanzierungText();

		/**
		 * The meta object literal for the '<em><b>Quelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRAXISBEISPIEL__QUELLE = eINSTANCE.getPraxisbeispiel_Quelle();

		/**
		 * The meta object literal for the '<em><b>Good Practice</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__GOOD_PRACTICE = eINSTANCE.getPraxisbeispiel_GoodPractice();

		/**
		 * The meta object literal for the '<em><b>Einsparungen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAXISBEISPIEL__EINSPARUNGEN = eINSTANCE.getPraxisbeispiel_Einsparungen();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.QuartierImpl <em>Quartier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.QuartierImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getQuartier()
		 * @generated
		 */
		EClass QUARTIER = eINSTANCE.getQuartier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTIER__NAME = eINSTANCE.getQuartier_Name();

		/**
		 * The meta object literal for the '<em><b>Art</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTIER__ART = eINSTANCE.getQuartier_Art();

		/**
		 * The meta object literal for the '<em><b>Einwohner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTIER__EINWOHNER = eINSTANCE.getQuartier_Einwohner();

		/**
		 * The meta object literal for the '<em><b>Kommune Einwohner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTIER__KOMMUNE_EINWOHNER = eINSTANCE.getQuartier_KommuneEinwohner();

		/**
		 * The meta object literal for the '<em><b>Kommune</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTIER__KOMMUNE = eINSTANCE.getQuartier_Kommune();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTIER__BESCHREIBUNG = eINSTANCE.getQuartier_Beschreibung();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.ProjektverweisImpl <em>Projektverweis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.ProjektverweisImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getProjektverweis()
		 * @generated
		 */
		EClass PROJEKTVERWEIS = eINSTANCE.getProjektverweis();

		/**
		 * The meta object literal for the '<em><b>Art</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJEKTVERWEIS__ART = eINSTANCE.getProjektverweis_Art();

		/**
		 * The meta object literal for the '<em><b>Ziel Kennung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJEKTVERWEIS__ZIEL_KENNUNG = eINSTANCE.getProjektverweis_ZielKennung();

		/**
		 * The meta object literal for the '<em><b>Ziel Titel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJEKTVERWEIS__ZIEL_TITEL = eINSTANCE.getProjektverweis_ZielTitel();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.LaufzeitImpl <em>Laufzeit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.LaufzeitImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getLaufzeit()
		 * @generated
		 */
		EClass LAUFZEIT = eINSTANCE.getLaufzeit();

		/**
		 * The meta object literal for the '<em><b>Beginn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUFZEIT__BEGINN = eINSTANCE.getLaufzeit_Beginn();

		/**
		 * The meta object literal for the '<em><b>Ende</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUFZEIT__ENDE = eINSTANCE.getLaufzeit_Ende();

		/**
		 * The meta object literal for the '<em><b>Offen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUFZEIT__OFFEN = eINSTANCE.getLaufzeit_Offen();

		/**
		 * The meta object literal for the '<em><b>Vorlaeufig</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUFZEIT__VORLAEUFIG = eINSTANCE.getLaufzeit_Vorlaeufig();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUFZEIT__TEXT = eINSTANCE.getLaufzeit_Text();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.OrganisationImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Rechtsform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__RECHTSFORM = eINSTANCE.getOrganisation_Rechtsform();

		/**
		 * The meta object literal for the '<em><b>Adresse</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__ADRESSE = eINSTANCE.getOrganisation_Adresse();

		/**
		 * The meta object literal for the '<em><b>Website</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__WEBSITE = eINSTANCE.getOrganisation_Website();

		/**
		 * The meta object literal for the '<em><b>Akteurstyp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__AKTEURSTYP = eINSTANCE.getOrganisation_Akteurstyp();

		/**
		 * The meta object literal for the '<em><b>Sektor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SEKTOR = eINSTANCE.getOrganisation_Sektor();

		/**
		 * The meta object literal for the '<em><b>Ansprechperson</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__ANSPRECHPERSON = eINSTANCE.getOrganisation_Ansprechperson();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.AdresseImpl <em>Adresse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.AdresseImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAdresse()
		 * @generated
		 */
		EClass ADRESSE = eINSTANCE.getAdresse();

		/**
		 * The meta object literal for the '<em><b>Strasse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADRESSE__STRASSE = eINSTANCE.getAdresse_Strasse();

		/**
		 * The meta object literal for the '<em><b>Plz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADRESSE__PLZ = eINSTANCE.getAdresse_Plz();

		/**
		 * The meta object literal for the '<em><b>Ort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADRESSE__ORT = eINSTANCE.getAdresse_Ort();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.KooperationImpl <em>Kooperation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.KooperationImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKooperation()
		 * @generated
		 */
		EClass KOOPERATION = eINSTANCE.getKooperation();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KOOPERATION__PARTNER = eINSTANCE.getKooperation_Partner();

		/**
		 * The meta object literal for the '<em><b>Rolle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KOOPERATION__ROLLE = eINSTANCE.getKooperation_Rolle();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KOOPERATION__FORM = eINSTANCE.getKooperation_Form();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.StelleImpl <em>Stelle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.StelleImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getStelle()
		 * @generated
		 */
		EClass STELLE = eINSTANCE.getStelle();

		/**
		 * The meta object literal for the '<em><b>Funktion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STELLE__FUNKTION = eINSTANCE.getStelle_Funktion();

		/**
		 * The meta object literal for the '<em><b>Umfang Prozent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STELLE__UMFANG_PROZENT = eINSTANCE.getStelle_UmfangProzent();

		/**
		 * The meta object literal for the '<em><b>Vollzeitaequivalent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STELLE__VOLLZEITAEQUIVALENT = eINSTANCE.getStelle_Vollzeitaequivalent();

		/**
		 * The meta object literal for the '<em><b>Personen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STELLE__PERSONEN = eINSTANCE.getStelle_Personen();

		/**
		 * The meta object literal for the '<em><b>Ehrenamtlich</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STELLE__EHRENAMTLICH = eINSTANCE.getStelle_Ehrenamtlich();

		/**
		 * The meta object literal for the '<em><b>Finanziert Durch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STELLE__FINANZIERT_DURCH = eINSTANCE.getStelle_FinanziertDurch();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.ArbeitsschrittImpl <em>Arbeitsschritt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.ArbeitsschrittImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getArbeitsschritt()
		 * @generated
		 */
		EClass ARBEITSSCHRITT = eINSTANCE.getArbeitsschritt();

		/**
		 * The meta object literal for the '<em><b>Titel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARBEITSSCHRITT__TITEL = eINSTANCE.getArbeitsschritt_Titel();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARBEITSSCHRITT__STATUS = eINSTANCE.getArbeitsschritt_Status();

		/**
		 * The meta object literal for the '<em><b>Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARBEITSSCHRITT__DATUM = eINSTANCE.getArbeitsschritt_Datum();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARBEITSSCHRITT__BESCHREIBUNG = eINSTANCE.getArbeitsschritt_Beschreibung();

		/**
		 * The meta object literal for the '<em><b>Ziel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARBEITSSCHRITT__ZIEL = eINSTANCE.getArbeitsschritt_Ziel();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.FinanzierungsplanImpl <em>Finanzierungsplan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.FinanzierungsplanImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsplan()
		 * @generated
		 */
		EClass FINANZIERUNGSPLAN = eINSTANCE.getFinanzierungsplan();

		/**
		 * The meta object literal for the '<em><b>Quellen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANZIERUNGSPLAN__QUELLEN = eINSTANCE.getFinanzierungsplan_Quellen();

		/**
		 * The meta object literal for the '<em><b>Ausgaben</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANZIERUNGSPLAN__AUSGABEN = eINSTANCE.getFinanzierungsplan_Ausgaben();

		/**
		 * The meta object literal for the '<em><b>Anteile</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANZIERUNGSPLAN__ANTEILE = eINSTANCE.getFinanzierungsplan_Anteile();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.AusgabepositionImpl <em>Ausgabeposition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.AusgabepositionImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAusgabeposition()
		 * @generated
		 */
		EClass AUSGABEPOSITION = eINSTANCE.getAusgabeposition();

		/**
		 * The meta object literal for the '<em><b>Bezeichnung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUSGABEPOSITION__BEZEICHNUNG = eINSTANCE.getAusgabeposition_Bezeichnung();

		/**
		 * The meta object literal for the '<em><b>Kategorie</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUSGABEPOSITION__KATEGORIE = eINSTANCE.getAusgabeposition_Kategorie();

		/**
		 * The meta object literal for the '<em><b>Jahr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUSGABEPOSITION__JAHR = eINSTANCE.getAusgabeposition_Jahr();

		/**
		 * The meta object literal for the '<em><b>Betrag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUSGABEPOSITION__BETRAG = eINSTANCE.getAusgabeposition_Betrag();

		/**
		 * The meta object literal for the '<em><b>Zuwendungsfaehig</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUSGABEPOSITION__ZUWENDUNGSFAEHIG = eINSTANCE.getAusgabeposition_Zuwendungsfaehig();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl <em>Finanzierungsanteil</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsanteil()
		 * @generated
		 */
		EClass FINANZIERUNGSANTEIL = eINSTANCE.getFinanzierungsanteil();

		/**
		 * The meta object literal for the '<em><b>Quelle</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANZIERUNGSANTEIL__QUELLE = eINSTANCE.getFinanzierungsanteil_Quelle();

		/**
		 * The meta object literal for the '<em><b>Jahr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSANTEIL__JAHR = eINSTANCE.getFinanzierungsanteil_Jahr();

		/**
		 * The meta object literal for the '<em><b>Betrag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSANTEIL__BETRAG = eINSTANCE.getFinanzierungsanteil_Betrag();

		/**
		 * The meta object literal for the '<em><b>Anteil Prozent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSANTEIL__ANTEIL_PROZENT = eINSTANCE.getFinanzierungsanteil_AnteilProzent();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSANTEIL__STATUS = eINSTANCE.getFinanzierungsanteil_Status();

		/**
		 * The meta object literal for the '<em><b>Tranchen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANZIERUNGSANTEIL__TRANCHEN = eINSTANCE.getFinanzierungsanteil_Tranchen();

		/**
		 * The meta object literal for the '<em><b>Statusverlauf</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANZIERUNGSANTEIL__STATUSVERLAUF = eINSTANCE.getFinanzierungsanteil_Statusverlauf();

		/**
		 * The meta object literal for the '<em><b>Anschlussfinanzierung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG = eINSTANCE.getFinanzierungsanteil_Anschlussfinanzierung();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.TrancheImpl <em>Tranche</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.TrancheImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getTranche()
		 * @generated
		 */
		EClass TRANCHE = eINSTANCE.getTranche();

		/**
		 * The meta object literal for the '<em><b>Jahr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANCHE__JAHR = eINSTANCE.getTranche_Jahr();

		/**
		 * The meta object literal for the '<em><b>Betrag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANCHE__BETRAG = eINSTANCE.getTranche_Betrag();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.StatusereignisImpl <em>Statusereignis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.StatusereignisImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getStatusereignis()
		 * @generated
		 */
		EClass STATUSEREIGNIS = eINSTANCE.getStatusereignis();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUSEREIGNIS__STATUS = eINSTANCE.getStatusereignis_Status();

		/**
		 * The meta object literal for the '<em><b>Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUSEREIGNIS__DATUM = eINSTANCE.getStatusereignis_Datum();

		/**
		 * The meta object literal for the '<em><b>Aktenzeichen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUSEREIGNIS__AKTENZEICHEN = eINSTANCE.getStatusereignis_Aktenzeichen();

		/**
		 * The meta object literal for the '<em><b>Notiz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUSEREIGNIS__NOTIZ = eINSTANCE.getStatusereignis_Notiz();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl <em>Finanzierungsquelle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsquelle()
		 * @generated
		 */
		EClass FINANZIERUNGSQUELLE = eINSTANCE.getFinanzierungsquelle();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__ID = eINSTANCE.getFinanzierungsquelle_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__NAME = eINSTANCE.getFinanzierungsquelle_Name();

		/**
		 * The meta object literal for the '<em><b>Art</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__ART = eINSTANCE.getFinanzierungsquelle_Art();

		/**
		 * The meta object literal for the '<em><b>Geber</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__GEBER = eINSTANCE.getFinanzierungsquelle_Geber();

		/**
		 * The meta object literal for the '<em><b>Programm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__PROGRAMM = eINSTANCE.getFinanzierungsquelle_Programm();

		/**
		 * The meta object literal for the '<em><b>Rechtsgrundlage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE = eINSTANCE.getFinanzierungsquelle_Rechtsgrundlage();

		/**
		 * The meta object literal for the '<em><b>Foerderquote Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX = eINSTANCE.getFinanzierungsquelle_FoerderquoteMax();

		/**
		 * The meta object literal for the '<em><b>Hoechstbetrag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__HOECHSTBETRAG = eINSTANCE.getFinanzierungsquelle_Hoechstbetrag();

		/**
		 * The meta object literal for the '<em><b>Max Laufzeit Jahre</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE = eINSTANCE.getFinanzierungsquelle_MaxLaufzeitJahre();

		/**
		 * The meta object literal for the '<em><b>Turnus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__TURNUS = eINSTANCE.getFinanzierungsquelle_Turnus();

		/**
		 * The meta object literal for the '<em><b>Foerdergebiet</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__FOERDERGEBIET = eINSTANCE.getFinanzierungsquelle_Foerdergebiet();

		/**
		 * The meta object literal for the '<em><b>Handlungsfelder</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__HANDLUNGSFELDER = eINSTANCE.getFinanzierungsquelle_Handlungsfelder();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__BESCHREIBUNG = eINSTANCE.getFinanzierungsquelle_Beschreibung();

		/**
		 * The meta object literal for the '<em><b>Beleg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSQUELLE__BELEG = eINSTANCE.getFinanzierungsquelle_Beleg();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.FinanzierungskatalogImpl <em>Finanzierungskatalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.FinanzierungskatalogImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungskatalog()
		 * @generated
		 */
		EClass FINANZIERUNGSKATALOG = eINSTANCE.getFinanzierungskatalog();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSKATALOG__ID = eINSTANCE.getFinanzierungskatalog_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANZIERUNGSKATALOG__NAME = eINSTANCE.getFinanzierungskatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Quellen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANZIERUNGSKATALOG__QUELLEN = eINSTANCE.getFinanzierungskatalog_Quellen();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.BeteiligungImpl <em>Beteiligung</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.BeteiligungImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getBeteiligung()
		 * @generated
		 */
		EClass BETEILIGUNG = eINSTANCE.getBeteiligung();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BETEILIGUNG__PHASE = eINSTANCE.getBeteiligung_Phase();

		/**
		 * The meta object literal for the '<em><b>Zielgruppe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BETEILIGUNG__ZIELGRUPPE = eINSTANCE.getBeteiligung_Zielgruppe();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BETEILIGUNG__FORMAT = eINSTANCE.getBeteiligung_Format();

		/**
		 * The meta object literal for the '<em><b>Stufe</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BETEILIGUNG__STUFE = eINSTANCE.getBeteiligung_Stufe();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.PartizipationsmodellImpl <em>Partizipationsmodell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.PartizipationsmodellImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getPartizipationsmodell()
		 * @generated
		 */
		EClass PARTIZIPATIONSMODELL = eINSTANCE.getPartizipationsmodell();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSMODELL__ID = eINSTANCE.getPartizipationsmodell_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSMODELL__NAME = eINSTANCE.getPartizipationsmodell_Name();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSMODELL__BESCHREIBUNG = eINSTANCE.getPartizipationsmodell_Beschreibung();

		/**
		 * The meta object literal for the '<em><b>Beleg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSMODELL__BELEG = eINSTANCE.getPartizipationsmodell_Beleg();

		/**
		 * The meta object literal for the '<em><b>Stufen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTIZIPATIONSMODELL__STUFEN = eINSTANCE.getPartizipationsmodell_Stufen();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.PartizipationsstufeImpl <em>Partizipationsstufe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.PartizipationsstufeImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getPartizipationsstufe()
		 * @generated
		 */
		EClass PARTIZIPATIONSSTUFE = eINSTANCE.getPartizipationsstufe();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSSTUFE__ID = eINSTANCE.getPartizipationsstufe_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSSTUFE__NAME = eINSTANCE.getPartizipationsstufe_Name();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSSTUFE__BESCHREIBUNG = eINSTANCE.getPartizipationsstufe_Beschreibung();

		/**
		 * The meta object literal for the '<em><b>Rang</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIZIPATIONSSTUFE__RANG = eINSTANCE.getPartizipationsstufe_Rang();

		/**
		 * The meta object literal for the '<em><b>Modell</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTIZIPATIONSSTUFE__MODELL = eINSTANCE.getPartizipationsstufe_Modell();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.ZielImpl <em>Ziel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.ZielImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getZiel()
		 * @generated
		 */
		EClass ZIEL = eINSTANCE.getZiel();

		/**
		 * The meta object literal for the '<em><b>Titel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__TITEL = eINSTANCE.getZiel_Titel();

		/**
		 * The meta object literal for the '<em><b>Beschreibung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__BESCHREIBUNG = eINSTANCE.getZiel_Beschreibung();

		/**
		 * The meta object literal for the '<em><b>Ebene</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__EBENE = eINSTANCE.getZiel_Ebene();

		/**
		 * The meta object literal for the '<em><b>Typ</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__TYP = eINSTANCE.getZiel_Typ();

		/**
		 * The meta object literal for the '<em><b>Wirkungsstufe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__WIRKUNGSSTUFE = eINSTANCE.getZiel_Wirkungsstufe();

		/**
		 * The meta object literal for the '<em><b>Spezifisch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__SPEZIFISCH = eINSTANCE.getZiel_Spezifisch();

		/**
		 * The meta object literal for the '<em><b>Messbar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__MESSBAR = eINSTANCE.getZiel_Messbar();

		/**
		 * The meta object literal for the '<em><b>Erreichbar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__ERREICHBAR = eINSTANCE.getZiel_Erreichbar();

		/**
		 * The meta object literal for the '<em><b>Realistisch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__REALISTISCH = eINSTANCE.getZiel_Realistisch();

		/**
		 * The meta object literal for the '<em><b>Termin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZIEL__TERMIN = eINSTANCE.getZiel_Termin();

		/**
		 * The meta object literal for the '<em><b>Unterziele</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZIEL__UNTERZIELE = eINSTANCE.getZiel_Unterziele();

		/**
		 * The meta object literal for the '<em><b>Kennzahlen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZIEL__KENNZAHLEN = eINSTANCE.getZiel_Kennzahlen();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.KennzahlImpl <em>Kennzahl</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.KennzahlImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKennzahl()
		 * @generated
		 */
		EClass KENNZAHL = eINSTANCE.getKennzahl();

		/**
		 * The meta object literal for the '<em><b>Indikator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KENNZAHL__INDIKATOR = eINSTANCE.getKennzahl_Indikator();

		/**
		 * The meta object literal for the '<em><b>Einheit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KENNZAHL__EINHEIT = eINSTANCE.getKennzahl_Einheit();

		/**
		 * The meta object literal for the '<em><b>Ausgangswert</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KENNZAHL__AUSGANGSWERT = eINSTANCE.getKennzahl_Ausgangswert();

		/**
		 * The meta object literal for the '<em><b>Ausgangsdatum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KENNZAHL__AUSGANGSDATUM = eINSTANCE.getKennzahl_Ausgangsdatum();

		/**
		 * The meta object literal for the '<em><b>Zielwert</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KENNZAHL__ZIELWERT = eINSTANCE.getKennzahl_Zielwert();

		/**
		 * The meta object literal for the '<em><b>Zieldatum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KENNZAHL__ZIELDATUM = eINSTANCE.getKennzahl_Zieldatum();

		/**
		 * The meta object literal for the '<em><b>Istwerte</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KENNZAHL__ISTWERTE = eINSTANCE.getKennzahl_Istwerte();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.MesswertImpl <em>Messwert</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.MesswertImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getMesswert()
		 * @generated
		 */
		EClass MESSWERT = eINSTANCE.getMesswert();

		/**
		 * The meta object literal for the '<em><b>Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSWERT__DATUM = eINSTANCE.getMesswert_Datum();

		/**
		 * The meta object literal for the '<em><b>Wert</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSWERT__WERT = eINSTANCE.getMesswert_Wert();

		/**
		 * The meta object literal for the '<em><b>Quelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSWERT__QUELLE = eINSTANCE.getMesswert_Quelle();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.EinsparungImpl <em>Einsparung</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.EinsparungImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getEinsparung()
		 * @generated
		 */
		EClass EINSPARUNG = eINSTANCE.getEinsparung();

		/**
		 * The meta object literal for the '<em><b>Bezeichnung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EINSPARUNG__BEZEICHNUNG = eINSTANCE.getEinsparung_Bezeichnung();

		/**
		 * The meta object literal for the '<em><b>Betrag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EINSPARUNG__BETRAG = eINSTANCE.getEinsparung_Betrag();

		/**
		 * The meta object literal for the '<em><b>Zeitraum</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EINSPARUNG__ZEITRAUM = eINSTANCE.getEinsparung_Zeitraum();

		/**
		 * The meta object literal for the '<em><b>Berechnung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EINSPARUNG__BERECHNUNG = eINSTANCE.getEinsparung_Berechnung();

		/**
		 * The meta object literal for the '<em><b>Quelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EINSPARUNG__QUELLE = eINSTANCE.getEinsparung_Quelle();

		/**
		 * The meta object literal for the '<em><b>Mit Vorbehalt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EINSPARUNG__MIT_VORBEHALT = eINSTANCE.getEinsparung_MitVorbehalt();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.internal.impl.KriteriumsbewertungImpl <em>Kriteriumsbewertung</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.internal.impl.KriteriumsbewertungImpl
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKriteriumsbewertung()
		 * @generated
		 */
		EClass KRITERIUMSBEWERTUNG = eINSTANCE.getKriteriumsbewertung();

		/**
		 * The meta object literal for the '<em><b>Kriterium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRITERIUMSBEWERTUNG__KRITERIUM = eINSTANCE.getKriteriumsbewertung_Kriterium();

		/**
		 * The meta object literal for the '<em><b>Bewertung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRITERIUMSBEWERTUNG__BEWERTUNG = eINSTANCE.getKriteriumsbewertung_Bewertung();

		/**
		 * The meta object literal for the '<em><b>Begruendung</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRITERIUMSBEWERTUNG__BEGRUENDUNG = eINSTANCE.getKriteriumsbewertung_Begruendung();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Projektverweisart <em>Projektverweisart</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Projektverweisart
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getProjektverweisart()
		 * @generated
		 */
		EEnum PROJEKTVERWEISART = eINSTANCE.getProjektverweisart();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Herausforderung <em>Herausforderung</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Herausforderung
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getHerausforderung()
		 * @generated
		 */
		EEnum HERAUSFORDERUNG = eINSTANCE.getHerausforderung();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Strukturprinzip <em>Strukturprinzip</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Strukturprinzip
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getStrukturprinzip()
		 * @generated
		 */
		EEnum STRUKTURPRINZIP = eINSTANCE.getStrukturprinzip();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Handlungsfeld <em>Handlungsfeld</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Handlungsfeld
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getHandlungsfeld()
		 * @generated
		 */
		EEnum HANDLUNGSFELD = eINSTANCE.getHandlungsfeld();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Bundesland <em>Bundesland</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Bundesland
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getBundesland()
		 * @generated
		 */
		EEnum BUNDESLAND = eINSTANCE.getBundesland();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Quartiersart <em>Quartiersart</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Quartiersart
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getQuartiersart()
		 * @generated
		 */
		EEnum QUARTIERSART = eINSTANCE.getQuartiersart();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Akteurstyp <em>Akteurstyp</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Akteurstyp
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAkteurstyp()
		 * @generated
		 */
		EEnum AKTEURSTYP = eINSTANCE.getAkteurstyp();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Kooperationsform <em>Kooperationsform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Kooperationsform
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getKooperationsform()
		 * @generated
		 */
		EEnum KOOPERATIONSFORM = eINSTANCE.getKooperationsform();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Arbeitsschrittstatus <em>Arbeitsschrittstatus</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Arbeitsschrittstatus
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getArbeitsschrittstatus()
		 * @generated
		 */
		EEnum ARBEITSSCHRITTSTATUS = eINSTANCE.getArbeitsschrittstatus();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Ausgabenkategorie <em>Ausgabenkategorie</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Ausgabenkategorie
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getAusgabenkategorie()
		 * @generated
		 */
		EEnum AUSGABENKATEGORIE = eINSTANCE.getAusgabenkategorie();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Bewilligungsstatus <em>Bewilligungsstatus</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Bewilligungsstatus
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getBewilligungsstatus()
		 * @generated
		 */
		EEnum BEWILLIGUNGSSTATUS = eINSTANCE.getBewilligungsstatus();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Finanzierungsart <em>Finanzierungsart</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Finanzierungsart
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getFinanzierungsart()
		 * @generated
		 */
		EEnum FINANZIERUNGSART = eINSTANCE.getFinanzierungsart();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Projektphase <em>Projektphase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Projektphase
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getProjektphase()
		 * @generated
		 */
		EEnum PROJEKTPHASE = eINSTANCE.getProjektphase();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Zielebene <em>Zielebene</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Zielebene
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getZielebene()
		 * @generated
		 */
		EEnum ZIELEBENE = eINSTANCE.getZielebene();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Zieltyp <em>Zieltyp</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Zieltyp
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getZieltyp()
		 * @generated
		 */
		EEnum ZIELTYP = eINSTANCE.getZieltyp();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Wirkungsstufe <em>Wirkungsstufe</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Wirkungsstufe
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getWirkungsstufe()
		 * @generated
		 */
		EEnum WIRKUNGSSTUFE = eINSTANCE.getWirkungsstufe();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Hilfemixsektor <em>Hilfemixsektor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Hilfemixsektor
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getHilfemixsektor()
		 * @generated
		 */
		EEnum HILFEMIXSEKTOR = eINSTANCE.getHilfemixsektor();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.GoodPracticeKriterium <em>Good Practice Kriterium</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.GoodPracticeKriterium
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getGoodPracticeKriterium()
		 * @generated
		 */
		EEnum GOOD_PRACTICE_KRITERIUM = eINSTANCE.getGoodPracticeKriterium();

		/**
		 * The meta object literal for the '{@link org.quartierwerk.model.Erfuellungsgrad <em>Erfuellungsgrad</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Erfuellungsgrad
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getErfuellungsgrad()
		 * @generated
		 */
		EEnum ERFUELLUNGSGRAD = eINSTANCE.getErfuellungsgrad();

		/**
		 * The meta object literal for the '<em>Teildatum</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.quartierwerk.model.Teildatum
		 * @see org.quartierwerk.model.internal.impl.QuartierwerkPackageImpl#getTeildatum()
		 * @generated
		 */
		EDataType TEILDATUM = eINSTANCE.getTeildatum();

	}

} //QuartierwerkPackage
