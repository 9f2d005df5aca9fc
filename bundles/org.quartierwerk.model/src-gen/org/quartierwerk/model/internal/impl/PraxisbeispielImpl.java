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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.Handlungsfeld;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.model.Stelle;
import org.quartierwerk.model.Strukturprinzip;
import org.quartierwerk.model.Ziel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Praxisbeispiel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getTitel <em>Titel</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getKurzbeschreibung <em>Kurzbeschreibung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getHerausforderung <em>Herausforderung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getUnterthema <em>Unterthema</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getStrukturprinzipien <em>Strukturprinzipien</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getHandlungsfelder <em>Handlungsfelder</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getBundesland <em>Bundesland</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getQuartier <em>Quartier</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getWeitereOrte <em>Weitere Orte</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getKennung <em>Kennung</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getVerweise <em>Verweise</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getLaufzeit <em>Laufzeit</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getZielgruppen <em>Zielgruppen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getOrganisationen <em>Organisationen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getTraeger <em>Traeger</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getWeitereTraeger <em>Weitere Traeger</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getKooperationen <em>Kooperationen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getStellen <em>Stellen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getArbeitsschritte <em>Arbeitsschritte</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getFinanzierungsplan <em>Finanzierungsplan</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getBeteiligungen <em>Beteiligungen</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getZiele <em>Ziele</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getZieleText <em>Ziele Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getArbeitsschritteText <em>Arbeitsschritte Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getWirkungserfolge <em>Wirkungserfolge</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getBesonderheit <em>Besonderheit</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getBeteiligungText <em>Beteiligung Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getFinanzierungText <em>Finanzierung Text</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getQuelle <em>Quelle</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getGoodPractice <em>Good Practice</em>}</li>
 *   <li>{@link org.quartierwerk.model.internal.impl.PraxisbeispielImpl#getEinsparungen <em>Einsparungen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PraxisbeispielImpl extends MinimalEObjectImpl.Container implements Praxisbeispiel {
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
	 * The default value of the '{@link #getKurzbeschreibung() <em>Kurzbeschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKurzbeschreibung()
	 * @generated
	 * @ordered
	 */
	protected static final String KURZBESCHREIBUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKurzbeschreibung() <em>Kurzbeschreibung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKurzbeschreibung()
	 * @generated
	 * @ordered
	 */
	protected String kurzbeschreibung = KURZBESCHREIBUNG_EDEFAULT;

	/**
	 * The default value of the '{@link #getHerausforderung() <em>Herausforderung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHerausforderung()
	 * @generated
	 * @ordered
	 */
	protected static final Herausforderung HERAUSFORDERUNG_EDEFAULT = Herausforderung.KOOPERATION_VERNETZUNG;

	/**
	 * The cached value of the '{@link #getHerausforderung() <em>Herausforderung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHerausforderung()
	 * @generated
	 * @ordered
	 */
	protected Herausforderung herausforderung = HERAUSFORDERUNG_EDEFAULT;

	/**
	 * This is true if the Herausforderung attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean herausforderungESet;

	/**
	 * The default value of the '{@link #getUnterthema() <em>Unterthema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnterthema()
	 * @generated
	 * @ordered
	 */
	protected static final String UNTERTHEMA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnterthema() <em>Unterthema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnterthema()
	 * @generated
	 * @ordered
	 */
	protected String unterthema = UNTERTHEMA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStrukturprinzipien() <em>Strukturprinzipien</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrukturprinzipien()
	 * @generated
	 * @ordered
	 */
	protected EList<Strukturprinzip> strukturprinzipien;

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
	 * The default value of the '{@link #getBundesland() <em>Bundesland</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundesland()
	 * @generated
	 * @ordered
	 */
	protected static final Bundesland BUNDESLAND_EDEFAULT = Bundesland.BADEN_WUERTTEMBERG;

	/**
	 * The cached value of the '{@link #getBundesland() <em>Bundesland</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundesland()
	 * @generated
	 * @ordered
	 */
	protected Bundesland bundesland = BUNDESLAND_EDEFAULT;

	/**
	 * This is true if the Bundesland attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean bundeslandESet;

	/**
	 * The cached value of the '{@link #getQuartier() <em>Quartier</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuartier()
	 * @generated
	 * @ordered
	 */
	protected Quartier quartier;

	/**
	 * The cached value of the '{@link #getWeitereOrte() <em>Weitere Orte</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeitereOrte()
	 * @generated
	 * @ordered
	 */
	protected EList<Quartier> weitereOrte;

	/**
	 * The default value of the '{@link #getKennung() <em>Kennung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKennung()
	 * @generated
	 * @ordered
	 */
	protected static final String KENNUNG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKennung() <em>Kennung</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKennung()
	 * @generated
	 * @ordered
	 */
	protected String kennung = KENNUNG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerweise() <em>Verweise</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerweise()
	 * @generated
	 * @ordered
	 */
	protected EList<Projektverweis> verweise;

	/**
	 * The cached value of the '{@link #getLaufzeit() <em>Laufzeit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaufzeit()
	 * @generated
	 * @ordered
	 */
	protected Laufzeit laufzeit;

	/**
	 * The cached value of the '{@link #getZielgruppen() <em>Zielgruppen</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZielgruppen()
	 * @generated
	 * @ordered
	 */
	protected EList<String> zielgruppen;

	/**
	 * The cached value of the '{@link #getOrganisationen() <em>Organisationen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationen()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisationen;

	/**
	 * The cached value of the '{@link #getTraeger() <em>Traeger</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraeger()
	 * @generated
	 * @ordered
	 */
	protected Organisation traeger;

	/**
	 * The cached value of the '{@link #getWeitereTraeger() <em>Weitere Traeger</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeitereTraeger()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> weitereTraeger;

	/**
	 * The cached value of the '{@link #getKooperationen() <em>Kooperationen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKooperationen()
	 * @generated
	 * @ordered
	 */
	protected EList<Kooperation> kooperationen;

	/**
	 * The cached value of the '{@link #getStellen() <em>Stellen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStellen()
	 * @generated
	 * @ordered
	 */
	protected EList<Stelle> stellen;

	/**
	 * The cached value of the '{@link #getArbeitsschritte() <em>Arbeitsschritte</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArbeitsschritte()
	 * @generated
	 * @ordered
	 */
	protected EList<Arbeitsschritt> arbeitsschritte;

	/**
	 * The cached value of the '{@link #getFinanzierungsplan() <em>Finanzierungsplan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinanzierungsplan()
	 * @generated
	 * @ordered
	 */
	protected Finanzierungsplan finanzierungsplan;

	/**
	 * The cached value of the '{@link #getBeteiligungen() <em>Beteiligungen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeteiligungen()
	 * @generated
	 * @ordered
	 */
	protected EList<Beteiligung> beteiligungen;

	/**
	 * The cached value of the '{@link #getZiele() <em>Ziele</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZiele()
	 * @generated
	 * @ordered
	 */
	protected EList<Ziel> ziele;

	/**
	 * The default value of the '{@link #getZieleText() <em>Ziele Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZieleText()
	 * @generated
	 * @ordered
	 */
	protected static final String ZIELE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZieleText() <em>Ziele Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZieleText()
	 * @generated
	 * @ordered
	 */
	protected String zieleText = ZIELE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getArbeitsschritteText() <em>Arbeitsschritte Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArbeitsschritteText()
	 * @generated
	 * @ordered
	 */
	protected static final String ARBEITSSCHRITTE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArbeitsschritteText() <em>Arbeitsschritte Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArbeitsschritteText()
	 * @generated
	 * @ordered
	 */
	protected String arbeitsschritteText = ARBEITSSCHRITTE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWirkungserfolge() <em>Wirkungserfolge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWirkungserfolge()
	 * @generated
	 * @ordered
	 */
	protected static final String WIRKUNGSERFOLGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWirkungserfolge() <em>Wirkungserfolge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWirkungserfolge()
	 * @generated
	 * @ordered
	 */
	protected String wirkungserfolge = WIRKUNGSERFOLGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBesonderheit() <em>Besonderheit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBesonderheit()
	 * @generated
	 * @ordered
	 */
	protected static final String BESONDERHEIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBesonderheit() <em>Besonderheit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBesonderheit()
	 * @generated
	 * @ordered
	 */
	protected String besonderheit = BESONDERHEIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeteiligungText() <em>Beteiligung Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeteiligungText()
	 * @generated
	 * @ordered
	 */
	protected static final String BETEILIGUNG_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeteiligungText() <em>Beteiligung Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeteiligungText()
	 * @generated
	 * @ordered
	 */
	protected String beteiligungText = BETEILIGUNG_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinanzierungText() <em>Finanzierung Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinanzierungText()
	 * @generated
	 * @ordered
	 */
	protected static final String FINANZIERUNG_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinanzierungText() <em>Finanzierung Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinanzierungText()
	 * @generated
	 * @ordered
	 */
	protected String finanzierungText = FINANZIERUNG_TEXT_EDEFAULT;

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
	 * The cached value of the '{@link #getGoodPractice() <em>Good Practice</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoodPractice()
	 * @generated
	 * @ordered
	 */
	protected EList<Kriteriumsbewertung> goodPractice;

	/**
	 * The cached value of the '{@link #getEinsparungen() <em>Einsparungen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEinsparungen()
	 * @generated
	 * @ordered
	 */
	protected EList<Einsparung> einsparungen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PraxisbeispielImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QuartierwerkPackage.Literals.PRAXISBEISPIEL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__TITEL, oldTitel, titel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKurzbeschreibung() {
		return kurzbeschreibung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKurzbeschreibung(String newKurzbeschreibung) {
		String oldKurzbeschreibung = kurzbeschreibung;
		kurzbeschreibung = newKurzbeschreibung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__KURZBESCHREIBUNG, oldKurzbeschreibung, kurzbeschreibung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Herausforderung getHerausforderung() {
		return herausforderung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHerausforderung(Herausforderung newHerausforderung) {
		Herausforderung oldHerausforderung = herausforderung;
		herausforderung = newHerausforderung == null ? HERAUSFORDERUNG_EDEFAULT : newHerausforderung;
		boolean oldHerausforderungESet = herausforderungESet;
		herausforderungESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__HERAUSFORDERUNG, oldHerausforderung, herausforderung, !oldHerausforderungESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHerausforderung() {
		Herausforderung oldHerausforderung = herausforderung;
		boolean oldHerausforderungESet = herausforderungESet;
		herausforderung = HERAUSFORDERUNG_EDEFAULT;
		herausforderungESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.PRAXISBEISPIEL__HERAUSFORDERUNG, oldHerausforderung, HERAUSFORDERUNG_EDEFAULT, oldHerausforderungESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHerausforderung() {
		return herausforderungESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnterthema() {
		return unterthema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnterthema(String newUnterthema) {
		String oldUnterthema = unterthema;
		unterthema = newUnterthema;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__UNTERTHEMA, oldUnterthema, unterthema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strukturprinzip> getStrukturprinzipien() {
		if (strukturprinzipien == null) {
			strukturprinzipien = new EDataTypeUniqueEList<Strukturprinzip>(Strukturprinzip.class, this, QuartierwerkPackage.PRAXISBEISPIEL__STRUKTURPRINZIPIEN);
		}
		return strukturprinzipien;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Handlungsfeld> getHandlungsfelder() {
		if (handlungsfelder == null) {
			handlungsfelder = new EDataTypeUniqueEList<Handlungsfeld>(Handlungsfeld.class, this, QuartierwerkPackage.PRAXISBEISPIEL__HANDLUNGSFELDER);
		}
		return handlungsfelder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bundesland getBundesland() {
		return bundesland;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBundesland(Bundesland newBundesland) {
		Bundesland oldBundesland = bundesland;
		bundesland = newBundesland == null ? BUNDESLAND_EDEFAULT : newBundesland;
		boolean oldBundeslandESet = bundeslandESet;
		bundeslandESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__BUNDESLAND, oldBundesland, bundesland, !oldBundeslandESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBundesland() {
		Bundesland oldBundesland = bundesland;
		boolean oldBundeslandESet = bundeslandESet;
		bundesland = BUNDESLAND_EDEFAULT;
		bundeslandESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, QuartierwerkPackage.PRAXISBEISPIEL__BUNDESLAND, oldBundesland, BUNDESLAND_EDEFAULT, oldBundeslandESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBundesland() {
		return bundeslandESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quartier getQuartier() {
		return quartier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetQuartier(Quartier newQuartier, NotificationChain msgs) {
		Quartier oldQuartier = quartier;
		quartier = newQuartier;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER, oldQuartier, newQuartier);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuartier(Quartier newQuartier) {
		if (newQuartier != quartier) {
			NotificationChain msgs = null;
			if (quartier != null)
				msgs = ((InternalEObject)quartier).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER, null, msgs);
			if (newQuartier != null)
				msgs = ((InternalEObject)newQuartier).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER, null, msgs);
			msgs = basicSetQuartier(newQuartier, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER, newQuartier, newQuartier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quartier> getWeitereOrte() {
		if (weitereOrte == null) {
			weitereOrte = new EObjectContainmentEList<Quartier>(Quartier.class, this, QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_ORTE);
		}
		return weitereOrte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKennung() {
		return kennung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKennung(String newKennung) {
		String oldKennung = kennung;
		kennung = newKennung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__KENNUNG, oldKennung, kennung));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Projektverweis> getVerweise() {
		if (verweise == null) {
			verweise = new EObjectContainmentEList<Projektverweis>(Projektverweis.class, this, QuartierwerkPackage.PRAXISBEISPIEL__VERWEISE);
		}
		return verweise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Laufzeit getLaufzeit() {
		return laufzeit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLaufzeit(Laufzeit newLaufzeit, NotificationChain msgs) {
		Laufzeit oldLaufzeit = laufzeit;
		laufzeit = newLaufzeit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT, oldLaufzeit, newLaufzeit);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaufzeit(Laufzeit newLaufzeit) {
		if (newLaufzeit != laufzeit) {
			NotificationChain msgs = null;
			if (laufzeit != null)
				msgs = ((InternalEObject)laufzeit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT, null, msgs);
			if (newLaufzeit != null)
				msgs = ((InternalEObject)newLaufzeit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT, null, msgs);
			msgs = basicSetLaufzeit(newLaufzeit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT, newLaufzeit, newLaufzeit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getZielgruppen() {
		if (zielgruppen == null) {
			zielgruppen = new EDataTypeUniqueEList<String>(String.class, this, QuartierwerkPackage.PRAXISBEISPIEL__ZIELGRUPPEN);
		}
		return zielgruppen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisationen() {
		if (organisationen == null) {
			organisationen = new EObjectContainmentEList<Organisation>(Organisation.class, this, QuartierwerkPackage.PRAXISBEISPIEL__ORGANISATIONEN);
		}
		return organisationen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getTraeger() {
		if (traeger != null && traeger.eIsProxy()) {
			InternalEObject oldTraeger = (InternalEObject)traeger;
			traeger = (Organisation)eResolveProxy(oldTraeger);
			if (traeger != oldTraeger) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QuartierwerkPackage.PRAXISBEISPIEL__TRAEGER, oldTraeger, traeger));
			}
		}
		return traeger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetTraeger() {
		return traeger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraeger(Organisation newTraeger) {
		Organisation oldTraeger = traeger;
		traeger = newTraeger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__TRAEGER, oldTraeger, traeger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getWeitereTraeger() {
		if (weitereTraeger == null) {
			weitereTraeger = new EObjectResolvingEList<Organisation>(Organisation.class, this, QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_TRAEGER);
		}
		return weitereTraeger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kooperation> getKooperationen() {
		if (kooperationen == null) {
			kooperationen = new EObjectContainmentEList<Kooperation>(Kooperation.class, this, QuartierwerkPackage.PRAXISBEISPIEL__KOOPERATIONEN);
		}
		return kooperationen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stelle> getStellen() {
		if (stellen == null) {
			stellen = new EObjectContainmentEList<Stelle>(Stelle.class, this, QuartierwerkPackage.PRAXISBEISPIEL__STELLEN);
		}
		return stellen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Arbeitsschritt> getArbeitsschritte() {
		if (arbeitsschritte == null) {
			arbeitsschritte = new EObjectContainmentEList<Arbeitsschritt>(Arbeitsschritt.class, this, QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE);
		}
		return arbeitsschritte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finanzierungsplan getFinanzierungsplan() {
		return finanzierungsplan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFinanzierungsplan(Finanzierungsplan newFinanzierungsplan, NotificationChain msgs) {
		Finanzierungsplan oldFinanzierungsplan = finanzierungsplan;
		finanzierungsplan = newFinanzierungsplan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN, oldFinanzierungsplan, newFinanzierungsplan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinanzierungsplan(Finanzierungsplan newFinanzierungsplan) {
		if (newFinanzierungsplan != finanzierungsplan) {
			NotificationChain msgs = null;
			if (finanzierungsplan != null)
				msgs = ((InternalEObject)finanzierungsplan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN, null, msgs);
			if (newFinanzierungsplan != null)
				msgs = ((InternalEObject)newFinanzierungsplan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN, null, msgs);
			msgs = basicSetFinanzierungsplan(newFinanzierungsplan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN, newFinanzierungsplan, newFinanzierungsplan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Beteiligung> getBeteiligungen() {
		if (beteiligungen == null) {
			beteiligungen = new EObjectContainmentEList<Beteiligung>(Beteiligung.class, this, QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNGEN);
		}
		return beteiligungen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Ziel> getZiele() {
		if (ziele == null) {
			ziele = new EObjectContainmentEList<Ziel>(Ziel.class, this, QuartierwerkPackage.PRAXISBEISPIEL__ZIELE);
		}
		return ziele;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZieleText() {
		return zieleText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZieleText(String newZieleText) {
		String oldZieleText = zieleText;
		zieleText = newZieleText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__ZIELE_TEXT, oldZieleText, zieleText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArbeitsschritteText() {
		return arbeitsschritteText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArbeitsschritteText(String newArbeitsschritteText) {
		String oldArbeitsschritteText = arbeitsschritteText;
		arbeitsschritteText = newArbeitsschritteText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT, oldArbeitsschritteText, arbeitsschritteText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWirkungserfolge() {
		return wirkungserfolge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWirkungserfolge(String newWirkungserfolge) {
		String oldWirkungserfolge = wirkungserfolge;
		wirkungserfolge = newWirkungserfolge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__WIRKUNGSERFOLGE, oldWirkungserfolge, wirkungserfolge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBesonderheit() {
		return besonderheit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBesonderheit(String newBesonderheit) {
		String oldBesonderheit = besonderheit;
		besonderheit = newBesonderheit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__BESONDERHEIT, oldBesonderheit, besonderheit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeteiligungText() {
		return beteiligungText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeteiligungText(String newBeteiligungText) {
		String oldBeteiligungText = beteiligungText;
		beteiligungText = newBeteiligungText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNG_TEXT, oldBeteiligungText, beteiligungText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFinanzierungText() {
		return finanzierungText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinanzierungText(String newFinanzierungText) {
		String oldFinanzierungText = finanzierungText;
		finanzierungText = newFinanzierungText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNG_TEXT, oldFinanzierungText, finanzierungText));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QuartierwerkPackage.PRAXISBEISPIEL__QUELLE, oldQuelle, quelle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kriteriumsbewertung> getGoodPractice() {
		if (goodPractice == null) {
			goodPractice = new EObjectContainmentEList<Kriteriumsbewertung>(Kriteriumsbewertung.class, this, QuartierwerkPackage.PRAXISBEISPIEL__GOOD_PRACTICE);
		}
		return goodPractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Einsparung> getEinsparungen() {
		if (einsparungen == null) {
			einsparungen = new EObjectContainmentEList<Einsparung>(Einsparung.class, this, QuartierwerkPackage.PRAXISBEISPIEL__EINSPARUNGEN);
		}
		return einsparungen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER:
				return basicSetQuartier(null, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_ORTE:
				return ((InternalEList<?>)getWeitereOrte()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__VERWEISE:
				return ((InternalEList<?>)getVerweise()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT:
				return basicSetLaufzeit(null, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__ORGANISATIONEN:
				return ((InternalEList<?>)getOrganisationen()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__KOOPERATIONEN:
				return ((InternalEList<?>)getKooperationen()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__STELLEN:
				return ((InternalEList<?>)getStellen()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE:
				return ((InternalEList<?>)getArbeitsschritte()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN:
				return basicSetFinanzierungsplan(null, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNGEN:
				return ((InternalEList<?>)getBeteiligungen()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE:
				return ((InternalEList<?>)getZiele()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__GOOD_PRACTICE:
				return ((InternalEList<?>)getGoodPractice()).basicRemove(otherEnd, msgs);
			case QuartierwerkPackage.PRAXISBEISPIEL__EINSPARUNGEN:
				return ((InternalEList<?>)getEinsparungen()).basicRemove(otherEnd, msgs);
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
			case QuartierwerkPackage.PRAXISBEISPIEL__TITEL:
				return getTitel();
			case QuartierwerkPackage.PRAXISBEISPIEL__KURZBESCHREIBUNG:
				return getKurzbeschreibung();
			case QuartierwerkPackage.PRAXISBEISPIEL__HERAUSFORDERUNG:
				return getHerausforderung();
			case QuartierwerkPackage.PRAXISBEISPIEL__UNTERTHEMA:
				return getUnterthema();
			case QuartierwerkPackage.PRAXISBEISPIEL__STRUKTURPRINZIPIEN:
				return getStrukturprinzipien();
			case QuartierwerkPackage.PRAXISBEISPIEL__HANDLUNGSFELDER:
				return getHandlungsfelder();
			case QuartierwerkPackage.PRAXISBEISPIEL__BUNDESLAND:
				return getBundesland();
			case QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER:
				return getQuartier();
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_ORTE:
				return getWeitereOrte();
			case QuartierwerkPackage.PRAXISBEISPIEL__KENNUNG:
				return getKennung();
			case QuartierwerkPackage.PRAXISBEISPIEL__VERWEISE:
				return getVerweise();
			case QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT:
				return getLaufzeit();
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELGRUPPEN:
				return getZielgruppen();
			case QuartierwerkPackage.PRAXISBEISPIEL__ORGANISATIONEN:
				return getOrganisationen();
			case QuartierwerkPackage.PRAXISBEISPIEL__TRAEGER:
				if (resolve) return getTraeger();
				return basicGetTraeger();
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_TRAEGER:
				return getWeitereTraeger();
			case QuartierwerkPackage.PRAXISBEISPIEL__KOOPERATIONEN:
				return getKooperationen();
			case QuartierwerkPackage.PRAXISBEISPIEL__STELLEN:
				return getStellen();
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE:
				return getArbeitsschritte();
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN:
				return getFinanzierungsplan();
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNGEN:
				return getBeteiligungen();
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE:
				return getZiele();
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE_TEXT:
				return getZieleText();
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT:
				return getArbeitsschritteText();
			case QuartierwerkPackage.PRAXISBEISPIEL__WIRKUNGSERFOLGE:
				return getWirkungserfolge();
			case QuartierwerkPackage.PRAXISBEISPIEL__BESONDERHEIT:
				return getBesonderheit();
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNG_TEXT:
				return getBeteiligungText();
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNG_TEXT:
				return getFinanzierungText();
			case QuartierwerkPackage.PRAXISBEISPIEL__QUELLE:
				return getQuelle();
			case QuartierwerkPackage.PRAXISBEISPIEL__GOOD_PRACTICE:
				return getGoodPractice();
			case QuartierwerkPackage.PRAXISBEISPIEL__EINSPARUNGEN:
				return getEinsparungen();
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
			case QuartierwerkPackage.PRAXISBEISPIEL__TITEL:
				setTitel((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__KURZBESCHREIBUNG:
				setKurzbeschreibung((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__HERAUSFORDERUNG:
				setHerausforderung((Herausforderung)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__UNTERTHEMA:
				setUnterthema((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__STRUKTURPRINZIPIEN:
				getStrukturprinzipien().clear();
				getStrukturprinzipien().addAll((Collection<? extends Strukturprinzip>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__HANDLUNGSFELDER:
				getHandlungsfelder().clear();
				getHandlungsfelder().addAll((Collection<? extends Handlungsfeld>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BUNDESLAND:
				setBundesland((Bundesland)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER:
				setQuartier((Quartier)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_ORTE:
				getWeitereOrte().clear();
				getWeitereOrte().addAll((Collection<? extends Quartier>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__KENNUNG:
				setKennung((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__VERWEISE:
				getVerweise().clear();
				getVerweise().addAll((Collection<? extends Projektverweis>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT:
				setLaufzeit((Laufzeit)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELGRUPPEN:
				getZielgruppen().clear();
				getZielgruppen().addAll((Collection<? extends String>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ORGANISATIONEN:
				getOrganisationen().clear();
				getOrganisationen().addAll((Collection<? extends Organisation>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__TRAEGER:
				setTraeger((Organisation)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_TRAEGER:
				getWeitereTraeger().clear();
				getWeitereTraeger().addAll((Collection<? extends Organisation>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__KOOPERATIONEN:
				getKooperationen().clear();
				getKooperationen().addAll((Collection<? extends Kooperation>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__STELLEN:
				getStellen().clear();
				getStellen().addAll((Collection<? extends Stelle>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE:
				getArbeitsschritte().clear();
				getArbeitsschritte().addAll((Collection<? extends Arbeitsschritt>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN:
				setFinanzierungsplan((Finanzierungsplan)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNGEN:
				getBeteiligungen().clear();
				getBeteiligungen().addAll((Collection<? extends Beteiligung>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE:
				getZiele().clear();
				getZiele().addAll((Collection<? extends Ziel>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE_TEXT:
				setZieleText((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT:
				setArbeitsschritteText((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__WIRKUNGSERFOLGE:
				setWirkungserfolge((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BESONDERHEIT:
				setBesonderheit((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNG_TEXT:
				setBeteiligungText((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNG_TEXT:
				setFinanzierungText((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__QUELLE:
				setQuelle((String)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__GOOD_PRACTICE:
				getGoodPractice().clear();
				getGoodPractice().addAll((Collection<? extends Kriteriumsbewertung>)newValue);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__EINSPARUNGEN:
				getEinsparungen().clear();
				getEinsparungen().addAll((Collection<? extends Einsparung>)newValue);
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
			case QuartierwerkPackage.PRAXISBEISPIEL__TITEL:
				setTitel(TITEL_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__KURZBESCHREIBUNG:
				setKurzbeschreibung(KURZBESCHREIBUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__HERAUSFORDERUNG:
				unsetHerausforderung();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__UNTERTHEMA:
				setUnterthema(UNTERTHEMA_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__STRUKTURPRINZIPIEN:
				getStrukturprinzipien().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__HANDLUNGSFELDER:
				getHandlungsfelder().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BUNDESLAND:
				unsetBundesland();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER:
				setQuartier((Quartier)null);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_ORTE:
				getWeitereOrte().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__KENNUNG:
				setKennung(KENNUNG_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__VERWEISE:
				getVerweise().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT:
				setLaufzeit((Laufzeit)null);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELGRUPPEN:
				getZielgruppen().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ORGANISATIONEN:
				getOrganisationen().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__TRAEGER:
				setTraeger((Organisation)null);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_TRAEGER:
				getWeitereTraeger().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__KOOPERATIONEN:
				getKooperationen().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__STELLEN:
				getStellen().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE:
				getArbeitsschritte().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN:
				setFinanzierungsplan((Finanzierungsplan)null);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNGEN:
				getBeteiligungen().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE:
				getZiele().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE_TEXT:
				setZieleText(ZIELE_TEXT_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT:
				setArbeitsschritteText(ARBEITSSCHRITTE_TEXT_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__WIRKUNGSERFOLGE:
				setWirkungserfolge(WIRKUNGSERFOLGE_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BESONDERHEIT:
				setBesonderheit(BESONDERHEIT_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNG_TEXT:
				setBeteiligungText(BETEILIGUNG_TEXT_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNG_TEXT:
				setFinanzierungText(FINANZIERUNG_TEXT_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__QUELLE:
				setQuelle(QUELLE_EDEFAULT);
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__GOOD_PRACTICE:
				getGoodPractice().clear();
				return;
			case QuartierwerkPackage.PRAXISBEISPIEL__EINSPARUNGEN:
				getEinsparungen().clear();
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
			case QuartierwerkPackage.PRAXISBEISPIEL__TITEL:
				return TITEL_EDEFAULT == null ? titel != null : !TITEL_EDEFAULT.equals(titel);
			case QuartierwerkPackage.PRAXISBEISPIEL__KURZBESCHREIBUNG:
				return KURZBESCHREIBUNG_EDEFAULT == null ? kurzbeschreibung != null : !KURZBESCHREIBUNG_EDEFAULT.equals(kurzbeschreibung);
			case QuartierwerkPackage.PRAXISBEISPIEL__HERAUSFORDERUNG:
				return isSetHerausforderung();
			case QuartierwerkPackage.PRAXISBEISPIEL__UNTERTHEMA:
				return UNTERTHEMA_EDEFAULT == null ? unterthema != null : !UNTERTHEMA_EDEFAULT.equals(unterthema);
			case QuartierwerkPackage.PRAXISBEISPIEL__STRUKTURPRINZIPIEN:
				return strukturprinzipien != null && !strukturprinzipien.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__HANDLUNGSFELDER:
				return handlungsfelder != null && !handlungsfelder.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__BUNDESLAND:
				return isSetBundesland();
			case QuartierwerkPackage.PRAXISBEISPIEL__QUARTIER:
				return quartier != null;
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_ORTE:
				return weitereOrte != null && !weitereOrte.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__KENNUNG:
				return KENNUNG_EDEFAULT == null ? kennung != null : !KENNUNG_EDEFAULT.equals(kennung);
			case QuartierwerkPackage.PRAXISBEISPIEL__VERWEISE:
				return verweise != null && !verweise.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__LAUFZEIT:
				return laufzeit != null;
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELGRUPPEN:
				return zielgruppen != null && !zielgruppen.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__ORGANISATIONEN:
				return organisationen != null && !organisationen.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__TRAEGER:
				return traeger != null;
			case QuartierwerkPackage.PRAXISBEISPIEL__WEITERE_TRAEGER:
				return weitereTraeger != null && !weitereTraeger.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__KOOPERATIONEN:
				return kooperationen != null && !kooperationen.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__STELLEN:
				return stellen != null && !stellen.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE:
				return arbeitsschritte != null && !arbeitsschritte.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNGSPLAN:
				return finanzierungsplan != null;
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNGEN:
				return beteiligungen != null && !beteiligungen.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE:
				return ziele != null && !ziele.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__ZIELE_TEXT:
				return ZIELE_TEXT_EDEFAULT == null ? zieleText != null : !ZIELE_TEXT_EDEFAULT.equals(zieleText);
			case QuartierwerkPackage.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT:
				return ARBEITSSCHRITTE_TEXT_EDEFAULT == null ? arbeitsschritteText != null : !ARBEITSSCHRITTE_TEXT_EDEFAULT.equals(arbeitsschritteText);
			case QuartierwerkPackage.PRAXISBEISPIEL__WIRKUNGSERFOLGE:
				return WIRKUNGSERFOLGE_EDEFAULT == null ? wirkungserfolge != null : !WIRKUNGSERFOLGE_EDEFAULT.equals(wirkungserfolge);
			case QuartierwerkPackage.PRAXISBEISPIEL__BESONDERHEIT:
				return BESONDERHEIT_EDEFAULT == null ? besonderheit != null : !BESONDERHEIT_EDEFAULT.equals(besonderheit);
			case QuartierwerkPackage.PRAXISBEISPIEL__BETEILIGUNG_TEXT:
				return BETEILIGUNG_TEXT_EDEFAULT == null ? beteiligungText != null : !BETEILIGUNG_TEXT_EDEFAULT.equals(beteiligungText);
			case QuartierwerkPackage.PRAXISBEISPIEL__FINANZIERUNG_TEXT:
				return FINANZIERUNG_TEXT_EDEFAULT == null ? finanzierungText != null : !FINANZIERUNG_TEXT_EDEFAULT.equals(finanzierungText);
			case QuartierwerkPackage.PRAXISBEISPIEL__QUELLE:
				return QUELLE_EDEFAULT == null ? quelle != null : !QUELLE_EDEFAULT.equals(quelle);
			case QuartierwerkPackage.PRAXISBEISPIEL__GOOD_PRACTICE:
				return goodPractice != null && !goodPractice.isEmpty();
			case QuartierwerkPackage.PRAXISBEISPIEL__EINSPARUNGEN:
				return einsparungen != null && !einsparungen.isEmpty();
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
		result.append(", kurzbeschreibung: ");
		result.append(kurzbeschreibung);
		result.append(", herausforderung: ");
		if (herausforderungESet) result.append(herausforderung); else result.append("<unset>");
		result.append(", unterthema: ");
		result.append(unterthema);
		result.append(", strukturprinzipien: ");
		result.append(strukturprinzipien);
		result.append(", handlungsfelder: ");
		result.append(handlungsfelder);
		result.append(", bundesland: ");
		if (bundeslandESet) result.append(bundesland); else result.append("<unset>");
		result.append(", kennung: ");
		result.append(kennung);
		result.append(", zielgruppen: ");
		result.append(zielgruppen);
		result.append(", zieleText: ");
		result.append(zieleText);
		result.append(", arbeitsschritteText: ");
		result.append(arbeitsschritteText);
		result.append(", wirkungserfolge: ");
		result.append(wirkungserfolge);
		result.append(", besonderheit: ");
		result.append(besonderheit);
		result.append(", beteiligungText: ");
		result.append(beteiligungText);
		result.append(", finanzierungText: ");
		result.append(finanzierungText);
		result.append(", quelle: ");
		result.append(quelle);
		result.append(')');
		return result.toString();
	}

} //PraxisbeispielImpl
