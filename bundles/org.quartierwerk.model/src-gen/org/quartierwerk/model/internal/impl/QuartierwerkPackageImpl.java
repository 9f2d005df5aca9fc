/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.quartierwerk.model.Adresse;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Arbeitsschrittstatus;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungskatalog;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Handlungsfeld;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Hilfemixsektor;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Kooperationsform;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Projektverweisart;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Strukturprinzip;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Tranche;
import org.quartierwerk.model.Wirkungsstufe;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.Zielebene;
import org.quartierwerk.model.Zieltyp;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class QuartierwerkPackageImpl extends EPackageImpl implements QuartierwerkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass praxisbeispielEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quartierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projektverweisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass laufzeitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adresseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kooperationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stelleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass arbeitsschrittEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass finanzierungsplanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ausgabepositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass finanzierungsanteilEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trancheEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusereignisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass finanzierungsquelleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass finanzierungskatalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass beteiligungEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partizipationsmodellEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partizipationsstufeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass zielEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kennzahlEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass messwertEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass einsparungEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kriteriumsbewertungEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projektverweisartEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum herausforderungEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum strukturprinzipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum handlungsfeldEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bundeslandEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quartiersartEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum akteurstypEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kooperationsformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum arbeitsschrittstatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ausgabenkategorieEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bewilligungsstatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum finanzierungsartEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projektphaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum zielebeneEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum zieltypEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wirkungsstufeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hilfemixsektorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum goodPracticeKriteriumEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum erfuellungsgradEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType teildatumEDataType = null;

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
	 * @see org.quartierwerk.model.QuartierwerkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private QuartierwerkPackageImpl() {
		super(eNS_URI, QuartierwerkFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link QuartierwerkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static QuartierwerkPackage init() {
		if (isInited) return (QuartierwerkPackage)EPackage.Registry.INSTANCE.getEPackage(QuartierwerkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredQuartierwerkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		QuartierwerkPackageImpl theQuartierwerkPackage = registeredQuartierwerkPackage instanceof QuartierwerkPackageImpl ? (QuartierwerkPackageImpl)registeredQuartierwerkPackage : new QuartierwerkPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theQuartierwerkPackage.createPackageContents();

		// Initialize created meta-data
		theQuartierwerkPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theQuartierwerkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(QuartierwerkPackage.eNS_URI, theQuartierwerkPackage);
		return theQuartierwerkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPraxisbeispiel() {
		return praxisbeispielEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Titel() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Kurzbeschreibung() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Herausforderung() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Unterthema() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Strukturprinzipien() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Handlungsfelder() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Bundesland() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Quartier() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_WeitereOrte() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Kennung() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Verweise() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Laufzeit() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Zielgruppen() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Organisationen() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Traeger() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_WeitereTraeger() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Kooperationen() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Stellen() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Arbeitsschritte() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Finanzierungsplan() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Beteiligungen() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Ziele() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_ZieleText() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_ArbeitsschritteText() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Wirkungserfolge() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Besonderheit() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_BeteiligungText() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_FinanzierungText() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPraxisbeispiel_Quelle() {
		return (EAttribute)praxisbeispielEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_GoodPractice() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPraxisbeispiel_Einsparungen() {
		return (EReference)praxisbeispielEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuartier() {
		return quartierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuartier_Name() {
		return (EAttribute)quartierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuartier_Art() {
		return (EAttribute)quartierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuartier_Einwohner() {
		return (EAttribute)quartierEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuartier_KommuneEinwohner() {
		return (EAttribute)quartierEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuartier_Kommune() {
		return (EAttribute)quartierEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuartier_Beschreibung() {
		return (EAttribute)quartierEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProjektverweis() {
		return projektverweisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjektverweis_Art() {
		return (EAttribute)projektverweisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjektverweis_ZielKennung() {
		return (EAttribute)projektverweisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjektverweis_ZielTitel() {
		return (EAttribute)projektverweisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLaufzeit() {
		return laufzeitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaufzeit_Beginn() {
		return (EAttribute)laufzeitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaufzeit_Ende() {
		return (EAttribute)laufzeitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaufzeit_Offen() {
		return (EAttribute)laufzeitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaufzeit_Vorlaeufig() {
		return (EAttribute)laufzeitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaufzeit_Text() {
		return (EAttribute)laufzeitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Name() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Rechtsform() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Adresse() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Website() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Akteurstyp() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Sektor() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Ansprechperson() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdresse() {
		return adresseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdresse_Strasse() {
		return (EAttribute)adresseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdresse_Plz() {
		return (EAttribute)adresseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdresse_Ort() {
		return (EAttribute)adresseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKooperation() {
		return kooperationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKooperation_Partner() {
		return (EReference)kooperationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKooperation_Rolle() {
		return (EAttribute)kooperationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKooperation_Form() {
		return (EAttribute)kooperationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStelle() {
		return stelleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStelle_Funktion() {
		return (EAttribute)stelleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStelle_UmfangProzent() {
		return (EAttribute)stelleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStelle_Vollzeitaequivalent() {
		return (EAttribute)stelleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStelle_Personen() {
		return (EAttribute)stelleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStelle_Ehrenamtlich() {
		return (EAttribute)stelleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStelle_FinanziertDurch() {
		return (EReference)stelleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArbeitsschritt() {
		return arbeitsschrittEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArbeitsschritt_Titel() {
		return (EAttribute)arbeitsschrittEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArbeitsschritt_Status() {
		return (EAttribute)arbeitsschrittEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArbeitsschritt_Datum() {
		return (EAttribute)arbeitsschrittEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArbeitsschritt_Beschreibung() {
		return (EAttribute)arbeitsschrittEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArbeitsschritt_Ziel() {
		return (EReference)arbeitsschrittEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinanzierungsplan() {
		return finanzierungsplanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinanzierungsplan_Quellen() {
		return (EReference)finanzierungsplanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinanzierungsplan_Ausgaben() {
		return (EReference)finanzierungsplanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinanzierungsplan_Anteile() {
		return (EReference)finanzierungsplanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAusgabeposition() {
		return ausgabepositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAusgabeposition_Bezeichnung() {
		return (EAttribute)ausgabepositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAusgabeposition_Kategorie() {
		return (EAttribute)ausgabepositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAusgabeposition_Jahr() {
		return (EAttribute)ausgabepositionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAusgabeposition_Betrag() {
		return (EAttribute)ausgabepositionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAusgabeposition_Zuwendungsfaehig() {
		return (EAttribute)ausgabepositionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinanzierungsanteil() {
		return finanzierungsanteilEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinanzierungsanteil_Quelle() {
		return (EReference)finanzierungsanteilEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsanteil_Jahr() {
		return (EAttribute)finanzierungsanteilEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsanteil_Betrag() {
		return (EAttribute)finanzierungsanteilEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsanteil_AnteilProzent() {
		return (EAttribute)finanzierungsanteilEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsanteil_Status() {
		return (EAttribute)finanzierungsanteilEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinanzierungsanteil_Tranchen() {
		return (EReference)finanzierungsanteilEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinanzierungsanteil_Statusverlauf() {
		return (EReference)finanzierungsanteilEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsanteil_Anschlussfinanzierung() {
		return (EAttribute)finanzierungsanteilEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTranche() {
		return trancheEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranche_Jahr() {
		return (EAttribute)trancheEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranche_Betrag() {
		return (EAttribute)trancheEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusereignis() {
		return statusereignisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusereignis_Status() {
		return (EAttribute)statusereignisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusereignis_Datum() {
		return (EAttribute)statusereignisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusereignis_Aktenzeichen() {
		return (EAttribute)statusereignisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusereignis_Notiz() {
		return (EAttribute)statusereignisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinanzierungsquelle() {
		return finanzierungsquelleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Id() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Name() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Art() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Geber() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Programm() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Rechtsgrundlage() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_FoerderquoteMax() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Hoechstbetrag() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_MaxLaufzeitJahre() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Turnus() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Foerdergebiet() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Handlungsfelder() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Beschreibung() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungsquelle_Beleg() {
		return (EAttribute)finanzierungsquelleEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinanzierungskatalog() {
		return finanzierungskatalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungskatalog_Id() {
		return (EAttribute)finanzierungskatalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinanzierungskatalog_Name() {
		return (EAttribute)finanzierungskatalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinanzierungskatalog_Quellen() {
		return (EReference)finanzierungskatalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBeteiligung() {
		return beteiligungEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeteiligung_Phase() {
		return (EAttribute)beteiligungEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeteiligung_Zielgruppe() {
		return (EAttribute)beteiligungEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeteiligung_Format() {
		return (EAttribute)beteiligungEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBeteiligung_Stufe() {
		return (EReference)beteiligungEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartizipationsmodell() {
		return partizipationsmodellEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsmodell_Id() {
		return (EAttribute)partizipationsmodellEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsmodell_Name() {
		return (EAttribute)partizipationsmodellEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsmodell_Beschreibung() {
		return (EAttribute)partizipationsmodellEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsmodell_Beleg() {
		return (EAttribute)partizipationsmodellEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartizipationsmodell_Stufen() {
		return (EReference)partizipationsmodellEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartizipationsstufe() {
		return partizipationsstufeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsstufe_Id() {
		return (EAttribute)partizipationsstufeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsstufe_Name() {
		return (EAttribute)partizipationsstufeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsstufe_Beschreibung() {
		return (EAttribute)partizipationsstufeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartizipationsstufe_Rang() {
		return (EAttribute)partizipationsstufeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartizipationsstufe_Modell() {
		return (EReference)partizipationsstufeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getZiel() {
		return zielEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Titel() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Beschreibung() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Ebene() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Typ() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Wirkungsstufe() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Spezifisch() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Messbar() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Erreichbar() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Realistisch() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZiel_Termin() {
		return (EAttribute)zielEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZiel_Unterziele() {
		return (EReference)zielEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZiel_Kennzahlen() {
		return (EReference)zielEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKennzahl() {
		return kennzahlEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKennzahl_Indikator() {
		return (EAttribute)kennzahlEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKennzahl_Einheit() {
		return (EAttribute)kennzahlEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKennzahl_Ausgangswert() {
		return (EAttribute)kennzahlEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKennzahl_Ausgangsdatum() {
		return (EAttribute)kennzahlEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKennzahl_Zielwert() {
		return (EAttribute)kennzahlEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKennzahl_Zieldatum() {
		return (EAttribute)kennzahlEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKennzahl_Istwerte() {
		return (EReference)kennzahlEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMesswert() {
		return messwertEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMesswert_Datum() {
		return (EAttribute)messwertEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMesswert_Wert() {
		return (EAttribute)messwertEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMesswert_Quelle() {
		return (EAttribute)messwertEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEinsparung() {
		return einsparungEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEinsparung_Bezeichnung() {
		return (EAttribute)einsparungEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEinsparung_Betrag() {
		return (EAttribute)einsparungEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEinsparung_Zeitraum() {
		return (EReference)einsparungEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEinsparung_Berechnung() {
		return (EAttribute)einsparungEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEinsparung_Quelle() {
		return (EAttribute)einsparungEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEinsparung_MitVorbehalt() {
		return (EAttribute)einsparungEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKriteriumsbewertung() {
		return kriteriumsbewertungEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKriteriumsbewertung_Kriterium() {
		return (EAttribute)kriteriumsbewertungEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKriteriumsbewertung_Bewertung() {
		return (EAttribute)kriteriumsbewertungEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKriteriumsbewertung_Begruendung() {
		return (EAttribute)kriteriumsbewertungEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjektverweisart() {
		return projektverweisartEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHerausforderung() {
		return herausforderungEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStrukturprinzip() {
		return strukturprinzipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHandlungsfeld() {
		return handlungsfeldEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBundesland() {
		return bundeslandEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuartiersart() {
		return quartiersartEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAkteurstyp() {
		return akteurstypEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKooperationsform() {
		return kooperationsformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArbeitsschrittstatus() {
		return arbeitsschrittstatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAusgabenkategorie() {
		return ausgabenkategorieEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBewilligungsstatus() {
		return bewilligungsstatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFinanzierungsart() {
		return finanzierungsartEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjektphase() {
		return projektphaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getZielebene() {
		return zielebeneEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getZieltyp() {
		return zieltypEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWirkungsstufe() {
		return wirkungsstufeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHilfemixsektor() {
		return hilfemixsektorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGoodPracticeKriterium() {
		return goodPracticeKriteriumEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getErfuellungsgrad() {
		return erfuellungsgradEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTeildatum() {
		return teildatumEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuartierwerkFactory getQuartierwerkFactory() {
		return (QuartierwerkFactory)getEFactoryInstance();
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
		praxisbeispielEClass = createEClass(PRAXISBEISPIEL);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__TITEL);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__KURZBESCHREIBUNG);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__HERAUSFORDERUNG);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__UNTERTHEMA);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__STRUKTURPRINZIPIEN);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__HANDLUNGSFELDER);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__BUNDESLAND);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__QUARTIER);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__WEITERE_ORTE);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__KENNUNG);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__VERWEISE);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__LAUFZEIT);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__ZIELGRUPPEN);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__ORGANISATIONEN);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__TRAEGER);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__WEITERE_TRAEGER);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__KOOPERATIONEN);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__STELLEN);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__ARBEITSSCHRITTE);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__FINANZIERUNGSPLAN);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__BETEILIGUNGEN);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__ZIELE);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__ZIELE_TEXT);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__WIRKUNGSERFOLGE);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__BESONDERHEIT);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__BETEILIGUNG_TEXT);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__FINANZIERUNG_TEXT);
		createEAttribute(praxisbeispielEClass, PRAXISBEISPIEL__QUELLE);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__GOOD_PRACTICE);
		createEReference(praxisbeispielEClass, PRAXISBEISPIEL__EINSPARUNGEN);

		quartierEClass = createEClass(QUARTIER);
		createEAttribute(quartierEClass, QUARTIER__NAME);
		createEAttribute(quartierEClass, QUARTIER__ART);
		createEAttribute(quartierEClass, QUARTIER__EINWOHNER);
		createEAttribute(quartierEClass, QUARTIER__KOMMUNE_EINWOHNER);
		createEAttribute(quartierEClass, QUARTIER__KOMMUNE);
		createEAttribute(quartierEClass, QUARTIER__BESCHREIBUNG);

		projektverweisEClass = createEClass(PROJEKTVERWEIS);
		createEAttribute(projektverweisEClass, PROJEKTVERWEIS__ART);
		createEAttribute(projektverweisEClass, PROJEKTVERWEIS__ZIEL_KENNUNG);
		createEAttribute(projektverweisEClass, PROJEKTVERWEIS__ZIEL_TITEL);

		laufzeitEClass = createEClass(LAUFZEIT);
		createEAttribute(laufzeitEClass, LAUFZEIT__BEGINN);
		createEAttribute(laufzeitEClass, LAUFZEIT__ENDE);
		createEAttribute(laufzeitEClass, LAUFZEIT__OFFEN);
		createEAttribute(laufzeitEClass, LAUFZEIT__VORLAEUFIG);
		createEAttribute(laufzeitEClass, LAUFZEIT__TEXT);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__NAME);
		createEAttribute(organisationEClass, ORGANISATION__RECHTSFORM);
		createEReference(organisationEClass, ORGANISATION__ADRESSE);
		createEAttribute(organisationEClass, ORGANISATION__WEBSITE);
		createEAttribute(organisationEClass, ORGANISATION__AKTEURSTYP);
		createEAttribute(organisationEClass, ORGANISATION__SEKTOR);
		createEAttribute(organisationEClass, ORGANISATION__ANSPRECHPERSON);

		adresseEClass = createEClass(ADRESSE);
		createEAttribute(adresseEClass, ADRESSE__STRASSE);
		createEAttribute(adresseEClass, ADRESSE__PLZ);
		createEAttribute(adresseEClass, ADRESSE__ORT);

		kooperationEClass = createEClass(KOOPERATION);
		createEReference(kooperationEClass, KOOPERATION__PARTNER);
		createEAttribute(kooperationEClass, KOOPERATION__ROLLE);
		createEAttribute(kooperationEClass, KOOPERATION__FORM);

		stelleEClass = createEClass(STELLE);
		createEAttribute(stelleEClass, STELLE__FUNKTION);
		createEAttribute(stelleEClass, STELLE__UMFANG_PROZENT);
		createEAttribute(stelleEClass, STELLE__VOLLZEITAEQUIVALENT);
		createEAttribute(stelleEClass, STELLE__PERSONEN);
		createEAttribute(stelleEClass, STELLE__EHRENAMTLICH);
		createEReference(stelleEClass, STELLE__FINANZIERT_DURCH);

		arbeitsschrittEClass = createEClass(ARBEITSSCHRITT);
		createEAttribute(arbeitsschrittEClass, ARBEITSSCHRITT__TITEL);
		createEAttribute(arbeitsschrittEClass, ARBEITSSCHRITT__STATUS);
		createEAttribute(arbeitsschrittEClass, ARBEITSSCHRITT__DATUM);
		createEAttribute(arbeitsschrittEClass, ARBEITSSCHRITT__BESCHREIBUNG);
		createEReference(arbeitsschrittEClass, ARBEITSSCHRITT__ZIEL);

		finanzierungsplanEClass = createEClass(FINANZIERUNGSPLAN);
		createEReference(finanzierungsplanEClass, FINANZIERUNGSPLAN__QUELLEN);
		createEReference(finanzierungsplanEClass, FINANZIERUNGSPLAN__AUSGABEN);
		createEReference(finanzierungsplanEClass, FINANZIERUNGSPLAN__ANTEILE);

		ausgabepositionEClass = createEClass(AUSGABEPOSITION);
		createEAttribute(ausgabepositionEClass, AUSGABEPOSITION__BEZEICHNUNG);
		createEAttribute(ausgabepositionEClass, AUSGABEPOSITION__KATEGORIE);
		createEAttribute(ausgabepositionEClass, AUSGABEPOSITION__JAHR);
		createEAttribute(ausgabepositionEClass, AUSGABEPOSITION__BETRAG);
		createEAttribute(ausgabepositionEClass, AUSGABEPOSITION__ZUWENDUNGSFAEHIG);

		finanzierungsanteilEClass = createEClass(FINANZIERUNGSANTEIL);
		createEReference(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__QUELLE);
		createEAttribute(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__JAHR);
		createEAttribute(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__BETRAG);
		createEAttribute(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__ANTEIL_PROZENT);
		createEAttribute(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__STATUS);
		createEReference(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__TRANCHEN);
		createEReference(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__STATUSVERLAUF);
		createEAttribute(finanzierungsanteilEClass, FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG);

		trancheEClass = createEClass(TRANCHE);
		createEAttribute(trancheEClass, TRANCHE__JAHR);
		createEAttribute(trancheEClass, TRANCHE__BETRAG);

		statusereignisEClass = createEClass(STATUSEREIGNIS);
		createEAttribute(statusereignisEClass, STATUSEREIGNIS__STATUS);
		createEAttribute(statusereignisEClass, STATUSEREIGNIS__DATUM);
		createEAttribute(statusereignisEClass, STATUSEREIGNIS__AKTENZEICHEN);
		createEAttribute(statusereignisEClass, STATUSEREIGNIS__NOTIZ);

		finanzierungsquelleEClass = createEClass(FINANZIERUNGSQUELLE);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__ID);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__NAME);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__ART);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__GEBER);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__PROGRAMM);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__HOECHSTBETRAG);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__TURNUS);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__FOERDERGEBIET);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__HANDLUNGSFELDER);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__BESCHREIBUNG);
		createEAttribute(finanzierungsquelleEClass, FINANZIERUNGSQUELLE__BELEG);

		finanzierungskatalogEClass = createEClass(FINANZIERUNGSKATALOG);
		createEAttribute(finanzierungskatalogEClass, FINANZIERUNGSKATALOG__ID);
		createEAttribute(finanzierungskatalogEClass, FINANZIERUNGSKATALOG__NAME);
		createEReference(finanzierungskatalogEClass, FINANZIERUNGSKATALOG__QUELLEN);

		beteiligungEClass = createEClass(BETEILIGUNG);
		createEAttribute(beteiligungEClass, BETEILIGUNG__PHASE);
		createEAttribute(beteiligungEClass, BETEILIGUNG__ZIELGRUPPE);
		createEAttribute(beteiligungEClass, BETEILIGUNG__FORMAT);
		createEReference(beteiligungEClass, BETEILIGUNG__STUFE);

		partizipationsmodellEClass = createEClass(PARTIZIPATIONSMODELL);
		createEAttribute(partizipationsmodellEClass, PARTIZIPATIONSMODELL__ID);
		createEAttribute(partizipationsmodellEClass, PARTIZIPATIONSMODELL__NAME);
		createEAttribute(partizipationsmodellEClass, PARTIZIPATIONSMODELL__BESCHREIBUNG);
		createEAttribute(partizipationsmodellEClass, PARTIZIPATIONSMODELL__BELEG);
		createEReference(partizipationsmodellEClass, PARTIZIPATIONSMODELL__STUFEN);

		partizipationsstufeEClass = createEClass(PARTIZIPATIONSSTUFE);
		createEAttribute(partizipationsstufeEClass, PARTIZIPATIONSSTUFE__ID);
		createEAttribute(partizipationsstufeEClass, PARTIZIPATIONSSTUFE__NAME);
		createEAttribute(partizipationsstufeEClass, PARTIZIPATIONSSTUFE__BESCHREIBUNG);
		createEAttribute(partizipationsstufeEClass, PARTIZIPATIONSSTUFE__RANG);
		createEReference(partizipationsstufeEClass, PARTIZIPATIONSSTUFE__MODELL);

		zielEClass = createEClass(ZIEL);
		createEAttribute(zielEClass, ZIEL__TITEL);
		createEAttribute(zielEClass, ZIEL__BESCHREIBUNG);
		createEAttribute(zielEClass, ZIEL__EBENE);
		createEAttribute(zielEClass, ZIEL__TYP);
		createEAttribute(zielEClass, ZIEL__WIRKUNGSSTUFE);
		createEAttribute(zielEClass, ZIEL__SPEZIFISCH);
		createEAttribute(zielEClass, ZIEL__MESSBAR);
		createEAttribute(zielEClass, ZIEL__ERREICHBAR);
		createEAttribute(zielEClass, ZIEL__REALISTISCH);
		createEAttribute(zielEClass, ZIEL__TERMIN);
		createEReference(zielEClass, ZIEL__UNTERZIELE);
		createEReference(zielEClass, ZIEL__KENNZAHLEN);

		kennzahlEClass = createEClass(KENNZAHL);
		createEAttribute(kennzahlEClass, KENNZAHL__INDIKATOR);
		createEAttribute(kennzahlEClass, KENNZAHL__EINHEIT);
		createEAttribute(kennzahlEClass, KENNZAHL__AUSGANGSWERT);
		createEAttribute(kennzahlEClass, KENNZAHL__AUSGANGSDATUM);
		createEAttribute(kennzahlEClass, KENNZAHL__ZIELWERT);
		createEAttribute(kennzahlEClass, KENNZAHL__ZIELDATUM);
		createEReference(kennzahlEClass, KENNZAHL__ISTWERTE);

		messwertEClass = createEClass(MESSWERT);
		createEAttribute(messwertEClass, MESSWERT__DATUM);
		createEAttribute(messwertEClass, MESSWERT__WERT);
		createEAttribute(messwertEClass, MESSWERT__QUELLE);

		einsparungEClass = createEClass(EINSPARUNG);
		createEAttribute(einsparungEClass, EINSPARUNG__BEZEICHNUNG);
		createEAttribute(einsparungEClass, EINSPARUNG__BETRAG);
		createEReference(einsparungEClass, EINSPARUNG__ZEITRAUM);
		createEAttribute(einsparungEClass, EINSPARUNG__BERECHNUNG);
		createEAttribute(einsparungEClass, EINSPARUNG__QUELLE);
		createEAttribute(einsparungEClass, EINSPARUNG__MIT_VORBEHALT);

		kriteriumsbewertungEClass = createEClass(KRITERIUMSBEWERTUNG);
		createEAttribute(kriteriumsbewertungEClass, KRITERIUMSBEWERTUNG__KRITERIUM);
		createEAttribute(kriteriumsbewertungEClass, KRITERIUMSBEWERTUNG__BEWERTUNG);
		createEAttribute(kriteriumsbewertungEClass, KRITERIUMSBEWERTUNG__BEGRUENDUNG);

		// Create enums
		projektverweisartEEnum = createEEnum(PROJEKTVERWEISART);
		herausforderungEEnum = createEEnum(HERAUSFORDERUNG);
		strukturprinzipEEnum = createEEnum(STRUKTURPRINZIP);
		handlungsfeldEEnum = createEEnum(HANDLUNGSFELD);
		bundeslandEEnum = createEEnum(BUNDESLAND);
		quartiersartEEnum = createEEnum(QUARTIERSART);
		akteurstypEEnum = createEEnum(AKTEURSTYP);
		kooperationsformEEnum = createEEnum(KOOPERATIONSFORM);
		arbeitsschrittstatusEEnum = createEEnum(ARBEITSSCHRITTSTATUS);
		ausgabenkategorieEEnum = createEEnum(AUSGABENKATEGORIE);
		bewilligungsstatusEEnum = createEEnum(BEWILLIGUNGSSTATUS);
		finanzierungsartEEnum = createEEnum(FINANZIERUNGSART);
		projektphaseEEnum = createEEnum(PROJEKTPHASE);
		zielebeneEEnum = createEEnum(ZIELEBENE);
		zieltypEEnum = createEEnum(ZIELTYP);
		wirkungsstufeEEnum = createEEnum(WIRKUNGSSTUFE);
		hilfemixsektorEEnum = createEEnum(HILFEMIXSEKTOR);
		goodPracticeKriteriumEEnum = createEEnum(GOOD_PRACTICE_KRITERIUM);
		erfuellungsgradEEnum = createEEnum(ERFUELLUNGSGRAD);

		// Create data types
		teildatumEDataType = createEDataType(TEILDATUM);
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
		initEClass(praxisbeispielEClass, Praxisbeispiel.class, "Praxisbeispiel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPraxisbeispiel_Titel(), ecorePackage.getEString(), "titel", null, 1, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Kurzbeschreibung(), ecorePackage.getEString(), "kurzbeschreibung", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Herausforderung(), this.getHerausforderung(), "herausforderung", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Unterthema(), ecorePackage.getEString(), "unterthema", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Strukturprinzipien(), this.getStrukturprinzip(), "strukturprinzipien", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Handlungsfelder(), this.getHandlungsfeld(), "handlungsfelder", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Bundesland(), this.getBundesland(), "bundesland", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Quartier(), this.getQuartier(), null, "quartier", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_WeitereOrte(), this.getQuartier(), null, "weitereOrte", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Kennung(), ecorePackage.getEString(), "kennung", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Verweise(), this.getProjektverweis(), null, "verweise", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Laufzeit(), this.getLaufzeit(), null, "laufzeit", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Zielgruppen(), ecorePackage.getEString(), "zielgruppen", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Organisationen(), this.getOrganisation(), null, "organisationen", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Traeger(), this.getOrganisation(), null, "traeger", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_WeitereTraeger(), this.getOrganisation(), null, "weitereTraeger", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Kooperationen(), this.getKooperation(), null, "kooperationen", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Stellen(), this.getStelle(), null, "stellen", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Arbeitsschritte(), this.getArbeitsschritt(), null, "arbeitsschritte", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Finanzierungsplan(), this.getFinanzierungsplan(), null, "finanzierungsplan", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Beteiligungen(), this.getBeteiligung(), null, "beteiligungen", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Ziele(), this.getZiel(), null, "ziele", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_ZieleText(), ecorePackage.getEString(), "zieleText", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_ArbeitsschritteText(), ecorePackage.getEString(), "arbeitsschritteText", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Wirkungserfolge(), ecorePackage.getEString(), "wirkungserfolge", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Besonderheit(), ecorePackage.getEString(), "besonderheit", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_BeteiligungText(), ecorePackage.getEString(), "beteiligungText", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_FinanzierungText(), ecorePackage.getEString(), "finanzierungText", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPraxisbeispiel_Quelle(), ecorePackage.getEString(), "quelle", null, 0, 1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_GoodPractice(), this.getKriteriumsbewertung(), null, "goodPractice", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPraxisbeispiel_Einsparungen(), this.getEinsparung(), null, "einsparungen", null, 0, -1, Praxisbeispiel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quartierEClass, Quartier.class, "Quartier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuartier_Name(), ecorePackage.getEString(), "name", null, 0, 1, Quartier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuartier_Art(), this.getQuartiersart(), "art", null, 0, 1, Quartier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuartier_Einwohner(), ecorePackage.getEIntegerObject(), "einwohner", null, 0, 1, Quartier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuartier_KommuneEinwohner(), ecorePackage.getEIntegerObject(), "kommuneEinwohner", null, 0, 1, Quartier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuartier_Kommune(), ecorePackage.getEString(), "kommune", null, 0, 1, Quartier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuartier_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Quartier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(projektverweisEClass, Projektverweis.class, "Projektverweis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProjektverweis_Art(), this.getProjektverweisart(), "art", null, 0, 1, Projektverweis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjektverweis_ZielKennung(), ecorePackage.getEString(), "zielKennung", null, 0, 1, Projektverweis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjektverweis_ZielTitel(), ecorePackage.getEString(), "zielTitel", null, 0, 1, Projektverweis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(laufzeitEClass, Laufzeit.class, "Laufzeit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLaufzeit_Beginn(), this.getTeildatum(), "beginn", null, 0, 1, Laufzeit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaufzeit_Ende(), this.getTeildatum(), "ende", null, 0, 1, Laufzeit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaufzeit_Offen(), ecorePackage.getEBooleanObject(), "offen", null, 0, 1, Laufzeit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaufzeit_Vorlaeufig(), ecorePackage.getEBooleanObject(), "vorlaeufig", null, 0, 1, Laufzeit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaufzeit_Text(), ecorePackage.getEString(), "text", null, 0, 1, Laufzeit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Name(), ecorePackage.getEString(), "name", null, 1, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Rechtsform(), ecorePackage.getEString(), "rechtsform", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Adresse(), this.getAdresse(), null, "adresse", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Website(), ecorePackage.getEString(), "website", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Akteurstyp(), this.getAkteurstyp(), "akteurstyp", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Sektor(), this.getHilfemixsektor(), "sektor", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Ansprechperson(), ecorePackage.getEString(), "ansprechperson", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adresseEClass, Adresse.class, "Adresse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdresse_Strasse(), ecorePackage.getEString(), "strasse", null, 0, 1, Adresse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdresse_Plz(), ecorePackage.getEString(), "plz", null, 0, 1, Adresse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdresse_Ort(), ecorePackage.getEString(), "ort", null, 0, 1, Adresse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kooperationEClass, Kooperation.class, "Kooperation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getKooperation_Partner(), this.getOrganisation(), null, "partner", null, 1, 1, Kooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKooperation_Rolle(), ecorePackage.getEString(), "rolle", null, 0, 1, Kooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKooperation_Form(), this.getKooperationsform(), "form", null, 0, 1, Kooperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stelleEClass, Stelle.class, "Stelle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStelle_Funktion(), ecorePackage.getEString(), "funktion", null, 1, 1, Stelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStelle_UmfangProzent(), ecorePackage.getEBigDecimal(), "umfangProzent", null, 0, 1, Stelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStelle_Vollzeitaequivalent(), ecorePackage.getEBigDecimal(), "vollzeitaequivalent", null, 0, 1, Stelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStelle_Personen(), ecorePackage.getEIntegerObject(), "personen", null, 0, 1, Stelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStelle_Ehrenamtlich(), ecorePackage.getEBooleanObject(), "ehrenamtlich", null, 0, 1, Stelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStelle_FinanziertDurch(), this.getFinanzierungsquelle(), null, "finanziertDurch", null, 0, 1, Stelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(arbeitsschrittEClass, Arbeitsschritt.class, "Arbeitsschritt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArbeitsschritt_Titel(), ecorePackage.getEString(), "titel", null, 1, 1, Arbeitsschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArbeitsschritt_Status(), this.getArbeitsschrittstatus(), "status", null, 0, 1, Arbeitsschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArbeitsschritt_Datum(), this.getTeildatum(), "datum", null, 0, 1, Arbeitsschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArbeitsschritt_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Arbeitsschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArbeitsschritt_Ziel(), this.getZiel(), null, "ziel", null, 0, 1, Arbeitsschritt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(finanzierungsplanEClass, Finanzierungsplan.class, "Finanzierungsplan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFinanzierungsplan_Quellen(), this.getFinanzierungsquelle(), null, "quellen", null, 0, -1, Finanzierungsplan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinanzierungsplan_Ausgaben(), this.getAusgabeposition(), null, "ausgaben", null, 0, -1, Finanzierungsplan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinanzierungsplan_Anteile(), this.getFinanzierungsanteil(), null, "anteile", null, 0, -1, Finanzierungsplan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ausgabepositionEClass, Ausgabeposition.class, "Ausgabeposition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAusgabeposition_Bezeichnung(), ecorePackage.getEString(), "bezeichnung", null, 0, 1, Ausgabeposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAusgabeposition_Kategorie(), this.getAusgabenkategorie(), "kategorie", null, 0, 1, Ausgabeposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAusgabeposition_Jahr(), ecorePackage.getEIntegerObject(), "jahr", null, 0, 1, Ausgabeposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAusgabeposition_Betrag(), ecorePackage.getEBigDecimal(), "betrag", null, 0, 1, Ausgabeposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAusgabeposition_Zuwendungsfaehig(), ecorePackage.getEBooleanObject(), "zuwendungsfaehig", null, 0, 1, Ausgabeposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(finanzierungsanteilEClass, Finanzierungsanteil.class, "Finanzierungsanteil", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFinanzierungsanteil_Quelle(), this.getFinanzierungsquelle(), null, "quelle", null, 1, 1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsanteil_Jahr(), ecorePackage.getEIntegerObject(), "jahr", null, 0, 1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsanteil_Betrag(), ecorePackage.getEBigDecimal(), "betrag", null, 0, 1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsanteil_AnteilProzent(), ecorePackage.getEBigDecimal(), "anteilProzent", null, 0, 1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsanteil_Status(), this.getBewilligungsstatus(), "status", null, 0, 1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinanzierungsanteil_Tranchen(), this.getTranche(), null, "tranchen", null, 0, -1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinanzierungsanteil_Statusverlauf(), this.getStatusereignis(), null, "statusverlauf", null, 0, -1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsanteil_Anschlussfinanzierung(), ecorePackage.getEString(), "anschlussfinanzierung", null, 0, 1, Finanzierungsanteil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trancheEClass, Tranche.class, "Tranche", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTranche_Jahr(), ecorePackage.getEIntegerObject(), "jahr", null, 0, 1, Tranche.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTranche_Betrag(), ecorePackage.getEBigDecimal(), "betrag", null, 0, 1, Tranche.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusereignisEClass, Statusereignis.class, "Statusereignis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusereignis_Status(), this.getBewilligungsstatus(), "status", null, 0, 1, Statusereignis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusereignis_Datum(), this.getTeildatum(), "datum", null, 0, 1, Statusereignis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusereignis_Aktenzeichen(), ecorePackage.getEString(), "aktenzeichen", null, 0, 1, Statusereignis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusereignis_Notiz(), ecorePackage.getEString(), "notiz", null, 0, 1, Statusereignis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(finanzierungsquelleEClass, Finanzierungsquelle.class, "Finanzierungsquelle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinanzierungsquelle_Id(), ecorePackage.getEString(), "id", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Name(), ecorePackage.getEString(), "name", null, 1, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Art(), this.getFinanzierungsart(), "art", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Geber(), ecorePackage.getEString(), "geber", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Programm(), ecorePackage.getEString(), "programm", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Rechtsgrundlage(), ecorePackage.getEString(), "rechtsgrundlage", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_FoerderquoteMax(), ecorePackage.getEBigDecimal(), "foerderquoteMax", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Hoechstbetrag(), ecorePackage.getEBigDecimal(), "hoechstbetrag", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_MaxLaufzeitJahre(), ecorePackage.getEIntegerObject(), "maxLaufzeitJahre", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Turnus(), ecorePackage.getEString(), "turnus", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Foerdergebiet(), this.getBundesland(), "foerdergebiet", null, 0, -1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Handlungsfelder(), this.getHandlungsfeld(), "handlungsfelder", null, 0, -1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungsquelle_Beleg(), ecorePackage.getEString(), "beleg", null, 0, 1, Finanzierungsquelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(finanzierungskatalogEClass, Finanzierungskatalog.class, "Finanzierungskatalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinanzierungskatalog_Id(), ecorePackage.getEString(), "id", null, 1, 1, Finanzierungskatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinanzierungskatalog_Name(), ecorePackage.getEString(), "name", null, 0, 1, Finanzierungskatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinanzierungskatalog_Quellen(), this.getFinanzierungsquelle(), null, "quellen", null, 0, -1, Finanzierungskatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(beteiligungEClass, Beteiligung.class, "Beteiligung", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBeteiligung_Phase(), this.getProjektphase(), "phase", null, 0, 1, Beteiligung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeteiligung_Zielgruppe(), ecorePackage.getEString(), "zielgruppe", null, 0, 1, Beteiligung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeteiligung_Format(), ecorePackage.getEString(), "format", null, 0, 1, Beteiligung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBeteiligung_Stufe(), this.getPartizipationsstufe(), null, "stufe", null, 0, 1, Beteiligung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partizipationsmodellEClass, Partizipationsmodell.class, "Partizipationsmodell", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartizipationsmodell_Id(), ecorePackage.getEString(), "id", null, 1, 1, Partizipationsmodell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartizipationsmodell_Name(), ecorePackage.getEString(), "name", null, 0, 1, Partizipationsmodell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartizipationsmodell_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Partizipationsmodell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartizipationsmodell_Beleg(), ecorePackage.getEString(), "beleg", null, 0, 1, Partizipationsmodell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartizipationsmodell_Stufen(), this.getPartizipationsstufe(), this.getPartizipationsstufe_Modell(), "stufen", null, 0, -1, Partizipationsmodell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partizipationsstufeEClass, Partizipationsstufe.class, "Partizipationsstufe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartizipationsstufe_Id(), ecorePackage.getEString(), "id", null, 1, 1, Partizipationsstufe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartizipationsstufe_Name(), ecorePackage.getEString(), "name", null, 1, 1, Partizipationsstufe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartizipationsstufe_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Partizipationsstufe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartizipationsstufe_Rang(), ecorePackage.getEInt(), "rang", null, 0, 1, Partizipationsstufe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartizipationsstufe_Modell(), this.getPartizipationsmodell(), this.getPartizipationsmodell_Stufen(), "modell", null, 0, 1, Partizipationsstufe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(zielEClass, Ziel.class, "Ziel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getZiel_Titel(), ecorePackage.getEString(), "titel", null, 1, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Beschreibung(), ecorePackage.getEString(), "beschreibung", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Ebene(), this.getZielebene(), "ebene", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Typ(), this.getZieltyp(), "typ", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Wirkungsstufe(), this.getWirkungsstufe(), "wirkungsstufe", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Spezifisch(), ecorePackage.getEBooleanObject(), "spezifisch", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Messbar(), ecorePackage.getEBooleanObject(), "messbar", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Erreichbar(), ecorePackage.getEBooleanObject(), "erreichbar", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Realistisch(), ecorePackage.getEBooleanObject(), "realistisch", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZiel_Termin(), this.getTeildatum(), "termin", null, 0, 1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZiel_Unterziele(), this.getZiel(), null, "unterziele", null, 0, -1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZiel_Kennzahlen(), this.getKennzahl(), null, "kennzahlen", null, 0, -1, Ziel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kennzahlEClass, Kennzahl.class, "Kennzahl", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKennzahl_Indikator(), ecorePackage.getEString(), "indikator", null, 1, 1, Kennzahl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKennzahl_Einheit(), ecorePackage.getEString(), "einheit", null, 0, 1, Kennzahl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKennzahl_Ausgangswert(), ecorePackage.getEBigDecimal(), "ausgangswert", null, 0, 1, Kennzahl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKennzahl_Ausgangsdatum(), this.getTeildatum(), "ausgangsdatum", null, 0, 1, Kennzahl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKennzahl_Zielwert(), ecorePackage.getEBigDecimal(), "zielwert", null, 0, 1, Kennzahl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKennzahl_Zieldatum(), this.getTeildatum(), "zieldatum", null, 0, 1, Kennzahl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKennzahl_Istwerte(), this.getMesswert(), null, "istwerte", null, 0, -1, Kennzahl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(messwertEClass, Messwert.class, "Messwert", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMesswert_Datum(), this.getTeildatum(), "datum", null, 0, 1, Messwert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMesswert_Wert(), ecorePackage.getEBigDecimal(), "wert", null, 0, 1, Messwert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMesswert_Quelle(), ecorePackage.getEString(), "quelle", null, 0, 1, Messwert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(einsparungEClass, Einsparung.class, "Einsparung", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEinsparung_Bezeichnung(), ecorePackage.getEString(), "bezeichnung", null, 0, 1, Einsparung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEinsparung_Betrag(), ecorePackage.getEBigDecimal(), "betrag", null, 0, 1, Einsparung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEinsparung_Zeitraum(), this.getLaufzeit(), null, "zeitraum", null, 0, 1, Einsparung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEinsparung_Berechnung(), ecorePackage.getEString(), "berechnung", null, 0, 1, Einsparung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEinsparung_Quelle(), ecorePackage.getEString(), "quelle", null, 0, 1, Einsparung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEinsparung_MitVorbehalt(), ecorePackage.getEBooleanObject(), "mitVorbehalt", null, 0, 1, Einsparung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kriteriumsbewertungEClass, Kriteriumsbewertung.class, "Kriteriumsbewertung", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKriteriumsbewertung_Kriterium(), this.getGoodPracticeKriterium(), "kriterium", null, 1, 1, Kriteriumsbewertung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKriteriumsbewertung_Bewertung(), this.getErfuellungsgrad(), "bewertung", null, 0, 1, Kriteriumsbewertung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKriteriumsbewertung_Begruendung(), ecorePackage.getEString(), "begruendung", null, 0, 1, Kriteriumsbewertung.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(projektverweisartEEnum, Projektverweisart.class, "Projektverweisart");
		addEEnumLiteral(projektverweisartEEnum, Projektverweisart.TEILPROJEKT_VON);
		addEEnumLiteral(projektverweisartEEnum, Projektverweisart.FOLGEPROJEKT_VON);
		addEEnumLiteral(projektverweisartEEnum, Projektverweisart.GEHOERT_ZU_PROGRAMM);

		initEEnum(herausforderungEEnum, Herausforderung.class, "Herausforderung");
		addEEnumLiteral(herausforderungEEnum, Herausforderung.KOOPERATION_VERNETZUNG);
		addEEnumLiteral(herausforderungEEnum, Herausforderung.PARTIZIPATION);
		addEEnumLiteral(herausforderungEEnum, Herausforderung.HILFEMIX);
		addEEnumLiteral(herausforderungEEnum, Herausforderung.FINANZIERUNG);
		addEEnumLiteral(herausforderungEEnum, Herausforderung.BEFAEHIGUNG);

		initEEnum(strukturprinzipEEnum, Strukturprinzip.class, "Strukturprinzip");
		addEEnumLiteral(strukturprinzipEEnum, Strukturprinzip.SOZIALRAEUMLICH);
		addEEnumLiteral(strukturprinzipEEnum, Strukturprinzip.GANZHEITLICH);
		addEEnumLiteral(strukturprinzipEEnum, Strukturprinzip.VERNETZT);
		addEEnumLiteral(strukturprinzipEEnum, Strukturprinzip.PARTIZIPATIV);

		initEEnum(handlungsfeldEEnum, Handlungsfeld.class, "Handlungsfeld");
		addEEnumLiteral(handlungsfeldEEnum, Handlungsfeld.WOHNEN);
		addEEnumLiteral(handlungsfeldEEnum, Handlungsfeld.SOZIALES);
		addEEnumLiteral(handlungsfeldEEnum, Handlungsfeld.GESUNDHEIT_HILFE_PFLEGE);

		initEEnum(bundeslandEEnum, Bundesland.class, "Bundesland");
		addEEnumLiteral(bundeslandEEnum, Bundesland.BADEN_WUERTTEMBERG);
		addEEnumLiteral(bundeslandEEnum, Bundesland.BAYERN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.BERLIN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.BRANDENBURG);
		addEEnumLiteral(bundeslandEEnum, Bundesland.BREMEN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.HAMBURG);
		addEEnumLiteral(bundeslandEEnum, Bundesland.HESSEN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.MECKLENBURG_VORPOMMERN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.NIEDERSACHSEN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.NORDRHEIN_WESTFALEN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.RHEINLAND_PFALZ);
		addEEnumLiteral(bundeslandEEnum, Bundesland.SAARLAND);
		addEEnumLiteral(bundeslandEEnum, Bundesland.SACHSEN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.SACHSEN_ANHALT);
		addEEnumLiteral(bundeslandEEnum, Bundesland.SCHLESWIG_HOLSTEIN);
		addEEnumLiteral(bundeslandEEnum, Bundesland.THUERINGEN);

		initEEnum(quartiersartEEnum, Quartiersart.class, "Quartiersart");
		addEEnumLiteral(quartiersartEEnum, Quartiersart.STADTTEIL);
		addEEnumLiteral(quartiersartEEnum, Quartiersart.DORF);
		addEEnumLiteral(quartiersartEEnum, Quartiersart.GEMEINDE);
		addEEnumLiteral(quartiersartEEnum, Quartiersart.STADT);
		addEEnumLiteral(quartiersartEEnum, Quartiersart.LANDKREIS);
		addEEnumLiteral(quartiersartEEnum, Quartiersart.REGION);
		addEEnumLiteral(quartiersartEEnum, Quartiersart.STANDORTE);

		initEEnum(akteurstypEEnum, Akteurstyp.class, "Akteurstyp");
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.KOMMUNE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.LANDKREIS);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.BEHOERDE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.KIRCHLICHE_ORGANISATION);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.WOHLFAHRTSVERBAND);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.GEMEINNUETZIGER_TRAEGER);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.STIFTUNG);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.WOHNUNGSWIRTSCHAFT);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.GEWERBLICHER_DIENSTLEISTER);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.VEREIN);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.BUERGERSCHAFTLICHE_INITIATIVE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.SELBSTHILFEGRUPPE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.SELBSTHILFEKONTAKTSTELLE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.FREIWILLIGENAGENTUR);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.MEHRGENERATIONENHAUS);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.BILDUNGSEINRICHTUNG);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.SENIORENBEIRAT);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.GESUNDHEIT_PFLEGE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.KRANKEN_PFLEGEKASSE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.VERKEHRSBETRIEB);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.HOCHSCHULE);
		addEEnumLiteral(akteurstypEEnum, Akteurstyp.SONSTIGE);

		initEEnum(kooperationsformEEnum, Kooperationsform.class, "Kooperationsform");
		addEEnumLiteral(kooperationsformEEnum, Kooperationsform.ARBEITSGRUPPE);
		addEEnumLiteral(kooperationsformEEnum, Kooperationsform.INFORMATIONSAUSTAUSCH);
		addEEnumLiteral(kooperationsformEEnum, Kooperationsform.SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG);
		addEEnumLiteral(kooperationsformEEnum, Kooperationsform.VERBINDLICHE_VEREINBARUNG_KOMMUNE);
		addEEnumLiteral(kooperationsformEEnum, Kooperationsform.VERTRAG);

		initEEnum(arbeitsschrittstatusEEnum, Arbeitsschrittstatus.class, "Arbeitsschrittstatus");
		addEEnumLiteral(arbeitsschrittstatusEEnum, Arbeitsschrittstatus.GEPLANT);
		addEEnumLiteral(arbeitsschrittstatusEEnum, Arbeitsschrittstatus.LAUFEND);
		addEEnumLiteral(arbeitsschrittstatusEEnum, Arbeitsschrittstatus.ABGESCHLOSSEN);
		addEEnumLiteral(arbeitsschrittstatusEEnum, Arbeitsschrittstatus.ENTFALLEN);

		initEEnum(ausgabenkategorieEEnum, Ausgabenkategorie.class, "Ausgabenkategorie");
		addEEnumLiteral(ausgabenkategorieEEnum, Ausgabenkategorie.PERSONAL);
		addEEnumLiteral(ausgabenkategorieEEnum, Ausgabenkategorie.SACH);
		addEEnumLiteral(ausgabenkategorieEEnum, Ausgabenkategorie.HONORAR);
		addEEnumLiteral(ausgabenkategorieEEnum, Ausgabenkategorie.INVESTITION);
		addEEnumLiteral(ausgabenkategorieEEnum, Ausgabenkategorie.VERWALTUNG);

		initEEnum(bewilligungsstatusEEnum, Bewilligungsstatus.class, "Bewilligungsstatus");
		addEEnumLiteral(bewilligungsstatusEEnum, Bewilligungsstatus.BEANTRAGT);
		addEEnumLiteral(bewilligungsstatusEEnum, Bewilligungsstatus.BEWILLIGT);
		addEEnumLiteral(bewilligungsstatusEEnum, Bewilligungsstatus.ABGELEHNT);
		addEEnumLiteral(bewilligungsstatusEEnum, Bewilligungsstatus.GEPLANT);
		addEEnumLiteral(bewilligungsstatusEEnum, Bewilligungsstatus.AUSGEZAHLT);
		addEEnumLiteral(bewilligungsstatusEEnum, Bewilligungsstatus.VERWENDUNGSNACHWEIS_ERBRACHT);

		initEEnum(finanzierungsartEEnum, Finanzierungsart.class, "Finanzierungsart");
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.KOMMUNE);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.LANDKREIS);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.LAND);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.BUND);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.EU);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.SOZIALLOTTERIE);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.STIFTUNG);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.SOZIALVERSICHERUNG);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.LEISTUNGSRECHT);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.EIGENMITTEL);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.WOHNUNGSWIRTSCHAFT);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.SPENDEN);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.MITGLIEDSBEITRAEGE);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.TEILNAHMEGEBUEHREN);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.SPONSORING);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.CROWDFUNDING);
		addEEnumLiteral(finanzierungsartEEnum, Finanzierungsart.PREIS_WETTBEWERB);

		initEEnum(projektphaseEEnum, Projektphase.class, "Projektphase");
		addEEnumLiteral(projektphaseEEnum, Projektphase.PLANUNG);
		addEEnumLiteral(projektphaseEEnum, Projektphase.UMSETZUNG);
		addEEnumLiteral(projektphaseEEnum, Projektphase.VERSTETIGUNG);

		initEEnum(zielebeneEEnum, Zielebene.class, "Zielebene");
		addEEnumLiteral(zielebeneEEnum, Zielebene.LEITZIEL);
		addEEnumLiteral(zielebeneEEnum, Zielebene.PRODUKTGRUPPENZIEL);
		addEEnumLiteral(zielebeneEEnum, Zielebene.PRODUKTZIEL);
		addEEnumLiteral(zielebeneEEnum, Zielebene.TEILZIEL);
		addEEnumLiteral(zielebeneEEnum, Zielebene.MASSNAHMENZIEL);

		initEEnum(zieltypEEnum, Zieltyp.class, "Zieltyp");
		addEEnumLiteral(zieltypEEnum, Zieltyp.WIRKUNGSZIEL);
		addEEnumLiteral(zieltypEEnum, Zieltyp.LEISTUNGSZIEL);

		initEEnum(wirkungsstufeEEnum, Wirkungsstufe.class, "Wirkungsstufe");
		addEEnumLiteral(wirkungsstufeEEnum, Wirkungsstufe.INPUT);
		addEEnumLiteral(wirkungsstufeEEnum, Wirkungsstufe.OUTPUT);
		addEEnumLiteral(wirkungsstufeEEnum, Wirkungsstufe.OUTCOME);
		addEEnumLiteral(wirkungsstufeEEnum, Wirkungsstufe.IMPACT);

		initEEnum(hilfemixsektorEEnum, Hilfemixsektor.class, "Hilfemixsektor");
		addEEnumLiteral(hilfemixsektorEEnum, Hilfemixsektor.STAAT);
		addEEnumLiteral(hilfemixsektorEEnum, Hilfemixsektor.MARKT);
		addEEnumLiteral(hilfemixsektorEEnum, Hilfemixsektor.GESELLSCHAFTLICHE_ASSOZIATIONEN);
		addEEnumLiteral(hilfemixsektorEEnum, Hilfemixsektor.INFORMELLE_NETZE);

		initEEnum(goodPracticeKriteriumEEnum, GoodPracticeKriterium.class, "GoodPracticeKriterium");
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.KONZEPTION);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.ZIELGRUPPENBEZUG);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.SETTING_ANSATZ);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.MULTIPLIKATORENKONZEPT);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.NACHHALTIGKEIT);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.NIEDRIGSCHWELLIGKEIT);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.PARTIZIPATION);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.EMPOWERMENT);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.INTEGRIERTES_HANDLUNGSKONZEPT);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.QUALITAETSMANAGEMENT);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.DOKUMENTATION_EVALUATION);
		addEEnumLiteral(goodPracticeKriteriumEEnum, GoodPracticeKriterium.KOSTEN_WIRKSAMKEIT);

		initEEnum(erfuellungsgradEEnum, Erfuellungsgrad.class, "Erfuellungsgrad");
		addEEnumLiteral(erfuellungsgradEEnum, Erfuellungsgrad.ERFUELLT);
		addEEnumLiteral(erfuellungsgradEEnum, Erfuellungsgrad.TEILWEISE);
		addEEnumLiteral(erfuellungsgradEEnum, Erfuellungsgrad.NICHT_ERFUELLT);

		// Initialize data types
		initEDataType(teildatumEDataType, Teildatum.class, "Teildatum", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //QuartierwerkPackageImpl
