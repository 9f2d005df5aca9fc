/**
 */
package org.quartierwerk.model.internal.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quartier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.QuartierImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.QuartierImpl#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.QuartierImpl#getEinwohner <em>Einwohner</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.QuartierImpl#getKommuneEinwohner <em>Kommune Einwohner</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.QuartierImpl#getKommune <em>Kommune</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.QuartierImpl#getBeschreibung <em>Beschreibung</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuartierImpl extends MinimalEObjectImpl.Container implements Quartier {
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
	 * The default value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected static final Quartiersart ART_EDEFAULT = Quartiersart.STADTTEIL;

	/**
	 * The cached value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected Quartiersart art = ART_EDEFAULT;

	/**
	 * This is true if the Art attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean artESet;

	/**
	 * The default value of the '{@link #getEinwohner() <em>Einwohner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEinwohner()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EINWOHNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEinwohner() <em>Einwohner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEinwohner()
	 * @generated
	 * @ordered
	 */
	protected Integer einwohner = EINWOHNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKommuneEinwohner() <em>Kommune Einwohner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommuneEinwohner()
	 * @generated
	 * @ordered
	 */
	protected static final Integer KOMMUNE_EINWOHNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKommuneEinwohner() <em>Kommune Einwohner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommuneEinwohner()
	 * @generated
	 * @ordered
	 */
	protected Integer kommuneEinwohner = KOMMUNE_EINWOHNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKommune() <em>Kommune</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommune()
	 * @generated
	 * @ordered
	 */
	protected static final String KOMMUNE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKommune() <em>Kommune</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommune()
	 * @generated
	 * @ordered
	 */
	protected String kommune = KOMMUNE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeschreibung() <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeschreibung()
	 * @generated
	 * @ordered
	 */
	protected static final String BESCHREIBUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeschreibung() <em>Beschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeschreibung()
	 * @generated
	 * @ordered
	 */
	protected String beschreibung = BESCHREIBUNG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuartierImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.QUARTIER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.QUARTIER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quartiersart getArt() {
		return art;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArt(Quartiersart newArt) {
		Quartiersart oldArt = art;
		art = newArt == null ? ART_EDEFAULT : newArt;
		boolean oldArtESet = artESet;
		artESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.QUARTIER__ART, oldArt, art, !oldArtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetArt() {
		Quartiersart oldArt = art;
		boolean oldArtESet = artESet;
		art = ART_EDEFAULT;
		artESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.QUARTIER__ART, oldArt, ART_EDEFAULT, oldArtESet));
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
	public Integer getEinwohner() {
		return einwohner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEinwohner(Integer newEinwohner) {
		Integer oldEinwohner = einwohner;
		einwohner = newEinwohner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.QUARTIER__EINWOHNER, oldEinwohner, einwohner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getKommuneEinwohner() {
		return kommuneEinwohner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKommuneEinwohner(Integer newKommuneEinwohner) {
		Integer oldKommuneEinwohner = kommuneEinwohner;
		kommuneEinwohner = newKommuneEinwohner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.QUARTIER__KOMMUNE_EINWOHNER, oldKommuneEinwohner, kommuneEinwohner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKommune() {
		return kommune;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKommune(String newKommune) {
		String oldKommune = kommune;
		kommune = newKommune;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.QUARTIER__KOMMUNE, oldKommune, kommune));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeschreibung() {
		return beschreibung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeschreibung(String newBeschreibung) {
		String oldBeschreibung = beschreibung;
		beschreibung = newBeschreibung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.QUARTIER__BESCHREIBUNG, oldBeschreibung, beschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.QUARTIER__NAME:
				return getName();
			case QuartierwerkPackage.QUARTIER__ART:
				return getArt();
			case QuartierwerkPackage.QUARTIER__EINWOHNER:
				return getEinwohner();
			case QuartierwerkPackage.QUARTIER__KOMMUNE_EINWOHNER:
				return getKommuneEinwohner();
			case QuartierwerkPackage.QUARTIER__KOMMUNE:
				return getKommune();
			case QuartierwerkPackage.QUARTIER__BESCHREIBUNG:
				return getBeschreibung();
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
			case QuartierwerkPackage.QUARTIER__NAME:
				setName((String)newValue);
				return;
			case QuartierwerkPackage.QUARTIER__ART:
				setArt((Quartiersart)newValue);
				return;
			case QuartierwerkPackage.QUARTIER__EINWOHNER:
				setEinwohner((Integer)newValue);
				return;
			case QuartierwerkPackage.QUARTIER__KOMMUNE_EINWOHNER:
				setKommuneEinwohner((Integer)newValue);
				return;
			case QuartierwerkPackage.QUARTIER__KOMMUNE:
				setKommune((String)newValue);
				return;
			case QuartierwerkPackage.QUARTIER__BESCHREIBUNG:
				setBeschreibung((String)newValue);
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
			case QuartierwerkPackage.QUARTIER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QuartierwerkPackage.QUARTIER__ART:
				unsetArt();
				return;
			case QuartierwerkPackage.QUARTIER__EINWOHNER:
				setEinwohner(EINWOHNER_EDEFAULT);
				return;
			case QuartierwerkPackage.QUARTIER__KOMMUNE_EINWOHNER:
				setKommuneEinwohner(KOMMUNE_EINWOHNER_EDEFAULT);
				return;
			case QuartierwerkPackage.QUARTIER__KOMMUNE:
				setKommune(KOMMUNE_EDEFAULT);
				return;
			case QuartierwerkPackage.QUARTIER__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
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
			case QuartierwerkPackage.QUARTIER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QuartierwerkPackage.QUARTIER__ART:
				return isSetArt();
			case QuartierwerkPackage.QUARTIER__EINWOHNER:
				return EINWOHNER_EDEFAULT == null ? einwohner != null : !EINWOHNER_EDEFAULT.equals(einwohner);
			case QuartierwerkPackage.QUARTIER__KOMMUNE_EINWOHNER:
				return KOMMUNE_EINWOHNER_EDEFAULT == null ? kommuneEinwohner != null : !KOMMUNE_EINWOHNER_EDEFAULT.equals(kommuneEinwohner);
			case QuartierwerkPackage.QUARTIER__KOMMUNE:
				return KOMMUNE_EDEFAULT == null ? kommune != null : !KOMMUNE_EDEFAULT.equals(kommune);
			case QuartierwerkPackage.QUARTIER__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
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
		result.append(", art: ");
		if (artESet) result.append(art); else result.append("<unset>");
		result.append(", einwohner: ");
		result.append(einwohner);
		result.append(", kommuneEinwohner: ");
		result.append(kommuneEinwohner);
		result.append(", kommune: ");
		result.append(kommune);
		result.append(", beschreibung: ");
		result.append(beschreibung);
		result.append(')');
		return result.toString();
	}

} //QuartierImpl
