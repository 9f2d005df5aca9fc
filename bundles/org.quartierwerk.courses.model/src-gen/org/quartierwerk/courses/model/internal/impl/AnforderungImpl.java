/**
 */
package org.quartierwerk.courses.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.KursPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Anforderung</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AnforderungImpl#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AnforderungImpl#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AnforderungImpl#getQuelle <em>Quelle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnforderungImpl extends MinimalEObjectImpl.Container implements Anforderung {
	/**
	 * The default value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected static final Anforderungsart ART_EDEFAULT = Anforderungsart.STECKBRIEF_VOLLSTAENDIG;

	/**
	 * The cached value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected Anforderungsart art = ART_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeschreibung() <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeschreibung()
	 * @generated
	 * @ordered
	 */
	protected static final String BESCHREIBUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeschreibung() <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeschreibung()
	 * @generated
	 * @ordered
	 */
	protected String beschreibung = BESCHREIBUNG_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuelle() <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuelle()
	 * @generated
	 * @ordered
	 */
	protected static final String QUELLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuelle() <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuelle()
	 * @generated
	 * @ordered
	 */
	protected String quelle = QUELLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnforderungImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.ANFORDERUNG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anforderungsart getArt() {
		return art;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArt(Anforderungsart newArt) {
		Anforderungsart oldArt = art;
		art = newArt == null ? ART_EDEFAULT : newArt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.ANFORDERUNG__ART, oldArt, art));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeschreibung() {
		return beschreibung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeschreibung(String newBeschreibung) {
		String oldBeschreibung = beschreibung;
		beschreibung = newBeschreibung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.ANFORDERUNG__BESCHREIBUNG, oldBeschreibung, beschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuelle() {
		return quelle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuelle(String newQuelle) {
		String oldQuelle = quelle;
		quelle = newQuelle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.ANFORDERUNG__QUELLE, oldQuelle, quelle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KursPackage.ANFORDERUNG__ART:
				return getArt();
			case KursPackage.ANFORDERUNG__BESCHREIBUNG:
				return getBeschreibung();
			case KursPackage.ANFORDERUNG__QUELLE:
				return getQuelle();
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
			case KursPackage.ANFORDERUNG__ART:
				setArt((Anforderungsart)newValue);
				return;
			case KursPackage.ANFORDERUNG__BESCHREIBUNG:
				setBeschreibung((String)newValue);
				return;
			case KursPackage.ANFORDERUNG__QUELLE:
				setQuelle((String)newValue);
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
			case KursPackage.ANFORDERUNG__ART:
				setArt(ART_EDEFAULT);
				return;
			case KursPackage.ANFORDERUNG__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
				return;
			case KursPackage.ANFORDERUNG__QUELLE:
				setQuelle(QUELLE_EDEFAULT);
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
			case KursPackage.ANFORDERUNG__ART:
				return art != ART_EDEFAULT;
			case KursPackage.ANFORDERUNG__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
			case KursPackage.ANFORDERUNG__QUELLE:
				return QUELLE_EDEFAULT == null ? quelle != null : !QUELLE_EDEFAULT.equals(quelle);
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
		result.append(" (art: ");
		result.append(art);
		result.append(", beschreibung: ");
		result.append(beschreibung);
		result.append(", quelle: ");
		result.append(quelle);
		result.append(')');
		return result.toString();
	}

} //AnforderungImpl
