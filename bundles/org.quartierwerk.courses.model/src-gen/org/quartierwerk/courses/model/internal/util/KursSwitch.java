/**
 */
package org.quartierwerk.courses.model.internal.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.quartierwerk.courses.model.*;

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
 * @see org.quartierwerk.courses.model.KursPackage
 * @generated
 */
public class KursSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static KursPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KursSwitch() {
		if (modelPackage == null) {
			modelPackage = KursPackage.eINSTANCE;
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
			case KursPackage.KURS: {
				Kurs kurs = (Kurs)theEObject;
				T result = caseKurs(kurs);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.MODUL: {
				Modul modul = (Modul)theEObject;
				T result = caseModul(modul);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.ANFORDERUNG: {
				Anforderung anforderung = (Anforderung)theEObject;
				T result = caseAnforderung(anforderung);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.KURSVORGABEN: {
				Kursvorgaben kursvorgaben = (Kursvorgaben)theEObject;
				T result = caseKursvorgaben(kursvorgaben);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.TEILNAHME: {
				Teilnahme teilnahme = (Teilnahme)theEObject;
				T result = caseTeilnahme(teilnahme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.MODULFORTSCHRITT: {
				Modulfortschritt modulfortschritt = (Modulfortschritt)theEObject;
				T result = caseModulfortschritt(modulfortschritt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.CHECKLISTE: {
				Checkliste checkliste = (Checkliste)theEObject;
				T result = caseCheckliste(checkliste);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.PRUEFPUNKT: {
				Pruefpunkt pruefpunkt = (Pruefpunkt)theEObject;
				T result = casePruefpunkt(pruefpunkt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.CHECKLISTENERGEBNIS: {
				Checklistenergebnis checklistenergebnis = (Checklistenergebnis)theEObject;
				T result = caseChecklistenergebnis(checklistenergebnis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.PUNKTERGEBNIS: {
				Punktergebnis punktergebnis = (Punktergebnis)theEObject;
				T result = casePunktergebnis(punktergebnis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.AKTEURSLANDKARTE: {
				Akteurslandkarte akteurslandkarte = (Akteurslandkarte)theEObject;
				T result = caseAkteurslandkarte(akteurslandkarte);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.AKTEUR: {
				Akteur akteur = (Akteur)theEObject;
				T result = caseAkteur(akteur);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KursPackage.NETZWERKKOOPERATION: {
				Netzwerkkooperation netzwerkkooperation = (Netzwerkkooperation)theEObject;
				T result = caseNetzwerkkooperation(netzwerkkooperation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kurs</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kurs</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKurs(Kurs object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Modul</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Modul</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModul(Modul object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Anforderung</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Anforderung</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnforderung(Anforderung object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kursvorgaben</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kursvorgaben</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKursvorgaben(Kursvorgaben object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Teilnahme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Teilnahme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeilnahme(Teilnahme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Modulfortschritt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Modulfortschritt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModulfortschritt(Modulfortschritt object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checkliste</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checkliste</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCheckliste(Checkliste object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pruefpunkt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pruefpunkt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePruefpunkt(Pruefpunkt object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checklistenergebnis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checklistenergebnis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChecklistenergebnis(Checklistenergebnis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Punktergebnis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Punktergebnis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePunktergebnis(Punktergebnis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Akteurslandkarte</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Akteurslandkarte</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAkteurslandkarte(Akteurslandkarte object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Akteur</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Akteur</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAkteur(Akteur object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Netzwerkkooperation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Netzwerkkooperation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetzwerkkooperation(Netzwerkkooperation object) {
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

} //KursSwitch
