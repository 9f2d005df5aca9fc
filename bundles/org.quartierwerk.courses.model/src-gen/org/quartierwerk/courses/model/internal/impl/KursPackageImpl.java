/**
 */
package org.quartierwerk.courses.model.internal.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Checklistenergebnis;
import org.quartierwerk.courses.model.Kooperationsebene;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursFactory;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Modulfortschritt;
import org.quartierwerk.courses.model.Netzwerkform;
import org.quartierwerk.courses.model.Netzwerkkooperation;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Punktergebnis;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.courses.model.Verbindlichkeit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KursPackageImpl extends EPackageImpl implements KursPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kursEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modulEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anforderungEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kursvorgabenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teilnahmeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modulfortschrittEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklisteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pruefpunktEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistenergebnisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass punktergebnisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass akteurslandkarteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass akteurEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass netzwerkkooperationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum anforderungsartEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum akteursartEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum netzwerkformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verbindlichkeitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kooperationsebeneEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.quartierwerk.courses.model.KursPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private KursPackageImpl() {
		super(eNS_URI, KursFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link KursPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static KursPackage init() {
		if (isInited) return (KursPackage)EPackage.Registry.INSTANCE.getEPackage(KursPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredKursPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		KursPackageImpl theKursPackage = registeredKursPackage instanceof KursPackageImpl ? (KursPackageImpl)registeredKursPackage : new KursPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theKursPackage.createPackageContents();

		// Initialize created meta-data
		theKursPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theKursPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(KursPackage.eNS_URI, theKursPackage);
		return theKursPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKurs() {
		return kursEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Id() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Titel() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Anbieter() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Zielgruppe() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Beschreibung() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_DauerMonate() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_UmfangStunden() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Gebuehr() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_GebuehrBefreiungMoeglich() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Zertifikat() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Zertifikatsvorlage() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Anschluss() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKurs_Quelle() {
		return (EAttribute)kursEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKurs_Module() {
		return (EReference)kursEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKurs_Anforderungen() {
		return (EReference)kursEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKurs_Checklisten() {
		return (EReference)kursEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModul() {
		return modulEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModul_Id() {
		return (EAttribute)modulEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModul_Titel() {
		return (EAttribute)modulEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModul_Lernziele() {
		return (EAttribute)modulEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModul_Stunden() {
		return (EAttribute)modulEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModul_Methoden() {
		return (EAttribute)modulEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnforderung() {
		return anforderungEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnforderung_Art() {
		return (EAttribute)anforderungEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnforderung_Beschreibung() {
		return (EAttribute)anforderungEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnforderung_Quelle() {
		return (EAttribute)anforderungEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKursvorgaben() {
		return kursvorgabenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursvorgaben_Kurs() {
		return (EAttribute)kursvorgabenEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursvorgaben_VerfasstVon() {
		return (EAttribute)kursvorgabenEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursvorgaben_Stand() {
		return (EAttribute)kursvorgabenEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKursvorgaben_Anforderungen() {
		return (EReference)kursvorgabenEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKursvorgaben_Checklisten() {
		return (EReference)kursvorgabenEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeilnahme() {
		return teilnahmeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeilnahme_Teilnehmende() {
		return (EAttribute)teilnahmeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeilnahme_Kurs() {
		return (EReference)teilnahmeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeilnahme_Fortschritte() {
		return (EReference)teilnahmeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeilnahme_Praxisprojekt() {
		return (EAttribute)teilnahmeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeilnahme_GebuehrBefreit() {
		return (EAttribute)teilnahmeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeilnahme_ZertifikatErteiltAm() {
		return (EAttribute)teilnahmeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeilnahme_Checklisten() {
		return (EReference)teilnahmeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeilnahme_Akteurslandkarte() {
		return (EReference)teilnahmeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModulfortschritt() {
		return modulfortschrittEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModulfortschritt_Modul() {
		return (EReference)modulfortschrittEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModulfortschritt_Abgeschlossen() {
		return (EAttribute)modulfortschrittEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModulfortschritt_AbgeschlossenAm() {
		return (EAttribute)modulfortschrittEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModulfortschritt_Notiz() {
		return (EAttribute)modulfortschrittEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCheckliste() {
		return checklisteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckliste_Id() {
		return (EAttribute)checklisteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckliste_Titel() {
		return (EAttribute)checklisteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckliste_Beschreibung() {
		return (EAttribute)checklisteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCheckliste_Modul() {
		return (EReference)checklisteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCheckliste_Punkte() {
		return (EReference)checklisteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckliste_Quelle() {
		return (EAttribute)checklisteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPruefpunkt() {
		return pruefpunktEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruefpunkt_Id() {
		return (EAttribute)pruefpunktEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruefpunkt_Frage() {
		return (EAttribute)pruefpunktEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruefpunkt_Hinweis() {
		return (EAttribute)pruefpunktEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruefpunkt_Erfassen() {
		return (EAttribute)pruefpunktEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruefpunkt_Pflicht() {
		return (EAttribute)pruefpunktEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPruefpunkt_Quelle() {
		return (EAttribute)pruefpunktEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistenergebnis() {
		return checklistenergebnisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistenergebnis_Checkliste() {
		return (EReference)checklistenergebnisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistenergebnis_Punkte() {
		return (EReference)checklistenergebnisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPunktergebnis() {
		return punktergebnisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPunktergebnis_Pruefpunkt() {
		return (EReference)punktergebnisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPunktergebnis_Erledigt() {
		return (EAttribute)punktergebnisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPunktergebnis_ErledigtAm() {
		return (EAttribute)punktergebnisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPunktergebnis_Notiz() {
		return (EAttribute)punktergebnisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPunktergebnis_Eintraege() {
		return (EAttribute)punktergebnisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAkteurslandkarte() {
		return akteurslandkarteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAkteurslandkarte_Akteure() {
		return (EReference)akteurslandkarteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAkteurslandkarte_Kooperationen() {
		return (EReference)akteurslandkarteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAkteur() {
		return akteurEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAkteur_Id() {
		return (EAttribute)akteurEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAkteur_Name() {
		return (EAttribute)akteurEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAkteur_Art() {
		return (EAttribute)akteurEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAkteur_Ehrenamtlich() {
		return (EAttribute)akteurEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAkteur_Digital() {
		return (EAttribute)akteurEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAkteur_Rahmengebend() {
		return (EAttribute)akteurEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAkteur_Ansprechperson() {
		return (EAttribute)akteurEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetzwerkkooperation() {
		return netzwerkkooperationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetzwerkkooperation_Von() {
		return (EReference)netzwerkkooperationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetzwerkkooperation_Zu() {
		return (EReference)netzwerkkooperationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetzwerkkooperation_Form() {
		return (EAttribute)netzwerkkooperationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetzwerkkooperation_Verbindlichkeit() {
		return (EAttribute)netzwerkkooperationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetzwerkkooperation_Ebenen() {
		return (EAttribute)netzwerkkooperationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetzwerkkooperation_Notiz() {
		return (EAttribute)netzwerkkooperationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnforderungsart() {
		return anforderungsartEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAkteursart() {
		return akteursartEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNetzwerkform() {
		return netzwerkformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerbindlichkeit() {
		return verbindlichkeitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKooperationsebene() {
		return kooperationsebeneEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KursFactory getKursFactory() {
		return (KursFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		kursEClass = createEClass(KURS);
		createEAttribute(kursEClass, KURS__ID);
		createEAttribute(kursEClass, KURS__TITEL);
		createEAttribute(kursEClass, KURS__ANBIETER);
		createEAttribute(kursEClass, KURS__ZIELGRUPPE);
		createEAttribute(kursEClass, KURS__BESCHREIBUNG);
		createEAttribute(kursEClass, KURS__DAUER_MONATE);
		createEAttribute(kursEClass, KURS__UMFANG_STUNDEN);
		createEAttribute(kursEClass, KURS__GEBUEHR);
		createEAttribute(kursEClass, KURS__GEBUEHR_BEFREIUNG_MOEGLICH);
		createEAttribute(kursEClass, KURS__ZERTIFIKAT);
		createEAttribute(kursEClass, KURS__ZERTIFIKATSVORLAGE);
		createEAttribute(kursEClass, KURS__ANSCHLUSS);
		createEAttribute(kursEClass, KURS__QUELLE);
		createEReference(kursEClass, KURS__MODULE);
		createEReference(kursEClass, KURS__ANFORDERUNGEN);
		createEReference(kursEClass, KURS__CHECKLISTEN);

		modulEClass = createEClass(MODUL);
		createEAttribute(modulEClass, MODUL__ID);
		createEAttribute(modulEClass, MODUL__TITEL);
		createEAttribute(modulEClass, MODUL__LERNZIELE);
		createEAttribute(modulEClass, MODUL__STUNDEN);
		createEAttribute(modulEClass, MODUL__METHODEN);

		anforderungEClass = createEClass(ANFORDERUNG);
		createEAttribute(anforderungEClass, ANFORDERUNG__ART);
		createEAttribute(anforderungEClass, ANFORDERUNG__BESCHREIBUNG);
		createEAttribute(anforderungEClass, ANFORDERUNG__QUELLE);

		kursvorgabenEClass = createEClass(KURSVORGABEN);
		createEAttribute(kursvorgabenEClass, KURSVORGABEN__KURS);
		createEAttribute(kursvorgabenEClass, KURSVORGABEN__VERFASST_VON);
		createEAttribute(kursvorgabenEClass, KURSVORGABEN__STAND);
		createEReference(kursvorgabenEClass, KURSVORGABEN__ANFORDERUNGEN);
		createEReference(kursvorgabenEClass, KURSVORGABEN__CHECKLISTEN);

		teilnahmeEClass = createEClass(TEILNAHME);
		createEAttribute(teilnahmeEClass, TEILNAHME__TEILNEHMENDE);
		createEReference(teilnahmeEClass, TEILNAHME__KURS);
		createEReference(teilnahmeEClass, TEILNAHME__FORTSCHRITTE);
		createEAttribute(teilnahmeEClass, TEILNAHME__PRAXISPROJEKT);
		createEAttribute(teilnahmeEClass, TEILNAHME__GEBUEHR_BEFREIT);
		createEAttribute(teilnahmeEClass, TEILNAHME__ZERTIFIKAT_ERTEILT_AM);
		createEReference(teilnahmeEClass, TEILNAHME__CHECKLISTEN);
		createEReference(teilnahmeEClass, TEILNAHME__AKTEURSLANDKARTE);

		modulfortschrittEClass = createEClass(MODULFORTSCHRITT);
		createEReference(modulfortschrittEClass, MODULFORTSCHRITT__MODUL);
		createEAttribute(modulfortschrittEClass, MODULFORTSCHRITT__ABGESCHLOSSEN);
		createEAttribute(modulfortschrittEClass, MODULFORTSCHRITT__ABGESCHLOSSEN_AM);
		createEAttribute(modulfortschrittEClass, MODULFORTSCHRITT__NOTIZ);

		checklisteEClass = createEClass(CHECKLISTE);
		createEAttribute(checklisteEClass, CHECKLISTE__ID);
		createEAttribute(checklisteEClass, CHECKLISTE__TITEL);
		createEAttribute(checklisteEClass, CHECKLISTE__BESCHREIBUNG);
		createEReference(checklisteEClass, CHECKLISTE__MODUL);
		createEReference(checklisteEClass, CHECKLISTE__PUNKTE);
		createEAttribute(checklisteEClass, CHECKLISTE__QUELLE);

		pruefpunktEClass = createEClass(PRUEFPUNKT);
		createEAttribute(pruefpunktEClass, PRUEFPUNKT__ID);
		createEAttribute(pruefpunktEClass, PRUEFPUNKT__FRAGE);
		createEAttribute(pruefpunktEClass, PRUEFPUNKT__HINWEIS);
		createEAttribute(pruefpunktEClass, PRUEFPUNKT__ERFASSEN);
		createEAttribute(pruefpunktEClass, PRUEFPUNKT__PFLICHT);
		createEAttribute(pruefpunktEClass, PRUEFPUNKT__QUELLE);

		checklistenergebnisEClass = createEClass(CHECKLISTENERGEBNIS);
		createEReference(checklistenergebnisEClass, CHECKLISTENERGEBNIS__CHECKLISTE);
		createEReference(checklistenergebnisEClass, CHECKLISTENERGEBNIS__PUNKTE);

		punktergebnisEClass = createEClass(PUNKTERGEBNIS);
		createEReference(punktergebnisEClass, PUNKTERGEBNIS__PRUEFPUNKT);
		createEAttribute(punktergebnisEClass, PUNKTERGEBNIS__ERLEDIGT);
		createEAttribute(punktergebnisEClass, PUNKTERGEBNIS__ERLEDIGT_AM);
		createEAttribute(punktergebnisEClass, PUNKTERGEBNIS__NOTIZ);
		createEAttribute(punktergebnisEClass, PUNKTERGEBNIS__EINTRAEGE);

		akteurslandkarteEClass = createEClass(AKTEURSLANDKARTE);
		createEReference(akteurslandkarteEClass, AKTEURSLANDKARTE__AKTEURE);
		createEReference(akteurslandkarteEClass, AKTEURSLANDKARTE__KOOPERATIONEN);

		akteurEClass = createEClass(AKTEUR);
		createEAttribute(akteurEClass, AKTEUR__ID);
		createEAttribute(akteurEClass, AKTEUR__NAME);
		createEAttribute(akteurEClass, AKTEUR__ART);
		createEAttribute(akteurEClass, AKTEUR__EHRENAMTLICH);
		createEAttribute(akteurEClass, AKTEUR__DIGITAL);
		createEAttribute(akteurEClass, AKTEUR__RAHMENGEBEND);
		createEAttribute(akteurEClass, AKTEUR__ANSPRECHPERSON);

		netzwerkkooperationEClass = createEClass(NETZWERKKOOPERATION);
		createEReference(netzwerkkooperationEClass, NETZWERKKOOPERATION__VON);
		createEReference(netzwerkkooperationEClass, NETZWERKKOOPERATION__ZU);
		createEAttribute(netzwerkkooperationEClass, NETZWERKKOOPERATION__FORM);
		createEAttribute(netzwerkkooperationEClass, NETZWERKKOOPERATION__VERBINDLICHKEIT);
		createEAttribute(netzwerkkooperationEClass, NETZWERKKOOPERATION__EBENEN);
		createEAttribute(netzwerkkooperationEClass, NETZWERKKOOPERATION__NOTIZ);

		// Create enums
		anforderungsartEEnum = createEEnum(ANFORDERUNGSART);
		akteursartEEnum = createEEnum(AKTEURSART);
		netzwerkformEEnum = createEEnum(NETZWERKFORM);
		verbindlichkeitEEnum = createEEnum(VERBINDLICHKEIT);
		kooperationsebeneEEnum = createEEnum(KOOPERATIONSEBENE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(kursEClass, Kurs.class, "Kurs", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKurs_Id(), ecorePackage.getEString(), "id", null, 1, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Titel(), ecorePackage.getEString(), "titel", null, 1, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Anbieter(), ecorePackage.getEString(), "anbieter", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Zielgruppe(), ecorePackage.getEString(), "zielgruppe", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_DauerMonate(), ecorePackage.getEIntegerObject(), "dauerMonate", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_UmfangStunden(), ecorePackage.getEIntegerObject(), "umfangStunden", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Gebuehr(), ecorePackage.getEBigDecimal(), "gebuehr", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_GebuehrBefreiungMoeglich(), ecorePackage.getEBoolean(), "gebuehrBefreiungMoeglich", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Zertifikat(), ecorePackage.getEString(), "zertifikat", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Zertifikatsvorlage(), ecorePackage.getEString(), "zertifikatsvorlage", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Anschluss(), ecorePackage.getEString(), "anschluss", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKurs_Quelle(), ecorePackage.getEString(), "quelle", null, 0, 1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKurs_Module(), this.getModul(), null, "module", null, 0, -1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKurs_Anforderungen(), this.getAnforderung(), null, "anforderungen", null, 0, -1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKurs_Checklisten(), this.getCheckliste(), null, "checklisten", null, 0, -1, Kurs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modulEClass, Modul.class, "Modul", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModul_Id(), ecorePackage.getEString(), "id", null, 1, 1, Modul.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModul_Titel(), ecorePackage.getEString(), "titel", null, 1, 1, Modul.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModul_Lernziele(), ecorePackage.getEString(), "lernziele", null, 0, -1, Modul.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModul_Stunden(), ecorePackage.getEIntegerObject(), "stunden", null, 0, 1, Modul.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModul_Methoden(), ecorePackage.getEString(), "methoden", null, 0, -1, Modul.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anforderungEClass, Anforderung.class, "Anforderung", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnforderung_Art(), this.getAnforderungsart(), "art", null, 1, 1, Anforderung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnforderung_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Anforderung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnforderung_Quelle(), ecorePackage.getEString(), "quelle", null, 0, 1, Anforderung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kursvorgabenEClass, Kursvorgaben.class, "Kursvorgaben", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKursvorgaben_Kurs(), ecorePackage.getEString(), "kurs", null, 1, 1, Kursvorgaben.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKursvorgaben_VerfasstVon(), ecorePackage.getEString(), "verfasstVon", null, 0, 1, Kursvorgaben.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKursvorgaben_Stand(), ecorePackage.getEDate(), "stand", null, 0, 1, Kursvorgaben.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKursvorgaben_Anforderungen(), this.getAnforderung(), null, "anforderungen", null, 0, -1, Kursvorgaben.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKursvorgaben_Checklisten(), this.getCheckliste(), null, "checklisten", null, 0, -1, Kursvorgaben.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teilnahmeEClass, Teilnahme.class, "Teilnahme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeilnahme_Teilnehmende(), ecorePackage.getEString(), "teilnehmende", null, 1, 1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeilnahme_Kurs(), this.getKurs(), null, "kurs", null, 1, 1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeilnahme_Fortschritte(), this.getModulfortschritt(), null, "fortschritte", null, 0, -1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeilnahme_Praxisprojekt(), ecorePackage.getEString(), "praxisprojekt", null, 0, 1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeilnahme_GebuehrBefreit(), ecorePackage.getEBoolean(), "gebuehrBefreit", null, 0, 1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeilnahme_ZertifikatErteiltAm(), ecorePackage.getEDate(), "zertifikatErteiltAm", null, 0, 1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeilnahme_Checklisten(), this.getChecklistenergebnis(), null, "checklisten", null, 0, -1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeilnahme_Akteurslandkarte(), this.getAkteurslandkarte(), null, "akteurslandkarte", null, 0, 1, Teilnahme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modulfortschrittEClass, Modulfortschritt.class, "Modulfortschritt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getModulfortschritt_Modul(), this.getModul(), null, "modul", null, 1, 1, Modulfortschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModulfortschritt_Abgeschlossen(), ecorePackage.getEBoolean(), "abgeschlossen", null, 0, 1, Modulfortschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModulfortschritt_AbgeschlossenAm(), ecorePackage.getEDate(), "abgeschlossenAm", null, 0, 1, Modulfortschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModulfortschritt_Notiz(), ecorePackage.getEString(), "notiz", null, 0, 1, Modulfortschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklisteEClass, Checkliste.class, "Checkliste", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCheckliste_Id(), ecorePackage.getEString(), "id", null, 1, 1, Checkliste.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckliste_Titel(), ecorePackage.getEString(), "titel", null, 1, 1, Checkliste.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckliste_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Checkliste.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCheckliste_Modul(), this.getModul(), null, "modul", null, 0, 1, Checkliste.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCheckliste_Punkte(), this.getPruefpunkt(), null, "punkte", null, 0, -1, Checkliste.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckliste_Quelle(), ecorePackage.getEString(), "quelle", null, 0, 1, Checkliste.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pruefpunktEClass, Pruefpunkt.class, "Pruefpunkt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPruefpunkt_Id(), ecorePackage.getEString(), "id", null, 1, 1, Pruefpunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruefpunkt_Frage(), ecorePackage.getEString(), "frage", null, 1, 1, Pruefpunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruefpunkt_Hinweis(), ecorePackage.getEString(), "hinweis", null, 0, 1, Pruefpunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruefpunkt_Erfassen(), ecorePackage.getEString(), "erfassen", null, 0, 1, Pruefpunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruefpunkt_Pflicht(), ecorePackage.getEBoolean(), "pflicht", "true", 0, 1, Pruefpunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPruefpunkt_Quelle(), ecorePackage.getEString(), "quelle", null, 0, 1, Pruefpunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistenergebnisEClass, Checklistenergebnis.class, "Checklistenergebnis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getChecklistenergebnis_Checkliste(), this.getCheckliste(), null, "checkliste", null, 1, 1, Checklistenergebnis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklistenergebnis_Punkte(), this.getPunktergebnis(), null, "punkte", null, 0, -1, Checklistenergebnis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(punktergebnisEClass, Punktergebnis.class, "Punktergebnis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPunktergebnis_Pruefpunkt(), this.getPruefpunkt(), null, "pruefpunkt", null, 1, 1, Punktergebnis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPunktergebnis_Erledigt(), ecorePackage.getEBoolean(), "erledigt", null, 0, 1, Punktergebnis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPunktergebnis_ErledigtAm(), ecorePackage.getEDate(), "erledigtAm", null, 0, 1, Punktergebnis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPunktergebnis_Notiz(), ecorePackage.getEString(), "notiz", null, 0, 1, Punktergebnis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPunktergebnis_Eintraege(), ecorePackage.getEString(), "eintraege", null, 0, -1, Punktergebnis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(akteurslandkarteEClass, Akteurslandkarte.class, "Akteurslandkarte", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAkteurslandkarte_Akteure(), this.getAkteur(), null, "akteure", null, 0, -1, Akteurslandkarte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAkteurslandkarte_Kooperationen(), this.getNetzwerkkooperation(), null, "kooperationen", null, 0, -1, Akteurslandkarte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(akteurEClass, Akteur.class, "Akteur", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAkteur_Id(), ecorePackage.getEString(), "id", null, 1, 1, Akteur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAkteur_Name(), ecorePackage.getEString(), "name", null, 1, 1, Akteur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAkteur_Art(), this.getAkteursart(), "art", null, 0, 1, Akteur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAkteur_Ehrenamtlich(), ecorePackage.getEBoolean(), "ehrenamtlich", null, 0, 1, Akteur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAkteur_Digital(), ecorePackage.getEBoolean(), "digital", null, 0, 1, Akteur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAkteur_Rahmengebend(), ecorePackage.getEBoolean(), "rahmengebend", null, 0, 1, Akteur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAkteur_Ansprechperson(), ecorePackage.getEString(), "ansprechperson", null, 0, 1, Akteur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(netzwerkkooperationEClass, Netzwerkkooperation.class, "Netzwerkkooperation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetzwerkkooperation_Von(), this.getAkteur(), null, "von", null, 1, 1, Netzwerkkooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetzwerkkooperation_Zu(), this.getAkteur(), null, "zu", null, 1, 1, Netzwerkkooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetzwerkkooperation_Form(), this.getNetzwerkform(), "form", null, 0, 1, Netzwerkkooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetzwerkkooperation_Verbindlichkeit(), this.getVerbindlichkeit(), "verbindlichkeit", null, 0, 1, Netzwerkkooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetzwerkkooperation_Ebenen(), this.getKooperationsebene(), "ebenen", null, 0, -1, Netzwerkkooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetzwerkkooperation_Notiz(), ecorePackage.getEString(), "notiz", null, 0, 1, Netzwerkkooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(anforderungsartEEnum, Anforderungsart.class, "Anforderungsart");
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.STECKBRIEF_VOLLSTAENDIG);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.STADTTEILERKUNDUNG_DURCHGEFUEHRT);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.ZIELE_DOKUMENTIERT);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.BETEILIGUNG_DOKUMENTIERT);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.KOOPERATIONEN_DOKUMENTIERT);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.FINANZIERUNGSPLAN_AUSGEGLICHEN);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.MODULE_ABGESCHLOSSEN);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.AKTEURSLANDKARTE_ERSTELLT);
		addEEnumLiteral(anforderungsartEEnum, Anforderungsart.PRAXISPROJEKT_ANGELEGT);

		initEEnum(akteursartEEnum, Akteursart.class, "Akteursart");
		addEEnumLiteral(akteursartEEnum, Akteursart.VERWALTUNG);
		addEEnumLiteral(akteursartEEnum, Akteursart.WOHLFAHRTSVERBAND);
		addEEnumLiteral(akteursartEEnum, Akteursart.VEREIN_INITIATIVE);
		addEEnumLiteral(akteursartEEnum, Akteursart.DIGITALES_PROJEKT);
		addEEnumLiteral(akteursartEEnum, Akteursart.SOCIAL_STARTUP);
		addEEnumLiteral(akteursartEEnum, Akteursart.UNTERNEHMEN);
		addEEnumLiteral(akteursartEEnum, Akteursart.MITTLER);
		addEEnumLiteral(akteursartEEnum, Akteursart.HOCHSCHULE);
		addEEnumLiteral(akteursartEEnum, Akteursart.SONSTIGE);

		initEEnum(netzwerkformEEnum, Netzwerkform.class, "Netzwerkform");
		addEEnumLiteral(netzwerkformEEnum, Netzwerkform.ARBEITSGRUPPE);
		addEEnumLiteral(netzwerkformEEnum, Netzwerkform.INFORMATIONSAUSTAUSCH);
		addEEnumLiteral(netzwerkformEEnum, Netzwerkform.RUNDER_TISCH);
		addEEnumLiteral(netzwerkformEEnum, Netzwerkform.GEMEINSAMES_ANGEBOT);

		initEEnum(verbindlichkeitEEnum, Verbindlichkeit.class, "Verbindlichkeit");
		addEEnumLiteral(verbindlichkeitEEnum, Verbindlichkeit.LOSE);
		addEEnumLiteral(verbindlichkeitEEnum, Verbindlichkeit.SCHRIFTLICH_VEREINBART);
		addEEnumLiteral(verbindlichkeitEEnum, Verbindlichkeit.VERBINDLICH);

		initEEnum(kooperationsebeneEEnum, Kooperationsebene.class, "Kooperationsebene");
		addEEnumLiteral(kooperationsebeneEEnum, Kooperationsebene.NORMATIV);
		addEEnumLiteral(kooperationsebeneEEnum, Kooperationsebene.FACHLICH);
		addEEnumLiteral(kooperationsebeneEEnum, Kooperationsebene.OEKONOMISCH);

		// Create resource
		createResource(eNS_URI);
	}

} //KursPackageImpl
