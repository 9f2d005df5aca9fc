/**
 */
package org.quartierwerk.courses.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Anforderungsart</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.courses.model.KursPackage#getAnforderungsart()
 * @model
 * @generated
 */
public enum Anforderungsart implements Enumerator {
	/**
	 * The '<em><b>STECKBRIEF VOLLSTAENDIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STECKBRIEF_VOLLSTAENDIG_VALUE
	 * @generated
	 * @ordered
	 */
	STECKBRIEF_VOLLSTAENDIG(0, "STECKBRIEF_VOLLSTAENDIG", "STECKBRIEF_VOLLSTAENDIG"),

	/**
	 * The '<em><b>STADTTEILERKUNDUNG DURCHGEFUEHRT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every required point of the course's checklists is done.
	 * <!-- end-model-doc -->
	 * @see #STADTTEILERKUNDUNG_DURCHGEFUEHRT_VALUE
	 * @generated
	 * @ordered
	 */
	STADTTEILERKUNDUNG_DURCHGEFUEHRT(1, "STADTTEILERKUNDUNG_DURCHGEFUEHRT", "STADTTEILERKUNDUNG_DURCHGEFUEHRT"),

	/**
	 * The '<em><b>ZIELE DOKUMENTIERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIELE_DOKUMENTIERT_VALUE
	 * @generated
	 * @ordered
	 */
	ZIELE_DOKUMENTIERT(2, "ZIELE_DOKUMENTIERT", "ZIELE_DOKUMENTIERT"),

	/**
	 * The '<em><b>BETEILIGUNG DOKUMENTIERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BETEILIGUNG_DOKUMENTIERT_VALUE
	 * @generated
	 * @ordered
	 */
	BETEILIGUNG_DOKUMENTIERT(3, "BETEILIGUNG_DOKUMENTIERT", "BETEILIGUNG_DOKUMENTIERT"),

	/**
	 * The '<em><b>KOOPERATIONEN DOKUMENTIERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOOPERATIONEN_DOKUMENTIERT_VALUE
	 * @generated
	 * @ordered
	 */
	KOOPERATIONEN_DOKUMENTIERT(4, "KOOPERATIONEN_DOKUMENTIERT", "KOOPERATIONEN_DOKUMENTIERT"),

	/**
	 * The '<em><b>FINANZIERUNGSPLAN AUSGEGLICHEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANZIERUNGSPLAN_AUSGEGLICHEN_VALUE
	 * @generated
	 * @ordered
	 */
	FINANZIERUNGSPLAN_AUSGEGLICHEN(5, "FINANZIERUNGSPLAN_AUSGEGLICHEN", "FINANZIERUNGSPLAN_AUSGEGLICHEN"),

	/**
	 * The '<em><b>MODULE ABGESCHLOSSEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODULE_ABGESCHLOSSEN_VALUE
	 * @generated
	 * @ordered
	 */
	MODULE_ABGESCHLOSSEN(6, "MODULE_ABGESCHLOSSEN", "MODULE_ABGESCHLOSSEN"),

	/**
	 * The '<em><b>AKTEURSLANDKARTE ERSTELLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AKTEURSLANDKARTE_ERSTELLT_VALUE
	 * @generated
	 * @ordered
	 */
	AKTEURSLANDKARTE_ERSTELLT(7, "AKTEURSLANDKARTE_ERSTELLT", "AKTEURSLANDKARTE_ERSTELLT"),

	/**
	 * The '<em><b>PRAXISPROJEKT ANGELEGT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participant's Praxisprojekt is in the workspace, e.g. the "begleitetes Praxisprojekt" of the Netzwerkmanagement course.
	 * <!-- end-model-doc -->
	 * @see #PRAXISPROJEKT_ANGELEGT_VALUE
	 * @generated
	 * @ordered
	 */
	PRAXISPROJEKT_ANGELEGT(8, "PRAXISPROJEKT_ANGELEGT", "PRAXISPROJEKT_ANGELEGT");

