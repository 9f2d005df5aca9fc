/**
 */
package org.quartierwerk.model.internal.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Handlungsfeld;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finanzierungsquelle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getArt <em>Art</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getGeber <em>Geber</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getProgramm <em>Programm</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getRechtsgrundlage <em>Rechtsgrundlage</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getFoerderquoteMax <em>Foerderquote Max</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getHoechstbetrag <em>Hoechstbetrag</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getMaxLaufzeitJahre <em>Max Laufzeit Jahre</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getTurnus <em>Turnus</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getFoerdergebiet <em>Foerdergebiet</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getHandlungsfelder <em>Handlungsfelder</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.FinanzierungsquelleImpl#getBeleg <em>Beleg</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FinanzierungsquelleImpl extends MinimalEObjectImpl.Container implements Finanzierungsquelle {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	protected static final Finanzierungsart ART_EDEFAULT = Finanzierungsart.KOMMUNE;

	/**
	 * The cached value of the '{@link #getArt() <em>Art</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArt()
	 * @generated
	 * @ordered
	 */
	protected Finanzierungsart art = ART_EDEFAULT;

	/**
	 * This is true if the Art attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean artESet;

	/**
	 * The default value of the '{@link #getGeber() <em>Geber</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeber()
	 * @generated
	 * @ordered
	 */
	protected static final String GEBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeber() <em>Geber</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeber()
	 * @generated
	 * @ordered
	 */
	protected String geber = GEBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgramm() <em>Programm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramm()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRAMM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgramm() <em>Programm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramm()
	 * @generated
	 * @ordered
	 */
	protected String programm = PROGRAMM_EDEFAULT;

	/**
	 * The default value of the '{@link #getRechtsgrundlage() <em>Rechtsgrundlage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRechtsgrundlage()
	 * @generated
	 * @ordered
	 */
	protected static final String RECHTSGRUNDLAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRechtsgrundlage() <em>Rechtsgrundlage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRechtsgrundlage()
	 * @generated
	 * @ordered
	 */
	protected String rechtsgrundlage = RECHTSGRUNDLAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFoerderquoteMax() <em>Foerderquote Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoerderquoteMax()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal FOERDERQUOTE_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoerderquoteMax() <em>Foerderquote Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoerderquoteMax()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal foerderquoteMax = FOERDERQUOTE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoechstbetrag() <em>Hoechstbetrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoechstbetrag()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal HOECHSTBETRAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHoechstbetrag() <em>Hoechstbetrag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoechstbetrag()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal hoechstbetrag = HOECHSTBETRAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxLaufzeitJahre() <em>Max Laufzeit Jahre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLaufzeitJahre()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_LAUFZEIT_JAHRE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxLaufzeitJahre() <em>Max Laufzeit Jahre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLaufzeitJahre()
	 * @generated
	 * @ordered
	 */
	protected Integer maxLaufzeitJahre = MAX_LAUFZEIT_JAHRE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTurnus() <em>Turnus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTurnus()
	 * @generated
	 * @ordered
	 */
	protected static final String TURNUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTurnus() <em>Turnus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTurnus()
	 * @generated
	 * @ordered
	 */
	protected String turnus = TURNUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFoerdergebiet() <em>Foerdergebiet</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoerdergebiet()
	 * @generated
	 * @ordered
	 */
	protected EList<Bundesland> foerdergebiet;

	/**
	 * The cached value of the '{@link #getHandlungsfelder() <em>Handlungsfelder</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlungsfelder()
	 * @generated
	 * @ordered
	 */
	protected EList<Handlungsfeld> handlungsfelder;

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
	 * The default value of the '{@link #getBeleg() <em>Beleg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeleg()
	 * @generated
	 * @ordered
	 */
	protected static final String BELEG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeleg() <em>Beleg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeleg()
	 * @generated
	 * @ordered
	 */
	protected String beleg = BELEG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FinanzierungsquelleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.FINANZIERUNGSQUELLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungsart getArt() {
		return art;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArt(Finanzierungsart newArt) {
		Finanzierungsart oldArt = art;
		art = newArt == null ? ART_EDEFAULT : newArt;
		boolean oldArtESet = artESet;
		artESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__ART, oldArt, art, !oldArtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetArt() {
		Finanzierungsart oldArt = art;
		boolean oldArtESet = artESet;
		art = ART_EDEFAULT;
		artESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.FINANZIERUNGSQUELLE__ART, oldArt, ART_EDEFAULT, oldArtESet));
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
	public String getGeber() {
		return geber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeber(String newGeber) {
		String oldGeber = geber;
		geber = newGeber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__GEBER, oldGeber, geber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgramm() {
		return programm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgramm(String newProgramm) {
		String oldProgramm = programm;
		programm = newProgramm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__PROGRAMM, oldProgramm, programm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRechtsgrundlage() {
		return rechtsgrundlage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRechtsgrundlage(String newRechtsgrundlage) {
		String oldRechtsgrundlage = rechtsgrundlage;
		rechtsgrundlage = newRechtsgrundlage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE, oldRechtsgrundlage, rechtsgrundlage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getFoerderquoteMax() {
		return foerderquoteMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoerderquoteMax(BigDecimal newFoerderquoteMax) {
		BigDecimal oldFoerderquoteMax = foerderquoteMax;
		foerderquoteMax = newFoerderquoteMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX, oldFoerderquoteMax, foerderquoteMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getHoechstbetrag() {
		return hoechstbetrag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoechstbetrag(BigDecimal newHoechstbetrag) {
		BigDecimal oldHoechstbetrag = hoechstbetrag;
		hoechstbetrag = newHoechstbetrag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__HOECHSTBETRAG, oldHoechstbetrag, hoechstbetrag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxLaufzeitJahre() {
		return maxLaufzeitJahre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLaufzeitJahre(Integer newMaxLaufzeitJahre) {
		Integer oldMaxLaufzeitJahre = maxLaufzeitJahre;
		maxLaufzeitJahre = newMaxLaufzeitJahre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE, oldMaxLaufzeitJahre, maxLaufzeitJahre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTurnus() {
		return turnus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTurnus(String newTurnus) {
		String oldTurnus = turnus;
		turnus = newTurnus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__TURNUS, oldTurnus, turnus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Bundesland> getFoerdergebiet() {
		if (foerdergebiet == null) {
			foerdergebiet = new EDataTypeUniqueEList<Bundesland>(Bundesland.class, this, QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERGEBIET);
		}
		return foerdergebiet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Handlungsfeld> getHandlungsfelder() {
		if (handlungsfelder == null) {
			handlungsfelder = new EDataTypeUniqueEList<Handlungsfeld>(Handlungsfeld.class, this, QuartierwerkPackage.FINANZIERUNGSQUELLE__HANDLUNGSFELDER);
		}
		return handlungsfelder;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__BESCHREIBUNG, oldBeschreibung, beschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeleg() {
		return beleg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeleg(String newBeleg) {
		String oldBeleg = beleg;
		beleg = newBeleg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.FINANZIERUNGSQUELLE__BELEG, oldBeleg, beleg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ID:
				return getId();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__NAME:
				return getName();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ART:
				return getArt();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__GEBER:
				return getGeber();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__PROGRAMM:
				return getProgramm();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE:
				return getRechtsgrundlage();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX:
				return getFoerderquoteMax();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HOECHSTBETRAG:
				return getHoechstbetrag();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE:
				return getMaxLaufzeitJahre();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__TURNUS:
				return getTurnus();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERGEBIET:
				return getFoerdergebiet();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HANDLUNGSFELDER:
				return getHandlungsfelder();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BESCHREIBUNG:
				return getBeschreibung();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BELEG:
				return getBeleg();
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
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ID:
				setId((String)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__NAME:
				setName((String)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ART:
				setArt((Finanzierungsart)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__GEBER:
				setGeber((String)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__PROGRAMM:
				setProgramm((String)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE:
				setRechtsgrundlage((String)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX:
				setFoerderquoteMax((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HOECHSTBETRAG:
				setHoechstbetrag((BigDecimal)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE:
				setMaxLaufzeitJahre((Integer)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__TURNUS:
				setTurnus((String)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERGEBIET:
				getFoerdergebiet().clear();
				getFoerdergebiet().addAll((Collection<? extends Bundesland>)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HANDLUNGSFELDER:
				getHandlungsfelder().clear();
				getHandlungsfelder().addAll((Collection<? extends Handlungsfeld>)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BESCHREIBUNG:
				setBeschreibung((String)newValue);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BELEG:
				setBeleg((String)newValue);
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
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ID:
				setId(ID_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ART:
				unsetArt();
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__GEBER:
				setGeber(GEBER_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__PROGRAMM:
				setProgramm(PROGRAMM_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE:
				setRechtsgrundlage(RECHTSGRUNDLAGE_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX:
				setFoerderquoteMax(FOERDERQUOTE_MAX_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HOECHSTBETRAG:
				setHoechstbetrag(HOECHSTBETRAG_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE:
				setMaxLaufzeitJahre(MAX_LAUFZEIT_JAHRE_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__TURNUS:
				setTurnus(TURNUS_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERGEBIET:
				getFoerdergebiet().clear();
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HANDLUNGSFELDER:
				getHandlungsfelder().clear();
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BELEG:
				setBeleg(BELEG_EDEFAULT);
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
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__ART:
				return isSetArt();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__GEBER:
				return GEBER_EDEFAULT == null ? geber != null : !GEBER_EDEFAULT.equals(geber);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__PROGRAMM:
				return PROGRAMM_EDEFAULT == null ? programm != null : !PROGRAMM_EDEFAULT.equals(programm);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__RECHTSGRUNDLAGE:
				return RECHTSGRUNDLAGE_EDEFAULT == null ? rechtsgrundlage != null : !RECHTSGRUNDLAGE_EDEFAULT.equals(rechtsgrundlage);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERQUOTE_MAX:
				return FOERDERQUOTE_MAX_EDEFAULT == null ? foerderquoteMax != null : !FOERDERQUOTE_MAX_EDEFAULT.equals(foerderquoteMax);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HOECHSTBETRAG:
				return HOECHSTBETRAG_EDEFAULT == null ? hoechstbetrag != null : !HOECHSTBETRAG_EDEFAULT.equals(hoechstbetrag);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__MAX_LAUFZEIT_JAHRE:
				return MAX_LAUFZEIT_JAHRE_EDEFAULT == null ? maxLaufzeitJahre != null : !MAX_LAUFZEIT_JAHRE_EDEFAULT.equals(maxLaufzeitJahre);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__TURNUS:
				return TURNUS_EDEFAULT == null ? turnus != null : !TURNUS_EDEFAULT.equals(turnus);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__FOERDERGEBIET:
				return foerdergebiet != null && !foerdergebiet.isEmpty();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__HANDLUNGSFELDER:
				return handlungsfelder != null && !handlungsfelder.isEmpty();
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
			case QuartierwerkPackage.FINANZIERUNGSQUELLE__BELEG:
				return BELEG_EDEFAULT == null ? beleg != null : !BELEG_EDEFAULT.equals(beleg);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", art: ");
		if (artESet) result.append(art); else result.append("<unset>");
		result.append(", geber: ");
		result.append(geber);
		result.append(", programm: ");
		result.append(programm);
		result.append(", rechtsgrundlage: ");
		result.append(rechtsgrundlage);
		result.append(", foerderquoteMax: ");
		result.append(foerderquoteMax);
		result.append(", hoechstbetrag: ");
		result.append(hoechstbetrag);
		result.append(", maxLaufzeitJahre: ");
		result.append(maxLaufzeitJahre);
		result.append(", turnus: ");
		result.append(turnus);
		result.append(", foerdergebiet: ");
		result.append(foerdergebiet);
		result.append(", handlungsfelder: ");
		result.append(handlungsfelder);
		result.append(", beschreibung: ");
		result.append(beschreibung);
		result.append(", beleg: ");
		result.append(beleg);
		result.append(')');
		return result.toString();
	}

} //FinanzierungsquelleImpl
