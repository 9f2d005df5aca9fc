/**
 */
package org.quartierwerk.model.internal.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.quartierwerk.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage
 * @generated
 */
public class QuartierwerkSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static QuartierwerkPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuartierwerkSwitch() {
		if (modelPackage == null) {
			modelPackage = QuartierwerkPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case QuartierwerkPackage.PRAXISBEISPIEL: {
				Praxisbeispiel praxisbeispiel = (Praxisbeispiel)theEObject;
				T result = casePraxisbeispiel(praxisbeispiel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.QUARTIER: {
				Quartier quartier = (Quartier)theEObject;
				T result = caseQuartier(quartier);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.PROJEKTVERWEIS: {
				Projektverweis projektverweis = (Projektverweis)theEObject;
				T result = caseProjektverweis(projektverweis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.LAUFZEIT: {
				Laufzeit laufzeit = (Laufzeit)theEObject;
				T result = caseLaufzeit(laufzeit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.ORGANISATION: {
				Organisation organisation = (Organisation)theEObject;
				T result = caseOrganisation(organisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.ADRESSE: {
				Adresse adresse = (Adresse)theEObject;
				T result = caseAdresse(adresse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.KOOPERATION: {
				Kooperation kooperation = (Kooperation)theEObject;
				T result = caseKooperation(kooperation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.STELLE: {
				Stelle stelle = (Stelle)theEObject;
				T result = caseStelle(stelle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.ARBEITSSCHRITT: {
				Arbeitsschritt arbeitsschritt = (Arbeitsschritt)theEObject;
				T result = caseArbeitsschritt(arbeitsschritt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.FINANZIERUNGSPLAN: {
				Finanzierungsplan finanzierungsplan = (Finanzierungsplan)theEObject;
				T result = caseFinanzierungsplan(finanzierungsplan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.AUSGABEPOSITION: {
				Ausgabeposition ausgabeposition = (Ausgabeposition)theEObject;
				T result = caseAusgabeposition(ausgabeposition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.FINANZIERUNGSANTEIL: {
				Finanzierungsanteil finanzierungsanteil = (Finanzierungsanteil)theEObject;
				T result = caseFinanzierungsanteil(finanzierungsanteil);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.TRANCHE: {
				Tranche tranche = (Tranche)theEObject;
				T result = caseTranche(tranche);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.STATUSEREIGNIS: {
				Statusereignis statusereignis = (Statusereignis)theEObject;
				T result = caseStatusereignis(statusereignis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.FINANZIERUNGSQUELLE: {
				Finanzierungsquelle finanzierungsquelle = (Finanzierungsquelle)theEObject;
				T result = caseFinanzierungsquelle(finanzierungsquelle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.FINANZIERUNGSKATALOG: {
				Finanzierungskatalog finanzierungskatalog = (Finanzierungskatalog)theEObject;
				T result = caseFinanzierungskatalog(finanzierungskatalog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.BETEILIGUNG: {
				Beteiligung beteiligung = (Beteiligung)theEObject;
				T result = caseBeteiligung(beteiligung);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.PARTIZIPATIONSMODELL: {
				Partizipationsmodell partizipationsmodell = (Partizipationsmodell)theEObject;
				T result = casePartizipationsmodell(partizipationsmodell);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE: {
				Partizipationsstufe partizipationsstufe = (Partizipationsstufe)theEObject;
				T result = casePartizipationsstufe(partizipationsstufe);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.ZIEL: {
				Ziel ziel = (Ziel)theEObject;
				T result = caseZiel(ziel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.KENNZAHL: {
				Kennzahl kennzahl = (Kennzahl)theEObject;
				T result = caseKennzahl(kennzahl);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.MESSWERT: {
				Messwert messwert = (Messwert)theEObject;
				T result = caseMesswert(messwert);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.EINSPARUNG: {
				Einsparung einsparung = (Einsparung)theEObject;
				T result = caseEinsparung(einsparung);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG: {
				Kriteriumsbewertung kriteriumsbewertung = (Kriteriumsbewertung)theEObject;
				T result = caseKriteriumsbewertung(kriteriumsbewertung);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Praxisbeispiel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Praxisbeispiel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePraxisbeispiel(Praxisbeispiel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quartier</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quartier</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuartier(Quartier object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Projektverweis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Projektverweis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProjektverweis(Projektverweis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Laufzeit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Laufzeit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLaufzeit(Laufzeit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisation(Organisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Adresse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Adresse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdresse(Adresse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kooperation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kooperation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKooperation(Kooperation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stelle</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stelle</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStelle(Stelle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Arbeitsschritt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Arbeitsschritt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArbeitsschritt(Arbeitsschritt object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finanzierungsplan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finanzierungsplan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFinanzierungsplan(Finanzierungsplan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ausgabeposition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ausgabeposition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAusgabeposition(Ausgabeposition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finanzierungsanteil</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finanzierungsanteil</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFinanzierungsanteil(Finanzierungsanteil object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tranche</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tranche</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTranche(Tranche object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Statusereignis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Statusereignis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStatusereignis(Statusereignis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finanzierungsquelle</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finanzierungsquelle</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFinanzierungsquelle(Finanzierungsquelle object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finanzierungskatalog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finanzierungskatalog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFinanzierungskatalog(Finanzierungskatalog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Beteiligung</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Beteiligung</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBeteiligung(Beteiligung object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Partizipationsmodell</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Partizipationsmodell</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartizipationsmodell(Partizipationsmodell object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Partizipationsstufe</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Partizipationsstufe</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartizipationsstufe(Partizipationsstufe object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ziel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ziel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseZiel(Ziel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kennzahl</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kennzahl</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKennzahl(Kennzahl object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Messwert</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Messwert</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMesswert(Messwert object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Einsparung</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Einsparung</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEinsparung(Einsparung object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kriteriumsbewertung</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kriteriumsbewertung</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKriteriumsbewertung(Kriteriumsbewertung object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //QuartierwerkSwitch
