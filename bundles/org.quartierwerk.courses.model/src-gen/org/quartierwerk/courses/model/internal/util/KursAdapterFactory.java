/**
 */
package org.quartierwerk.courses.model.internal.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.quartierwerk.courses.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.courses.model.KursPackage
 * @generated
 */
public class KursAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static KursPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KursAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = KursPackage.eINSTANCE;
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
	protected KursSwitch<Adapter> modelSwitch =
		new KursSwitch<Adapter>() {
			@Override
			public Adapter caseKurs(Kurs object) {
				return createKursAdapter();
			}
			@Override
			public Adapter caseModul(Modul object) {
				return createModulAdapter();
			}
			@Override
			public Adapter caseAnforderung(Anforderung object) {
				return createAnforderungAdapter();
			}
			@Override
			public Adapter caseKursvorgaben(Kursvorgaben object) {
				return createKursvorgabenAdapter();
			}
			@Override
			public Adapter caseTeilnahme(Teilnahme object) {
				return createTeilnahmeAdapter();
			}
			@Override
			public Adapter caseModulfortschritt(Modulfortschritt object) {
				return createModulfortschrittAdapter();
			}
			@Override
			public Adapter caseCheckliste(Checkliste object) {
				return createChecklisteAdapter();
			}
			@Override
			public Adapter casePruefpunkt(Pruefpunkt object) {
				return createPruefpunktAdapter();
			}
			@Override
			public Adapter caseChecklistenergebnis(Checklistenergebnis object) {
				return createChecklistenergebnisAdapter();
			}
			@Override
			public Adapter casePunktergebnis(Punktergebnis object) {
				return createPunktergebnisAdapter();
			}
			@Override
			public Adapter caseAkteurslandkarte(Akteurslandkarte object) {
				return createAkteurslandkarteAdapter();
			}
			@Override
			public Adapter caseAkteur(Akteur object) {
				return createAkteurAdapter();
			}
			@Override
			public Adapter caseNetzwerkkooperation(Netzwerkkooperation object) {
				return createNetzwerkkooperationAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Kurs <em>Kurs</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Kurs
	 * @generated
	 */
	public Adapter createKursAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Modul <em>Modul</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Modul
	 * @generated
	 */
	public Adapter createModulAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Anforderung <em>Anforderung</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Anforderung
	 * @generated
	 */
	public Adapter createAnforderungAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Kursvorgaben <em>Kursvorgaben</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Kursvorgaben
	 * @generated
	 */
	public Adapter createKursvorgabenAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Teilnahme <em>Teilnahme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Teilnahme
	 * @generated
	 */
	public Adapter createTeilnahmeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Modulfortschritt <em>Modulfortschritt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Modulfortschritt
	 * @generated
	 */
	public Adapter createModulfortschrittAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Checkliste <em>Checkliste</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Checkliste
	 * @generated
	 */
	public Adapter createChecklisteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Pruefpunkt <em>Pruefpunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Pruefpunkt
	 * @generated
	 */
	public Adapter createPruefpunktAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Checklistenergebnis <em>Checklistenergebnis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Checklistenergebnis
	 * @generated
	 */
	public Adapter createChecklistenergebnisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Punktergebnis <em>Punktergebnis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Punktergebnis
	 * @generated
	 */
	public Adapter createPunktergebnisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Akteurslandkarte <em>Akteurslandkarte</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Akteurslandkarte
	 * @generated
	 */
	public Adapter createAkteurslandkarteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Akteur <em>Akteur</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Akteur
	 * @generated
	 */
	public Adapter createAkteurAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.quartierwerk.courses.model.Netzwerkkooperation <em>Netzwerkkooperation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.quartierwerk.courses.model.Netzwerkkooperation
	 * @generated
	 */
	public Adapter createNetzwerkkooperationAdapter() {
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

} //KursAdapterFactory
