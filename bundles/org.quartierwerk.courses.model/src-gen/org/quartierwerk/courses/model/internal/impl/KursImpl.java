/**
 */
package org.quartierwerk.courses.model.internal.impl;

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

import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.courses.model.Modul;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kurs</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getAnbieter <em>Anbieter</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getZielgruppe <em>Zielgruppe</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getBeschreibung <em>Beschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getDauerMonate <em>Dauer Monate</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getUmfangStunden <em>Umfang Stunden</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getGebuehr <em>Gebuehr</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#isGebuehrBefreiungMoeglich <em>Gebuehr Befreiung Moeglich</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getZertifikat <em>Zertifikat</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getZertifikatsvorlage <em>Zertifikatsvorlage</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getAnschluss <em>Anschluss</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getModule <em>Module</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getAnforderungen <em>Anforderungen</em>}</li>
 *   <li>{@link org.quartierwerk.courses.model.internal.impl.KursImpl#getChecklisten <em>Checklisten</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KursImpl extends MinimalEObjectImpl.Container implements Kurs {
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
	 * The default value of the '{@link #getAnbieter() <em>Anbieter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnbieter()
	 * @generated
	 * @ordered
	 */
	protected static final String ANBIETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnbieter() <em>Anbieter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnbieter()
	 * @generated
	 * @ordered
	 */
	protected String anbieter = ANBIETER_EDEFAULT;

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
	 * The default value of the '{@link #getDauerMonate() <em>Dauer Monate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDauerMonate()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DAUER_MONATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDauerMonate() <em>Dauer Monate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDauerMonate()
	 * @generated
	 * @ordered
	 */
	protected Integer dauerMonate = DAUER_MONATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUmfangStunden() <em>Umfang Stunden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUmfangStunden()
	 * @generated
	 * @ordered
	 */
	protected static final Integer UMFANG_STUNDEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUmfangStunden() <em>Umfang Stunden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUmfangStunden()
	 * @generated
	 * @ordered
	 */
	protected Integer umfangStunden = UMFANG_STUNDEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getGebuehr() <em>Gebuehr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGebuehr()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal GEBUEHR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGebuehr() <em>Gebuehr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGebuehr()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal gebuehr = GEBUEHR_EDEFAULT;

	/**
	 * The default value of the '{@link #isGebuehrBefreiungMoeglich() <em>Gebuehr Befreiung Moeglich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGebuehrBefreiungMoeglich()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GEBUEHR_BEFREIUNG_MOEGLICH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGebuehrBefreiungMoeglich() <em>Gebuehr Befreiung Moeglich</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGebuehrBefreiungMoeglich()
	 * @generated
	 * @ordered
	 */
	protected boolean gebuehrBefreiungMoeglich = GEBUEHR_BEFREIUNG_MOEGLICH_EDEFAULT;

	/**
	 * The default value of the '{@link #getZertifikat() <em>Zertifikat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZertifikat()
	 * @generated
	 * @ordered
	 */
	protected static final String ZERTIFIKAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZertifikat() <em>Zertifikat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZertifikat()
	 * @generated
	 * @ordered
	 */
	protected String zertifikat = ZERTIFIKAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getZertifikatsvorlage() <em>Zertifikatsvorlage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZertifikatsvorlage()
	 * @generated
	 * @ordered
	 */
	protected static final String ZERTIFIKATSVORLAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZertifikatsvorlage() <em>Zertifikatsvorlage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZertifikatsvorlage()
	 * @generated
	 * @ordered
	 */
	protected String zertifikatsvorlage = ZERTIFIKATSVORLAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnschluss() <em>Anschluss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnschluss()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSCHLUSS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnschluss() <em>Anschluss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnschluss()
	 * @generated
	 * @ordered
	 */
	protected String anschluss = ANSCHLUSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuelle() <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuelle()
	 * @generated
	 * @ordered
	 */
	protected static final String QUELLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuelle() <em>Quelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuelle()
	 * @generated
	 * @ordered
	 */
	protected String quelle = QUELLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModule() <em>Module</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected EList<Modul> module;

	/**
	 * The cached value of the '{@link #getAnforderungen() <em>Anforderungen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnforderungen()
	 * @generated
	 * @ordered
	 */
	protected EList<Anforderung> anforderungen;

	/**
	 * The cached value of the '{@link #getChecklisten() <em>Checklisten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklisten()
	 * @generated
	 * @ordered
	 */
	protected EList<Checkliste> checklisten;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KursImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KursPackage.Literals.KURS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__TITEL, oldTitel, titel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnbieter() {
		return anbieter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnbieter(String newAnbieter) {
		String oldAnbieter = anbieter;
		anbieter = newAnbieter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__ANBIETER, oldAnbieter, anbieter));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__ZIELGRUPPE, oldZielgruppe, zielgruppe));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__BESCHREIBUNG, oldBeschreibung, beschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDauerMonate() {
		return dauerMonate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDauerMonate(Integer newDauerMonate) {
		Integer oldDauerMonate = dauerMonate;
		dauerMonate = newDauerMonate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__DAUER_MONATE, oldDauerMonate, dauerMonate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getUmfangStunden() {
		return umfangStunden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUmfangStunden(Integer newUmfangStunden) {
		Integer oldUmfangStunden = umfangStunden;
		umfangStunden = newUmfangStunden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__UMFANG_STUNDEN, oldUmfangStunden, umfangStunden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getGebuehr() {
		return gebuehr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGebuehr(BigDecimal newGebuehr) {
		BigDecimal oldGebuehr = gebuehr;
		gebuehr = newGebuehr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__GEBUEHR, oldGebuehr, gebuehr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGebuehrBefreiungMoeglich() {
		return gebuehrBefreiungMoeglich;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGebuehrBefreiungMoeglich(boolean newGebuehrBefreiungMoeglich) {
		boolean oldGebuehrBefreiungMoeglich = gebuehrBefreiungMoeglich;
		gebuehrBefreiungMoeglich = newGebuehrBefreiungMoeglich;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__GEBUEHR_BEFREIUNG_MOEGLICH, oldGebuehrBefreiungMoeglich, gebuehrBefreiungMoeglich));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZertifikat() {
		return zertifikat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZertifikat(String newZertifikat) {
		String oldZertifikat = zertifikat;
		zertifikat = newZertifikat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__ZERTIFIKAT, oldZertifikat, zertifikat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZertifikatsvorlage() {
		return zertifikatsvorlage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZertifikatsvorlage(String newZertifikatsvorlage) {
		String oldZertifikatsvorlage = zertifikatsvorlage;
		zertifikatsvorlage = newZertifikatsvorlage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__ZERTIFIKATSVORLAGE, oldZertifikatsvorlage, zertifikatsvorlage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnschluss() {
		return anschluss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnschluss(String newAnschluss) {
		String oldAnschluss = anschluss;
		anschluss = newAnschluss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__ANSCHLUSS, oldAnschluss, anschluss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuelle() {
		return quelle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuelle(String newQuelle) {
		String oldQuelle = quelle;
		quelle = newQuelle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KursPackage.KURS__QUELLE, oldQuelle, quelle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Modul> getModule() {
		if (module == null) {
			module = new EObjectContainmentEList<Modul>(Modul.class, this, KursPackage.KURS__MODULE);
		}
		return module;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Anforderung> getAnforderungen() {
		if (anforderungen == null) {
			anforderungen = new EObjectContainmentEList<Anforderung>(Anforderung.class, this, KursPackage.KURS__ANFORDERUNGEN);
		}
		return anforderungen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Checkliste> getChecklisten() {
		if (checklisten == null) {
			checklisten = new EObjectContainmentEList<Checkliste>(Checkliste.class, this, KursPackage.KURS__CHECKLISTEN);
		}
		return checklisten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KursPackage.KURS__MODULE:
				return ((InternalEList<?>)getModule()).basicRemove(otherEnd, msgs);
			case KursPackage.KURS__ANFORDERUNGEN:
				return ((InternalEList<?>)getAnforderungen()).basicRemove(otherEnd, msgs);
			case KursPackage.KURS__CHECKLISTEN:
				return ((InternalEList<?>)getChecklisten()).basicRemove(otherEnd, msgs);
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
			case KursPackage.KURS__ID:
				return getId();
			case KursPackage.KURS__TITEL:
				return getTitel();
			case KursPackage.KURS__ANBIETER:
				return getAnbieter();
			case KursPackage.KURS__ZIELGRUPPE:
				return getZielgruppe();
			case KursPackage.KURS__BESCHREIBUNG:
				return getBeschreibung();
			case KursPackage.KURS__DAUER_MONATE:
				return getDauerMonate();
			case KursPackage.KURS__UMFANG_STUNDEN:
				return getUmfangStunden();
			case KursPackage.KURS__GEBUEHR:
				return getGebuehr();
			case KursPackage.KURS__GEBUEHR_BEFREIUNG_MOEGLICH:
				return isGebuehrBefreiungMoeglich();
			case KursPackage.KURS__ZERTIFIKAT:
				return getZertifikat();
			case KursPackage.KURS__ZERTIFIKATSVORLAGE:
				return getZertifikatsvorlage();
			case KursPackage.KURS__ANSCHLUSS:
				return getAnschluss();
			case KursPackage.KURS__QUELLE:
				return getQuelle();
			case KursPackage.KURS__MODULE:
				return getModule();
			case KursPackage.KURS__ANFORDERUNGEN:
				return getAnforderungen();
			case KursPackage.KURS__CHECKLISTEN:
				return getChecklisten();
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
			case KursPackage.KURS__ID:
				setId((String)newValue);
				return;
			case KursPackage.KURS__TITEL:
				setTitel((String)newValue);
				return;
			case KursPackage.KURS__ANBIETER:
				setAnbieter((String)newValue);
				return;
			case KursPackage.KURS__ZIELGRUPPE:
				setZielgruppe((String)newValue);
				return;
			case KursPackage.KURS__BESCHREIBUNG:
				setBeschreibung((String)newValue);
				return;
			case KursPackage.KURS__DAUER_MONATE:
				setDauerMonate((Integer)newValue);
				return;
			case KursPackage.KURS__UMFANG_STUNDEN:
				setUmfangStunden((Integer)newValue);
				return;
			case KursPackage.KURS__GEBUEHR:
				setGebuehr((BigDecimal)newValue);
				return;
			case KursPackage.KURS__GEBUEHR_BEFREIUNG_MOEGLICH:
				setGebuehrBefreiungMoeglich((Boolean)newValue);
				return;
			case KursPackage.KURS__ZERTIFIKAT:
				setZertifikat((String)newValue);
				return;
			case KursPackage.KURS__ZERTIFIKATSVORLAGE:
				setZertifikatsvorlage((String)newValue);
				return;
			case KursPackage.KURS__ANSCHLUSS:
				setAnschluss((String)newValue);
				return;
			case KursPackage.KURS__QUELLE:
				setQuelle((String)newValue);
				return;
			case KursPackage.KURS__MODULE:
				getModule().clear();
				getModule().addAll((Collection<? extends Modul>)newValue);
				return;
			case KursPackage.KURS__ANFORDERUNGEN:
				getAnforderungen().clear();
				getAnforderungen().addAll((Collection<? extends Anforderung>)newValue);
				return;
			case KursPackage.KURS__CHECKLISTEN:
				getChecklisten().clear();
				getChecklisten().addAll((Collection<? extends Checkliste>)newValue);
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
			case KursPackage.KURS__ID:
				setId(ID_EDEFAULT);
				return;
			case KursPackage.KURS__TITEL:
				setTitel(TITEL_EDEFAULT);
				return;
			case KursPackage.KURS__ANBIETER:
				setAnbieter(ANBIETER_EDEFAULT);
				return;
			case KursPackage.KURS__ZIELGRUPPE:
				setZielgruppe(ZIELGRUPPE_EDEFAULT);
				return;
			case KursPackage.KURS__BESCHREIBUNG:
				setBeschreibung(BESCHREIBUNG_EDEFAULT);
				return;
			case KursPackage.KURS__DAUER_MONATE:
				setDauerMonate(DAUER_MONATE_EDEFAULT);
				return;
			case KursPackage.KURS__UMFANG_STUNDEN:
				setUmfangStunden(UMFANG_STUNDEN_EDEFAULT);
				return;
			case KursPackage.KURS__GEBUEHR:
				setGebuehr(GEBUEHR_EDEFAULT);
				return;
			case KursPackage.KURS__GEBUEHR_BEFREIUNG_MOEGLICH:
				setGebuehrBefreiungMoeglich(GEBUEHR_BEFREIUNG_MOEGLICH_EDEFAULT);
				return;
			case KursPackage.KURS__ZERTIFIKAT:
				setZertifikat(ZERTIFIKAT_EDEFAULT);
				return;
			case KursPackage.KURS__ZERTIFIKATSVORLAGE:
				setZertifikatsvorlage(ZERTIFIKATSVORLAGE_EDEFAULT);
				return;
			case KursPackage.KURS__ANSCHLUSS:
				setAnschluss(ANSCHLUSS_EDEFAULT);
				return;
			case KursPackage.KURS__QUELLE:
				setQuelle(QUELLE_EDEFAULT);
				return;
			case KursPackage.KURS__MODULE:
				getModule().clear();
				return;
			case KursPackage.KURS__ANFORDERUNGEN:
				getAnforderungen().clear();
				return;
			case KursPackage.KURS__CHECKLISTEN:
				getChecklisten().clear();
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
			case KursPackage.KURS__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case KursPackage.KURS__TITEL:
				return TITEL_EDEFAULT == null ? titel != null : !TITEL_EDEFAULT.equals(titel);
			case KursPackage.KURS__ANBIETER:
				return ANBIETER_EDEFAULT == null ? anbieter != null : !ANBIETER_EDEFAULT.equals(anbieter);
			case KursPackage.KURS__ZIELGRUPPE:
				return ZIELGRUPPE_EDEFAULT == null ? zielgruppe != null : !ZIELGRUPPE_EDEFAULT.equals(zielgruppe);
			case KursPackage.KURS__BESCHREIBUNG:
				return BESCHREIBUNG_EDEFAULT == null ? beschreibung != null : !BESCHREIBUNG_EDEFAULT.equals(beschreibung);
			case KursPackage.KURS__DAUER_MONATE:
				return DAUER_MONATE_EDEFAULT == null ? dauerMonate != null : !DAUER_MONATE_EDEFAULT.equals(dauerMonate);
			case KursPackage.KURS__UMFANG_STUNDEN:
				return UMFANG_STUNDEN_EDEFAULT == null ? umfangStunden != null : !UMFANG_STUNDEN_EDEFAULT.equals(umfangStunden);
			case KursPackage.KURS__GEBUEHR:
				return GEBUEHR_EDEFAULT == null ? gebuehr != null : !GEBUEHR_EDEFAULT.equals(gebuehr);
			case KursPackage.KURS__GEBUEHR_BEFREIUNG_MOEGLICH:
				return gebuehrBefreiungMoeglich != GEBUEHR_BEFREIUNG_MOEGLICH_EDEFAULT;
			case KursPackage.KURS__ZERTIFIKAT:
				return ZERTIFIKAT_EDEFAULT == null ? zertifikat != null : !ZERTIFIKAT_EDEFAULT.equals(zertifikat);
			case KursPackage.KURS__ZERTIFIKATSVORLAGE:
				return ZERTIFIKATSVORLAGE_EDEFAULT == null ? zertifikatsvorlage != null : !ZERTIFIKATSVORLAGE_EDEFAULT.equals(zertifikatsvorlage);
			case KursPackage.KURS__ANSCHLUSS:
				return ANSCHLUSS_EDEFAULT == null ? anschluss != null : !ANSCHLUSS_EDEFAULT.equals(anschluss);
			case KursPackage.KURS__QUELLE:
				return QUELLE_EDEFAULT == null ? quelle != null : !QUELLE_EDEFAULT.equals(quelle);
			case KursPackage.KURS__MODULE:
				return module != null && !module.isEmpty();
			case KursPackage.KURS__ANFORDERUNGEN:
				return anforderungen != null && !anforderungen.isEmpty();
			case KursPackage.KURS__CHECKLISTEN:
				return checklisten != null && !checklisten.isEmpty();
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
		result.append(", titel: ");
		result.append(titel);
		result.append(", anbieter: ");
		result.append(anbieter);
		result.append(", zielgruppe: ");
		result.append(zielgruppe);
		result.append(", beschreibung: ");
		result.append(beschreibung);
		result.append(", dauerMonate: ");
		result.append(dauerMonate);
		result.append(", umfangStunden: ");
		result.append(umfangStunden);
		result.append(", gebuehr: ");
		result.append(gebuehr);
		result.append(", gebuehrBefreiungMoeglich: ");
		result.append(gebuehrBefreiungMoeglich);
		result.append(", zertifikat: ");
		result.append(zertifikat);
		result.append(", zertifikatsvorlage: ");
		result.append(zertifikatsvorlage);
		result.append(", anschluss: ");
		result.append(anschluss);
		result.append(", quelle: ");
		result.append(quelle);
		result.append(')');
		return result.toString();
	}

} //KursImpl