	/**
	 * The '<em><b>STECKBRIEF VOLLSTAENDIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STECKBRIEF_VOLLSTAENDIG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STECKBRIEF_VOLLSTAENDIG_VALUE = 0;

	/**
	 * The '<em><b>STADTTEILERKUNDUNG DURCHGEFUEHRT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every required point of the course's checklists is done.
	 * <!-- end-model-doc -->
	 * @see #STADTTEILERKUNDUNG_DURCHGEFUEHRT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STADTTEILERKUNDUNG_DURCHGEFUEHRT_VALUE = 1;

	/**
	 * The '<em><b>ZIELE DOKUMENTIERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIELE_DOKUMENTIERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZIELE_DOKUMENTIERT_VALUE = 2;

	/**
	 * The '<em><b>BETEILIGUNG DOKUMENTIERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BETEILIGUNG_DOKUMENTIERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BETEILIGUNG_DOKUMENTIERT_VALUE = 3;

	/**
	 * The '<em><b>KOOPERATIONEN DOKUMENTIERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOOPERATIONEN_DOKUMENTIERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KOOPERATIONEN_DOKUMENTIERT_VALUE = 4;

	/**
	 * The '<em><b>FINANZIERUNGSPLAN AUSGEGLICHEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANZIERUNGSPLAN_AUSGEGLICHEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANZIERUNGSPLAN_AUSGEGLICHEN_VALUE = 5;

	/**
	 * The '<em><b>MODULE ABGESCHLOSSEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODULE_ABGESCHLOSSEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MODULE_ABGESCHLOSSEN_VALUE = 6;

	/**
	 * The '<em><b>AKTEURSLANDKARTE ERSTELLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AKTEURSLANDKARTE_ERSTELLT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AKTEURSLANDKARTE_ERSTELLT_VALUE = 7;

	/**
	 * The '<em><b>PRAXISPROJEKT ANGELEGT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participant's Praxisprojekt is in the workspace, e.g. the "begleitetes Praxisprojekt" of the Netzwerkmanagement course.
	 * <!-- end-model-doc -->
	 * @see #PRAXISPROJEKT_ANGELEGT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRAXISPROJEKT_ANGELEGT_VALUE = 8;

	/**
	 * An array of all the '<em><b>Anforderungsart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Anforderungsart[] VALUES_ARRAY =
		new Anforderungsart[] {
			STECKBRIEF_VOLLSTAENDIG,
			STADTTEILERKUNDUNG_DURCHGEFUEHRT,
			ZIELE_DOKUMENTIERT,
			BETEILIGUNG_DOKUMENTIERT,
			KOOPERATIONEN_DOKUMENTIERT,
			FINANZIERUNGSPLAN_AUSGEGLICHEN,
			MODULE_ABGESCHLOSSEN,
			AKTEURSLANDKARTE_ERSTELLT,
			PRAXISPROJEKT_ANGELEGT,
		};

	/**
	 * A public read-only list of all the '<em><b>Anforderungsart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Anforderungsart> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Anforderungsart</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Anforderungsart get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Anforderungsart result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anforderungsart</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Anforderungsart getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Anforderungsart result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anforderungsart</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Anforderungsart get(int value) {
		switch (value) {
			case STECKBRIEF_VOLLSTAENDIG_VALUE: return STECKBRIEF_VOLLSTAENDIG;
			case STADTTEILERKUNDUNG_DURCHGEFUEHRT_VALUE: return STADTTEILERKUNDUNG_DURCHGEFUEHRT;
			case ZIELE_DOKUMENTIERT_VALUE: return ZIELE_DOKUMENTIERT;
			case BETEILIGUNG_DOKUMENTIERT_VALUE: return BETEILIGUNG_DOKUMENTIERT;
			case KOOPERATIONEN_DOKUMENTIERT_VALUE: return KOOPERATIONEN_DOKUMENTIERT;
			case FINANZIERUNGSPLAN_AUSGEGLICHEN_VALUE: return FINANZIERUNGSPLAN_AUSGEGLICHEN;
			case MODULE_ABGESCHLOSSEN_VALUE: return MODULE_ABGESCHLOSSEN;
			case AKTEURSLANDKARTE_ERSTELLT_VALUE: return AKTEURSLANDKARTE_ERSTELLT;
			case PRAXISPROJEKT_ANGELEGT_VALUE: return PRAXISPROJEKT_ANGELEGT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Anforderungsart(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Anforderungsart
