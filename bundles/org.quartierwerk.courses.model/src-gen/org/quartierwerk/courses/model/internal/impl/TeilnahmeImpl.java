/**
 */
package org.quartierwerk.courses.model.internal.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Checklistenergebnis;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Modulfortschritt;
import org.quartierwerk.courses.model.Teilnahme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Teilnahme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#getTeilnehmende <em>Teilnehmende</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#getKurs <em>Kurs</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#getFortschritte <em>Fortschritte</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#getPraxisprojekt <em>Praxisprojekt</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#isGebuehrBefreit <em>Gebuehr Befreit</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#getZertifikatErteiltAm <em>Zertifikat Erteilt Am</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#getChecklisten <em>Checklisten</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.TeilnahmeImpl#getAkteurslandkarte <em>Akteurslandkarte</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeilnahmeImpl extends MinimalEObjectImpl.Container implements Teilnahme {
	/**
	 * The default value of the '{@link #getTeilnehmende() <em>Teilnehmende</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeilnehmende()
	 * @generated
	 * @ordered
	 */
	protected static final String TEILNEHMENDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTeilnehmende() <em>Teilnehmende</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeilnehmende()
	 * @generated
	 * @ordered
	 */
	protected String teilnehmende = TEILNEHMENDE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKurs() <em>Kurs</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKurs()
	 * @generated
	 * @ordered
	 */
	protected Kurs kurs;

	/**
	 * The cached value of the '{@link #getFortschritte() <em>Fortschritte</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFortschritte()
	 * @generated
	 * @ordered
	 */
	protected EList<Modulfortschritt> fortschritte;

	/**
	 * The default value of the '{@link #getPraxisprojekt() <em>Praxisprojekt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPraxisprojekt()
	 * @generated
	 * @ordered
	 */
	protected static final String PRAXISPROJEKT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPraxisprojekt() <em>Praxisprojekt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPraxisprojekt()
	 * @generated
	 * @ordered
	 */
	protected String praxisprojekt = PRAXISPROJEKT_EDEFAULT;

	/**
	 * The default value of the '{@link #isGebuehrBefreit() <em>Gebuehr Befreit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGebuehrBefreit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GEBUEHR_BEFREIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGebuehrBefreit() <em>Gebuehr Befreit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGebuehrBefreit()
	 * @generated
	 * @ordered
	 */
	protected boolean gebuehrBefreit = GEBUEHR_BEFREIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getZertifikatErteiltAm() <em>Zertifikat Erteilt Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZertifikatErteiltAm()
	 * @generated
	 * @ordered
	 */
	protected static final Date ZERTIFIKAT_ERTEILT_AM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZertifikatErteiltAm() <em>Zertifikat Erteilt Am</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZertifikatErteiltAm()
	 * @generated
	 * @ordered
	 */
	protected Date zertifikatErteiltAm = ZERTIFIKAT_ERTEILT_AM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChecklisten() <em>Checklisten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklisten()
	 * @generated
	 * @ordered
	 */
	protected EList<Checklistenergebnis> checklisten;

	/**
	 * The cached value of the '{@link #getAkteurslandkarte() <em>Akteurslandkarte</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAkteurslandkarte()
	 * @generated
	 * @ordered
	 */
	protected Akteurslandkarte akteurslandkarte;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeilnahmeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.TEILNAHME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTeilnehmende() {
		return teilnehmende;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeilnehmende(String newTeilnehmende) {
		String oldTeilnehmende = teilnehmende;
		teilnehmende = newTeilnehmende;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.TEILNAHME__TEILNEHMENDE, oldTeilnehmende, teilnehmende));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kurs getKurs() {
		if (kurs != null && kurs.eIsProxy()) {
			InternalEObject oldKurs = (InternalEObject)kurs;
			kurs = (Kurs)eResolveProxy(oldKurs);
			if (kurs != oldKurs) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KursPackage.TEILNAHME__KURS, oldKurs, kurs));
			}
		}
		return kurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kurs basicGetKurs() {
		return kurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKurs(Kurs newKurs) {
		Kurs oldKurs = kurs;
		kurs = newKurs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.TEILNAHME__KURS, oldKurs, kurs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Modulfortschritt> getFortschritte() {
		if (fortschritte == null) {
			fortschritte = new EObjectContainmentEList<Modulfortschritt>(Modulfortschritt.class, this, KursPackage.TEILNAHME__FORTSCHRITTE);
		}
		return fortschritte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPraxisprojekt() {
		return praxisprojekt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPraxisprojekt(String newPraxisprojekt) {
		String oldPraxisprojekt = praxisprojekt;
		praxisprojekt = newPraxisprojekt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.TEILNAHME__PRAXISPROJEKT, oldPraxisprojekt, praxisprojekt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGebuehrBefreit() {
		return gebuehrBefreit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGebuehrBefreit(boolean newGebuehrBefreit) {
		boolean oldGebuehrBefreit = gebuehrBefreit;
		gebuehrBefreit = newGebuehrBefreit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.TEILNAHME__GEBUEHR_BEFREIT, oldGebuehrBefreit, gebuehrBefreit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getZertifikatErteiltAm() {
		return zertifikatErteiltAm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZertifikatErteiltAm(Date newZertifikatErteiltAm) {
		Date oldZertifikatErteiltAm = zertifikatErteiltAm;
		zertifikatErteiltAm = newZertifikatErteiltAm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.TEILNAHME__ZERTIFIKAT_ERTEILT_AM, oldZertifikatErteiltAm, zertifikatErteiltAm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Checklistenergebnis> getChecklisten() {
		if (checklisten == null) {
			checklisten = new EObjectContainmentEList<Checklistenergebnis>(Checklistenergebnis.class, this, KursPackage.TEILNAHME__CHECKLISTEN);
		}
		return checklisten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Akteurslandkarte getAkteurslandkarte() {
		return akteurslandkarte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAkteurslandkarte(Akteurslandkarte newAkteurslandkarte, NotificationChain msgs) {
		Akteurslandkarte oldAkteurslandkarte = akteurslandkarte;
		akteurslandkarte = newAkteurslandkarte;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KursPackage.TEILNAHME__AKTEURSLANDKARTE, oldAkteurslandkarte, newAkteurslandkarte);
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
	public void setAkteurslandkarte(Akteurslandkarte newAkteurslandkarte) {
		if (newAkteurslandkarte != akteurslandkarte) {
			NotificationChain msgs = null;
			if (akteurslandkarte != null)
				msgs = ((InternalEObject)akteurslandkarte).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KursPackage.TEILNAHME__AKTEURSLANDKARTE, null, msgs);
			if (newAkteurslandkarte != null)
				msgs = ((InternalEObject)newAkteurslandkarte).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KursPackage.TEILNAHME__AKTEURSLANDKARTE, null, msgs);
			msgs = basicSetAkteurslandkarte(newAkteurslandkarte, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.TEILNAHME__AKTEURSLANDKARTE, newAkteurslandkarte, newAkteurslandkarte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KursPackage.TEILNAHME__FORTSCHRITTE:
				return ((InternalEList<?>)getFortschritte()).basicRemove(otherEnd, msgs);
			case KursPackage.TEILNAHME__CHECKLISTEN:
				return ((InternalEList<?>)getChecklisten()).basicRemove(otherEnd, msgs);
			case KursPackage.TEILNAHME__AKTEURSLANDKARTE:
				return basicSetAkteurslandkarte(null, msgs);
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
			case KursPackage.TEILNAHME__TEILNEHMENDE:
				return getTeilnehmende();
			case KursPackage.TEILNAHME__KURS:
				if (resolve) return getKurs();
				return basicGetKurs();
			case KursPackage.TEILNAHME__FORTSCHRITTE:
				return getFortschritte();
			case KursPackage.TEILNAHME__PRAXISPROJEKT:
				return getPraxisprojekt();
			case KursPackage.TEILNAHME__GEBUEHR_BEFREIT:
				return isGebuehrBefreit();
			case KursPackage.TEILNAHME__ZERTIFIKAT_ERTEILT_AM:
				return getZertifikatErteiltAm();
			case KursPackage.TEILNAHME__CHECKLISTEN:
				return getChecklisten();
			case KursPackage.TEILNAHME__AKTEURSLANDKARTE:
				return getAkteurslandkarte();
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
			case KursPackage.TEILNAHME__TEILNEHMENDE:
				setTeilnehmende((String)newValue);
				return;
			case KursPackage.TEILNAHME__KURS:
				setKurs((Kurs)newValue);
				return;
			case KursPackage.TEILNAHME__FORTSCHRITTE:
				getFortschritte().clear();
				getFortschritte().addAll((Collection<? extends Modulfortschritt>)newValue);
				return;
			case KursPackage.TEILNAHME__PRAXISPROJEKT:
				setPraxisprojekt((String)newValue);
				return;
			case KursPackage.TEILNAHME__GEBUEHR_BEFREIT:
				setGebuehrBefreit((Boolean)newValue);
				return;
			case KursPackage.TEILNAHME__ZERTIFIKAT_ERTEILT_AM:
				setZertifikatErteiltAm((Date)newValue);
				return;
			case KursPackage.TEILNAHME__CHECKLISTEN:
				getChecklisten().clear();
				getChecklisten().addAll((Collection<? extends Checklistenergebnis>)newValue);
				return;
			case KursPackage.TEILNAHME__AKTEURSLANDKARTE:
				setAkteurslandkarte((Akteurslandkarte)newValue);
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
			case KursPackage.TEILNAHME__TEILNEHMENDE:
				setTeilnehmende(TEILNEHMENDE_EDEFAULT);
				return;
			case KursPackage.TEILNAHME__KURS:
				setKurs((Kurs)null);
				return;
			case KursPackage.TEILNAHME__FORTSCHRITTE:
				getFortschritte().clear();
				return;
			case KursPackage.TEILNAHME__PRAXISPROJEKT:
				setPraxisprojekt(PRAXISPROJEKT_EDEFAULT);
				return;
			case KursPackage.TEILNAHME__GEBUEHR_BEFREIT:
				setGebuehrBefreit(GEBUEHR_BEFREIT_EDEFAULT);
				return;
			case KursPackage.TEILNAHME__ZERTIFIKAT_ERTEILT_AM:
				setZertifikatErteiltAm(ZERTIFIKAT_ERTEILT_AM_EDEFAULT);
				return;
			case KursPackage.TEILNAHME__CHECKLISTEN:
				getChecklisten().clear();
				return;
			case KursPackage.TEILNAHME__AKTEURSLANDKARTE:
				setAkteurslandkarte((Akteurslandkarte)null);
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
			case KursPackage.TEILNAHME__TEILNEHMENDE:
				return TEILNEHMENDE_EDEFAULT == null ? teilnehmende != null : !TEILNEHMENDE_EDEFAULT.equals(teilnehmende);
			case KursPackage.TEILNAHME__KURS:
				return kurs != null;
			case KursPackage.TEILNAHME__FORTSCHRITTE:
				return fortschritte != null && !fortschritte.isEmpty();
			case KursPackage.TEILNAHME__PRAXISPROJEKT:
				return PRAXISPROJEKT_EDEFAULT == null ? praxisprojekt != null : !PRAXISPROJEKT_EDEFAULT.equals(praxisprojekt);
			case KursPackage.TEILNAHME__GEBUEHR_BEFREIT:
				return gebuehrBefreit != GEBUEHR_BEFREIT_EDEFAULT;
			case KursPackage.TEILNAHME__ZERTIFIKAT_ERTEILT_AM:
				return ZERTIFIKAT_ERTEILT_AM_EDEFAULT == null ? zertifikatErteiltAm != null : !ZERTIFIKAT_ERTEILT_AM_EDEFAULT.equals(zertifikatErteiltAm);
			case KursPackage.TEILNAHME__CHECKLISTEN:
				return checklisten != null && !checklisten.isEmpty();
			case KursPackage.TEILNAHME__AKTEURSLANDKARTE:
				return akteurslandkarte != null;
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
		result.append(" (teilnehmende: ");
		result.append(teilnehmende);
		result.append(", praxisprojekt: ");
		result.append(praxisprojekt);
		result.append(", gebuehrBefreit: ");
		result.append(gebuehrBefreit);
		result.append(", zertifikatErteiltAm: ");
		result.append(zertifikatErteiltAm);
		result.append(')');
		return result.toString();
	}

} //TeilnahmeImpl
