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
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Pruefpunkt;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checkliste</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl#getModul <em>Modul</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl#getPunkte <em>Punkte</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ChecklisteImpl#getQuelle <em>Quelle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklisteImpl extends MinimalEObjectImpl.Container implements Checkliste {
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
	 * The default value of the '{@link #getTitel() <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitel()
	 * @generated
	 * @ordered
	 */
	protected static final String TITEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitel() <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitel()
	 * @generated
	 * @ordered
	 */
	protected String titel = TITEL_EDEFAULT;

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
	 * The cached value of the '{@link #getModul() <em>Modul</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModul()
	 * @generated
	 * @ordered
	 */
	protected Modul modul;

	/**
	 * The cached value of the '{@link #getPunkte() <em>Punkte</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPunkte()
	 * @generated
	 * @ordered
	 */
	protected EList<Pruefpunkt> punkte;

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
	protected ChecklisteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.CHECKLISTE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.CHECKLISTE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitel() {
		return titel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitel(String newTitel) {
		String oldTitel = titel;
		titel = newTitel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.CHECKLISTE__TITEL, oldTitel, titel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.CHECKLISTE__BESCHREIBUNG, oldBeschreibung, beschreibung));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KursPackage.CHECKLISTE__MODUL, oldModul, modul));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.CHECKLISTE__MODUL, oldModul, modul));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pruefpunkt> getPunkte() {
		if (punkte == null) {
			punkte = new EObjectContainmentEList<Pruefpunkt>(Pruefpunkt.class, this, KursPackage.CHECKLISTE__PUNKTE);
		}
		return punkte;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.CHECKLISTE__QUELLE, oldQuelle, quelle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KursPackage.CHECKLISTE__PUNKTE:
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
			case KursPackage.CHECKLISTE__ID:
				return getId();
			case KursPackage.CHECKLISTE__TITEL:
				return getTitel();
			case KursPackage.CHECKLISTE__BESCHREIBUNG:
				return getBeschreibung();
			case KursPackage.CHECKLISTE__MODUL:
				if (resolve) return getModul();
				return basicGetModul();
			case KursPackage.CHECKLISTE__PUNKTE:
				return getPunkte();
			case KursPackage.CHECKLISTE__QUELLE:
				return getQuelle();
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
			case KursPackage.CHECKLISTE__ID:
				setId((String)newValue);
				return;
			case KursPackage.CHECKLISTE__TITEL:
				setTitel((String)newValue);
				return;
			case KursPackage.CHECKLISTE__BESCHREIBUNG:
				setBeschreibung((String)newValue);
				return;
			case KursPackage.CHECKLISTE__MODUL:
				setModul((Modul)newValue);
				return;
			case KursPackage.CHECKLISTE__PUNKTE:
				getPunkte().clear();
				getPunkte().addAll((Collection<? extends Pruefpunkt>)newValue);
				return;
			case KursPackage.CHECKLISTE__QUELLE:
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
			case KursPackage.CHECKLISTE__ID:
				setId(ID_EDEFAULT);
				return;
			case KursPackage.CHECKLISTE__TITEL:
				setTitel(TITEL_EDEFAULT);
				return;
			case KursPackage.CHECKLISTE__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
				return;
			case KursPackage.CHECKLISTE__MODUL:
				setModul((Modul)null);
				return;
			case KursPackage.CHECKLISTE__PUNKTE:
				getPunkte().clear();
				return;
			case KursPackage.CHECKLISTE__QUELLE:
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
			case KursPackage.CHECKLISTE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KursPackage.CHECKLISTE__TITEL:
				return TITEL_EDEFAULT == null ? titel != null : !TITEL_EDEFAULT.equals(titel);
			case KursPackage.CHECKLISTE__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
			case KursPackage.CHECKLISTE__MODUL:
				return modul != null;
			case KursPackage.CHECKLISTE__PUNKTE:
				return punkte != null && !punkte.isEmpty();
			case KursPackage.CHECKLISTE__QUELLE:
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
		result.append(", titel: ");
		result.append(titel);
		result.append(", beschreibung: ");
		result.append(beschreibung);
		result.append(", quelle: ");
		result.append(quelle);
		result.append(')');
		return result.toString();
	}

} //ChecklisteImpl
