/**
 */
package org.quartierwerk.model.internal.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partizipationsmodell</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsmodellImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsmodellImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsmodellImpl#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsmodellImpl#getBeleg <em>Beleg</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PartizipationsmodellImpl#getStufen <em>Stufen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartizipationsmodellImpl extends MinimalEObjectImpl.Container implements Partizipationsmodell {
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
	 * The default value of the '{@link #getBeleg() <em>Beleg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeleg()
	 * @generated
	 * @ordered
	 */
	protected static final String BELEG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeleg() <em>Beleg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeleg()
	 * @generated
	 * @ordered
	 */
	protected String beleg = BELEG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStufen() <em>Stufen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStufen()
	 * @generated
	 * @ordered
	 */
	protected EList<Partizipationsstufe> stufen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartizipationsmodellImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.PARTIZIPATIONSMODELL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSMODELL__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSMODELL__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSMODELL__BESCHREIBUNG, oldBeschreibung, beschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeleg() {
		return beleg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeleg(String newBeleg) {
		String oldBeleg = beleg;
		beleg = newBeleg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PARTIZIPATIONSMODELL__BELEG, oldBeleg, beleg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partizipationsstufe> getStufen() {
		if (stufen == null) {
			stufen = new EObjectContainmentWithInverseEList<Partizipationsstufe>(Partizipationsstufe.class, this, QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN, QuartierwerkPackage.PARTIZIPATIONSSTUFE__MODELL);
		}
		return stufen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getStufen()).basicAdd(otherEnd, msgs);
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
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN:
				return ((InternalEList<?>)getStufen()).basicRemove(otherEnd, msgs);
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
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__ID:
				return getId();
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__NAME:
				return getName();
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BESCHREIBUNG:
				return getBeschreibung();
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BELEG:
				return getBeleg();
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN:
				return getStufen();
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
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__ID:
				setId((String)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__NAME:
				setName((String)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BESCHREIBUNG:
				setBeschreibung((String)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BELEG:
				setBeleg((String)newValue);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN:
				getStufen().clear();
				getStufen().addAll((Collection<? extends Partizipationsstufe>)newValue);
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
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__ID:
				setId(ID_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BELEG:
				setBeleg(BELEG_EDEFAULT);
				return;
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN:
				getStufen().clear();
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
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__BELEG:
				return BELEG_EDEFAULT == null ? beleg != null : !BELEG_EDEFAULT.equals(beleg);
			case QuartierwerkPackage.PARTIZIPATIONSMODELL__STUFEN:
				return stufen != null && !stufen.isEmpty();
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
		result.append(", beleg: ");
		result.append(beleg);
		result.append(')');
		return result.toString();
	}

} //PartizipationsmodellImpl
