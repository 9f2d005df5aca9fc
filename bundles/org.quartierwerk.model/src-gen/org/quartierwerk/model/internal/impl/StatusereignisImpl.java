/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Teildatum;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statusereignis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.StatusereignisImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StatusereignisImpl#getDatum <em>Datum</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StatusereignisImpl#getAktenzeichen <em>Aktenzeichen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StatusereignisImpl#getNotiz <em>Notiz</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatusereignisImpl extends MinimalEObjectImpl.Container implements Statusereignis {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Bewilligungsstatus STATUS_EDEFAULT = Bewilligungsstatus.BEANTRAGT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Bewilligungsstatus status = STATUS_EDEFAULT;

	/**
	 * This is true if the Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusESet;

	/**
	 * The default value of the '{@link #getDatum() <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatum()
	 * @generated
	 * @ordered
	 */
	protected static final Teildatum DATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatum() <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatum()
	 * @generated
	 * @ordered
	 */
	protected Teildatum datum = DATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAktenzeichen() <em>Aktenzeichen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAktenzeichen()
	 * @generated
	 * @ordered
	 */
	protected static final String AKTENZEICHEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAktenzeichen() <em>Aktenzeichen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAktenzeichen()
	 * @generated
	 * @ordered
	 */
	protected String aktenzeichen = AKTENZEICHEN_EDEFAULT;

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
	protected StatusereignisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.STATUSEREIGNIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bewilligungsstatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Bewilligungsstatus newStatus) {
		Bewilligungsstatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		boolean oldStatusESet = statusESet;
		statusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STATUSEREIGNIS__STATUS, oldStatus, status, !oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatus() {
		Bewilligungsstatus oldStatus = status;
		boolean oldStatusESet = statusESet;
		status = STATUS_EDEFAULT;
		statusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.STATUSEREIGNIS__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatus() {
		return statusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teildatum getDatum() {
		return datum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatum(Teildatum newDatum) {
		Teildatum oldDatum = datum;
		datum = newDatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STATUSEREIGNIS__DATUM, oldDatum, datum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAktenzeichen() {
		return aktenzeichen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAktenzeichen(String newAktenzeichen) {
		String oldAktenzeichen = aktenzeichen;
		aktenzeichen = newAktenzeichen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STATUSEREIGNIS__AKTENZEICHEN, oldAktenzeichen, aktenzeichen));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STATUSEREIGNIS__NOTIZ, oldNotiz, notiz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.STATUSEREIGNIS__STATUS:
				return getStatus();
			case QuartierwerkPackage.STATUSEREIGNIS__DATUM:
				return getDatum();
			case QuartierwerkPackage.STATUSEREIGNIS__AKTENZEICHEN:
				return getAktenzeichen();
			case QuartierwerkPackage.STATUSEREIGNIS__NOTIZ:
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
			case QuartierwerkPackage.STATUSEREIGNIS__STATUS:
				setStatus((Bewilligungsstatus)newValue);
				return;
			case QuartierwerkPackage.STATUSEREIGNIS__DATUM:
				setDatum((Teildatum)newValue);
				return;
			case QuartierwerkPackage.STATUSEREIGNIS__AKTENZEICHEN:
				setAktenzeichen((String)newValue);
				return;
			case QuartierwerkPackage.STATUSEREIGNIS__NOTIZ:
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
			case QuartierwerkPackage.STATUSEREIGNIS__STATUS:
				unsetStatus();
				return;
			case QuartierwerkPackage.STATUSEREIGNIS__DATUM:
				setDatum(DATUM_EDEFAULT);
				return;
			case QuartierwerkPackage.STATUSEREIGNIS__AKTENZEICHEN:
				setAktenzeichen(AKTENZEICHEN_EDEFAULT);
				return;
			case QuartierwerkPackage.STATUSEREIGNIS__NOTIZ:
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
			case QuartierwerkPackage.STATUSEREIGNIS__STATUS:
				return isSetStatus();
			case QuartierwerkPackage.STATUSEREIGNIS__DATUM:
				return DATUM_EDEFAULT == null ? datum != null : !DATUM_EDEFAULT.equals(datum);
			case QuartierwerkPackage.STATUSEREIGNIS__AKTENZEICHEN:
				return AKTENZEICHEN_EDEFAULT == null ? aktenzeichen != null : !AKTENZEICHEN_EDEFAULT.equals(aktenzeichen);
			case QuartierwerkPackage.STATUSEREIGNIS__NOTIZ:
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
		result.append(" (status: ");
		if (statusESet) result.append(status); else result.append("<unset>");
		result.append(", datum: ");
		result.append(datum);
		result.append(", aktenzeichen: ");
		result.append(aktenzeichen);
		result.append(", notiz: ");
		result.append(notiz);
		result.append(')');
		return result.toString();
	}

} //StatusereignisImpl
