/**
 */
package org.quartierwerk.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finanzierungsplan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsplanImpl#getQuellen <em>Quellen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsplanImpl#getAusgaben <em>Ausgaben</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsplanImpl#getAnteile <em>Anteile</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FinanzierungsplanImpl extends MinimalEObjectImpl.Container implements Finanzierungsplan {
	/**
	 * The cached value of the '{@link #getQuellen() <em>Quellen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuellen()
	 * @generated
	 * @ordered
	 */
	protected EList<Finanzierungsquelle> quellen;

	/**
	 * The cached value of the '{@link #getAusgaben() <em>Ausgaben</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAusgaben()
	 * @generated
	 * @ordered
	 */
	protected EList<Ausgabeposition> ausgaben;

	/**
	 * The cached value of the '{@link #getAnteile() <em>Anteile</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnteile()
	 * @generated
	 * @ordered
	 */
	protected EList<Finanzierungsanteil> anteile;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FinanzierungsplanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.FINANZIERUNGSPLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finanzierungsquelle> getQuellen() {
		if (quellen == null) {
			quellen = new EObjectContainmentEList<Finanzierungsquelle>(Finanzierungsquelle.class, this, QuartierwerkPackage.FINANZIERUNGSPLAN__QUELLEN);
		}
		return quellen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Ausgabeposition> getAusgaben() {
		if (ausgaben == null) {
			ausgaben = new EObjectContainmentEList<Ausgabeposition>(Ausgabeposition.class, this, QuartierwerkPackage.FINANZIERUNGSPLAN__AUSGABEN);
		}
		return ausgaben;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finanzierungsanteil> getAnteile() {
		if (anteile == null) {
			anteile = new EObjectContainmentEList<Finanzierungsanteil>(Finanzierungsanteil.class, this, QuartierwerkPackage.FINANZIERUNGSPLAN__ANTEILE);
		}
		return anteile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.FINANZIERUNGSPLAN__QUELLEN:
				return ((InternalEList<?>)getQuellen()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.FINANZIERUNGSPLAN__AUSGABEN:
				return ((InternalEList<?>)getAusgaben()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.FINANZIERUNGSPLAN__ANTEILE:
				return ((InternalEList<?>)getAnteile()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.FINANZIERUNGSPLAN__QUELLEN:
				return getQuellen();
			case QuartierwerkPackage.FINANZIERUNGSPLAN__AUSGABEN:
				return getAusgaben();
			case QuartierwerkPackage.FINANZIERUNGSPLAN__ANTEILE:
				return getAnteile();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QuartierwerkPackage.FINANZIERUNGSPLAN__QUELLEN:
				getQuellen().clear();
				getQuellen().addAll((Collection<? extends Finanzierungsquelle>)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSPLAN__AUSGABEN:
				getAusgaben().clear();
				getAusgaben().addAll((Collection<? extends Ausgabeposition>)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSPLAN__ANTEILE:
				getAnteile().clear();
				getAnteile().addAll((Collection<? extends Finanzierungsanteil>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case QuartierwerkPackage.FINANZIERUNGSPLAN__QUELLEN:
				getQuellen().clear();
				return;
			case QuartierwerkPackage.FINANZIERUNGSPLAN__AUSGABEN:
				getAusgaben().clear();
				return;
			case QuartierwerkPackage.FINANZIERUNGSPLAN__ANTEILE:
				getAnteile().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case QuartierwerkPackage.FINANZIERUNGSPLAN__QUELLEN:
				return quellen != null && !quellen.isEmpty();
			case QuartierwerkPackage.FINANZIERUNGSPLAN__AUSGABEN:
				return ausgaben != null && !ausgaben.isEmpty();
			case QuartierwerkPackage.FINANZIERUNGSPLAN__ANTEILE:
				return anteile != null && !anteile.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //FinanzierungsplanImpl
