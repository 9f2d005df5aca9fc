/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Kursvorgaben;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kursvorgaben</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl#getKurs <em>Kurs</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl#getVerfasstVon <em>Verfasst Von</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl#getStand <em>Stand</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl#getAnforderungen <em>Anforderungen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursvorgabenImpl#getChecklisten <em>Checklisten</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KursvorgabenImpl extends MinimalEObjectImpl.Container implements Kursvorgaben {
	/**
	 * The default value of the '{@link #getKurs() <em>Kurs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKurs()
	 * @generated
	 * @ordered
	 */
	protected static final String KURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKurs() <em>Kurs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKurs()
	 * @generated
	 * @ordered
	 */
	protected String kurs = KURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerfasstVon() <em>Verfasst Von</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerfasstVon()
	 * @generated
	 * @ordered
	 */
	protected static final String VERFASST_VON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerfasstVon() <em>Verfasst Von</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerfasstVon()
	 * @generated
	 * @ordered
	 */
	protected String verfasstVon = VERFASST_VON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStand() <em>Stand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStand()
	 * @generated
	 * @ordered
	 */
	protected static final Date STAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStand() <em>Stand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStand()
	 * @generated
	 * @ordered
	 */
	protected Date stand = STAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnforderungen() <em>Anforderungen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnforderungen()
	 * @generated
	 * @ordered
	 */
	protected EList<Anforderung> anforderungen;

	/**
	 * The cached value of the '{@link #getChecklisten() <em>Checklisten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklisten()
	 * @generated
	 * @ordered
	 */
	protected EList<Checkliste> checklisten;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KursvorgabenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.KURSVORGABEN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKurs() {
		return kurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKurs(String newKurs) {
		String oldKurs = kurs;
		kurs = newKurs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURSVORGABEN__KURS, oldKurs, kurs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerfasstVon() {
		return verfasstVon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerfasstVon(String newVerfasstVon) {
		String oldVerfasstVon = verfasstVon;
		verfasstVon = newVerfasstVon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURSVORGABEN__VERFASST_VON, oldVerfasstVon, verfasstVon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStand() {
		return stand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStand(Date newStand) {
		Date oldStand = stand;
		stand = newStand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURSVORGABEN__STAND, oldStand, stand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Anforderung> getAnforderungen() {
		if (anforderungen == null) {
			anforderungen = new EObjectContainmentEList<Anforderung>(Anforderung.class, this, KursPackage.KURSVORGABEN__ANFORDERUNGEN);
		}
		return anforderungen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Checkliste> getChecklisten() {
		if (checklisten == null) {
			checklisten = new EObjectContainmentEList<Checkliste>(Checkliste.class, this, KursPackage.KURSVORGABEN__CHECKLISTEN);
		}
		return checklisten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KursPackage.KURSVORGABEN__ANFORDERUNGEN:
				return ((InternalEList<?>)getAnforderungen()).basicRemove(otherEnd, msgs);
			case KursPackage.KURSVORGABEN__CHECKLISTEN:
				return ((InternalEList<?>)getChecklisten()).basicRemove(otherEnd, msgs);
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
			case KursPackage.KURSVORGABEN__KURS:
				return getKurs();
			case KursPackage.KURSVORGABEN__VERFASST_VON:
				return getVerfasstVon();
			case KursPackage.KURSVORGABEN__STAND:
				return getStand();
			case KursPackage.KURSVORGABEN__ANFORDERUNGEN:
				return getAnforderungen();
			case KursPackage.KURSVORGABEN__CHECKLISTEN:
				return getChecklisten();
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
			case KursPackage.KURSVORGABEN__KURS:
				setKurs((String)newValue);
				return;
			case KursPackage.KURSVORGABEN__VERFASST_VON:
				setVerfasstVon((String)newValue);
				return;
			case KursPackage.KURSVORGABEN__STAND:
				setStand((Date)newValue);
				return;
			case KursPackage.KURSVORGABEN__ANFORDERUNGEN:
				getAnforderungen().clear();
				getAnforderungen().addAll((Collection<? extends Anforderung>)newValue);
				return;
			case KursPackage.KURSVORGABEN__CHECKLISTEN:
				getChecklisten().clear();
				getChecklisten().addAll((Collection<? extends Checkliste>)newValue);
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
			case KursPackage.KURSVORGABEN__KURS:
				setKurs(KURS_EDEFAULT);
				return;
			case KursPackage.KURSVORGABEN__VERFASST_VON:
				setVerfasstVon(VERFASST_VON_EDEFAULT);
				return;
			case KursPackage.KURSVORGABEN__STAND:
				setStand(STAND_EDEFAULT);
				return;
			case KursPackage.KURSVORGABEN__ANFORDERUNGEN:
				getAnforderungen().clear();
				return;
			case KursPackage.KURSVORGABEN__CHECKLISTEN:
				getChecklisten().clear();
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
			case KursPackage.KURSVORGABEN__KURS:
				return KURS_EDEFAULT == null ? kurs != null : !KURS_EDEFAULT.equals(kurs);
			case KursPackage.KURSVORGABEN__VERFASST_VON:
				return VERFASST_VON_EDEFAULT == null ? verfasstVon != null : !VERFASST_VON_EDEFAULT.equals(verfasstVon);
			case KursPackage.KURSVORGABEN__STAND:
				return STAND_EDEFAULT == null ? stand != null : !STAND_EDEFAULT.equals(stand);
			case KursPackage.KURSVORGABEN__ANFORDERUNGEN:
				return anforderungen != null && !anforderungen.isEmpty();
			case KursPackage.KURSVORGABEN__CHECKLISTEN:
				return checklisten != null && !checklisten.isEmpty();
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
		result.append(" (kurs: ");
		result.append(kurs);
		result.append(", verfasstVon: ");
		result.append(verfasstVon);
		result.append(", stand: ");
		result.append(stand);
		result.append(')');
		return result.toString();
	}

} //KursvorgabenImpl
