/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Punktergebnis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Punktergebnis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl#getPruefpunkt <em>Pruefpunkt</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl#isErledigt <em>Erledigt</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl#getErledigtAm <em>Erledigt Am</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl#getNotiz <em>Notiz</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PunktergebnisImpl#getEintraege <em>Eintraege</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PunktergebnisImpl extends MinimalEObjectImpl.Container implements Punktergebnis {
	/**
	 * The cached value of the '{@link #getPruefpunkt() <em>Pruefpunkt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPruefpunkt()
	 * @generated
	 * @ordered
	 */
	protected Pruefpunkt pruefpunkt;

	/**
	 * The default value of the '{@link #isErledigt() <em>Erledigt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isErledigt()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ERLEDIGT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isErledigt() <em>Erledigt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isErledigt()
	 * @generated
	 * @ordered
	 */
	protected boolean erledigt = ERLEDIGT_EDEFAULT;

	/**
	 * The default value of the '{@link #getErledigtAm() <em>Erledigt Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErledigtAm()
	 * @generated
	 * @ordered
	 */
	protected static final Date ERLEDIGT_AM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErledigtAm() <em>Erledigt Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErledigtAm()
	 * @generated
	 * @ordered
	 */
	protected Date erledigtAm = ERLEDIGT_AM_EDEFAULT;

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
	 * The cached value of the '{@link #getEintraege() <em>Eintraege</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEintraege()
	 * @generated
	 * @ordered
	 */
	protected EList<String> eintraege;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PunktergebnisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.PUNKTERGEBNIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pruefpunkt getPruefpunkt() {
		if (pruefpunkt != null && pruefpunkt.eIsProxy()) {
			InternalEObject oldPruefpunkt = (InternalEObject)pruefpunkt;
			pruefpunkt = (Pruefpunkt)eResolveProxy(oldPruefpunkt);
			if (pruefpunkt != oldPruefpunkt) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KursPackage.PUNKTERGEBNIS__PRUEFPUNKT, oldPruefpunkt, pruefpunkt));
			}
		}
		return pruefpunkt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Pruefpunkt basicGetPruefpunkt() {
		return pruefpunkt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPruefpunkt(Pruefpunkt newPruefpunkt) {
		Pruefpunkt oldPruefpunkt = pruefpunkt;
		pruefpunkt = newPruefpunkt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PUNKTERGEBNIS__PRUEFPUNKT, oldPruefpunkt, pruefpunkt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isErledigt() {
		return erledigt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErledigt(boolean newErledigt) {
		boolean oldErledigt = erledigt;
		erledigt = newErledigt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PUNKTERGEBNIS__ERLEDIGT, oldErledigt, erledigt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getErledigtAm() {
		return erledigtAm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErledigtAm(Date newErledigtAm) {
		Date oldErledigtAm = erledigtAm;
		erledigtAm = newErledigtAm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PUNKTERGEBNIS__ERLEDIGT_AM, oldErledigtAm, erledigtAm));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PUNKTERGEBNIS__NOTIZ, oldNotiz, notiz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEintraege() {
		if (eintraege == null) {
			eintraege = new EDataTypeUniqueEList<String>(String.class, this, KursPackage.PUNKTERGEBNIS__EINTRAEGE);
		}
		return eintraege;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KursPackage.PUNKTERGEBNIS__PRUEFPUNKT:
				if (resolve) return getPruefpunkt();
				return basicGetPruefpunkt();
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT:
				return isErledigt();
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT_AM:
				return getErledigtAm();
			case KursPackage.PUNKTERGEBNIS__NOTIZ:
				return getNotiz();
			case KursPackage.PUNKTERGEBNIS__EINTRAEGE:
				return getEintraege();
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
			case KursPackage.PUNKTERGEBNIS__PRUEFPUNKT:
				setPruefpunkt((Pruefpunkt)newValue);
				return;
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT:
				setErledigt((Boolean)newValue);
				return;
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT_AM:
				setErledigtAm((Date)newValue);
				return;
			case KursPackage.PUNKTERGEBNIS__NOTIZ:
				setNotiz((String)newValue);
				return;
			case KursPackage.PUNKTERGEBNIS__EINTRAEGE:
				getEintraege().clear();
				getEintraege().addAll((Collection<? extends String>)newValue);
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
			case KursPackage.PUNKTERGEBNIS__PRUEFPUNKT:
				setPruefpunkt((Pruefpunkt)null);
				return;
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT:
				setErledigt(ERLEDIGT_EDEFAULT);
				return;
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT_AM:
				setErledigtAm(ERLEDIGT_AM_EDEFAULT);
				return;
			case KursPackage.PUNKTERGEBNIS__NOTIZ:
				setNotiz(NOTIZ_EDEFAULT);
				return;
			case KursPackage.PUNKTERGEBNIS__EINTRAEGE:
				getEintraege().clear();
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
			case KursPackage.PUNKTERGEBNIS__PRUEFPUNKT:
				return pruefpunkt != null;
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT:
				return erledigt != ERLEDIGT_EDEFAULT;
			case KursPackage.PUNKTERGEBNIS__ERLEDIGT_AM:
				return ERLEDIGT_AM_EDEFAULT == null ? erledigtAm != null : !ERLEDIGT_AM_EDEFAULT.equals(erledigtAm);
			case KursPackage.PUNKTERGEBNIS__NOTIZ:
				return NOTIZ_EDEFAULT == null ? notiz != null : !NOTIZ_EDEFAULT.equals(notiz);
			case KursPackage.PUNKTERGEBNIS__EINTRAEGE:
				return eintraege != null && !eintraege.isEmpty();
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
		result.append(" (erledigt: ");
		result.append(erledigt);
		result.append(", erledigtAm: ");
		result.append(erledigtAm);
		result.append(", notiz: ");
		result.append(notiz);
		result.append(", eintraege: ");
		result.append(eintraege);
		result.append(')');
		return result.toString();
	}

} //PunktergebnisImpl
