/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Beteiligung</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.BeteiligungImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.BeteiligungImpl#getZielgruppe <em>Zielgruppe</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.BeteiligungImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.BeteiligungImpl#getStufe <em>Stufe</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BeteiligungImpl extends MinimalEObjectImpl.Container implements Beteiligung {
	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final Projektphase PHASE_EDEFAULT = Projektphase.PLANUNG;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Projektphase phase = PHASE_EDEFAULT;

	/**
	 * This is true if the Phase attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean phaseESet;

	/**
	 * The default value of the '{@link #getZielgruppe() <em>Zielgruppe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielgruppe()
	 * @generated
	 * @ordered
	 */
	protected static final String ZIELGRUPPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZielgruppe() <em>Zielgruppe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielgruppe()
	 * @generated
	 * @ordered
	 */
	protected String zielgruppe = ZIELGRUPPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStufe() <em>Stufe</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStufe()
	 * @generated
	 * @ordered
	 */
	protected Partizipationsstufe stufe;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BeteiligungImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.BETEILIGUNG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Projektphase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Projektphase newPhase) {
		Projektphase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		boolean oldPhaseESet = phaseESet;
		phaseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.BETEILIGUNG__PHASE, oldPhase, phase, !oldPhaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPhase() {
		Projektphase oldPhase = phase;
		boolean oldPhaseESet = phaseESet;
		phase = PHASE_EDEFAULT;
		phaseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.BETEILIGUNG__PHASE, oldPhase, PHASE_EDEFAULT, oldPhaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPhase() {
		return phaseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZielgruppe() {
		return zielgruppe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZielgruppe(String newZielgruppe) {
		String oldZielgruppe = zielgruppe;
		zielgruppe = newZielgruppe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.BETEILIGUNG__ZIELGRUPPE, oldZielgruppe, zielgruppe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.BETEILIGUNG__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partizipationsstufe getStufe() {
		if (stufe != null && stufe.eIsProxy()) {
			InternalEObject oldStufe = (InternalEObject)stufe;
			stufe = (Partizipationsstufe)eResolveProxy(oldStufe);
			if (stufe != oldStufe) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QuartierwerkPackage.BETEILIGUNG__STUFE, oldStufe, stufe));
			}
		}
		return stufe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Partizipationsstufe basicGetStufe() {
		return stufe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStufe(Partizipationsstufe newStufe) {
		Partizipationsstufe oldStufe = stufe;
		stufe = newStufe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.BETEILIGUNG__STUFE, oldStufe, stufe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.BETEILIGUNG__PHASE:
				return getPhase();
			case QuartierwerkPackage.BETEILIGUNG__ZIELGRUPPE:
				return getZielgruppe();
			case QuartierwerkPackage.BETEILIGUNG__FORMAT:
				return getFormat();
			case QuartierwerkPackage.BETEILIGUNG__STUFE:
				if (resolve) return getStufe();
				return basicGetStufe();
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
			case QuartierwerkPackage.BETEILIGUNG__PHASE:
				setPhase((Projektphase)newValue);
				return;
			case QuartierwerkPackage.BETEILIGUNG__ZIELGRUPPE:
				setZielgruppe((String)newValue);
				return;
			case QuartierwerkPackage.BETEILIGUNG__FORMAT:
				setFormat((String)newValue);
				return;
			case QuartierwerkPackage.BETEILIGUNG__STUFE:
				setStufe((Partizipationsstufe)newValue);
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
			case QuartierwerkPackage.BETEILIGUNG__PHASE:
				unsetPhase();
				return;
			case QuartierwerkPackage.BETEILIGUNG__ZIELGRUPPE:
				setZielgruppe(ZIELGRUPPE_EDEFAULT);
				return;
			case QuartierwerkPackage.BETEILIGUNG__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case QuartierwerkPackage.BETEILIGUNG__STUFE:
				setStufe((Partizipationsstufe)null);
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
			case QuartierwerkPackage.BETEILIGUNG__PHASE:
				return isSetPhase();
			case QuartierwerkPackage.BETEILIGUNG__ZIELGRUPPE:
				return ZIELGRUPPE_EDEFAULT == null ? zielgruppe != null : !ZIELGRUPPE_EDEFAULT.equals(zielgruppe);
			case QuartierwerkPackage.BETEILIGUNG__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case QuartierwerkPackage.BETEILIGUNG__STUFE:
				return stufe != null;
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
		result.append(" (phase: ");
		if (phaseESet) result.append(phase); else result.append("<unset>");
		result.append(", zielgruppe: ");
		result.append(zielgruppe);
		result.append(", format: ");
		result.append(format);
		result.append(')');
		return result.toString();
	}

} //BeteiligungImpl
