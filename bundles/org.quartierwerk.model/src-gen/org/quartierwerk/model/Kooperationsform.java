/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kooperationsform</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Formen der Kooperation (docs/fachmodell.md §6.2, Werteliste §10.2).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getKooperationsform()
 * @model
 * @generated
 */
public enum Kooperationsform implements Enumerator {
	/**
	 * The '<em><b>ARBEITSGRUPPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBEITSGRUPPE_VALUE
	 * @generated
	 * @ordered
	 */
	ARBEITSGRUPPE(0, "ARBEITSGRUPPE", "ARBEITSGRUPPE"),

	/**
	 * The '<em><b>INFORMATIONSAUSTAUSCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATIONSAUSTAUSCH_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATIONSAUSTAUSCH(1, "INFORMATIONSAUSTAUSCH", "INFORMATIONSAUSTAUSCH"),

	/**
	 * The '<em><b>SCHRIFTLICHE KOOPERATIONSVEREINBARUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG_VALUE
	 * @generated
	 * @ordered
	 */
	SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG(2, "SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG", "SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG"),

	/**
	 * The '<em><b>VERBINDLICHE VEREINBARUNG KOMMUNE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBINDLICHE_VEREINBARUNG_KOMMUNE_VALUE
	 * @generated
	 * @ordered
	 */
	VERBINDLICHE_VEREINBARUNG_KOMMUNE(3, "VERBINDLICHE_VEREINBARUNG_KOMMUNE", "VERBINDLICHE_VEREINBARUNG_KOMMUNE"),

	/**
	 * The '<em><b>VERTRAG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERTRAG_VALUE
	 * @generated
	 * @ordered
	 */
	VERTRAG(4, "VERTRAG", "VERTRAG");

	/**
	 * The '<em><b>ARBEITSGRUPPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBEITSGRUPPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARBEITSGRUPPE_VALUE = 0;

	/**
	 * The '<em><b>INFORMATIONSAUSTAUSCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATIONSAUSTAUSCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATIONSAUSTAUSCH_VALUE = 1;

	/**
	 * The '<em><b>SCHRIFTLICHE KOOPERATIONSVEREINBARUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG_VALUE = 2;

	/**
	 * The '<em><b>VERBINDLICHE VEREINBARUNG KOMMUNE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBINDLICHE_VEREINBARUNG_KOMMUNE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERBINDLICHE_VEREINBARUNG_KOMMUNE_VALUE = 3;

	/**
	 * The '<em><b>VERTRAG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERTRAG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERTRAG_VALUE = 4;

	/**
	 * An array of all the '<em><b>Kooperationsform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Kooperationsform[] VALUES_ARRAY =
		new Kooperationsform[] {
			ARBEITSGRUPPE,
			INFORMATIONSAUSTAUSCH,
			SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG,
			VERBINDLICHE_VEREINBARUNG_KOMMUNE,
			VERTRAG,
		};

	/**
	 * A public read-only list of all the '<em><b>Kooperationsform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Kooperationsform> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kooperationsform</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kooperationsform get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Kooperationsform result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kooperationsform</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kooperationsform getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Kooperationsform result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kooperationsform</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kooperationsform get(int value) {
		switch (value) {
			case ARBEITSGRUPPE_VALUE: return ARBEITSGRUPPE;
			case INFORMATIONSAUSTAUSCH_VALUE: return INFORMATIONSAUSTAUSCH;
			case SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG_VALUE: return SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG;
			case VERBINDLICHE_VEREINBARUNG_KOMMUNE_VALUE: return VERBINDLICHE_VEREINBARUNG_KOMMUNE;
			case VERTRAG_VALUE: return VERTRAG;
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
	private Kooperationsform(int value, String name, String literal) {
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
	
} //Kooperationsform
