/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partizipationsstufe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsstufeImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsstufeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsstufeImpl#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsstufeImpl#getRang <em>Rang</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsstufeImpl#getModell <em>Modell</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartizipationsstufeImpl extends MinimalEObjectImpl.Container implements Partizipationsstufe {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getRang() <em>Rang</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRang()
	 * @generated
	 * @ordered
	 */
	protected static final int RANG_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRang() <em>Rang</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRang()
	 * @generated
	 * @ordered
	 */
	protected int rang = RANG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartizipationsstufeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.PARTIZIPATIONSSTUFE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSSTUFE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSSTUFE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSSTUFE__BESCHREIBUNG, oldBeschreibung, beschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRang() {
		return rang;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRang(int newRang) {
		int oldRang = rang;
		rang = newRang;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSSTUFE__RANG, oldRang, rang));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partizipationsmodell getModell() {
		if (eContainerFeatureID() != QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL) return null;
		return (Partizipationsmodell)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModell(Partizipationsmodell newModell, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newModell, QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModell(Partizipationsmodell newModell) {
		if (newModell != eInternalContainer() || (eContainerFeatureID() != QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL && newModell != null)) {
			if (EcoreUtil.isAncestor(this, newModell))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newModell != null)
				msgs = ((InternalEObject)newModell).eInverseAdd(this, QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN, Partizipationsmodell.class, msgs);
			msgs = basicSetModell(newModell, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL, newModell, newModell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetModell((Partizipationsmodell)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL:
				return basicSetModell(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL:
				return eInternalContainer().eInverseRemove(this, QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN, Partizipationsmodell.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__ID:
				return getId();
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__NAME:
				return getName();
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__BESCHREIBUNG:
				return getBeschreibung();
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__RANG:
				return getRang();
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL:
				return getModell();
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
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__ID:
				setId((String)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__NAME:
				setName((String)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__BESCHREIBUNG:
				setBeschreibung((String)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__RANG:
				setRang((Integer)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL:
				setModell((Partizipationsmodell)newValue);
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
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__ID:
				setId(ID_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__RANG:
				setRang(RANG_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL:
				setModell((Partizipationsmodell)null);
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
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__RANG:
				return rang != RANG_EDEFAULT;
			case QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL:
				return getModell() != null;
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
		result.append(", name: ");
		result.append(name);
		result.append(", beschreibung: ");
		result.append(beschreibung);
		result.append(", rang: ");
		result.append(rang);
		result.append(')');
		return result.toString();
	}

} //PartizipationsstufeImpl
