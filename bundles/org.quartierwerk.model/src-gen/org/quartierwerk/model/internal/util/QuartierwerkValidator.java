/**
 */
package org.quartierwerk.model.internal.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.quartierwerk.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage
 * @generated
 */
public class QuartierwerkValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final QuartierwerkValidator INSTANCE = new QuartierwerkValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.quartierwerk.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuartierwerkValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return QuartierwerkPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case QuartierwerkPackage.PRAXISBEISPIEL:
				return validatePraxisbeispiel((Praxisbeispiel)value, diagnostics, context);
			case QuartierwerkPackage.QUARTIER:
				return validateQuartier((Quartier)value, diagnostics, context);
			case QuartierwerkPackage.LAUFZEIT:
				return validateLaufzeit((Laufzeit)value, diagnostics, context);
			case QuartierwerkPackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case QuartierwerkPackage.ADRESSE:
				return validateAdresse((Adresse)value, diagnostics, context);
			case QuartierwerkPackage.KOOPERATION:
				return validateKooperation((Kooperation)value, diagnostics, context);
			case QuartierwerkPackage.STELLE:
				return validateStelle((Stelle)value, diagnostics, context);
			case QuartierwerkPackage.ARBEITSSCHRITT:
				return validateArbeitsschritt((Arbeitsschritt)value, diagnostics, context);
			case QuartierwerkPackage.FINANZIERUNGSPLAN:
				return validateFinanzierungsplan((Finanzierungsplan)value, diagnostics, context);
			case QuartierwerkPackage.AUSGABEPOSITION:
				return validateAusgabeposition((Ausgabeposition)value, diagnostics, context);
			case QuartierwerkPackage.FINANZIERUNGSANTEIL:
				return validateFinanzierungsanteil((Finanzierungsanteil)value, diagnostics, context);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE:
				return validateFinanzierungsquelle((Finanzierungsquelle)value, diagnostics, context);
			case QuartierwerkPackage.FINANZIERUNGSKATALOG:
				return validateFinanzierungskatalog((Finanzierungskatalog)value, diagnostics, context);
			case QuartierwerkPackage.BETEILIGUNG:
				return validateBeteiligung((Beteiligung)value, diagnostics, context);
			case QuartierwerkPackage.PARTIZIPATIONSMODELL:
				return validatePartizipationsmodell((Partizipationsmodell)value, diagnostics, context);
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE:
				return validatePartizipationsstufe((Partizipationsstufe)value, diagnostics, context);
			case QuartierwerkPackage.ZIEL:
				return validateZiel((Ziel)value, diagnostics, context);
			case QuartierwerkPackage.KENNZAHL:
				return validateKennzahl((Kennzahl)value, diagnostics, context);
			case QuartierwerkPackage.MESSWERT:
				return validateMesswert((Messwert)value, diagnostics, context);
			case QuartierwerkPackage.HERAUSFORDERUNG:
				return validateHerausforderung((Herausforderung)value, diagnostics, context);
			case QuartierwerkPackage.STRUKTURPRINZIP:
				return validateStrukturprinzip((Strukturprinzip)value, diagnostics, context);
			case QuartierwerkPackage.HANDLUNGSFELD:
				return validateHandlungsfeld((Handlungsfeld)value, diagnostics, context);
			case QuartierwerkPackage.BUNDESLAND:
				return validateBundesland((Bundesland)value, diagnostics, context);
			case QuartierwerkPackage.QUARTIERSART:
				return validateQuartiersart((Quartiersart)value, diagnostics, context);
			case QuartierwerkPackage.AKTEURSTYP:
				return validateAkteurstyp((Akteurstyp)value, diagnostics, context);
			case QuartierwerkPackage.KOOPERATIONSFORM:
				return validateKooperationsform((Kooperationsform)value, diagnostics, context);
			case QuartierwerkPackage.ARBEITSSCHRITTSTATUS:
				return validateArbeitsschrittstatus((Arbeitsschrittstatus)value, diagnostics, context);
			case QuartierwerkPackage.AUSGABENKATEGORIE:
				return validateAusgabenkategorie((Ausgabenkategorie)value, diagnostics, context);
			case QuartierwerkPackage.BEWILLIGUNGSSTATUS:
				return validateBewilligungsstatus((Bewilligungsstatus)value, diagnostics, context);
			case QuartierwerkPackage.FINANZIERUNGSART:
				return validateFinanzierungsart((Finanzierungsart)value, diagnostics, context);
			case QuartierwerkPackage.PROJEKTPHASE:
				return validateProjektphase((Projektphase)value, diagnostics, context);
			case QuartierwerkPackage.ZIELEBENE:
				return validateZielebene((Zielebene)value, diagnostics, context);
			case QuartierwerkPackage.ZIELTYP:
				return validateZieltyp((Zieltyp)value, diagnostics, context);
			case QuartierwerkPackage.TEILDATUM:
				return validateTeildatum((Teildatum)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePraxisbeispiel(Praxisbeispiel praxisbeispiel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(praxisbeispiel, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validatePraxisbeispiel_pflichtangaben(praxisbeispiel, diagnostics, context);
		if (result || diagnostics != null) result &= validatePraxisbeispiel_traegerIstOrganisation(praxisbeispiel, diagnostics, context);
		return result;
	}

	/**
	 * Validates the pflichtangaben constraint of '<em>Praxisbeispiel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePraxisbeispiel_pflichtangaben(Praxisbeispiel praxisbeispiel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "pflichtangaben", getObjectLabel(praxisbeispiel, context) },
						 new Object[] { praxisbeispiel },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the traegerIstOrganisation constraint of '<em>Praxisbeispiel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePraxisbeispiel_traegerIstOrganisation(Praxisbeispiel praxisbeispiel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "traegerIstOrganisation", getObjectLabel(praxisbeispiel, context) },
						 new Object[] { praxisbeispiel },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuartier(Quartier quartier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(quartier, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(quartier, diagnostics, context);
		if (result || diagnostics != null) result &= validateQuartier_einwohnerPlausibel(quartier, diagnostics, context);
		return result;
	}

	/**
	 * Validates the einwohnerPlausibel constraint of '<em>Quartier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuartier_einwohnerPlausibel(Quartier quartier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "einwohnerPlausibel", getObjectLabel(quartier, context) },
						 new Object[] { quartier },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLaufzeit(Laufzeit laufzeit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(laufzeit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(laufzeit, diagnostics, context);
		if (result || diagnostics != null) result &= validateLaufzeit_beginnVorEnde(laufzeit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the beginnVorEnde constraint of '<em>Laufzeit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLaufzeit_beginnVorEnde(Laufzeit laufzeit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "beginnVorEnde", getObjectLabel(laufzeit, context) },
						 new Object[] { laufzeit },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(organisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdresse(Adresse adresse, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(adresse, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKooperation(Kooperation kooperation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(kooperation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStelle(Stelle stelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(stelle, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(stelle, diagnostics, context);
		if (result || diagnostics != null) result &= validateStelle_umfangImBereich(stelle, diagnostics, context);
		return result;
	}

	/**
	 * Validates the umfangImBereich constraint of '<em>Stelle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStelle_umfangImBereich(Stelle stelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "umfangImBereich", getObjectLabel(stelle, context) },
						 new Object[] { stelle },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArbeitsschritt(Arbeitsschritt arbeitsschritt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(arbeitsschritt, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsplan(Finanzierungsplan finanzierungsplan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(finanzierungsplan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validateFinanzierungsplan_ausgeglichen(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validateFinanzierungsplan_foerderquoteEingehalten(finanzierungsplan, diagnostics, context);
		if (result || diagnostics != null) result &= validateFinanzierungsplan_hoechstbetragEingehalten(finanzierungsplan, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ausgeglichen constraint of '<em>Finanzierungsplan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsplan_ausgeglichen(Finanzierungsplan finanzierungsplan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "ausgeglichen", getObjectLabel(finanzierungsplan, context) },
						 new Object[] { finanzierungsplan },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the foerderquoteEingehalten constraint of '<em>Finanzierungsplan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsplan_foerderquoteEingehalten(Finanzierungsplan finanzierungsplan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "foerderquoteEingehalten", getObjectLabel(finanzierungsplan, context) },
						 new Object[] { finanzierungsplan },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the hoechstbetragEingehalten constraint of '<em>Finanzierungsplan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsplan_hoechstbetragEingehalten(Finanzierungsplan finanzierungsplan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "hoechstbetragEingehalten", getObjectLabel(finanzierungsplan, context) },
						 new Object[] { finanzierungsplan },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAusgabeposition(Ausgabeposition ausgabeposition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(ausgabeposition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(ausgabeposition, diagnostics, context);
		if (result || diagnostics != null) result &= validateAusgabeposition_betragNichtNegativ(ausgabeposition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the betragNichtNegativ constraint of '<em>Ausgabeposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAusgabeposition_betragNichtNegativ(Ausgabeposition ausgabeposition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "betragNichtNegativ", getObjectLabel(ausgabeposition, context) },
						 new Object[] { ausgabeposition },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsanteil(Finanzierungsanteil finanzierungsanteil, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(finanzierungsanteil, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validateFinanzierungsanteil_betragNichtNegativ(finanzierungsanteil, diagnostics, context);
		if (result || diagnostics != null) result &= validateFinanzierungsanteil_anteilImBereich(finanzierungsanteil, diagnostics, context);
		return result;
	}

	/**
	 * Validates the betragNichtNegativ constraint of '<em>Finanzierungsanteil</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsanteil_betragNichtNegativ(Finanzierungsanteil finanzierungsanteil, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "betragNichtNegativ", getObjectLabel(finanzierungsanteil, context) },
						 new Object[] { finanzierungsanteil },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the anteilImBereich constraint of '<em>Finanzierungsanteil</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsanteil_anteilImBereich(Finanzierungsanteil finanzierungsanteil, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "anteilImBereich", getObjectLabel(finanzierungsanteil, context) },
						 new Object[] { finanzierungsanteil },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsquelle(Finanzierungsquelle finanzierungsquelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(finanzierungsquelle, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validateFinanzierungsquelle_quoteImBereich(finanzierungsquelle, diagnostics, context);
		if (result || diagnostics != null) result &= validateFinanzierungsquelle_hoechstbetragNichtNegativ(finanzierungsquelle, diagnostics, context);
		return result;
	}

	/**
	 * Validates the quoteImBereich constraint of '<em>Finanzierungsquelle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsquelle_quoteImBereich(Finanzierungsquelle finanzierungsquelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "quoteImBereich", getObjectLabel(finanzierungsquelle, context) },
						 new Object[] { finanzierungsquelle },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the hoechstbetragNichtNegativ constraint of '<em>Finanzierungsquelle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsquelle_hoechstbetragNichtNegativ(Finanzierungsquelle finanzierungsquelle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "hoechstbetragNichtNegativ", getObjectLabel(finanzierungsquelle, context) },
						 new Object[] { finanzierungsquelle },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungskatalog(Finanzierungskatalog finanzierungskatalog, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(finanzierungskatalog, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBeteiligung(Beteiligung beteiligung, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(beteiligung, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(beteiligung, diagnostics, context);
		if (result || diagnostics != null) result &= validateBeteiligung_stufeInstalliert(beteiligung, diagnostics, context);
		return result;
	}

	/**
	 * Validates the stufeInstalliert constraint of '<em>Beteiligung</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBeteiligung_stufeInstalliert(Beteiligung beteiligung, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "stufeInstalliert", getObjectLabel(beteiligung, context) },
						 new Object[] { beteiligung },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartizipationsmodell(Partizipationsmodell partizipationsmodell, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(partizipationsmodell, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartizipationsstufe(Partizipationsstufe partizipationsstufe, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(partizipationsstufe, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateZiel(Ziel ziel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ziel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKennzahl(Kennzahl kennzahl, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(kennzahl, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(kennzahl, diagnostics, context);
		if (result || diagnostics != null) result &= validateKennzahl_zielwertGesetzt(kennzahl, diagnostics, context);
		return result;
	}

	/**
	 * Validates the zielwertGesetzt constraint of '<em>Kennzahl</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKennzahl_zielwertGesetzt(Kennzahl kennzahl, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "zielwertGesetzt", getObjectLabel(kennzahl, context) },
						 new Object[] { kennzahl },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMesswert(Messwert messwert, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(messwert, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHerausforderung(Herausforderung herausforderung, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStrukturprinzip(Strukturprinzip strukturprinzip, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHandlungsfeld(Handlungsfeld handlungsfeld, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBundesland(Bundesland bundesland, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuartiersart(Quartiersart quartiersart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAkteurstyp(Akteurstyp akteurstyp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKooperationsform(Kooperationsform kooperationsform, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArbeitsschrittstatus(Arbeitsschrittstatus arbeitsschrittstatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAusgabenkategorie(Ausgabenkategorie ausgabenkategorie, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBewilligungsstatus(Bewilligungsstatus bewilligungsstatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFinanzierungsart(Finanzierungsart finanzierungsart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjektphase(Projektphase projektphase, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateZielebene(Zielebene zielebene, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateZieltyp(Zieltyp zieltyp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeildatum(Teildatum teildatum, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //QuartierwerkValidator
