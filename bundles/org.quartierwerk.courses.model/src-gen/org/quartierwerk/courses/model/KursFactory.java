/**
 */
package org.quartierwerk.courses.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.courses.model.KursPackage
 * @generated
 */
public interface KursFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KursFactory eINSTANCE = org.quartierwerk.courses.model.internal.impl.KursFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Kurs</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kurs</em>'.
	 * @generated
	 */
	Kurs createKurs();

	/**
	 * Returns a new object of class '<em>Modul</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Modul</em>'.
	 * @generated
	 */
	Modul createModul();

	/**
	 * Returns a new object of class '<em>Anforderung</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Anforderung</em>'.
	 * @generated
	 */
	Anforderung createAnforderung();

	/**
	 * Returns a new object of class '<em>Kursvorgaben</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kursvorgaben</em>'.
	 * @generated
	 */
	Kursvorgaben createKursvorgaben();

	/**
	 * Returns a new object of class '<em>Teilnahme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Teilnahme</em>'.
	 * @generated
	 */
	Teilnahme createTeilnahme();

	/**
	 * Returns a new object of class '<em>Modulfortschritt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Modulfortschritt</em>'.
	 * @generated
	 */
	Modulfortschritt createModulfortschritt();

	/**
	 * Returns a new object of class '<em>Checkliste</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checkliste</em>'.
	 * @generated
	 */
	Checkliste createCheckliste();

	/**
	 * Returns a new object of class '<em>Pruefpunkt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pruefpunkt</em>'.
	 * @generated
	 */
	Pruefpunkt createPruefpunkt();

	/**
	 * Returns a new object of class '<em>Checklistenergebnis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklistenergebnis</em>'.
	 * @generated
	 */
	Checklistenergebnis createChecklistenergebnis();

	/**
	 * Returns a new object of class '<em>Punktergebnis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Punktergebnis</em>'.
	 * @generated
	 */
	Punktergebnis createPunktergebnis();

	/**
	 * Returns a new object of class '<em>Akteurslandkarte</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Akteurslandkarte</em>'.
	 * @generated
	 */
	Akteurslandkarte createAkteurslandkarte();

	/**
	 * Returns a new object of class '<em>Akteur</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Akteur</em>'.
	 * @generated
	 */
	Akteur createAkteur();

	/**
	 * Returns a new object of class '<em>Netzwerkkooperation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Netzwerkkooperation</em>'.
	 * @generated
	 */
	Netzwerkkooperation createNetzwerkkooperation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	KursPackage getKursPackage();

} //KursFactory
