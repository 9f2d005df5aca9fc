/**
 */
package org.quartierwerk.model.internal.impl;

import java.math.BigDecimal;

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

import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Teildatum;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kennzahl</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.KennzahlImpl#getIndikator <em>Indikator</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KennzahlImpl#getEinheit <em>Einheit</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KennzahlImpl#getAusgangswert <em>Ausgangswert</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KennzahlImpl#getAusgangsdatum <em>Ausgangsdatum</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KennzahlImpl#getZielwert <em>Zielwert</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KennzahlImpl#getZieldatum <em>Zieldatum</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KennzahlImpl#getIstwerte <em>Istwerte</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KennzahlImpl extends MinimalEObjectImpl.Container implements Kennzahl {
	/**
	 * The default value of the '{@link #getIndikator() <em>Indikator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndikator()
	 * @generated
	 * @ordered
	 */
	protected static final String INDIKATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndikator() <em>Indikator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndikator()
	 * @generated
	 * @ordered
	 */
	protected String indikator = INDIKATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEinheit() <em>Einheit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEinheit()
	 * @generated
	 * @ordered
	 */
	protected static final String EINHEIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEinheit() <em>Einheit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEinheit()
	 * @generated
	 * @ordered
	 */
	protected String einheit = EINHEIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAusgangswert() <em>Ausgangswert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAusgangswert()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AUSGANGSWERT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAusgangswert() <em>Ausgangswert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAusgangswert()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal ausgangswert = AUSGANGSWERT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAusgangsdatum() <em>Ausgangsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAusgangsdatum()
	 * @generated
	 * @ordered
	 */
	protected static final Teildatum AUSGANGSDATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAusgangsdatum() <em>Ausgangsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAusgangsdatum()
	 * @generated
	 * @ordered
	 */
	protected Teildatum ausgangsdatum = AUSGANGSDATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getZielwert() <em>Zielwert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielwert()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ZIELWERT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZielwert() <em>Zielwert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielwert()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal zielwert = ZIELWERT_EDEFAULT;

	/**
	 * The default value of the '{@link #getZieldatum() <em>Zieldatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZieldatum()
	 * @generated
	 * @ordered
	 */
	protected static final Teildatum ZIELDATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZieldatum() <em>Zieldatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZieldatum()
	 * @generated
	 * @ordered
	 */
	protected Teildatum zieldatum = ZIELDATUM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIstwerte() <em>Istwerte</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIstwerte()
	 * @generated
	 * @ordered
	 */
	protected EList<Messwert> istwerte;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KennzahlImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.KENNZAHL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndikator() {
		return indikator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndikator(String newIndikator) {
		String oldIndikator = indikator;
		indikator = newIndikator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KENNZAHL__INDIKATOR, oldIndikator, indikator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEinheit() {
		return einheit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEinheit(String newEinheit) {
		String oldEinheit = einheit;
		einheit = newEinheit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KENNZAHL__EINHEIT, oldEinheit, einheit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAusgangswert() {
		return ausgangswert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAusgangswert(BigDecimal newAusgangswert) {
		BigDecimal oldAusgangswert = ausgangswert;
		ausgangswert = newAusgangswert;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KENNZAHL__AUSGANGSWERT, oldAusgangswert, ausgangswert));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teildatum getAusgangsdatum() {
		return ausgangsdatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAusgangsdatum(Teildatum newAusgangsdatum) {
		Teildatum oldAusgangsdatum = ausgangsdatum;
		ausgangsdatum = newAusgangsdatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KENNZAHL__AUSGANGSDATUM, oldAusgangsdatum, ausgangsdatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getZielwert() {
		return zielwert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZielwert(BigDecimal newZielwert) {
		BigDecimal oldZielwert = zielwert;
		zielwert = newZielwert;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KENNZAHL__ZIELWERT, oldZielwert, zielwert));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teildatum getZieldatum() {
		return zieldatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZieldatum(Teildatum newZieldatum) {
		Teildatum oldZieldatum = zieldatum;
		zieldatum = newZieldatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KENNZAHL__ZIELDATUM, oldZieldatum, zieldatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Messwert> getIstwerte() {
		if (istwerte == null) {
			istwerte = new EObjectContainmentEList<Messwert>(Messwert.class, this, QuartierwerkPackage.KENNZAHL__ISTWERTE);
		}
		return istwerte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.KENNZAHL__ISTWERTE:
				return ((InternalEList<?>)getIstwerte()).basicRemove(otherEnd, msgs);
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
			case QuartierwerkPackage.KENNZAHL__INDIKATOR:
				return getIndikator();
			case QuartierwerkPackage.KENNZAHL__EINHEIT:
				return getEinheit();
			case QuartierwerkPackage.KENNZAHL__AUSGANGSWERT:
				return getAusgangswert();
			case QuartierwerkPackage.KENNZAHL__AUSGANGSDATUM:
				return getAusgangsdatum();
			case QuartierwerkPackage.KENNZAHL__ZIELWERT:
				return getZielwert();
			case QuartierwerkPackage.KENNZAHL__ZIELDATUM:
				return getZieldatum();
			case QuartierwerkPackage.KENNZAHL__ISTWERTE:
				return getIstwerte();
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
			case QuartierwerkPackage.KENNZAHL__INDIKATOR:
				setIndikator((String)newValue);
				return;
			case QuartierwerkPackage.KENNZAHL__EINHEIT:
				setEinheit((String)newValue);
				return;
			case QuartierwerkPackage.KENNZAHL__AUSGANGSWERT:
				setAusgangswert((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.KENNZAHL__AUSGANGSDATUM:
				setAusgangsdatum((Teildatum)newValue);
				return;
			case QuartierwerkPackage.KENNZAHL__ZIELWERT:
				setZielwert((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.KENNZAHL__ZIELDATUM:
				setZieldatum((Teildatum)newValue);
				return;
			case QuartierwerkPackage.KENNZAHL__ISTWERTE:
				getIstwerte().clear();
				getIstwerte().addAll((Collection<? extends Messwert>)newValue);
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
			case QuartierwerkPackage.KENNZAHL__INDIKATOR:
				setIndikator(INDIKATOR_EDEFAULT);
				return;
			case QuartierwerkPackage.KENNZAHL__EINHEIT:
				setEinheit(EINHEIT_EDEFAULT);
				return;
			case QuartierwerkPackage.KENNZAHL__AUSGANGSWERT:
				setAusgangswert(AUSGANGSWERT_EDEFAULT);
				return;
			case QuartierwerkPackage.KENNZAHL__AUSGANGSDATUM:
				setAusgangsdatum(AUSGANGSDATUM_EDEFAULT);
				return;
			case QuartierwerkPackage.KENNZAHL__ZIELWERT:
				setZielwert(ZIELWERT_EDEFAULT);
				return;
			case QuartierwerkPackage.KENNZAHL__ZIELDATUM:
				setZieldatum(ZIELDATUM_EDEFAULT);
				return;
			case QuartierwerkPackage.KENNZAHL__ISTWERTE:
				getIstwerte().clear();
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
			case QuartierwerkPackage.KENNZAHL__INDIKATOR:
				return INDIKATOR_EDEFAULT == null ? indikator != null : !INDIKATOR_EDEFAULT.equals(indikator);
			case QuartierwerkPackage.KENNZAHL__EINHEIT:
				return EINHEIT_EDEFAULT == null ? einheit != null : !EINHEIT_EDEFAULT.equals(einheit);
			case QuartierwerkPackage.KENNZAHL__AUSGANGSWERT:
				return AUSGANGSWERT_EDEFAULT == null ? ausgangswert != null : !AUSGANGSWERT_EDEFAULT.equals(ausgangswert);
			case QuartierwerkPackage.KENNZAHL__AUSGANGSDATUM:
				return AUSGANGSDATUM_EDEFAULT == null ? ausgangsdatum != null : !AUSGANGSDATUM_EDEFAULT.equals(ausgangsdatum);
			case QuartierwerkPackage.KENNZAHL__ZIELWERT:
				return ZIELWERT_EDEFAULT == null ? zielwert != null : !ZIELWERT_EDEFAULT.equals(zielwert);
			case QuartierwerkPackage.KENNZAHL__ZIELDATUM:
				return ZIELDATUM_EDEFAULT == null ? zieldatum != null : !ZIELDATUM_EDEFAULT.equals(zieldatum);
			case QuartierwerkPackage.KENNZAHL__ISTWERTE:
				return istwerte != null && !istwerte.isEmpty();
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
		result.append(" (indikator: ");
		result.append(indikator);
		result.append(", einheit: ");
		result.append(einheit);
		result.append(", ausgangswert: ");
		result.append(ausgangswert);
		result.append(", ausgangsdatum: ");
		result.append(ausgangsdatum);
		result.append(", zielwert: ");
		result.append(zielwert);
		result.append(", zieldatum: ");
		result.append(zieldatum);
		result.append(')');
		return result.toString();
	}

} //KennzahlImpl
