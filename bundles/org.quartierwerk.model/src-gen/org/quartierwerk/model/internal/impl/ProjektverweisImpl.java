/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Projektverweisart;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Projektverweis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.ProjektverweisImpl#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ProjektverweisImpl#getZielKennung <em>Ziel Kennung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ProjektverweisImpl#getZielTitel <em>Ziel Titel</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjektverweisImpl extends MinimalEObjectImpl.Container implements Projektverweis {
	/**
	 * The default value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected static final Projektverweisart ART_EDEFAULT = Projektverweisart.TEILPROJEKT_VON;

	/**
	 * The cached value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected Projektverweisart art = ART_EDEFAULT;

	/**
	 * This is true if the Art attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean artESet;

	/**
	 * The default value of the '{@link #getZielKennung() <em>Ziel Kennung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielKennung()
	 * @generated
	 * @ordered
	 */
	protected static final String ZIEL_KENNUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZielKennung() <em>Ziel Kennung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielKennung()
	 * @generated
	 * @ordered
	 */
	protected String zielKennung = ZIEL_KENNUNG_EDEFAULT;

	/**
	 * The default value of the '{@link #getZielTitel() <em>Ziel Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielTitel()
	 * @generated
	 * @ordered
	 */
	protected static final String ZIEL_TITEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZielTitel() <em>Ziel Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielTitel()
	 * @generated
	 * @ordered
	 */
	protected String zielTitel = ZIEL_TITEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjektverweisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.PROJEKTVERWEIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Projektverweisart getArt() {
		return art;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArt(Projektverweisart newArt) {
		Projektverweisart oldArt = art;
		art = newArt == null ? ART_EDEFAULT : newArt;
		boolean oldArtESet = artESet;
		artESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PROJEKTVERWEIS__ART, oldArt, art, !oldArtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetArt() {
		Projektverweisart oldArt = art;
		boolean oldArtESet = artESet;
		art = ART_EDEFAULT;
		artESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.PROJEKTVERWEIS__ART, oldArt, ART_EDEFAULT, oldArtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetArt() {
		return artESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZielKennung() {
		return zielKennung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZielKennung(String newZielKennung) {
		String oldZielKennung = zielKennung;
		zielKennung = newZielKennung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_KENNUNG, oldZielKennung, zielKennung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZielTitel() {
		return zielTitel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZielTitel(String newZielTitel) {
		String oldZielTitel = zielTitel;
		zielTitel = newZielTitel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_TITEL, oldZielTitel, zielTitel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.PROJEKTVERWEIS__ART:
				return getArt();
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_KENNUNG:
				return getZielKennung();
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_TITEL:
				return getZielTitel();
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
			case QuartierwerkPackage.PROJEKTVERWEIS__ART:
				setArt((Projektverweisart)newValue);
				return;
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_KENNUNG:
				setZielKennung((String)newValue);
				return;
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_TITEL:
				setZielTitel((String)newValue);
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
			case QuartierwerkPackage.PROJEKTVERWEIS__ART:
				unsetArt();
				return;
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_KENNUNG:
				setZielKennung(ZIEL_KENNUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_TITEL:
				setZielTitel(ZIEL_TITEL_EDEFAULT);
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
			case QuartierwerkPackage.PROJEKTVERWEIS__ART:
				return isSetArt();
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_KENNUNG:
				return ZIEL_KENNUNG_EDEFAULT == null ? zielKennung != null : !ZIEL_KENNUNG_EDEFAULT.equals(zielKennung);
			case QuartierwerkPackage.PROJEKTVERWEIS__ZIEL_TITEL:
				return ZIEL_TITEL_EDEFAULT == null ? zielTitel != null : !ZIEL_TITEL_EDEFAULT.equals(zielTitel);
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
		result.append(" (art: ");
		if (artESet) result.append(art); else result.append("<unset>");
		result.append(", zielKennung: ");
		result.append(zielKennung);
		result.append(", zielTitel: ");
		result.append(zielTitel);
		result.append(')');
		return result.toString();
	}

} //ProjektverweisImpl
