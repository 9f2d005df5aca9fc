/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.quartierwerk.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class QuartierwerkFactoryImpl extends EFactoryImpl implements QuartierwerkFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static QuartierwerkFactory init() {
		try {
			QuartierwerkFactory theQuartierwerkFactory = (QuartierwerkFactory)EPackage.Registry.INSTANCE.getEFactory(QuartierwerkPackage.eNS_URI);
			if (theQuartierwerkFactory != null) {
				return theQuartierwerkFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new QuartierwerkFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuartierwerkFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case QuartierwerkPackage.PRAXISBEISPIEL: return createPraxisbeispiel();
			case QuartierwerkPackage.QUARTIER: return createQuartier();
			case QuartierwerkPackage.PROJEKTVERWEIS: return createProjektverweis();
			case QuartierwerkPackage.LAUFZEIT: return createLaufzeit();
			case QuartierwerkPackage.ORGANISATION: return createOrganisation();
			case QuartierwerkPackage.ADRESSE: return createAdresse();
			case QuartierwerkPackage.KOOPERATION: return createKooperation();
			case QuartierwerkPackage.STELLE: return createStelle();
			case QuartierwerkPackage.ARBEITSSCHRITT: return createArbeitsschritt();
			case QuartierwerkPackage.FINANZIERUNGSPLAN: return createFinanzierungsplan();
			case QuartierwerkPackage.AUSGABEPOSITION: return createAusgabeposition();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL: return createFinanzierungsanteil();
			case QuartierwerkPackage.TRANCHE: return createTranche();
			case QuartierwerkPackage.STATUSEREIGNIS: return createStatusereignis();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE: return createFinanzierungsquelle();
			case QuartierwerkPackage.FINANZIERUNGSKATALOG: return createFinanzierungskatalog();
			case QuartierwerkPackage.BETEILIGUNG: return createBeteiligung();
			case QuartierwerkPackage.PARTIZIPATIONSMODELL: return createPartizipationsmodell();
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE: return createPartizipationsstufe();
			case QuartierwerkPackage.ZIEL: return createZiel();
			case QuartierwerkPackage.KENNZAHL: return createKennzahl();
			case QuartierwerkPackage.MESSWERT: return createMesswert();
			case QuartierwerkPackage.EINSPARUNG: return createEinsparung();
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG: return createKriteriumsbewertung();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case QuartierwerkPackage.PROJEKTVERWEISART:
				return createProjektverweisartFromString(eDataType, initialValue);
			case QuartierwerkPackage.HERAUSFORDERUNG:
				return createHerausforderungFromString(eDataType, initialValue);
			case QuartierwerkPackage.STRUKTURPRINZIP:
				return createStrukturprinzipFromString(eDataType, initialValue);
			case QuartierwerkPackage.HANDLUNGSFELD:
				return createHandlungsfeldFromString(eDataType, initialValue);
			case QuartierwerkPackage.BUNDESLAND:
				return createBundeslandFromString(eDataType, initialValue);
			case QuartierwerkPackage.QUARTIERSART:
				return createQuartiersartFromString(eDataType, initialValue);
			case QuartierwerkPackage.AKTEURSTYP:
				return createAkteurstypFromString(eDataType, initialValue);
			case QuartierwerkPackage.KOOPERATIONSFORM:
				return createKooperationsformFromString(eDataType, initialValue);
			case QuartierwerkPackage.ARBEITSSCHRITTSTATUS:
				return createArbeitsschrittstatusFromString(eDataType, initialValue);
			case QuartierwerkPackage.AUSGABENKATEGORIE:
				return createAusgabenkategorieFromString(eDataType, initialValue);
			case QuartierwerkPackage.BEWILLIGUNGSSTATUS:
				return createBewilligungsstatusFromString(eDataType, initialValue);
			case QuartierwerkPackage.FINANZIERUNGSART:
				return createFinanzierungsartFromString(eDataType, initialValue);
			case QuartierwerkPackage.PROJEKTPHASE:
				return createProjektphaseFromString(eDataType, initialValue);
			case QuartierwerkPackage.ZIELEBENE:
				return createZielebeneFromString(eDataType, initialValue);
			case QuartierwerkPackage.ZIELTYP:
				return createZieltypFromString(eDataType, initialValue);
			case QuartierwerkPackage.WIRKUNGSSTUFE:
				return createWirkungsstufeFromString(eDataType, initialValue);
			case QuartierwerkPackage.HILFEMIXSEKTOR:
				return createHilfemixsektorFromString(eDataType, initialValue);
			case QuartierwerkPackage.GOOD_PRACTICE_KRITERIUM:
				return createGoodPracticeKriteriumFromString(eDataType, initialValue);
			case QuartierwerkPackage.ERFUELLUNGSGRAD:
				return createErfuellungsgradFromString(eDataType, initialValue);
			case QuartierwerkPackage.TEILDATUM:
				return createTeildatumFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case QuartierwerkPackage.PROJEKTVERWEISART:
				return convertProjektverweisartToString(eDataType, instanceValue);
			case QuartierwerkPackage.HERAUSFORDERUNG:
				return convertHerausforderungToString(eDataType, instanceValue);
			case QuartierwerkPackage.STRUKTURPRINZIP:
				return convertStrukturprinzipToString(eDataType, instanceValue);
			case QuartierwerkPackage.HANDLUNGSFELD:
				return convertHandlungsfeldToString(eDataType, instanceValue);
			case QuartierwerkPackage.BUNDESLAND:
				return convertBundeslandToString(eDataType, instanceValue);
			case QuartierwerkPackage.QUARTIERSART:
				return convertQuartiersartToString(eDataType, instanceValue);
			case QuartierwerkPackage.AKTEURSTYP:
				return convertAkteurstypToString(eDataType, instanceValue);
			case QuartierwerkPackage.KOOPERATIONSFORM:
				return convertKooperationsformToString(eDataType, instanceValue);
			case QuartierwerkPackage.ARBEITSSCHRITTSTATUS:
				return convertArbeitsschrittstatusToString(eDataType, instanceValue);
			case QuartierwerkPackage.AUSGABENKATEGORIE:
				return convertAusgabenkategorieToString(eDataType, instanceValue);
			case QuartierwerkPackage.BEWILLIGUNGSSTATUS:
				return convertBewilligungsstatusToString(eDataType, instanceValue);
			case QuartierwerkPackage.FINANZIERUNGSART:
				return convertFinanzierungsartToString(eDataType, instanceValue);
			case QuartierwerkPackage.PROJEKTPHASE:
				return convertProjektphaseToString(eDataType, instanceValue);
			case QuartierwerkPackage.ZIELEBENE:
				return convertZielebeneToString(eDataType, instanceValue);
			case QuartierwerkPackage.ZIELTYP:
				return convertZieltypToString(eDataType, instanceValue);
			case QuartierwerkPackage.WIRKUNGSSTUFE:
				return convertWirkungsstufeToString(eDataType, instanceValue);
			case QuartierwerkPackage.HILFEMIXSEKTOR:
				return convertHilfemixsektorToString(eDataType, instanceValue);
			case QuartierwerkPackage.GOOD_PRACTICE_KRITERIUM:
				return convertGoodPracticeKriteriumToString(eDataType, instanceValue);
			case QuartierwerkPackage.ERFUELLUNGSGRAD:
				return convertErfuellungsgradToString(eDataType, instanceValue);
			case QuartierwerkPackage.TEILDATUM:
				return convertTeildatumToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Praxisbeispiel createPraxisbeispiel() {
		PraxisbeispielImpl praxisbeispiel = new PraxisbeispielImpl();
		return praxisbeispiel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quartier createQuartier() {
		QuartierImpl quartier = new QuartierImpl();
		return quartier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Projektverweis createProjektverweis() {
		ProjektverweisImpl projektverweis = new ProjektverweisImpl();
		return projektverweis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Laufzeit createLaufzeit() {
		LaufzeitImpl laufzeit = new LaufzeitImpl();
		return laufzeit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Adresse createAdresse() {
		AdresseImpl adresse = new AdresseImpl();
		return adresse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kooperation createKooperation() {
		KooperationImpl kooperation = new KooperationImpl();
		return kooperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stelle createStelle() {
		StelleImpl stelle = new StelleImpl();
		return stelle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arbeitsschritt createArbeitsschritt() {
		ArbeitsschrittImpl arbeitsschritt = new ArbeitsschrittImpl();
		return arbeitsschritt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungsplan createFinanzierungsplan() {
		FinanzierungsplanImpl finanzierungsplan = new FinanzierungsplanImpl();
		return finanzierungsplan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ausgabeposition createAusgabeposition() {
		AusgabepositionImpl ausgabeposition = new AusgabepositionImpl();
		return ausgabeposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungsanteil createFinanzierungsanteil() {
		FinanzierungsanteilImpl finanzierungsanteil = new FinanzierungsanteilImpl();
		return finanzierungsanteil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tranche createTranche() {
		TrancheImpl tranche = new TrancheImpl();
		return tranche;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Statusereignis createStatusereignis() {
		StatusereignisImpl statusereignis = new StatusereignisImpl();
		return statusereignis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungsquelle createFinanzierungsquelle() {
		FinanzierungsquelleImpl finanzierungsquelle = new FinanzierungsquelleImpl();
		return finanzierungsquelle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungskatalog createFinanzierungskatalog() {
		FinanzierungskatalogImpl finanzierungskatalog = new FinanzierungskatalogImpl();
		return finanzierungskatalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Beteiligung createBeteiligung() {
		BeteiligungImpl beteiligung = new BeteiligungImpl();
		return beteiligung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partizipationsmodell createPartizipationsmodell() {
		PartizipationsmodellImpl partizipationsmodell = new PartizipationsmodellImpl();
		return partizipationsmodell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partizipationsstufe createPartizipationsstufe() {
		PartizipationsstufeImpl partizipationsstufe = new PartizipationsstufeImpl();
		return partizipationsstufe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ziel createZiel() {
		ZielImpl ziel = new ZielImpl();
		return ziel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kennzahl createKennzahl() {
		KennzahlImpl kennzahl = new KennzahlImpl();
		return kennzahl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Messwert createMesswert() {
		MesswertImpl messwert = new MesswertImpl();
		return messwert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Einsparung createEinsparung() {
		EinsparungImpl einsparung = new EinsparungImpl();
		return einsparung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kriteriumsbewertung createKriteriumsbewertung() {
		KriteriumsbewertungImpl kriteriumsbewertung = new KriteriumsbewertungImpl();
		return kriteriumsbewertung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Projektverweisart createProjektverweisartFromString(EDataType eDataType, String initialValue) {
		Projektverweisart result = Projektverweisart.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjektverweisartToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Herausforderung createHerausforderungFromString(EDataType eDataType, String initialValue) {
		Herausforderung result = Herausforderung.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHerausforderungToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Strukturprinzip createStrukturprinzipFromString(EDataType eDataType, String initialValue) {
		Strukturprinzip result = Strukturprinzip.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStrukturprinzipToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Handlungsfeld createHandlungsfeldFromString(EDataType eDataType, String initialValue) {
		Handlungsfeld result = Handlungsfeld.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHandlungsfeldToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Bundesland createBundeslandFromString(EDataType eDataType, String initialValue) {
		Bundesland result = Bundesland.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBundeslandToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quartiersart createQuartiersartFromString(EDataType eDataType, String initialValue) {
		Quartiersart result = Quartiersart.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuartiersartToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Akteurstyp createAkteurstypFromString(EDataType eDataType, String initialValue) {
		Akteurstyp result = Akteurstyp.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAkteurstypToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kooperationsform createKooperationsformFromString(EDataType eDataType, String initialValue) {
		Kooperationsform result = Kooperationsform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKooperationsformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arbeitsschrittstatus createArbeitsschrittstatusFromString(EDataType eDataType, String initialValue) {
		Arbeitsschrittstatus result = Arbeitsschrittstatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArbeitsschrittstatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Ausgabenkategorie createAusgabenkategorieFromString(EDataType eDataType, String initialValue) {
		Ausgabenkategorie result = Ausgabenkategorie.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAusgabenkategorieToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Bewilligungsstatus createBewilligungsstatusFromString(EDataType eDataType, String initialValue) {
		Bewilligungsstatus result = Bewilligungsstatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBewilligungsstatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Finanzierungsart createFinanzierungsartFromString(EDataType eDataType, String initialValue) {
		Finanzierungsart result = Finanzierungsart.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFinanzierungsartToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Projektphase createProjektphaseFromString(EDataType eDataType, String initialValue) {
		Projektphase result = Projektphase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjektphaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zielebene createZielebeneFromString(EDataType eDataType, String initialValue) {
		Zielebene result = Zielebene.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZielebeneToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zieltyp createZieltypFromString(EDataType eDataType, String initialValue) {
		Zieltyp result = Zieltyp.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZieltypToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Wirkungsstufe createWirkungsstufeFromString(EDataType eDataType, String initialValue) {
		Wirkungsstufe result = Wirkungsstufe.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWirkungsstufeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hilfemixsektor createHilfemixsektorFromString(EDataType eDataType, String initialValue) {
		Hilfemixsektor result = Hilfemixsektor.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHilfemixsektorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoodPracticeKriterium createGoodPracticeKriteriumFromString(EDataType eDataType, String initialValue) {
		GoodPracticeKriterium result = GoodPracticeKriterium.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoodPracticeKriteriumToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Erfuellungsgrad createErfuellungsgradFromString(EDataType eDataType, String initialValue) {
		Erfuellungsgrad result = Erfuellungsgrad.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertErfuellungsgradToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Teildatum createTeildatumFromString(EDataType eDataType, String initialValue) {
		return (Teildatum)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTeildatumToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuartierwerkPackage getQuartierwerkPackage() {
		return (QuartierwerkPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static QuartierwerkPackage getPackage() {
		return QuartierwerkPackage.eINSTANCE;
	}

} //QuartierwerkFactoryImpl
