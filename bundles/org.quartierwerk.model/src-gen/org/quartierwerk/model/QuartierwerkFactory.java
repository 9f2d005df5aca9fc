/**
 */
package org.quartierwerk.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage
 * @generated
 */
public interface QuartierwerkFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	QuartierwerkFactory eINSTANCE = org.quartierwerk.model.internal.impl.QuartierwerkFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Praxisbeispiel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Praxisbeispiel</em>'.
	 * @generated
	 */
	Praxisbeispiel createPraxisbeispiel();

	/**
	 * Returns a new object of class '<em>Quartier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quartier</em>'.
	 * @generated
	 */
	Quartier createQuartier();

	/**
	 * Returns a new object of class '<em>Projektverweis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Projektverweis</em>'.
	 * @generated
	 */
	Projektverweis createProjektverweis();

	/**
	 * Returns a new object of class '<em>Laufzeit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Laufzeit</em>'.
	 * @generated
	 */
	Laufzeit createLaufzeit();

	/**
	 * Returns a new object of class '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organisation</em>'.
	 * @generated
	 */
	Organisation createOrganisation();

	/**
	 * Returns a new object of class '<em>Adresse</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adresse</em>'.
	 * @generated
	 */
	Adresse createAdresse();

	/**
	 * Returns a new object of class '<em>Kooperation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kooperation</em>'.
	 * @generated
	 */
	Kooperation createKooperation();

	/**
	 * Returns a new object of class '<em>Stelle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stelle</em>'.
	 * @generated
	 */
	Stelle createStelle();

	/**
	 * Returns a new object of class '<em>Arbeitsschritt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Arbeitsschritt</em>'.
	 * @generated
	 */
	Arbeitsschritt createArbeitsschritt();

	/**
	 * Returns a new object of class '<em>Finanzierungsplan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finanzierungsplan</em>'.
	 * @generated
	 */
	Finanzierungsplan createFinanzierungsplan();

	/**
	 * Returns a new object of class '<em>Ausgabeposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ausgabeposition</em>'.
	 * @generated
	 */
	Ausgabeposition createAusgabeposition();

	/**
	 * Returns a new object of class '<em>Finanzierungsanteil</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finanzierungsanteil</em>'.
	 * @generated
	 */
	Finanzierungsanteil createFinanzierungsanteil();

	/**
	 * Returns a new object of class '<em>Tranche</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tranche</em>'.
	 * @generated
	 */
	Tranche createTranche();

	/**
	 * Returns a new object of class '<em>Statusereignis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Statusereignis</em>'.
	 * @generated
	 */
	Statusereignis createStatusereignis();

	/**
	 * Returns a new object of class '<em>Finanzierungsquelle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finanzierungsquelle</em>'.
	 * @generated
	 */
	Finanzierungsquelle createFinanzierungsquelle();

	/**
	 * Returns a new object of class '<em>Finanzierungskatalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finanzierungskatalog</em>'.
	 * @generated
	 */
	Finanzierungskatalog createFinanzierungskatalog();

	/**
	 * Returns a new object of class '<em>Beteiligung</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Beteiligung</em>'.
	 * @generated
	 */
	Beteiligung createBeteiligung();

	/**
	 * Returns a new object of class '<em>Partizipationsmodell</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partizipationsmodell</em>'.
	 * @generated
	 */
	Partizipationsmodell createPartizipationsmodell();

	/**
	 * Returns a new object of class '<em>Partizipationsstufe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partizipationsstufe</em>'.
	 * @generated
	 */
	Partizipationsstufe createPartizipationsstufe();

	/**
	 * Returns a new object of class '<em>Ziel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ziel</em>'.
	 * @generated
	 */
	Ziel createZiel();

	/**
	 * Returns a new object of class '<em>Kennzahl</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kennzahl</em>'.
	 * @generated
	 */
	Kennzahl createKennzahl();

	/**
	 * Returns a new object of class '<em>Messwert</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Messwert</em>'.
	 * @generated
	 */
	Messwert createMesswert();

	/**
	 * Returns a new object of class '<em>Einsparung</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Einsparung</em>'.
	 * @generated
	 */
	Einsparung createEinsparung();

	/**
	 * Returns a new object of class '<em>Kriteriumsbewertung</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kriteriumsbewertung</em>'.
	 * @generated
	 */
	Kriteriumsbewertung createKriteriumsbewertung();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	QuartierwerkPackage getQuartierwerkPackage();

} //QuartierwerkFactory
