/**
 */
package org.quartierwerk.model.internal.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Einsparung</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.EinsparungImpl#getBezeichnung <em>Bezeichnung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.EinsparungImpl#getBetrag <em>Betrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.EinsparungImpl#getZeitraum <em>Zeitraum</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.EinsparungImpl#getBerechnung <em>Berechnung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.EinsparungImpl#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.EinsparungImpl#getMitVorbehalt <em>Mit Vorbehalt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EinsparungImpl extends MinimalEObjectImpl.Container implements Einsparung {
	/**
	 * The default value of the '{@link #getBezeichnung() <em>Bezeichnung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBezeichnung()
	 * @generated
	 * @ordered
	 */
	protected static final String BEZEICHNUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBezeichnung() <em>Bezeichnung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBezeichnung()
	 * @generated
	 * @ordered
	 */
	protected String bezeichnung = BEZEICHNUNG_EDEFAULT;

	/**
	 * The default value of the '{@link #getBetrag() <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBetrag()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BETRAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBetrag() <em>Betrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBetrag()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal betrag = BETRAG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getZeitraum() <em>Zeitraum</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZeitraum()
	 * @generated
	 * @ordered
	 */
	protected Laufzeit zeitraum;

	/**
	 * The default value of the '{@link #getBerechnung() <em>Berechnung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBerechnung()
	 * @generated
	 * @ordered
	 */
	protected static final String BERECHNUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBerechnung() <em>Berechnung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBerechnung()
	 * @generated
	 * @ordered
	 */
	protected String berechnung = BERECHNUNG_EDEFAULT;

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
	 * The default value of the '{@link #getMitVorbehalt() <em>Mit Vorbehalt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitVorbehalt()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean MIT_VORBEHALT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMitVorbehalt() <em>Mit Vorbehalt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitVorbehalt()
	 * @generated
	 * @ordered
	 */
	protected Boolean mitVorbehalt = MIT_VORBEHALT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EinsparungImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.EINSPARUNG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBezeichnung() {
		return bezeichnung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBezeichnung(String newBezeichnung) {
		String oldBezeichnung = bezeichnung;
		bezeichnung = newBezeichnung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.EINSPARUNG__BEZEICHNUNG, oldBezeichnung, bezeichnung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBetrag() {
		return betrag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBetrag(BigDecimal newBetrag) {
		BigDecimal oldBetrag = betrag;
		betrag = newBetrag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.EINSPARUNG__BETRAG, oldBetrag, betrag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Laufzeit getZeitraum() {
		return zeitraum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetZeitraum(Laufzeit newZeitraum, NotificationChain msgs) {
		Laufzeit oldZeitraum = zeitraum;
		zeitraum = newZeitraum;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.EINSPARUNG__ZEITRAUM, oldZeitraum, newZeitraum);
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
	public void setZeitraum(Laufzeit newZeitraum) {
		if (newZeitraum != zeitraum) {
			NotificationChain msgs = null;
			if (zeitraum != null)
				msgs = ((InternalEObject)zeitraum).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.EINSPARUNG__ZEITRAUM, null, msgs);
			if (newZeitraum != null)
				msgs = ((InternalEObject)newZeitraum).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.EINSPARUNG__ZEITRAUM, null, msgs);
			msgs = basicSetZeitraum(newZeitraum, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.EINSPARUNG__ZEITRAUM, newZeitraum, newZeitraum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBerechnung() {
		return berechnung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBerechnung(String newBerechnung) {
		String oldBerechnung = berechnung;
		berechnung = newBerechnung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.EINSPARUNG__BERECHNUNG, oldBerechnung, berechnung));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.EINSPARUNG__QUELLE, oldQuelle, quelle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getMitVorbehalt() {
		return mitVorbehalt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMitVorbehalt(Boolean newMitVorbehalt) {
		Boolean oldMitVorbehalt = mitVorbehalt;
		mitVorbehalt = newMitVorbehalt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.EINSPARUNG__MIT_VORBEHALT, oldMitVorbehalt, mitVorbehalt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.EINSPARUNG__ZEITRAUM:
				return basicSetZeitraum(null, msgs);
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
			case QuartierwerkPackage.EINSPARUNG__BEZEICHNUNG:
				return getBezeichnung();
			case QuartierwerkPackage.EINSPARUNG__BETRAG:
				return getBetrag();
			case QuartierwerkPackage.EINSPARUNG__ZEITRAUM:
				return getZeitraum();
			case QuartierwerkPackage.EINSPARUNG__BERECHNUNG:
				return getBerechnung();
			case QuartierwerkPackage.EINSPARUNG__QUELLE:
				return getQuelle();
			case QuartierwerkPackage.EINSPARUNG__MIT_VORBEHALT:
				return getMitVorbehalt();
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
			case QuartierwerkPackage.EINSPARUNG__BEZEICHNUNG:
				setBezeichnung((String)newValue);
				return;
			case QuartierwerkPackage.EINSPARUNG__BETRAG:
				setBetrag((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.EINSPARUNG__ZEITRAUM:
				setZeitraum((Laufzeit)newValue);
				return;
			case QuartierwerkPackage.EINSPARUNG__BERECHNUNG:
				setBerechnung((String)newValue);
				return;
			case QuartierwerkPackage.EINSPARUNG__QUELLE:
				setQuelle((String)newValue);
				return;
			case QuartierwerkPackage.EINSPARUNG__MIT_VORBEHALT:
				setMitVorbehalt((Boolean)newValue);
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
			case QuartierwerkPackage.EINSPARUNG__BEZEICHNUNG:
				setBezeichnung(BEZEICHNUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.EINSPARUNG__BETRAG:
				setBetrag(BETRAG_EDEFAULT);
				return;
			case QuartierwerkPackage.EINSPARUNG__ZEITRAUM:
				setZeitraum((Laufzeit)null);
				return;
			case QuartierwerkPackage.EINSPARUNG__BERECHNUNG:
				setBerechnung(BERECHNUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.EINSPARUNG__QUELLE:
				setQuelle(QUELLE_EDEFAULT);
				return;
			case QuartierwerkPackage.EINSPARUNG__MIT_VORBEHALT:
				setMitVorbehalt(MIT_VORBEHALT_EDEFAULT);
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
			case QuartierwerkPackage.EINSPARUNG__BEZEICHNUNG:
				return BEZEICHNUNG_EDEFAULT == null ? bezeichnung != null : !BEZEICHNUNG_EDEFAULT.equals(bezeichnung);
			case QuartierwerkPackage.EINSPARUNG__BETRAG:
				return BETRAG_EDEFAULT == null ? betrag != null : !BETRAG_EDEFAULT.equals(betrag);
			case QuartierwerkPackage.EINSPARUNG__ZEITRAUM:
				return zeitraum != null;
			case QuartierwerkPackage.EINSPARUNG__BERECHNUNG:
				return BERECHNUNG_EDEFAULT == null ? berechnung != null : !BERECHNUNG_EDEFAULT.equals(berechnung);
			case QuartierwerkPackage.EINSPARUNG__QUELLE:
				return QUELLE_EDEFAULT == null ? quelle != null : !QUELLE_EDEFAULT.equals(quelle);
			case QuartierwerkPackage.EINSPARUNG__MIT_VORBEHALT:
				return MIT_VORBEHALT_EDEFAULT == null ? mitVorbehalt != null : !MIT_VORBEHALT_EDEFAULT.equals(mitVorbehalt);
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
		result.append(" (bezeichnung: ");
		result.append(bezeichnung);
		result.append(", betrag: ");
		result.append(betrag);
		result.append(", berechnung: ");
		result.append(berechnung);
		result.append(", quelle: ");
		result.append(quelle);
		result.append(", mitVorbehalt: ");
		result.append(mitVorbehalt);
		result.append(')');
		return result.toString();
	}

} //EinsparungImpl
