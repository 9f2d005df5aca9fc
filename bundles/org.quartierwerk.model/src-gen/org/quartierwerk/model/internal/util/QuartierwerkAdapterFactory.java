/**
 */
package org.quartierwerk.model.internal.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.quartierwerk.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage
 * @generated
 */
public class QuartierwerkAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static QuartierwerkPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuartierwerkAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = QuartierwerkPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuartierwerkSwitch<Adapter> modelSwitch =
		new QuartierwerkSwitch<Adapter>() {
			@Override
			public Adapter casePraxisbeispiel(Praxisbeispiel object) {
				return createPraxisbeispielAdapter();
			}
			@Override
			public Adapter caseQuartier(Quartier object) {
				return createQuartierAdapter();
			}
			@Override
			public Adapter caseProjektverweis(Projektverweis object) {
				return createProjektverweisAdapter();
			}
			@Override
			public Adapter caseLaufzeit(Laufzeit object) {
				return createLaufzeitAdapter();
			}
			@Override
			public Adapter caseOrganisation(Organisation object) {
				return createOrganisationAdapter();
			}
			@Override
			public Adapter caseAdresse(Adresse object) {
				return createAdresseAdapter();
			}
			@Override
			public Adapter caseKooperation(Kooperation object) {
				return createKooperationAdapter();
			}
			@Override
			public Adapter caseStelle(Stelle object) {
				return createStelleAdapter();
			}
			@Override
			public Adapter caseArbeitsschritt(Arbeitsschritt object) {
				return createArbeitsschrittAdapter();
			}
			@Override
			public Adapter caseFinanzierungsplan(Finanzierungsplan object) {
				return createFinanzierungsplanAdapter();
			}
			@Override
			public Adapter caseAusgabeposition(Ausgabeposition object) {
				return createAusgabepositionAdapter();
			}
			@Override
			public Adapter caseFinanzierungsanteil(Finanzierungsanteil object) {
				return createFinanzierungsanteilAdapter();
			}
			@Override
			public Adapter caseTranche(Tranche object) {
				return createTrancheAdapter();
			}
			@Override
			public Adapter caseStatusereignis(Statusereignis object) {
				return createStatusereignisAdapter();
			}
			@Override
			public Adapter caseFinanzierungsquelle(Finanzierungsquelle object) {
				return createFinanzierungsquelleAdapter();
			}
			@Override
			public Adapter caseFinanzierungskatalog(Finanzierungskatalog object) {
				return createFinanzierungskatalogAdapter();
			}
			@Override
			public Adapter caseBeteiligung(Beteiligung object) {
				return createBeteiligungAdapter();
			}
			@Override
			public Adapter casePartizipationsmodell(Partizipationsmodell object) {
				return createPartizipationsmodellAdapter();
			}
			@Override
			public Adapter casePartizipationsstufe(Partizipationsstufe object) {
				return createPartizipationsstufeAdapter();
			}
			@Override
			public Adapter caseZiel(Ziel object) {
				return createZielAdapter();
			}
			@Override
			public Adapter caseKennzahl(Kennzahl object) {
				return createKennzahlAdapter();
			}
			@Override
			public Adapter caseMesswert(Messwert object) {
				return createMesswertAdapter();
			}
			@Override
			public Adapter caseEinsparung(Einsparung object) {
				return createEinsparungAdapter();
			}
			@Override
			public Adapter caseKriteriumsbewertung(Kriteriumsbewertung object) {
				return createKriteriumsbewertungAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Praxisbeispiel <em>Praxisbeispiel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Praxisbeispiel
	 * @generated
	 */
	public Adapter createPraxisbeispielAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Quartier <em>Quartier</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Quartier
	 * @generated
	 */
	public Adapter createQuartierAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Projektverweis <em>Projektverweis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Projektverweis
	 * @generated
	 */
	public Adapter createProjektverweisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Laufzeit <em>Laufzeit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Laufzeit
	 * @generated
	 */
	public Adapter createLaufzeitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Organisation
	 * @generated
	 */
	public Adapter createOrganisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Adresse <em>Adresse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Adresse
	 * @generated
	 */
	public Adapter createAdresseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Kooperation <em>Kooperation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Kooperation
	 * @generated
	 */
	public Adapter createKooperationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Stelle <em>Stelle</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Stelle
	 * @generated
	 */
	public Adapter createStelleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Arbeitsschritt <em>Arbeitsschritt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Arbeitsschritt
	 * @generated
	 */
	public Adapter createArbeitsschrittAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Finanzierungsplan <em>Finanzierungsplan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Finanzierungsplan
	 * @generated
	 */
	public Adapter createFinanzierungsplanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Ausgabeposition <em>Ausgabeposition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Ausgabeposition
	 * @generated
	 */
	public Adapter createAusgabepositionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Finanzierungsanteil <em>Finanzierungsanteil</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Finanzierungsanteil
	 * @generated
	 */
	public Adapter createFinanzierungsanteilAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Tranche <em>Tranche</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Tranche
	 * @generated
	 */
	public Adapter createTrancheAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Statusereignis <em>Statusereignis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Statusereignis
	 * @generated
	 */
	public Adapter createStatusereignisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Finanzierungsquelle <em>Finanzierungsquelle</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Finanzierungsquelle
	 * @generated
	 */
	public Adapter createFinanzierungsquelleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Finanzierungskatalog <em>Finanzierungskatalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Finanzierungskatalog
	 * @generated
	 */
	public Adapter createFinanzierungskatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Beteiligung <em>Beteiligung</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Beteiligung
	 * @generated
	 */
	public Adapter createBeteiligungAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Partizipationsmodell <em>Partizipationsmodell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Partizipationsmodell
	 * @generated
	 */
	public Adapter createPartizipationsmodellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Partizipationsstufe <em>Partizipationsstufe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Partizipationsstufe
	 * @generated
	 */
	public Adapter createPartizipationsstufeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Ziel <em>Ziel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Ziel
	 * @generated
	 */
	public Adapter createZielAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Kennzahl <em>Kennzahl</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Kennzahl
	 * @generated
	 */
	public Adapter createKennzahlAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Messwert <em>Messwert</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Messwert
	 * @generated
	 */
	public Adapter createMesswertAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Einsparung <em>Einsparung</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Einsparung
	 * @generated
	 */
	public Adapter createEinsparungAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.model.Kriteriumsbewertung <em>Kriteriumsbewertung</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.model.Kriteriumsbewertung
	 * @generated
	 */
	public Adapter createKriteriumsbewertungAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //QuartierwerkAdapterFactory
