/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kriteriumsbewertung</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.KriteriumsbewertungImpl#getKriterium <em>Kriterium</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KriteriumsbewertungImpl#getBewertung <em>Bewertung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.KriteriumsbewertungImpl#getBegruendung <em>Begruendung</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KriteriumsbewertungImpl extends MinimalEObjectImpl.Container implements Kriteriumsbewertung {
	/**
	 * The default value of the '{@link #getKriterium() <em>Kriterium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKriterium()
	 * @generated
	 * @ordered
	 */
	protected static final GoodPracticeKriterium KRITERIUM_EDEFAULT = GoodPracticeKriterium.KONZEPTION;

	/**
	 * The cached value of the '{@link #getKriterium() <em>Kriterium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKriterium()
	 * @generated
	 * @ordered
	 */
	protected GoodPracticeKriterium kriterium = KRITERIUM_EDEFAULT;

	/**
	 * This is true if the Kriterium attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kriteriumESet;

	/**
	 * The default value of the '{@link #getBewertung() <em>Bewertung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBewertung()
	 * @generated
	 * @ordered
	 */
	protected static final Erfuellungsgrad BEWERTUNG_EDEFAULT = Erfuellungsgrad.ERFUELLT;

	/**
	 * The cached value of the '{@link #getBewertung() <em>Bewertung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBewertung()
	 * @generated
	 * @ordered
	 */
	protected Erfuellungsgrad bewertung = BEWERTUNG_EDEFAULT;

	/**
	 * This is true if the Bewertung attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean bewertungESet;

	/**
	 * The default value of the '{@link #getBegruendung() <em>Begruendung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegruendung()
	 * @generated
	 * @ordered
	 */
	protected static final String BEGRUENDUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBegruendung() <em>Begruendung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegruendung()
	 * @generated
	 * @ordered
	 */
	protected String begruendung = BEGRUENDUNG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KriteriumsbewertungImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.KRITERIUMSBEWERTUNG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoodPracticeKriterium getKriterium() {
		return kriterium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKriterium(GoodPracticeKriterium newKriterium) {
		GoodPracticeKriterium oldKriterium = kriterium;
		kriterium = newKriterium == null ? KRITERIUM_EDEFAULT : newKriterium;
		boolean oldKriteriumESet = kriteriumESet;
		kriteriumESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KRITERIUMSBEWERTUNG__KRITERIUM, oldKriterium, kriterium, !oldKriteriumESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKriterium() {
		GoodPracticeKriterium oldKriterium = kriterium;
		boolean oldKriteriumESet = kriteriumESet;
		kriterium = KRITERIUM_EDEFAULT;
		kriteriumESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.KRITERIUMSBEWERTUNG__KRITERIUM, oldKriterium, KRITERIUM_EDEFAULT, oldKriteriumESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKriterium() {
		return kriteriumESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Erfuellungsgrad getBewertung() {
		return bewertung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBewertung(Erfuellungsgrad newBewertung) {
		Erfuellungsgrad oldBewertung = bewertung;
		bewertung = newBewertung == null ? BEWERTUNG_EDEFAULT : newBewertung;
		boolean oldBewertungESet = bewertungESet;
		bewertungESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEWERTUNG, oldBewertung, bewertung, !oldBewertungESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBewertung() {
		Erfuellungsgrad oldBewertung = bewertung;
		boolean oldBewertungESet = bewertungESet;
		bewertung = BEWERTUNG_EDEFAULT;
		bewertungESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEWERTUNG, oldBewertung, BEWERTUNG_EDEFAULT, oldBewertungESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBewertung() {
		return bewertungESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBegruendung() {
		return begruendung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBegruendung(String newBegruendung) {
		String oldBegruendung = begruendung;
		begruendung = newBegruendung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEGRUENDUNG, oldBegruendung, begruendung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__KRITERIUM:
				return getKriterium();
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEWERTUNG:
				return getBewertung();
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEGRUENDUNG:
				return getBegruendung();
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
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__KRITERIUM:
				setKriterium((GoodPracticeKriterium)newValue);
				return;
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEWERTUNG:
				setBewertung((Erfuellungsgrad)newValue);
				return;
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEGRUENDUNG:
				setBegruendung((String)newValue);
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
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__KRITERIUM:
				unsetKriterium();
				return;
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEWERTUNG:
				unsetBewertung();
				return;
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEGRUENDUNG:
				setBegruendung(BEGRUENDUNG_EDEFAULT);
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
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__KRITERIUM:
				return isSetKriterium();
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEWERTUNG:
				return isSetBewertung();
			case QuartierwerkPackage.KRITERIUMSBEWERTUNG__BEGRUENDUNG:
				return BEGRUENDUNG_EDEFAULT == null ? begruendung != null : !BEGRUENDUNG_EDEFAULT.equals(begruendung);
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
		result.append(" (kriterium: ");
		if (kriteriumESet) result.append(kriterium); else result.append("<unset>");
		result.append(", bewertung: ");
		if (bewertungESet) result.append(bewertung); else result.append("<unset>");
		result.append(", begruendung: ");
		result.append(begruendung);
		result.append(')');
		return result.toString();
	}

} //KriteriumsbewertungImpl
