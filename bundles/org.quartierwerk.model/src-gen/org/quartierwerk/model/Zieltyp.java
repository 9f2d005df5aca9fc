/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Zieltyp</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getZieltyp()
 * @model
 * @generated
 */
public enum Zieltyp implements Enumerator {
	/**
	 * The '<em><b>WIRKUNGSZIEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRKUNGSZIEL_VALUE
	 * @generated
	 * @ordered
	 */
	WIRKUNGSZIEL(0, "WIRKUNGSZIEL", "WIRKUNGSZIEL"),

	/**
	 * The '<em><b>LEISTUNGSZIEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEISTUNGSZIEL_VALUE
	 * @generated
	 * @ordered
	 */
	LEISTUNGSZIEL(1, "LEISTUNGSZIEL", "LEISTUNGSZIEL");

	/**
	 * The '<em><b>WIRKUNGSZIEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRKUNGSZIEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WIRKUNGSZIEL_VALUE = 0;

	/**
	 * The '<em><b>LEISTUNGSZIEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEISTUNGSZIEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEISTUNGSZIEL_VALUE = 1;

	/**
	 * An array of all the '<em><b>Zieltyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Zieltyp[] VALUES_ARRAY =
		new Zieltyp[] {
			WIRKUNGSZIEL,
			LEISTUNGSZIEL,
		};

	/**
	 * A public read-only list of all the '<em><b>Zieltyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Zieltyp> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Zieltyp</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Zieltyp get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Zieltyp result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zieltyp</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Zieltyp getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Zieltyp result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zieltyp</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Zieltyp get(int value) {
		switch (value) {
			case WIRKUNGSZIEL_VALUE: return WIRKUNGSZIEL;
			case LEISTUNGSZIEL_VALUE: return LEISTUNGSZIEL;
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
	private Zieltyp(int value, String name, String literal) {
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
	
} //Zieltyp
