/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Checklistenergebnis;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Punktergebnis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklistenergebnis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklistenergebnisImpl#getCheckliste <em>Checkliste</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklistenergebnisImpl#getPunkte <em>Punkte</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistenergebnisImpl extends MinimalEObjectImpl.Container implements Checklistenergebnis {
	/**
	 * The cached value of the '{@link #getCheckliste() <em>Checkliste</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckliste()
	 * @generated
	 * @ordered
	 */
	protected Checkliste checkliste;

	/**
	 * The cached value of the '{@link #getPunkte() <em>Punkte</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPunkte()
	 * @generated
	 * @ordered
	 */
	protected EList<Punktergebnis> punkte;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistenergebnisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.CHECKLISTENERGEBNIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checkliste getCheckliste() {
		if (checkliste != null && checkliste.eIsProxy()) {
			InternalEObject oldCheckliste = (InternalEObject)checkliste;
			checkliste = (Checkliste)eResolveProxy(oldCheckliste);
			if (checkliste != oldCheckliste) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KursPackage.CHECKLISTENERGEBNIS__CHECKLISTE, oldCheckliste, checkliste));
			}
		}
		return checkliste;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Checkliste basicGetCheckliste() {
		return checkliste;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckliste(Checkliste newCheckliste) {
		Checkliste oldCheckliste = checkliste;
		checkliste = newCheckliste;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.CHECKLISTENERGEBNIS__CHECKLISTE, oldCheckliste, checkliste));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Punktergebnis> getPunkte() {
		if (punkte == null) {
			punkte = new EObjectContainmentEList<Punktergebnis>(Punktergebnis.class, this, KursPackage.CHECKLISTENERGEBNIS__PUNKTE);
		}
		return punkte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KursPackage.CHECKLISTENERGEBNIS__PUNKTE:
				return ((InternalEList<?>)getPunkte()).basicRemove(otherEnd, msgs);
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
			case KursPackage.CHECKLISTENERGEBNIS__CHECKLISTE:
				if (resolve) return getCheckliste();
				return basicGetCheckliste();
			case KursPackage.CHECKLISTENERGEBNIS__PUNKTE:
				return getPunkte();
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
			case KursPackage.CHECKLISTENERGEBNIS__CHECKLISTE:
				setCheckliste((Checkliste)newValue);
				return;
			case KursPackage.CHECKLISTENERGEBNIS__PUNKTE:
				getPunkte().clear();
				getPunkte().addAll((Collection<? extends Punktergebnis>)newValue);
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
			case KursPackage.CHECKLISTENERGEBNIS__CHECKLISTE:
				setCheckliste((Checkliste)null);
				return;
			case KursPackage.CHECKLISTENERGEBNIS__PUNKTE:
				getPunkte().clear();
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
			case KursPackage.CHECKLISTENERGEBNIS__CHECKLISTE:
				return checkliste != null;
			case KursPackage.CHECKLISTENERGEBNIS__PUNKTE:
				return punkte != null && !punkte.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ChecklistenergebnisImpl
