/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Modul;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Modul</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulImpl#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulImpl#getLernziele <em>Lernziele</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulImpl#getStunden <em>Stunden</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.ModulImpl#getMethoden <em>Methoden</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModulImpl extends MinimalEObjectImpl.Container implements Modul {
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
	 * The cached value of the '{@link #getLernziele() <em>Lernziele</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLernziele()
	 * @generated
	 * @ordered
	 */
	protected EList<String> lernziele;

	/**
	 * The default value of the '{@link #getStunden() <em>Stunden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunden()
	 * @generated
	 * @ordered
	 */
	protected static final Integer STUNDEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStunden() <em>Stunden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStunden()
	 * @generated
	 * @ordered
	 */
	protected Integer stunden = STUNDEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMethoden() <em>Methoden</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethoden()
	 * @generated
	 * @ordered
	 */
	protected EList<String> methoden;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModulImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.MODUL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.MODUL__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.MODUL__TITEL, oldTitel, titel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLernziele() {
		if (lernziele == null) {
			lernziele = new EDataTypeUniqueEList<String>(String.class, this, KursPackage.MODUL__LERNZIELE);
		}
		return lernziele;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getStunden() {
		return stunden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStunden(Integer newStunden) {
		Integer oldStunden = stunden;
		stunden = newStunden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.MODUL__STUNDEN, oldStunden, stunden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMethoden() {
		if (methoden == null) {
			methoden = new EDataTypeUniqueEList<String>(String.class, this, KursPackage.MODUL__METHODEN);
		}
		return methoden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KursPackage.MODUL__ID:
				return getId();
			case KursPackage.MODUL__TITEL:
				return getTitel();
			case KursPackage.MODUL__LERNZIELE:
				return getLernziele();
			case KursPackage.MODUL__STUNDEN:
				return getStunden();
			case KursPackage.MODUL__METHODEN:
				return getMethoden();
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
			case KursPackage.MODUL__ID:
				setId((String)newValue);
				return;
			case KursPackage.MODUL__TITEL:
				setTitel((String)newValue);
				return;
			case KursPackage.MODUL__LERNZIELE:
				getLernziele().clear();
				getLernziele().addAll((Collection<? extends String>)newValue);
				return;
			case KursPackage.MODUL__STUNDEN:
				setStunden((Integer)newValue);
				return;
			case KursPackage.MODUL__METHODEN:
				getMethoden().clear();
				getMethoden().addAll((Collection<? extends String>)newValue);
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
			case KursPackage.MODUL__ID:
				setId(ID_EDEFAULT);
				return;
			case KursPackage.MODUL__TITEL:
				setTitel(TITEL_EDEFAULT);
				return;
			case KursPackage.MODUL__LERNZIELE:
				getLernziele().clear();
				return;
			case KursPackage.MODUL__STUNDEN:
				setStunden(STUNDEN_EDEFAULT);
				return;
			case KursPackage.MODUL__METHODEN:
				getMethoden().clear();
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
			case KursPackage.MODUL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KursPackage.MODUL__TITEL:
				return TITEL_EDEFAULT == null ? titel != null : !TITEL_EDEFAULT.equals(titel);
			case KursPackage.MODUL__LERNZIELE:
				return lernziele != null && !lernziele.isEmpty();
			case KursPackage.MODUL__STUNDEN:
				return STUNDEN_EDEFAULT == null ? stunden != null : !STUNDEN_EDEFAULT.equals(stunden);
			case KursPackage.MODUL__METHODEN:
				return methoden != null && !methoden.isEmpty();
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
		result.append(", lernziele: ");
		result.append(lernziele);
		result.append(", stunden: ");
		result.append(stunden);
		result.append(", methoden: ");
		result.append(methoden);
		result.append(')');
		return result.toString();
	}

} //ModulImpl
