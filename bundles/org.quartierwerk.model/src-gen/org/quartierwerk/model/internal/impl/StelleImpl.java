/**
 */
package org.quartierwerk.model.internal.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Stelle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stelle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.StelleImpl#getFunktion <em>Funktion</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StelleImpl#getUmfangProzent <em>Umfang Prozent</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StelleImpl#getVollzeitaequivalent <em>Vollzeitaequivalent</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StelleImpl#getPersonen <em>Personen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StelleImpl#getEhrenamtlich <em>Ehrenamtlich</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.StelleImpl#getFinanziertDurch <em>Finanziert Durch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StelleImpl extends MinimalEObjectImpl.Container implements Stelle {
	/**
	 * The default value of the '{@link #getFunktion() <em>Funktion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunktion()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNKTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunktion() <em>Funktion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunktion()
	 * @generated
	 * @ordered
	 */
	protected String funktion = FUNKTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUmfangProzent() <em>Umfang Prozent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUmfangProzent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal UMFANG_PROZENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUmfangProzent() <em>Umfang Prozent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUmfangProzent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal umfangProzent = UMFANG_PROZENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVollzeitaequivalent() <em>Vollzeitaequivalent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVollzeitaequivalent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal VOLLZEITAEQUIVALENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVollzeitaequivalent() <em>Vollzeitaequivalent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVollzeitaequivalent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal vollzeitaequivalent = VOLLZEITAEQUIVALENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonen() <em>Personen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonen()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PERSONEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonen() <em>Personen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonen()
	 * @generated
	 * @ordered
	 */
	protected Integer personen = PERSONEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEhrenamtlich() <em>Ehrenamtlich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEhrenamtlich()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EHRENAMTLICH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEhrenamtlich() <em>Ehrenamtlich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEhrenamtlich()
	 * @generated
	 * @ordered
	 */
	protected Boolean ehrenamtlich = EHRENAMTLICH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFinanziertDurch() <em>Finanziert Durch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinanziertDurch()
	 * @generated
	 * @ordered
	 */
	protected Finanzierungsquelle finanziertDurch;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StelleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.STELLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunktion() {
		return funktion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunktion(String newFunktion) {
		String oldFunktion = funktion;
		funktion = newFunktion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STELLE__FUNKTION, oldFunktion, funktion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getUmfangProzent() {
		return umfangProzent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUmfangProzent(BigDecimal newUmfangProzent) {
		BigDecimal oldUmfangProzent = umfangProzent;
		umfangProzent = newUmfangProzent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STELLE__UMFANG_PROZENT, oldUmfangProzent, umfangProzent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getVollzeitaequivalent() {
		return vollzeitaequivalent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVollzeitaequivalent(BigDecimal newVollzeitaequivalent) {
		BigDecimal oldVollzeitaequivalent = vollzeitaequivalent;
		vollzeitaequivalent = newVollzeitaequivalent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STELLE__VOLLZEITAEQUIVALENT, oldVollzeitaequivalent, vollzeitaequivalent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPersonen() {
		return personen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonen(Integer newPersonen) {
		Integer oldPersonen = personen;
		personen = newPersonen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STELLE__PERSONEN, oldPersonen, personen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getEhrenamtlich() {
		return ehrenamtlich;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEhrenamtlich(Boolean newEhrenamtlich) {
		Boolean oldEhrenamtlich = ehrenamtlich;
		ehrenamtlich = newEhrenamtlich;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STELLE__EHRENAMTLICH, oldEhrenamtlich, ehrenamtlich));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungsquelle getFinanziertDurch() {
		if (finanziertDurch != null && finanziertDurch.eIsProxy()) {
			InternalEObject oldFinanziertDurch = (InternalEObject)finanziertDurch;
			finanziertDurch = (Finanzierungsquelle)eResolveProxy(oldFinanziertDurch);
			if (finanziertDurch != oldFinanziertDurch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QuartierwerkPackage.STELLE__FINANZIERT_DURCH, oldFinanziertDurch, finanziertDurch));
			}
		}
		return finanziertDurch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Finanzierungsquelle basicGetFinanziertDurch() {
		return finanziertDurch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinanziertDurch(Finanzierungsquelle newFinanziertDurch) {
		Finanzierungsquelle oldFinanziertDurch = finanziertDurch;
		finanziertDurch = newFinanziertDurch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.STELLE__FINANZIERT_DURCH, oldFinanziertDurch, finanziertDurch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.STELLE__FUNKTION:
				return getFunktion();
			case QuartierwerkPackage.STELLE__UMFANG_PROZENT:
				return getUmfangProzent();
			case QuartierwerkPackage.STELLE__VOLLZEITAEQUIVALENT:
				return getVollzeitaequivalent();
			case QuartierwerkPackage.STELLE__PERSONEN:
				return getPersonen();
			case QuartierwerkPackage.STELLE__EHRENAMTLICH:
				return getEhrenamtlich();
			case QuartierwerkPackage.STELLE__FINANZIERT_DURCH:
				if (resolve) return getFinanziertDurch();
				return basicGetFinanziertDurch();
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
			case QuartierwerkPackage.STELLE__FUNKTION:
				setFunktion((String)newValue);
				return;
			case QuartierwerkPackage.STELLE__UMFANG_PROZENT:
				setUmfangProzent((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.STELLE__VOLLZEITAEQUIVALENT:
				setVollzeitaequivalent((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.STELLE__PERSONEN:
				setPersonen((Integer)newValue);
				return;
			case QuartierwerkPackage.STELLE__EHRENAMTLICH:
				setEhrenamtlich((Boolean)newValue);
				return;
			case QuartierwerkPackage.STELLE__FINANZIERT_DURCH:
				setFinanziertDurch((Finanzierungsquelle)newValue);
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
			case QuartierwerkPackage.STELLE__FUNKTION:
				setFunktion(FUNKTION_EDEFAULT);
				return;
			case QuartierwerkPackage.STELLE__UMFANG_PROZENT:
				setUmfangProzent(UMFANG_PROZENT_EDEFAULT);
				return;
			case QuartierwerkPackage.STELLE__VOLLZEITAEQUIVALENT:
				setVollzeitaequivalent(VOLLZEITAEQUIVALENT_EDEFAULT);
				return;
			case QuartierwerkPackage.STELLE__PERSONEN:
				setPersonen(PERSONEN_EDEFAULT);
				return;
			case QuartierwerkPackage.STELLE__EHRENAMTLICH:
				setEhrenamtlich(EHRENAMTLICH_EDEFAULT);
				return;
			case QuartierwerkPackage.STELLE__FINANZIERT_DURCH:
				setFinanziertDurch((Finanzierungsquelle)null);
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
			case QuartierwerkPackage.STELLE__FUNKTION:
				return FUNKTION_EDEFAULT == null ? funktion != null : !FUNKTION_EDEFAULT.equals(funktion);
			case QuartierwerkPackage.STELLE__UMFANG_PROZENT:
				return UMFANG_PROZENT_EDEFAULT == null ? umfangProzent != null : !UMFANG_PROZENT_EDEFAULT.equals(umfangProzent);
			case QuartierwerkPackage.STELLE__VOLLZEITAEQUIVALENT:
				return VOLLZEITAEQUIVALENT_EDEFAULT == null ? vollzeitaequivalent != null : !VOLLZEITAEQUIVALENT_EDEFAULT.equals(vollzeitaequivalent);
			case QuartierwerkPackage.STELLE__PERSONEN:
				return PERSONEN_EDEFAULT == null ? personen != null : !PERSONEN_EDEFAULT.equals(personen);
			case QuartierwerkPackage.STELLE__EHRENAMTLICH:
				return EHRENAMTLICH_EDEFAULT == null ? ehrenamtlich != null : !EHRENAMTLICH_EDEFAULT.equals(ehrenamtlich);
			case QuartierwerkPackage.STELLE__FINANZIERT_DURCH:
				return finanziertDurch != null;
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
		result.append(" (funktion: ");
		result.append(funktion);
		result.append(", umfangProzent: ");
		result.append(umfangProzent);
		result.append(", vollzeitaequivalent: ");
		result.append(vollzeitaequivalent);
		result.append(", personen: ");
		result.append(personen);
		result.append(", ehrenamtlich: ");
		result.append(ehrenamtlich);
		result.append(')');
		return result.toString();
	}

} //StelleImpl
