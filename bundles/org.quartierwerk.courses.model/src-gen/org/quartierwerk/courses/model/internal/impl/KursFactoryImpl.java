/**
 */
package org.quartierwerk.courses.model.internal.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.quartierwerk.courses.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KursFactoryImpl extends EFactoryImpl implements KursFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static KursFactory init() {
		try {
			KursFactory theKursFactory = (KursFactory)EPackage.Registry.INSTANCE.getEFactory(KursPackage.eNS_URI);
			if (theKursFactory != null) {
				return theKursFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new KursFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KursFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case KursPackage.KURS: return createKurs();
			case KursPackage.MODUL: return createModul();
			case KursPackage.ANFORDERUNG: return createAnforderung();
			case KursPackage.KURSVORGABEN: return createKursvorgaben();
			case KursPackage.TEILNAHME: return createTeilnahme();
			case KursPackage.MODULFORTSCHRITT: return createModulfortschritt();
			case KursPackage.CHECKLISTE: return createCheckliste();
			case KursPackage.PRUEFPUNKT: return createPruefpunkt();
			case KursPackage.CHECKLISTENERGEBNIS: return createChecklistenergebnis();
			case KursPackage.PUNKTERGEBNIS: return createPunktergebnis();
			case KursPackage.AKTEURSLANDKARTE: return createAkteurslandkarte();
			case KursPackage.AKTEUR: return createAkteur();
			case KursPackage.NETZWERKKOOPERATION: return createNetzwerkkooperation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case KursPackage.ANFORDERUNGSART:
				return createAnforderungsartFromString(eDataType, initialValue);
			case KursPackage.AKTEURSART:
				return createAkteursartFromString(eDataType, initialValue);
			case KursPackage.NETZWERKFORM:
				return createNetzwerkformFromString(eDataType, initialValue);
			case KursPackage.VERBINDLICHKEIT:
				return createVerbindlichkeitFromString(eDataType, initialValue);
			case KursPackage.KOOPERATIONSEBENE:
				return createKooperationsebeneFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case KursPackage.ANFORDERUNGSART:
				return convertAnforderungsartToString(eDataType, instanceValue);
			case KursPackage.AKTEURSART:
				return convertAkteursartToString(eDataType, instanceValue);
			case KursPackage.NETZWERKFORM:
				return convertNetzwerkformToString(eDataType, instanceValue);
			case KursPackage.VERBINDLICHKEIT:
				return convertVerbindlichkeitToString(eDataType, instanceValue);
			case KursPackage.KOOPERATIONSEBENE:
				return convertKooperationsebeneToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kurs createKurs() {
		KursImpl kurs = new KursImpl();
		return kurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modul createModul() {
		ModulImpl modul = new ModulImpl();
		return modul;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anforderung createAnforderung() {
		AnforderungImpl anforderung = new AnforderungImpl();
		return anforderung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kursvorgaben createKursvorgaben() {
		KursvorgabenImpl kursvorgaben = new KursvorgabenImpl();
		return kursvorgaben;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teilnahme createTeilnahme() {
		TeilnahmeImpl teilnahme = new TeilnahmeImpl();
		return teilnahme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modulfortschritt createModulfortschritt() {
		ModulfortschrittImpl modulfortschritt = new ModulfortschrittImpl();
		return modulfortschritt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checkliste createCheckliste() {
		ChecklisteImpl checkliste = new ChecklisteImpl();
		return checkliste;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pruefpunkt createPruefpunkt() {
		PruefpunktImpl pruefpunkt = new PruefpunktImpl();
		return pruefpunkt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checklistenergebnis createChecklistenergebnis() {
		ChecklistenergebnisImpl checklistenergebnis = new ChecklistenergebnisImpl();
		return checklistenergebnis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Punktergebnis createPunktergebnis() {
		PunktergebnisImpl punktergebnis = new PunktergebnisImpl();
		return punktergebnis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Akteurslandkarte createAkteurslandkarte() {
		AkteurslandkarteImpl akteurslandkarte = new AkteurslandkarteImpl();
		return akteurslandkarte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Akteur createAkteur() {
		AkteurImpl akteur = new AkteurImpl();
		return akteur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Netzwerkkooperation createNetzwerkkooperation() {
		NetzwerkkooperationImpl netzwerkkooperation = new NetzwerkkooperationImpl();
		return netzwerkkooperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Anforderungsart createAnforderungsartFromString(EDataType eDataType, String initialValue) {
		Anforderungsart result = Anforderungsart.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnforderungsartToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Akteursart createAkteursartFromString(EDataType eDataType, String initialValue) {
		Akteursart result = Akteursart.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAkteursartToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Netzwerkform createNetzwerkformFromString(EDataType eDataType, String initialValue) {
		Netzwerkform result = Netzwerkform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetzwerkformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verbindlichkeit createVerbindlichkeitFromString(EDataType eDataType, String initialValue) {
		Verbindlichkeit result = Verbindlichkeit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerbindlichkeitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kooperationsebene createKooperationsebeneFromString(EDataType eDataType, String initialValue) {
		Kooperationsebene result = Kooperationsebene.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKooperationsebeneToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KursPackage getKursPackage() {
		return (KursPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static KursPackage getPackage() {
		return KursPackage.eINSTANCE;
	}

} //KursFactoryImpl
