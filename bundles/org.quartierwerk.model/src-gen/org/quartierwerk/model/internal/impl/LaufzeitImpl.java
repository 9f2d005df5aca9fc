/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Teildatum;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Laufzeit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.LaufzeitImpl#getBeginn <em>Beginn</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.LaufzeitImpl#getEnde <em>Ende</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.LaufzeitImpl#getOffen <em>Offen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.LaufzeitImpl#getVorlaeufig <em>Vorlaeufig</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.LaufzeitImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LaufzeitImpl extends MinimalEObjectImpl.Container implements Laufzeit {
	/**
	 * The default value of the '{@link #getBeginn() <em>Beginn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeginn()
	 * @generated
	 * @ordered
	 */
	protected static final Teildatum BEGINN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeginn() <em>Beginn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeginn()
	 * @generated
	 * @ordered
	 */
	protected Teildatum beginn = BEGINN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnde() <em>Ende</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnde()
	 * @generated
	 * @ordered
	 */
	protected static final Teildatum ENDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnde() <em>Ende</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnde()
	 * @generated
	 * @ordered
	 */
	protected Teildatum ende = ENDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffen() <em>Offen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffen()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean OFFEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOffen() <em>Offen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffen()
	 * @generated
	 * @ordered
	 */
	protected Boolean offen = OFFEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getVorlaeufig() <em>Vorlaeufig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVorlaeufig()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean VORLAEUFIG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVorlaeufig() <em>Vorlaeufig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVorlaeufig()
	 * @generated
	 * @ordered
	 */
	protected Boolean vorlaeufig = VORLAEUFIG_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LaufzeitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.LAUFZEIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teildatum getBeginn() {
		return beginn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeginn(Teildatum newBeginn) {
		Teildatum oldBeginn = beginn;
		beginn = newBeginn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.LAUFZEIT__BEGINN, oldBeginn, beginn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teildatum getEnde() {
		return ende;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnde(Teildatum newEnde) {
		Teildatum oldEnde = ende;
		ende = newEnde;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.LAUFZEIT__ENDE, oldEnde, ende));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOffen() {
		return offen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffen(Boolean newOffen) {
		Boolean oldOffen = offen;
		offen = newOffen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.LAUFZEIT__OFFEN, oldOffen, offen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getVorlaeufig() {
		return vorlaeufig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVorlaeufig(Boolean newVorlaeufig) {
		Boolean oldVorlaeufig = vorlaeufig;
		vorlaeufig = newVorlaeufig;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.LAUFZEIT__VORLAEUFIG, oldVorlaeufig, vorlaeufig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.LAUFZEIT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.LAUFZEIT__BEGINN:
				return getBeginn();
			case QuartierwerkPackage.LAUFZEIT__ENDE:
				return getEnde();
			case QuartierwerkPackage.LAUFZEIT__OFFEN:
				return getOffen();
			case QuartierwerkPackage.LAUFZEIT__VORLAEUFIG:
				return getVorlaeufig();
			case QuartierwerkPackage.LAUFZEIT__TEXT:
				return getText();
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
			case QuartierwerkPackage.LAUFZEIT__BEGINN:
				setBeginn((Teildatum)newValue);
				return;
			case QuartierwerkPackage.LAUFZEIT__ENDE:
				setEnde((Teildatum)newValue);
				return;
			case QuartierwerkPackage.LAUFZEIT__OFFEN:
				setOffen((Boolean)newValue);
				return;
			case QuartierwerkPackage.LAUFZEIT__VORLAEUFIG:
				setVorlaeufig((Boolean)newValue);
				return;
			case QuartierwerkPackage.LAUFZEIT__TEXT:
				setText((String)newValue);
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
			case QuartierwerkPackage.LAUFZEIT__BEGINN:
				setBeginn(BEGINN_EDEFAULT);
				return;
			case QuartierwerkPackage.LAUFZEIT__ENDE:
				setEnde(ENDE_EDEFAULT);
				return;
			case QuartierwerkPackage.LAUFZEIT__OFFEN:
				setOffen(OFFEN_EDEFAULT);
				return;
			case QuartierwerkPackage.LAUFZEIT__VORLAEUFIG:
				setVorlaeufig(VORLAEUFIG_EDEFAULT);
				return;
			case QuartierwerkPackage.LAUFZEIT__TEXT:
				setText(TEXT_EDEFAULT);
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
			case QuartierwerkPackage.LAUFZEIT__BEGINN:
				return BEGINN_EDEFAULT == null ? beginn != null : !BEGINN_EDEFAULT.equals(beginn);
			case QuartierwerkPackage.LAUFZEIT__ENDE:
				return ENDE_EDEFAULT == null ? ende != null : !ENDE_EDEFAULT.equals(ende);
			case QuartierwerkPackage.LAUFZEIT__OFFEN:
				return OFFEN_EDEFAULT == null ? offen != null : !OFFEN_EDEFAULT.equals(offen);
			case QuartierwerkPackage.LAUFZEIT__VORLAEUFIG:
				return VORLAEUFIG_EDEFAULT == null ? vorlaeufig != null : !VORLAEUFIG_EDEFAULT.equals(vorlaeufig);
			case QuartierwerkPackage.LAUFZEIT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (beginn: ");
		result.append(beginn);
		result.append(", ende: ");
		result.append(ende);
		result.append(", offen: ");
		result.append(offen);
		result.append(", vorlaeufig: ");
		result.append(vorlaeufig);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //LaufzeitImpl
