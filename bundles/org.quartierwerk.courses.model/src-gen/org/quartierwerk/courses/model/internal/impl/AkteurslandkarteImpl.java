/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Netzwerkkooperation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Akteurslandkarte</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurslandkarteImpl#getAkteure <em>Akteure</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurslandkarteImpl#getKooperationen <em>Kooperationen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AkteurslandkarteImpl extends MinimalEObjectImpl.Container implements Akteurslandkarte {
	/**
	 * The cached value of the '{@link #getAkteure() <em>Akteure</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAkteure()
	 * @generated
	 * @ordered
	 */
	protected EList<Akteur> akteure;

	/**
	 * The cached value of the '{@link #getKooperationen() <em>Kooperationen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKooperationen()
	 * @generated
	 * @ordered
	 */
	protected EList<Netzwerkkooperation> kooperationen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AkteurslandkarteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.AKTEURSLANDKARTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Akteur> getAkteure() {
		if (akteure == null) {
			akteure = new EObjectContainmentEList<Akteur>(Akteur.class, this, KursPackage.AKTEURSLANDKARTE__AKTEURE);
		}
		return akteure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Netzwerkkooperation> getKooperationen() {
		if (kooperationen == null) {
			kooperationen = new EObjectContainmentEList<Netzwerkkooperation>(Netzwerkkooperation.class, this, KursPackage.AKTEURSLANDKARTE__KOOPERATIONEN);
		}
		return kooperationen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KursPackage.AKTEURSLANDKARTE__AKTEURE:
				return ((InternalEList<?>)getAkteure()).basicRemove(otherEnd, msgs);
			case KursPackage.AKTEURSLANDKARTE__KOOPERATIONEN:
				return ((InternalEList<?>)getKooperationen()).basicRemove(otherEnd, msgs);
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
			case KursPackage.AKTEURSLANDKARTE__AKTEURE:
				return getAkteure();
			case KursPackage.AKTEURSLANDKARTE__KOOPERATIONEN:
				return getKooperationen();
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
			case KursPackage.AKTEURSLANDKARTE__AKTEURE:
				getAkteure().clear();
				getAkteure().addAll((Collection<? extends Akteur>)newValue);
				return;
			case KursPackage.AKTEURSLANDKARTE__KOOPERATIONEN:
				getKooperationen().clear();
				getKooperationen().addAll((Collection<? extends Netzwerkkooperation>)newValue);
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
			case KursPackage.AKTEURSLANDKARTE__AKTEURE:
				getAkteure().clear();
				return;
			case KursPackage.AKTEURSLANDKARTE__KOOPERATIONEN:
				getKooperationen().clear();
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
			case KursPackage.AKTEURSLANDKARTE__AKTEURE:
				return akteure != null && !akteure.isEmpty();
			case KursPackage.AKTEURSLANDKARTE__KOOPERATIONEN:
				return kooperationen != null && !kooperationen.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AkteurslandkarteImpl
