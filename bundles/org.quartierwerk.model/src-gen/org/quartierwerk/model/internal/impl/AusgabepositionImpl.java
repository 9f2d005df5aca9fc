/**
 */
package org.quartierwerk.model.internal.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ausgabeposition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.AusgabepositionImpl#getBezeichnung <em>Bezeichnung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.AusgabepositionImpl#getKategorie <em>Kategorie</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.AusgabepositionImpl#getJahr <em>Jahr</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.AusgabepositionImpl#getBetrag <em>Betrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.AusgabepositionImpl#getZuwendungsfaehig <em>Zuwendungsfaehig</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AusgabepositionImpl extends MinimalEObjectImpl.Container implements Ausgabeposition {
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
	 * The default value of the '{@link #getKategorie() <em>Kategorie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKategorie()
	 * @generated
	 * @ordered
	 */
	protected static final Ausgabenkategorie KATEGORIE_EDEFAULT = Ausgabenkategorie.PERSONAL;

	/**
	 * The cached value of the '{@link #getKategorie() <em>Kategorie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKategorie()
	 * @generated
	 * @ordered
	 */
	protected Ausgabenkategorie kategorie = KATEGORIE_EDEFAULT;

	/**
	 * This is true if the Kategorie attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kategorieESet;

	/**
	 * The default value of the '{@link #getJahr() <em>Jahr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJahr()
	 * @generated
	 * @ordered
	 */
	protected static final Integer JAHR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJahr() <em>Jahr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJahr()
	 * @generated
	 * @ordered
	 */
	protected Integer jahr = JAHR_EDEFAULT;

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
	 * The default value of the '{@link #getZuwendungsfaehig() <em>Zuwendungsfaehig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZuwendungsfaehig()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ZUWENDUNGSFAEHIG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZuwendungsfaehig() <em>Zuwendungsfaehig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZuwendungsfaehig()
	 * @generated
	 * @ordered
	 */
	protected Boolean zuwendungsfaehig = ZUWENDUNGSFAEHIG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AusgabepositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.AUSGABEPOSITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.AUSGABEPOSITION__BEZEICHNUNG, oldBezeichnung, bezeichnung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ausgabenkategorie getKategorie() {
		return kategorie;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKategorie(Ausgabenkategorie newKategorie) {
		Ausgabenkategorie oldKategorie = kategorie;
		kategorie = newKategorie == null ? KATEGORIE_EDEFAULT : newKategorie;
		boolean oldKategorieESet = kategorieESet;
		kategorieESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.AUSGABEPOSITION__KATEGORIE, oldKategorie, kategorie, !oldKategorieESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKategorie() {
		Ausgabenkategorie oldKategorie = kategorie;
		boolean oldKategorieESet = kategorieESet;
		kategorie = KATEGORIE_EDEFAULT;
		kategorieESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.AUSGABEPOSITION__KATEGORIE, oldKategorie, KATEGORIE_EDEFAULT, oldKategorieESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKategorie() {
		return kategorieESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getJahr() {
		return jahr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJahr(Integer newJahr) {
		Integer oldJahr = jahr;
		jahr = newJahr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.AUSGABEPOSITION__JAHR, oldJahr, jahr));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.AUSGABEPOSITION__BETRAG, oldBetrag, betrag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getZuwendungsfaehig() {
		return zuwendungsfaehig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZuwendungsfaehig(Boolean newZuwendungsfaehig) {
		Boolean oldZuwendungsfaehig = zuwendungsfaehig;
		zuwendungsfaehig = newZuwendungsfaehig;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.AUSGABEPOSITION__ZUWENDUNGSFAEHIG, oldZuwendungsfaehig, zuwendungsfaehig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.AUSGABEPOSITION__BEZEICHNUNG:
				return getBezeichnung();
			case QuartierwerkPackage.AUSGABEPOSITION__KATEGORIE:
				return getKategorie();
			case QuartierwerkPackage.AUSGABEPOSITION__JAHR:
				return getJahr();
			case QuartierwerkPackage.AUSGABEPOSITION__BETRAG:
				return getBetrag();
			case QuartierwerkPackage.AUSGABEPOSITION__ZUWENDUNGSFAEHIG:
				return getZuwendungsfaehig();
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
			case QuartierwerkPackage.AUSGABEPOSITION__BEZEICHNUNG:
				setBezeichnung((String)newValue);
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__KATEGORIE:
				setKategorie((Ausgabenkategorie)newValue);
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__JAHR:
				setJahr((Integer)newValue);
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__BETRAG:
				setBetrag((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__ZUWENDUNGSFAEHIG:
				setZuwendungsfaehig((Boolean)newValue);
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
			case QuartierwerkPackage.AUSGABEPOSITION__BEZEICHNUNG:
				setBezeichnung(BEZEICHNUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__KATEGORIE:
				unsetKategorie();
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__JAHR:
				setJahr(JAHR_EDEFAULT);
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__BETRAG:
				setBetrag(BETRAG_EDEFAULT);
				return;
			case QuartierwerkPackage.AUSGABEPOSITION__ZUWENDUNGSFAEHIG:
				setZuwendungsfaehig(ZUWENDUNGSFAEHIG_EDEFAULT);
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
			case QuartierwerkPackage.AUSGABEPOSITION__BEZEICHNUNG:
				return BEZEICHNUNG_EDEFAULT == null ? bezeichnung != null : !BEZEICHNUNG_EDEFAULT.equals(bezeichnung);
			case QuartierwerkPackage.AUSGABEPOSITION__KATEGORIE:
				return isSetKategorie();
			case QuartierwerkPackage.AUSGABEPOSITION__JAHR:
				return JAHR_EDEFAULT == null ? jahr != null : !JAHR_EDEFAULT.equals(jahr);
			case QuartierwerkPackage.AUSGABEPOSITION__BETRAG:
				return BETRAG_EDEFAULT == null ? betrag != null : !BETRAG_EDEFAULT.equals(betrag);
			case QuartierwerkPackage.AUSGABEPOSITION__ZUWENDUNGSFAEHIG:
				return ZUWENDUNGSFAEHIG_EDEFAULT == null ? zuwendungsfaehig != null : !ZUWENDUNGSFAEHIG_EDEFAULT.equals(zuwendungsfaehig);
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
		result.append(", kategorie: ");
		if (kategorieESet) result.append(kategorie); else result.append("<unset>");
		result.append(", jahr: ");
		result.append(jahr);
		result.append(", betrag: ");
		result.append(betrag);
		result.append(", zuwendungsfaehig: ");
		result.append(zuwendungsfaehig);
		result.append(')');
		return result.toString();
	}

} //AusgabepositionImpl
