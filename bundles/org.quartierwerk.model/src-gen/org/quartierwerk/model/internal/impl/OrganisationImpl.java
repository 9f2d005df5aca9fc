/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Adresse;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Hilfemixsektor;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.OrganisationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.OrganisationImpl#getRechtsform <em>Rechtsform</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.OrganisationImpl#getAdresse <em>Adresse</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.OrganisationImpl#getWebsite <em>Website</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.OrganisationImpl#getAkteurstyp <em>Akteurstyp</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.OrganisationImpl#getSektor <em>Sektor</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.OrganisationImpl#getAnsprechperson <em>Ansprechperson</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends MinimalEObjectImpl.Container implements Organisation {
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
	 * The default value of the '{@link #getRechtsform() <em>Rechtsform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRechtsform()
	 * @generated
	 * @ordered
	 */
	protected static final String RECHTSFORM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRechtsform() <em>Rechtsform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRechtsform()
	 * @generated
	 * @ordered
	 */
	protected String rechtsform = RECHTSFORM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdresse() <em>Adresse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdresse()
	 * @generated
	 * @ordered
	 */
	protected Adresse adresse;

	/**
	 * The default value of the '{@link #getWebsite() <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsite()
	 * @generated
	 * @ordered
	 */
	protected static final String WEBSITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWebsite() <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsite()
	 * @generated
	 * @ordered
	 */
	protected String website = WEBSITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAkteurstyp() <em>Akteurstyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAkteurstyp()
	 * @generated
	 * @ordered
	 */
	protected static final Akteurstyp AKTEURSTYP_EDEFAULT = Akteurstyp.KOMMUNE;

	/**
	 * The cached value of the '{@link #getAkteurstyp() <em>Akteurstyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAkteurstyp()
	 * @generated
	 * @ordered
	 */
	protected Akteurstyp akteurstyp = AKTEURSTYP_EDEFAULT;

	/**
	 * This is true if the Akteurstyp attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean akteurstypESet;

	/**
	 * The default value of the '{@link #getSektor() <em>Sektor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSektor()
	 * @generated
	 * @ordered
	 */
	protected static final Hilfemixsektor SEKTOR_EDEFAULT = Hilfemixsektor.STAAT;

	/**
	 * The cached value of the '{@link #getSektor() <em>Sektor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSektor()
	 * @generated
	 * @ordered
	 */
	protected Hilfemixsektor sektor = SEKTOR_EDEFAULT;

	/**
	 * This is true if the Sektor attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sektorESet;

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
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.ORGANISATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRechtsform() {
		return rechtsform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRechtsform(String newRechtsform) {
		String oldRechtsform = rechtsform;
		rechtsform = newRechtsform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__RECHTSFORM, oldRechtsform, rechtsform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Adresse getAdresse() {
		return adresse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdresse(Adresse newAdresse, NotificationChain msgs) {
		Adresse oldAdresse = adresse;
		adresse = newAdresse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__ADRESSE, oldAdresse, newAdresse);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdresse(Adresse newAdresse) {
		if (newAdresse != adresse) {
			NotificationChain msgs = null;
			if (adresse != null)
				msgs = ((InternalEObject)adresse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.ORGANISATION__ADRESSE, null, msgs);
			if (newAdresse != null)
				msgs = ((InternalEObject)newAdresse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.ORGANISATION__ADRESSE, null, msgs);
			msgs = basicSetAdresse(newAdresse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__ADRESSE, newAdresse, newAdresse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWebsite() {
		return website;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWebsite(String newWebsite) {
		String oldWebsite = website;
		website = newWebsite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__WEBSITE, oldWebsite, website));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Akteurstyp getAkteurstyp() {
		return akteurstyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAkteurstyp(Akteurstyp newAkteurstyp) {
		Akteurstyp oldAkteurstyp = akteurstyp;
		akteurstyp = newAkteurstyp == null ? AKTEURSTYP_EDEFAULT : newAkteurstyp;
		boolean oldAkteurstypESet = akteurstypESet;
		akteurstypESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__AKTEURSTYP, oldAkteurstyp, akteurstyp, !oldAkteurstypESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAkteurstyp() {
		Akteurstyp oldAkteurstyp = akteurstyp;
		boolean oldAkteurstypESet = akteurstypESet;
		akteurstyp = AKTEURSTYP_EDEFAULT;
		akteurstypESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.ORGANISATION__AKTEURSTYP, oldAkteurstyp, AKTEURSTYP_EDEFAULT, oldAkteurstypESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAkteurstyp() {
		return akteurstypESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hilfemixsektor getSektor() {
		return sektor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSektor(Hilfemixsektor newSektor) {
		Hilfemixsektor oldSektor = sektor;
		sektor = newSektor == null ? SEKTOR_EDEFAULT : newSektor;
		boolean oldSektorESet = sektorESet;
		sektorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__SEKTOR, oldSektor, sektor, !oldSektorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSektor() {
		Hilfemixsektor oldSektor = sektor;
		boolean oldSektorESet = sektorESet;
		sektor = SEKTOR_EDEFAULT;
		sektorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.ORGANISATION__SEKTOR, oldSektor, SEKTOR_EDEFAULT, oldSektorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSektor() {
		return sektorESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ORGANISATION__ANSPRECHPERSON, oldAnsprechperson, ansprechperson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.ORGANISATION__ADRESSE:
				return basicSetAdresse(null, msgs);
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
			case QuartierwerkPackage.ORGANISATION__NAME:
				return getName();
			case QuartierwerkPackage.ORGANISATION__RECHTSFORM:
				return getRechtsform();
			case QuartierwerkPackage.ORGANISATION__ADRESSE:
				return getAdresse();
			case QuartierwerkPackage.ORGANISATION__WEBSITE:
				return getWebsite();
			case QuartierwerkPackage.ORGANISATION__AKTEURSTYP:
				return getAkteurstyp();
			case QuartierwerkPackage.ORGANISATION__SEKTOR:
				return getSektor();
			case QuartierwerkPackage.ORGANISATION__ANSPRECHPERSON:
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
			case QuartierwerkPackage.ORGANISATION__NAME:
				setName((String)newValue);
				return;
			case QuartierwerkPackage.ORGANISATION__RECHTSFORM:
				setRechtsform((String)newValue);
				return;
			case QuartierwerkPackage.ORGANISATION__ADRESSE:
				setAdresse((Adresse)newValue);
				return;
			case QuartierwerkPackage.ORGANISATION__WEBSITE:
				setWebsite((String)newValue);
				return;
			case QuartierwerkPackage.ORGANISATION__AKTEURSTYP:
				setAkteurstyp((Akteurstyp)newValue);
				return;
			case QuartierwerkPackage.ORGANISATION__SEKTOR:
				setSektor((Hilfemixsektor)newValue);
				return;
			case QuartierwerkPackage.ORGANISATION__ANSPRECHPERSON:
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
			case QuartierwerkPackage.ORGANISATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QuartierwerkPackage.ORGANISATION__RECHTSFORM:
				setRechtsform(RECHTSFORM_EDEFAULT);
				return;
			case QuartierwerkPackage.ORGANISATION__ADRESSE:
				setAdresse((Adresse)null);
				return;
			case QuartierwerkPackage.ORGANISATION__WEBSITE:
				setWebsite(WEBSITE_EDEFAULT);
				return;
			case QuartierwerkPackage.ORGANISATION__AKTEURSTYP:
				unsetAkteurstyp();
				return;
			case QuartierwerkPackage.ORGANISATION__SEKTOR:
				unsetSektor();
				return;
			case QuartierwerkPackage.ORGANISATION__ANSPRECHPERSON:
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
			case QuartierwerkPackage.ORGANISATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QuartierwerkPackage.ORGANISATION__RECHTSFORM:
				return RECHTSFORM_EDEFAULT == null ? rechtsform != null : !RECHTSFORM_EDEFAULT.equals(rechtsform);
			case QuartierwerkPackage.ORGANISATION__ADRESSE:
				return adresse != null;
			case QuartierwerkPackage.ORGANISATION__WEBSITE:
				return WEBSITE_EDEFAULT == null ? website != null : !WEBSITE_EDEFAULT.equals(website);
			case QuartierwerkPackage.ORGANISATION__AKTEURSTYP:
				return isSetAkteurstyp();
			case QuartierwerkPackage.ORGANISATION__SEKTOR:
				return isSetSektor();
			case QuartierwerkPackage.ORGANISATION__ANSPRECHPERSON:
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
		result.append(" (name: ");
		result.append(name);
		result.append(", rechtsform: ");
		result.append(rechtsform);
		result.append(", website: ");
		result.append(website);
		result.append(", akteurstyp: ");
		if (akteurstypESet) result.append(akteurstyp); else result.append("<unset>");
		result.append(", sektor: ");
		if (sektorESet) result.append(sektor); else result.append("<unset>");
		result.append(", ansprechperson: ");
		result.append(ansprechperson);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
