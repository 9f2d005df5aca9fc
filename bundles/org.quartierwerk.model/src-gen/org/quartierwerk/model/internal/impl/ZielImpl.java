/**
 */
package org.quartierwerk.model.internal.impl;

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

import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Wirkungsstufe;
import org.quartierwerk.model.Ziel;
import org.quartierwerk.model.Zielebene;
import org.quartierwerk.model.Zieltyp;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ziel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getEbene <em>Ebene</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getTyp <em>Typ</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getWirkungsstufe <em>Wirkungsstufe</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getSpezifisch <em>Spezifisch</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getMessbar <em>Messbar</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getErreichbar <em>Erreichbar</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getRealistisch <em>Realistisch</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getTermin <em>Termin</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getUnterziele <em>Unterziele</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.ZielImpl#getKennzahlen <em>Kennzahlen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ZielImpl extends MinimalEObjectImpl.Container implements Ziel {
	/**
	 * The default value of the '{@link #getTitel() <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitel()
	 * @generated
	 * @ordered
	 */
	protected static final String TITEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitel() <em>Titel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitel()
	 * @generated
	 * @ordered
	 */
	protected String titel = TITEL_EDEFAULT;

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
	 * The default value of the '{@link #getEbene() <em>Ebene</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEbene()
	 * @generated
	 * @ordered
	 */
	protected static final Zielebene EBENE_EDEFAULT = Zielebene.LEITZIEL;

	/**
	 * The cached value of the '{@link #getEbene() <em>Ebene</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEbene()
	 * @generated
	 * @ordered
	 */
	protected Zielebene ebene = EBENE_EDEFAULT;

	/**
	 * This is true if the Ebene attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ebeneESet;

	/**
	 * The default value of the '{@link #getTyp() <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTyp()
	 * @generated
	 * @ordered
	 */
	protected static final Zieltyp TYP_EDEFAULT = Zieltyp.WIRKUNGSZIEL;

	/**
	 * The cached value of the '{@link #getTyp() <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTyp()
	 * @generated
	 * @ordered
	 */
	protected Zieltyp typ = TYP_EDEFAULT;

	/**
	 * This is true if the Typ attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typESet;

	/**
	 * The default value of the '{@link #getWirkungsstufe() <em>Wirkungsstufe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWirkungsstufe()
	 * @generated
	 * @ordered
	 */
	protected static final Wirkungsstufe WIRKUNGSSTUFE_EDEFAULT = Wirkungsstufe.INPUT;

	/**
	 * The cached value of the '{@link #getWirkungsstufe() <em>Wirkungsstufe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWirkungsstufe()
	 * @generated
	 * @ordered
	 */
	protected Wirkungsstufe wirkungsstufe = WIRKUNGSSTUFE_EDEFAULT;

	/**
	 * This is true if the Wirkungsstufe attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean wirkungsstufeESet;

	/**
	 * The default value of the '{@link #getSpezifisch() <em>Spezifisch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpezifisch()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SPEZIFISCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpezifisch() <em>Spezifisch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpezifisch()
	 * @generated
	 * @ordered
	 */
	protected Boolean spezifisch = SPEZIFISCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessbar() <em>Messbar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessbar()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean MESSBAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessbar() <em>Messbar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessbar()
	 * @generated
	 * @ordered
	 */
	protected Boolean messbar = MESSBAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getErreichbar() <em>Erreichbar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErreichbar()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ERREICHBAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErreichbar() <em>Erreichbar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErreichbar()
	 * @generated
	 * @ordered
	 */
	protected Boolean erreichbar = ERREICHBAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRealistisch() <em>Realistisch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealistisch()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean REALISTISCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRealistisch() <em>Realistisch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealistisch()
	 * @generated
	 * @ordered
	 */
	protected Boolean realistisch = REALISTISCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTermin() <em>Termin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermin()
	 * @generated
	 * @ordered
	 */
	protected static final Teildatum TERMIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTermin() <em>Termin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermin()
	 * @generated
	 * @ordered
	 */
	protected Teildatum termin = TERMIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnterziele() <em>Unterziele</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnterziele()
	 * @generated
	 * @ordered
	 */
	protected EList<Ziel> unterziele;

	/**
	 * The cached value of the '{@link #getKennzahlen() <em>Kennzahlen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKennzahlen()
	 * @generated
	 * @ordered
	 */
	protected EList<Kennzahl> kennzahlen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ZielImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.ZIEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitel() {
		return titel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitel(String newTitel) {
		String oldTitel = titel;
		titel = newTitel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__TITEL, oldTitel, titel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__BESCHREIBUNG, oldBeschreibung, beschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zielebene getEbene() {
		return ebene;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEbene(Zielebene newEbene) {
		Zielebene oldEbene = ebene;
		ebene = newEbene == null ? EBENE_EDEFAULT : newEbene;
		boolean oldEbeneESet = ebeneESet;
		ebeneESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__EBENE, oldEbene, ebene, !oldEbeneESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEbene() {
		Zielebene oldEbene = ebene;
		boolean oldEbeneESet = ebeneESet;
		ebene = EBENE_EDEFAULT;
		ebeneESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.ZIEL__EBENE, oldEbene, EBENE_EDEFAULT, oldEbeneESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEbene() {
		return ebeneESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zieltyp getTyp() {
		return typ;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTyp(Zieltyp newTyp) {
		Zieltyp oldTyp = typ;
		typ = newTyp == null ? TYP_EDEFAULT : newTyp;
		boolean oldTypESet = typESet;
		typESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__TYP, oldTyp, typ, !oldTypESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTyp() {
		Zieltyp oldTyp = typ;
		boolean oldTypESet = typESet;
		typ = TYP_EDEFAULT;
		typESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.ZIEL__TYP, oldTyp, TYP_EDEFAULT, oldTypESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTyp() {
		return typESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wirkungsstufe getWirkungsstufe() {
		return wirkungsstufe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWirkungsstufe(Wirkungsstufe newWirkungsstufe) {
		Wirkungsstufe oldWirkungsstufe = wirkungsstufe;
		wirkungsstufe = newWirkungsstufe == null ? WIRKUNGSSTUFE_EDEFAULT : newWirkungsstufe;
		boolean oldWirkungsstufeESet = wirkungsstufeESet;
		wirkungsstufeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__WIRKUNGSSTUFE, oldWirkungsstufe, wirkungsstufe, !oldWirkungsstufeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWirkungsstufe() {
		Wirkungsstufe oldWirkungsstufe = wirkungsstufe;
		boolean oldWirkungsstufeESet = wirkungsstufeESet;
		wirkungsstufe = WIRKUNGSSTUFE_EDEFAULT;
		wirkungsstufeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.ZIEL__WIRKUNGSSTUFE, oldWirkungsstufe, WIRKUNGSSTUFE_EDEFAULT, oldWirkungsstufeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWirkungsstufe() {
		return wirkungsstufeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSpezifisch() {
		return spezifisch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpezifisch(Boolean newSpezifisch) {
		Boolean oldSpezifisch = spezifisch;
		spezifisch = newSpezifisch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__SPEZIFISCH, oldSpezifisch, spezifisch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getMessbar() {
		return messbar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessbar(Boolean newMessbar) {
		Boolean oldMessbar = messbar;
		messbar = newMessbar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__MESSBAR, oldMessbar, messbar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getErreichbar() {
		return erreichbar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErreichbar(Boolean newErreichbar) {
		Boolean oldErreichbar = erreichbar;
		erreichbar = newErreichbar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__ERREICHBAR, oldErreichbar, erreichbar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRealistisch() {
		return realistisch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRealistisch(Boolean newRealistisch) {
		Boolean oldRealistisch = realistisch;
		realistisch = newRealistisch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__REALISTISCH, oldRealistisch, realistisch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teildatum getTermin() {
		return termin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTermin(Teildatum newTermin) {
		Teildatum oldTermin = termin;
		termin = newTermin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.ZIEL__TERMIN, oldTermin, termin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Ziel> getUnterziele() {
		if (unterziele == null) {
			unterziele = new EObjectContainmentEList<Ziel>(Ziel.class, this, QuartierwerkPackage.ZIEL__UNTERZIELE);
		}
		return unterziele;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kennzahl> getKennzahlen() {
		if (kennzahlen == null) {
			kennzahlen = new EObjectContainmentEList<Kennzahl>(Kennzahl.class, this, QuartierwerkPackage.ZIEL__KENNZAHLEN);
		}
		return kennzahlen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.ZIEL__UNTERZIELE:
				return ((InternalEList<?>)getUnterziele()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.ZIEL__KENNZAHLEN:
				return ((InternalEList<?>)getKennzahlen()).basicRemove(otherEnd, msgs);
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
			case QuartierwerkPackage.ZIEL__TITEL:
				return getTitel();
			case QuartierwerkPackage.ZIEL__BESCHREIBUNG:
				return getBeschreibung();
			case QuartierwerkPackage.ZIEL__EBENE:
				return getEbene();
			case QuartierwerkPackage.ZIEL__TYP:
				return getTyp();
			case QuartierwerkPackage.ZIEL__WIRKUNGSSTUFE:
				return getWirkungsstufe();
			case QuartierwerkPackage.ZIEL__SPEZIFISCH:
				return getSpezifisch();
			case QuartierwerkPackage.ZIEL__MESSBAR:
				return getMessbar();
			case QuartierwerkPackage.ZIEL__ERREICHBAR:
				return getErreichbar();
			case QuartierwerkPackage.ZIEL__REALISTISCH:
				return getRealistisch();
			case QuartierwerkPackage.ZIEL__TERMIN:
				return getTermin();
			case QuartierwerkPackage.ZIEL__UNTERZIELE:
				return getUnterziele();
			case QuartierwerkPackage.ZIEL__KENNZAHLEN:
				return getKennzahlen();
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
			case QuartierwerkPackage.ZIEL__TITEL:
				setTitel((String)newValue);
				return;
			case QuartierwerkPackage.ZIEL__BESCHREIBUNG:
				setBeschreibung((String)newValue);
				return;
			case QuartierwerkPackage.ZIEL__EBENE:
				setEbene((Zielebene)newValue);
				return;
			case QuartierwerkPackage.ZIEL__TYP:
				setTyp((Zieltyp)newValue);
				return;
			case QuartierwerkPackage.ZIEL__WIRKUNGSSTUFE:
				setWirkungsstufe((Wirkungsstufe)newValue);
				return;
			case QuartierwerkPackage.ZIEL__SPEZIFISCH:
				setSpezifisch((Boolean)newValue);
				return;
			case QuartierwerkPackage.ZIEL__MESSBAR:
				setMessbar((Boolean)newValue);
				return;
			case QuartierwerkPackage.ZIEL__ERREICHBAR:
				setErreichbar((Boolean)newValue);
				return;
			case QuartierwerkPackage.ZIEL__REALISTISCH:
				setRealistisch((Boolean)newValue);
				return;
			case QuartierwerkPackage.ZIEL__TERMIN:
				setTermin((Teildatum)newValue);
				return;
			case QuartierwerkPackage.ZIEL__UNTERZIELE:
				getUnterziele().clear();
				getUnterziele().addAll((Collection<? extends Ziel>)newValue);
				return;
			case QuartierwerkPackage.ZIEL__KENNZAHLEN:
				getKennzahlen().clear();
				getKennzahlen().addAll((Collection<? extends Kennzahl>)newValue);
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
			case QuartierwerkPackage.ZIEL__TITEL:
				setTitel(TITEL_EDEFAULT);
				return;
			case QuartierwerkPackage.ZIEL__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.ZIEL__EBENE:
				unsetEbene();
				return;
			case QuartierwerkPackage.ZIEL__TYP:
				unsetTyp();
				return;
			case QuartierwerkPackage.ZIEL__WIRKUNGSSTUFE:
				unsetWirkungsstufe();
				return;
			case QuartierwerkPackage.ZIEL__SPEZIFISCH:
				setSpezifisch(SPEZIFISCH_EDEFAULT);
				return;
			case QuartierwerkPackage.ZIEL__MESSBAR:
				setMessbar(MESSBAR_EDEFAULT);
				return;
			case QuartierwerkPackage.ZIEL__ERREICHBAR:
				setErreichbar(ERREICHBAR_EDEFAULT);
				return;
			case QuartierwerkPackage.ZIEL__REALISTISCH:
				setRealistisch(REALISTISCH_EDEFAULT);
				return;
			case QuartierwerkPackage.ZIEL__TERMIN:
				setTermin(TERMIN_EDEFAULT);
				return;
			case QuartierwerkPackage.ZIEL__UNTERZIELE:
				getUnterziele().clear();
				return;
			case QuartierwerkPackage.ZIEL__KENNZAHLEN:
				getKennzahlen().clear();
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
			case QuartierwerkPackage.ZIEL__TITEL:
				return TITEL_EDEFAULT == null ? titel != null : !TITEL_EDEFAULT.equals(titel);
			case QuartierwerkPackage.ZIEL__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
			case QuartierwerkPackage.ZIEL__EBENE:
				return isSetEbene();
			case QuartierwerkPackage.ZIEL__TYP:
				return isSetTyp();
			case QuartierwerkPackage.ZIEL__WIRKUNGSSTUFE:
				return isSetWirkungsstufe();
			case QuartierwerkPackage.ZIEL__SPEZIFISCH:
				return SPEZIFISCH_EDEFAULT == null ? spezifisch != null : !SPEZIFISCH_EDEFAULT.equals(spezifisch);
			case QuartierwerkPackage.ZIEL__MESSBAR:
				return MESSBAR_EDEFAULT == null ? messbar != null : !MESSBAR_EDEFAULT.equals(messbar);
			case QuartierwerkPackage.ZIEL__ERREICHBAR:
				return ERREICHBAR_EDEFAULT == null ? erreichbar != null : !ERREICHBAR_EDEFAULT.equals(erreichbar);
			case QuartierwerkPackage.ZIEL__REALISTISCH:
				return REALISTISCH_EDEFAULT == null ? realistisch != null : !REALISTISCH_EDEFAULT.equals(realistisch);
			case QuartierwerkPackage.ZIEL__TERMIN:
				return TERMIN_EDEFAULT == null ? termin != null : !TERMIN_EDEFAULT.equals(termin);
			case QuartierwerkPackage.ZIEL__UNTERZIELE:
				return unterziele != null && !unterziele.isEmpty();
			case QuartierwerkPackage.ZIEL__KENNZAHLEN:
				return kennzahlen != null && !kennzahlen.isEmpty();
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
		result.append(" (titel: ");
		result.append(titel);
		result.append(", beschreibung: ");
		result.append(beschreibung);
		result.append(", ebene: ");
		if (ebeneESet) result.append(ebene); else result.append("<unset>");
		result.append(", typ: ");
		if (typESet) result.append(typ); else result.append("<unset>");
		result.append(", wirkungsstufe: ");
		if (wirkungsstufeESet) result.append(wirkungsstufe); else result.append("<unset>");
		result.append(", spezifisch: ");
		result.append(spezifisch);
		result.append(", messbar: ");
		result.append(messbar);
		result.append(", erreichbar: ");
		result.append(erreichbar);
		result.append(", realistisch: ");
		result.append(realistisch);
		result.append(", termin: ");
		result.append(termin);
		result.append(')');
		return result.toString();
	}

} //ZielImpl
