/**
 */
package org.quartierwerk.model.internal.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Tranche;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finanzierungsanteil</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getJahr <em>Jahr</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getBetrag <em>Betrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getAnteilProzent <em>Anteil Prozent</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getTranchen <em>Tranchen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getStatusverlauf <em>Statusverlauf</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsanteilImpl#getAnschlussfinanzierung <em>Anschlussfinanzierung</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FinanzierungsanteilImpl extends MinimalEObjectImpl.Container implements Finanzierungsanteil {
	/**
	 * The cached value of the '{@link #getQuelle() <em>Quelle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuelle()
	 * @generated
	 * @ordered
	 */
	protected Finanzierungsquelle quelle;

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
	 * The default value of the '{@link #getAnteilProzent() <em>Anteil Prozent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnteilProzent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ANTEIL_PROZENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnteilProzent() <em>Anteil Prozent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnteilProzent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal anteilProzent = ANTEIL_PROZENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Bewilligungsstatus STATUS_EDEFAULT = Bewilligungsstatus.BEANTRAGT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Bewilligungsstatus status = STATUS_EDEFAULT;

	/**
	 * This is true if the Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusESet;

	/**
	 * The cached value of the '{@link #getTranchen() <em>Tranchen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranchen()
	 * @generated
	 * @ordered
	 */
	protected EList<Tranche> tranchen;

	/**
	 * The cached value of the '{@link #getStatusverlauf() <em>Statusverlauf</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusverlauf()
	 * @generated
	 * @ordered
	 */
	protected EList<Statusereignis> statusverlauf;

	/**
	 * The default value of the '{@link #getAnschlussfinanzierung() <em>Anschlussfinanzierung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnschlussfinanzierung()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSCHLUSSFINANZIERUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnschlussfinanzierung() <em>Anschlussfinanzierung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnschlussfinanzierung()
	 * @generated
	 * @ordered
	 */
	protected String anschlussfinanzierung = ANSCHLUSSFINANZIERUNG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FinanzierungsanteilImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.FINANZIERUNGSANTEIL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungsquelle getQuelle() {
		if (quelle != null && quelle.eIsProxy()) {
			InternalEObject oldQuelle = (InternalEObject)quelle;
			quelle = (Finanzierungsquelle)eResolveProxy(oldQuelle);
			if (quelle != oldQuelle) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QuartierwerkPackage.FINANZIERUNGSANTEIL__QUELLE, oldQuelle, quelle));
			}
		}
		return quelle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Finanzierungsquelle basicGetQuelle() {
		return quelle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuelle(Finanzierungsquelle newQuelle) {
		Finanzierungsquelle oldQuelle = quelle;
		quelle = newQuelle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSANTEIL__QUELLE, oldQuelle, quelle));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSANTEIL__JAHR, oldJahr, jahr));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSANTEIL__BETRAG, oldBetrag, betrag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAnteilProzent() {
		return anteilProzent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnteilProzent(BigDecimal newAnteilProzent) {
		BigDecimal oldAnteilProzent = anteilProzent;
		anteilProzent = newAnteilProzent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSANTEIL__ANTEIL_PROZENT, oldAnteilProzent, anteilProzent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bewilligungsstatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Bewilligungsstatus newStatus) {
		Bewilligungsstatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		boolean oldStatusESet = statusESet;
		statusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUS, oldStatus, status, !oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatus() {
		Bewilligungsstatus oldStatus = status;
		boolean oldStatusESet = statusESet;
		status = STATUS_EDEFAULT;
		statusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatus() {
		return statusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tranche> getTranchen() {
		if (tranchen == null) {
			tranchen = new EObjectContainmentEList<Tranche>(Tranche.class, this, QuartierwerkPackage.FINANZIERUNGSANTEIL__TRANCHEN);
		}
		return tranchen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Statusereignis> getStatusverlauf() {
		if (statusverlauf == null) {
			statusverlauf = new EObjectContainmentEList<Statusereignis>(Statusereignis.class, this, QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUSVERLAUF);
		}
		return statusverlauf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnschlussfinanzierung() {
		return anschlussfinanzierung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnschlussfinanzierung(String newAnschlussfinanzierung) {
		String oldAnschlussfinanzierung = anschlussfinanzierung;
		anschlussfinanzierung = newAnschlussfinanzierung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG, oldAnschlussfinanzierung, anschlussfinanzierung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__TRANCHEN:
				return ((InternalEList<?>)getTranchen()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUSVERLAUF:
				return ((InternalEList<?>)getStatusverlauf()).basicRemove(otherEnd, msgs);
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
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__QUELLE:
				if (resolve) return getQuelle();
				return basicGetQuelle();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__JAHR:
				return getJahr();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__BETRAG:
				return getBetrag();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANTEIL_PROZENT:
				return getAnteilProzent();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUS:
				return getStatus();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__TRANCHEN:
				return getTranchen();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUSVERLAUF:
				return getStatusverlauf();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG:
				return getAnschlussfinanzierung();
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
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__QUELLE:
				setQuelle((Finanzierungsquelle)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__JAHR:
				setJahr((Integer)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__BETRAG:
				setBetrag((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANTEIL_PROZENT:
				setAnteilProzent((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUS:
				setStatus((Bewilligungsstatus)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__TRANCHEN:
				getTranchen().clear();
				getTranchen().addAll((Collection<? extends Tranche>)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUSVERLAUF:
				getStatusverlauf().clear();
				getStatusverlauf().addAll((Collection<? extends Statusereignis>)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG:
				setAnschlussfinanzierung((String)newValue);
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
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__QUELLE:
				setQuelle((Finanzierungsquelle)null);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__JAHR:
				setJahr(JAHR_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__BETRAG:
				setBetrag(BETRAG_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANTEIL_PROZENT:
				setAnteilProzent(ANTEIL_PROZENT_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUS:
				unsetStatus();
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__TRANCHEN:
				getTranchen().clear();
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUSVERLAUF:
				getStatusverlauf().clear();
				return;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG:
				setAnschlussfinanzierung(ANSCHLUSSFINANZIERUNG_EDEFAULT);
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
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__QUELLE:
				return quelle != null;
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__JAHR:
				return JAHR_EDEFAULT == null ? jahr != null : !JAHR_EDEFAULT.equals(jahr);
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__BETRAG:
				return BETRAG_EDEFAULT == null ? betrag != null : !BETRAG_EDEFAULT.equals(betrag);
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANTEIL_PROZENT:
				return ANTEIL_PROZENT_EDEFAULT == null ? anteilProzent != null : !ANTEIL_PROZENT_EDEFAULT.equals(anteilProzent);
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUS:
				return isSetStatus();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__TRANCHEN:
				return tranchen != null && !tranchen.isEmpty();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__STATUSVERLAUF:
				return statusverlauf != null && !statusverlauf.isEmpty();
			case QuartierwerkPackage.FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG:
				return ANSCHLUSSFINANZIERUNG_EDEFAULT == null ? anschlussfinanzierung != null : !ANSCHLUSSFINANZIERUNG_EDEFAULT.equals(anschlussfinanzierung);
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
		result.append(" (jahr: ");
		result.append(jahr);
		result.append(", betrag: ");
		result.append(betrag);
		result.append(", anteilProzent: ");
		result.append(anteilProzent);
		result.append(", status: ");
		if (statusESet) result.append(status); else result.append("<unset>");
		result.append(", anschlussfinanzierung: ");
		result.append(anschlussfinanzierung);
		result.append(')');
		return result.toString();
	}

} //FinanzierungsanteilImpl
