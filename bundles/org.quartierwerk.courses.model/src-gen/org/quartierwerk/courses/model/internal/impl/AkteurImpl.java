/**
 */
package org.quartierwerk.courses.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.KursPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Akteur</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl#isEhrenamtlich <em>Ehrenamtlich</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl#isDigital <em>Digital</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl#isRahmengebend <em>Rahmengebend</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.AkteurImpl#getAnsprechperson <em>Ansprechperson</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AkteurImpl extends MinimalEObjectImpl.Container implements Akteur {
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
	 * The default value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected static final Akteursart ART_EDEFAULT = Akteursart.VERWALTUNG;

	/**
	 * The cached value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected Akteursart art = ART_EDEFAULT;

	/**
	 * The default value of the '{@link #isEhrenamtlich() <em>Ehrenamtlich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEhrenamtlich()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EHRENAMTLICH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEhrenamtlich() <em>Ehrenamtlich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEhrenamtlich()
	 * @generated
	 * @ordered
	 */
	protected boolean ehrenamtlich = EHRENAMTLICH_EDEFAULT;

	/**
	 * The default value of the '{@link #isDigital() <em>Digital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDigital()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DIGITAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDigital() <em>Digital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDigital()
	 * @generated
	 * @ordered
	 */
	protected boolean digital = DIGITAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isRahmengebend() <em>Rahmengebend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRahmengebend()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RAHMENGEBEND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRahmengebend() <em>Rahmengebend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRahmengebend()
	 * @generated
	 * @ordered
	 */
	protected boolean rahmengebend = RAHMENGEBEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnsprechperson() <em>Ansprechperson</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsprechperson()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSPRECHPERSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsprechperson() <em>Ansprechperson</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsprechperson()
	 * @generated
	 * @ordered
	 */
	protected String ansprechperson = ANSPRECHPERSON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AkteurImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.AKTEUR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.AKTEUR__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.AKTEUR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Akteursart getArt() {
		return art;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArt(Akteursart newArt) {
		Akteursart oldArt = art;
		art = newArt == null ? ART_EDEFAULT : newArt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.AKTEUR__ART, oldArt, art));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEhrenamtlich() {
		return ehrenamtlich;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEhrenamtlich(boolean newEhrenamtlich) {
		boolean oldEhrenamtlich = ehrenamtlich;
		ehrenamtlich = newEhrenamtlich;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.AKTEUR__EHRENAMTLICH, oldEhrenamtlich, ehrenamtlich));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDigital() {
		return digital;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigital(boolean newDigital) {
		boolean oldDigital = digital;
		digital = newDigital;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.AKTEUR__DIGITAL, oldDigital, digital));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRahmengebend() {
		return rahmengebend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRahmengebend(boolean newRahmengebend) {
		boolean oldRahmengebend = rahmengebend;
		rahmengebend = newRahmengebend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.AKTEUR__RAHMENGEBEND, oldRahmengebend, rahmengebend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnsprechperson() {
		return ansprechperson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsprechperson(String newAnsprechperson) {
		String oldAnsprechperson = ansprechperson;
		ansprechperson = newAnsprechperson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.AKTEUR__ANSPRECHPERSON, oldAnsprechperson, ansprechperson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KursPackage.AKTEUR__ID:
				return getId();
			case KursPackage.AKTEUR__NAME:
				return getName();
			case KursPackage.AKTEUR__ART:
				return getArt();
			case KursPackage.AKTEUR__EHRENAMTLICH:
				return isEhrenamtlich();
			case KursPackage.AKTEUR__DIGITAL:
				return isDigital();
			case KursPackage.AKTEUR__RAHMENGEBEND:
				return isRahmengebend();
			case KursPackage.AKTEUR__ANSPRECHPERSON:
				return getAnsprechperson();
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
			case KursPackage.AKTEUR__ID:
				setId((String)newValue);
				return;
			case KursPackage.AKTEUR__NAME:
				setName((String)newValue);
				return;
			case KursPackage.AKTEUR__ART:
				setArt((Akteursart)newValue);
				return;
			case KursPackage.AKTEUR__EHRENAMTLICH:
				setEhrenamtlich((Boolean)newValue);
				return;
			case KursPackage.AKTEUR__DIGITAL:
				setDigital((Boolean)newValue);
				return;
			case KursPackage.AKTEUR__RAHMENGEBEND:
				setRahmengebend((Boolean)newValue);
				return;
			case KursPackage.AKTEUR__ANSPRECHPERSON:
				setAnsprechperson((String)newValue);
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
			case KursPackage.AKTEUR__ID:
				setId(ID_EDEFAULT);
				return;
			case KursPackage.AKTEUR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case KursPackage.AKTEUR__ART:
				setArt(ART_EDEFAULT);
				return;
			case KursPackage.AKTEUR__EHRENAMTLICH:
				setEhrenamtlich(EHRENAMTLICH_EDEFAULT);
				return;
			case KursPackage.AKTEUR__DIGITAL:
				setDigital(DIGITAL_EDEFAULT);
				return;
			case KursPackage.AKTEUR__RAHMENGEBEND:
				setRahmengebend(RAHMENGEBEND_EDEFAULT);
				return;
			case KursPackage.AKTEUR__ANSPRECHPERSON:
				setAnsprechperson(ANSPRECHPERSON_EDEFAULT);
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
			case KursPackage.AKTEUR__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KursPackage.AKTEUR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case KursPackage.AKTEUR__ART:
				return art != ART_EDEFAULT;
			case KursPackage.AKTEUR__EHRENAMTLICH:
				return ehrenamtlich != EHRENAMTLICH_EDEFAULT;
			case KursPackage.AKTEUR__DIGITAL:
				return digital != DIGITAL_EDEFAULT;
			case KursPackage.AKTEUR__RAHMENGEBEND:
				return rahmengebend != RAHMENGEBEND_EDEFAULT;
			case KursPackage.AKTEUR__ANSPRECHPERSON:
				return ANSPRECHPERSON_EDEFAULT == null ? ansprechperson != null : !ANSPRECHPERSON_EDEFAULT.equals(ansprechperson);
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
		result.append(", art: ");
		result.append(art);
		result.append(", ehrenamtlich: ");
		result.append(ehrenamtlich);
		result.append(", digital: ");
		result.append(digital);
		result.append(", rahmengebend: ");
		result.append(rahmengebend);
		result.append(", ansprechperson: ");
		result.append(ansprechperson);
		result.append(')');
		return result.toString();
	}

} //AkteurImpl
