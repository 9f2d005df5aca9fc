/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Modulfortschritt;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Modulfortschritt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl#getModul <em>Modul</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl#isAbgeschlossen <em>Abgeschlossen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl#getAbgeschlossenAm <em>Abgeschlossen Am</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulfortschrittImpl#getNotiz <em>Notiz</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModulfortschrittImpl extends MinimalEObjectImpl.Container implements Modulfortschritt {
	/**
	 * The cached value of the '{@link #getModul() <em>Modul</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModul()
	 * @generated
	 * @ordered
	 */
	protected Modul modul;

	/**
	 * The default value of the '{@link #isAbgeschlossen() <em>Abgeschlossen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAbgeschlossen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ABGESCHLOSSEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAbgeschlossen() <em>Abgeschlossen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAbgeschlossen()
	 * @generated
	 * @ordered
	 */
	protected boolean abgeschlossen = ABGESCHLOSSEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAbgeschlossenAm() <em>Abgeschlossen Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbgeschlossenAm()
	 * @generated
	 * @ordered
	 */
	protected static final Date ABGESCHLOSSEN_AM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAbgeschlossenAm() <em>Abgeschlossen Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbgeschlossenAm()
	 * @generated
	 * @ordered
	 */
	protected Date abgeschlossenAm = ABGESCHLOSSEN_AM_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotiz() <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotiz()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTIZ_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotiz() <em>Notiz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotiz()
	 * @generated
	 * @ordered
	 */
	protected String notiz = NOTIZ_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModulfortschrittImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.MODULFORTSCHRITT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modul getModul() {
		if (modul != null && modul.eIsProxy()) {
			InternalEObject oldModul = (InternalEObject)modul;
			modul = (Modul)eResolveProxy(oldModul);
			if (modul != oldModul) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KursPackage.MODULFORTSCHRITT__MODUL, oldModul, modul));
			}
		}
		return modul;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Modul basicGetModul() {
		return modul;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModul(Modul newModul) {
		Modul oldModul = modul;
		modul = newModul;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.MODULFORTSCHRITT__MODUL, oldModul, modul));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAbgeschlossen() {
		return abgeschlossen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbgeschlossen(boolean newAbgeschlossen) {
		boolean oldAbgeschlossen = abgeschlossen;
		abgeschlossen = newAbgeschlossen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN, oldAbgeschlossen, abgeschlossen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAbgeschlossenAm() {
		return abgeschlossenAm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbgeschlossenAm(Date newAbgeschlossenAm) {
		Date oldAbgeschlossenAm = abgeschlossenAm;
		abgeschlossenAm = newAbgeschlossenAm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN_AM, oldAbgeschlossenAm, abgeschlossenAm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotiz() {
		return notiz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotiz(String newNotiz) {
		String oldNotiz = notiz;
		notiz = newNotiz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.MODULFORTSCHRITT__NOTIZ, oldNotiz, notiz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KursPackage.MODULFORTSCHRITT__MODUL:
				if (resolve) return getModul();
				return basicGetModul();
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN:
				return isAbgeschlossen();
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN_AM:
				return getAbgeschlossenAm();
			case KursPackage.MODULFORTSCHRITT__NOTIZ:
				return getNotiz();
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
			case KursPackage.MODULFORTSCHRITT__MODUL:
				setModul((Modul)newValue);
				return;
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN:
				setAbgeschlossen((Boolean)newValue);
				return;
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN_AM:
				setAbgeschlossenAm((Date)newValue);
				return;
			case KursPackage.MODULFORTSCHRITT__NOTIZ:
				setNotiz((String)newValue);
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
			case KursPackage.MODULFORTSCHRITT__MODUL:
				setModul((Modul)null);
				return;
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN:
				setAbgeschlossen(ABGESCHLOSSEN_EDEFAULT);
				return;
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN_AM:
				setAbgeschlossenAm(ABGESCHLOSSEN_AM_EDEFAULT);
				return;
			case KursPackage.MODULFORTSCHRITT__NOTIZ:
				setNotiz(NOTIZ_EDEFAULT);
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
			case KursPackage.MODULFORTSCHRITT__MODUL:
				return modul != null;
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN:
				return abgeschlossen != ABGESCHLOSSEN_EDEFAULT;
			case KursPackage.MODULFORTSCHRITT__ABGESCHLOSSEN_AM:
				return ABGESCHLOSSEN_AM_EDEFAULT == null ? abgeschlossenAm != null : !ABGESCHLOSSEN_AM_EDEFAULT.equals(abgeschlossenAm);
			case KursPackage.MODULFORTSCHRITT__NOTIZ:
				return NOTIZ_EDEFAULT == null ? notiz != null : !NOTIZ_EDEFAULT.equals(notiz);
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
		result.append(" (abgeschlossen: ");
		result.append(abgeschlossen);
		result.append(", abgeschlossenAm: ");
		result.append(abgeschlossenAm);
		result.append(", notiz: ");
		result.append(notiz);
		result.append(')');
		return result.toString();
	}

} //ModulfortschrittImpl
