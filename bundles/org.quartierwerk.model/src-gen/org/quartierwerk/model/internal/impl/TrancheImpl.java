/**
 */
package org.quartierwerk.model.internal.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Tranche;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tranche</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.TrancheImpl#getJahr <em>Jahr</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.TrancheImpl#getBetrag <em>Betrag</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrancheImpl extends MinimalEObjectImpl.Container implements Tranche {
	/**
	 * The default value of the '{@link #getJahr() <em>Jahr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJahr()
	 * @generated
	 * @ordered
	 */
	protected static final Integer JAHR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJahr() <em>Jahr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJahr()
	 * @generated
	 * @ordered
	 */
	protected Integer jahr = JAHR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBetrag() <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBetrag()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BETRAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBetrag() <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBetrag()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal betrag = BETRAG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrancheImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.TRANCHE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getJahr() {
		return jahr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJahr(Integer newJahr) {
		Integer oldJahr = jahr;
		jahr = newJahr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.TRANCHE__JAHR, oldJahr, jahr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBetrag() {
		return betrag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBetrag(BigDecimal newBetrag) {
		BigDecimal oldBetrag = betrag;
		betrag = newBetrag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.TRANCHE__BETRAG, oldBetrag, betrag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.TRANCHE__JAHR:
				return getJahr();
			case QuartierwerkPackage.TRANCHE__BETRAG:
				return getBetrag();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QuartierwerkPackage.TRANCHE__JAHR:
				setJahr((Integer)newValue);
				return;
			case QuartierwerkPackage.TRANCHE__BETRAG:
				setBetrag((BigDecimal)newValue);
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
			case QuartierwerkPackage.TRANCHE__JAHR:
				setJahr(JAHR_EDEFAULT);
				return;
			case QuartierwerkPackage.TRANCHE__BETRAG:
				setBetrag(BETRAG_EDEFAULT);
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
			case QuartierwerkPackage.TRANCHE__JAHR:
				return JAHR_EDEFAULT == null ? jahr != null : !JAHR_EDEFAULT.equals(jahr);
			case QuartierwerkPackage.TRANCHE__BETRAG:
				return BETRAG_EDEFAULT == null ? betrag != null : !BETRAG_EDEFAULT.equals(betrag);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (jahr: ");
		result.append(jahr);
		result.append(", betrag: ");
		result.append(betrag);
		result.append(')');
		return result.toString();
	}

} //TrancheImpl
