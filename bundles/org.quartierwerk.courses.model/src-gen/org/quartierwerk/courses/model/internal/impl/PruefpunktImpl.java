/**
 */
package org.quartierwerk.courses.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Pruefpunkt;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pruefpunkt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl#getFrage <em>Frage</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl#getHinweis <em>Hinweis</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl#getErfassen <em>Erfassen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl#isPflicht <em>Pflicht</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.PruefpunktImpl#getQuelle <em>Quelle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PruefpunktImpl extends MinimalEObjectImpl.Container implements Pruefpunkt {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrage() <em>Frage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrage()
	 * @generated
	 * @ordered
	 */
	protected static final String FRAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrage() <em>Frage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrage()
	 * @generated
	 * @ordered
	 */
	protected String frage = FRAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHinweis() <em>Hinweis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHinweis()
	 * @generated
	 * @ordered
	 */
	protected static final String HINWEIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHinweis() <em>Hinweis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHinweis()
	 * @generated
	 * @ordered
	 */
	protected String hinweis = HINWEIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getErfassen() <em>Erfassen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErfassen()
	 * @generated
	 * @ordered
	 */
	protected static final String ERFASSEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErfassen() <em>Erfassen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErfassen()
	 * @generated
	 * @ordered
	 */
	protected String erfassen = ERFASSEN_EDEFAULT;

	/**
	 * The default value of the '{@link #isPflicht() <em>Pflicht</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPflicht()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PFLICHT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPflicht() <em>Pflicht</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPflicht()
	 * @generated
	 * @ordered
	 */
	protected boolean pflicht = PFLICHT_EDEFAULT;

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
	protected PruefpunktImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.PRUEFPUNKT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PRUEFPUNKT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrage() {
		return frage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrage(String newFrage) {
		String oldFrage = frage;
		frage = newFrage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PRUEFPUNKT__FRAGE, oldFrage, frage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHinweis() {
		return hinweis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHinweis(String newHinweis) {
		String oldHinweis = hinweis;
		hinweis = newHinweis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PRUEFPUNKT__HINWEIS, oldHinweis, hinweis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErfassen() {
		return erfassen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErfassen(String newErfassen) {
		String oldErfassen = erfassen;
		erfassen = newErfassen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PRUEFPUNKT__ERFASSEN, oldErfassen, erfassen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPflicht() {
		return pflicht;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPflicht(boolean newPflicht) {
		boolean oldPflicht = pflicht;
		pflicht = newPflicht;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PRUEFPUNKT__PFLICHT, oldPflicht, pflicht));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.PRUEFPUNKT__QUELLE, oldQuelle, quelle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KursPackage.PRUEFPUNKT__ID:
				return getId();
			case KursPackage.PRUEFPUNKT__FRAGE:
				return getFrage();
			case KursPackage.PRUEFPUNKT__HINWEIS:
				return getHinweis();
			case KursPackage.PRUEFPUNKT__ERFASSEN:
				return getErfassen();
			case KursPackage.PRUEFPUNKT__PFLICHT:
				return isPflicht();
			case KursPackage.PRUEFPUNKT__QUELLE:
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
			case KursPackage.PRUEFPUNKT__ID:
				setId((String)newValue);
				return;
			case KursPackage.PRUEFPUNKT__FRAGE:
				setFrage((String)newValue);
				return;
			case KursPackage.PRUEFPUNKT__HINWEIS:
				setHinweis((String)newValue);
				return;
			case KursPackage.PRUEFPUNKT__ERFASSEN:
				setErfassen((String)newValue);
				return;
			case KursPackage.PRUEFPUNKT__PFLICHT:
				setPflicht((Boolean)newValue);
				return;
			case KursPackage.PRUEFPUNKT__QUELLE:
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
			case KursPackage.PRUEFPUNKT__ID:
				setId(ID_EDEFAULT);
				return;
			case KursPackage.PRUEFPUNKT__FRAGE:
				setFrage(FRAGE_EDEFAULT);
				return;
			case KursPackage.PRUEFPUNKT__HINWEIS:
				setHinweis(HINWEIS_EDEFAULT);
				return;
			case KursPackage.PRUEFPUNKT__ERFASSEN:
				setErfassen(ERFASSEN_EDEFAULT);
				return;
			case KursPackage.PRUEFPUNKT__PFLICHT:
				setPflicht(PFLICHT_EDEFAULT);
				return;
			case KursPackage.PRUEFPUNKT__QUELLE:
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
			case KursPackage.PRUEFPUNKT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KursPackage.PRUEFPUNKT__FRAGE:
				return FRAGE_EDEFAULT == null ? frage != null : !FRAGE_EDEFAULT.equals(frage);
			case KursPackage.PRUEFPUNKT__HINWEIS:
				return HINWEIS_EDEFAULT == null ? hinweis != null : !HINWEIS_EDEFAULT.equals(hinweis);
			case KursPackage.PRUEFPUNKT__ERFASSEN:
				return ERFASSEN_EDEFAULT == null ? erfassen != null : !ERFASSEN_EDEFAULT.equals(erfassen);
			case KursPackage.PRUEFPUNKT__PFLICHT:
				return pflicht != PFLICHT_EDEFAULT;
			case KursPackage.PRUEFPUNKT__QUELLE:
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
		result.append(" (id: ");
		result.append(id);
		result.append(", frage: ");
		result.append(frage);
		result.append(", hinweis: ");
		result.append(hinweis);
		result.append(", erfassen: ");
		result.append(erfassen);
		result.append(", pflicht: ");
		result.append(pflicht);
		result.append(", quelle: ");
		result.append(quelle);
		result.append(')');
		return result.toString();
	}

} //PruefpunktImpl
