/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Hilfemixsektor</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Die Sektoren des Welfare-Mix (docs/fachmodell.md §6.4).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getHilfemixsektor()
 * @model
 * @generated
 */
public enum Hilfemixsektor implements Enumerator {
	/**
	 * The '<em><b>STAAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAAT_VALUE
	 * @generated
	 * @ordered
	 */
	STAAT(0, "STAAT", "STAAT"),

	/**
	 * The '<em><b>MARKT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKT_VALUE
	 * @generated
	 * @ordered
	 */
	MARKT(1, "MARKT", "MARKT"),

	/**
	 * The '<em><b>GESELLSCHAFTLICHE ASSOZIATIONEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESELLSCHAFTLICHE_ASSOZIATIONEN_VALUE
	 * @generated
	 * @ordered
	 */
	GESELLSCHAFTLICHE_ASSOZIATIONEN(2, "GESELLSCHAFTLICHE_ASSOZIATIONEN", "GESELLSCHAFTLICHE_ASSOZIATIONEN"),

	/**
	 * The '<em><b>INFORMELLE NETZE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMELLE_NETZE_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMELLE_NETZE(3, "INFORMELLE_NETZE", "INFORMELLE_NETZE");

	/**
	 * The '<em><b>STAAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAAT_VALUE = 0;

	/**
	 * The '<em><b>MARKT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKT_VALUE = 1;

	/**
	 * The '<em><b>GESELLSCHAFTLICHE ASSOZIATIONEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESELLSCHAFTLICHE_ASSOZIATIONEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GESELLSCHAFTLICHE_ASSOZIATIONEN_VALUE = 2;

	/**
	 * The '<em><b>INFORMELLE NETZE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMELLE_NETZE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMELLE_NETZE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Hilfemixsektor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Hilfemixsektor[] VALUES_ARRAY =
		new Hilfemixsektor[] {
			STAAT,
			MARKT,
			GESELLSCHAFTLICHE_ASSOZIATIONEN,
			INFORMELLE_NETZE,
		};

	/**
	 * A public read-only list of all the '<em><b>Hilfemixsektor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Hilfemixsektor> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hilfemixsektor</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Hilfemixsektor get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Hilfemixsektor result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hilfemixsektor</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Hilfemixsektor getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Hilfemixsektor result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hilfemixsektor</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Hilfemixsektor get(int value) {
		switch (value) {
			case STAAT_VALUE: return STAAT;
			case MARKT_VALUE: return MARKT;
			case GESELLSCHAFTLICHE_ASSOZIATIONEN_VALUE: return GESELLSCHAFTLICHE_ASSOZIATIONEN;
			case INFORMELLE_NETZE_VALUE: return INFORMELLE_NETZE;
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
	private Hilfemixsektor(int value, String name, String literal) {
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
	
} //Hilfemixsektor
