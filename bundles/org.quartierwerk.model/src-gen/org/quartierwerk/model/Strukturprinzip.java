/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Strukturprinzip</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getStrukturprinzip()
 * @model
 * @generated
 */
public enum Strukturprinzip implements Enumerator {
	/**
	 * The '<em><b>SOZIALRAEUMLICH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALRAEUMLICH_VALUE
	 * @generated
	 * @ordered
	 */
	SOZIALRAEUMLICH(0, "SOZIALRAEUMLICH", "SOZIALRAEUMLICH"),

	/**
	 * The '<em><b>GANZHEITLICH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GANZHEITLICH_VALUE
	 * @generated
	 * @ordered
	 */
	GANZHEITLICH(1, "GANZHEITLICH", "GANZHEITLICH"),

	/**
	 * The '<em><b>VERNETZT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERNETZT_VALUE
	 * @generated
	 * @ordered
	 */
	VERNETZT(2, "VERNETZT", "VERNETZT"),

	/**
	 * The '<em><b>PARTIZIPATIV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIZIPATIV_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIZIPATIV(3, "PARTIZIPATIV", "PARTIZIPATIV");

	/**
	 * The '<em><b>SOZIALRAEUMLICH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALRAEUMLICH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOZIALRAEUMLICH_VALUE = 0;

	/**
	 * The '<em><b>GANZHEITLICH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GANZHEITLICH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GANZHEITLICH_VALUE = 1;

	/**
	 * The '<em><b>VERNETZT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERNETZT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERNETZT_VALUE = 2;

	/**
	 * The '<em><b>PARTIZIPATIV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIZIPATIV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTIZIPATIV_VALUE = 3;

	/**
	 * An array of all the '<em><b>Strukturprinzip</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Strukturprinzip[] VALUES_ARRAY =
		new Strukturprinzip[] {
			SOZIALRAEUMLICH,
			GANZHEITLICH,
			VERNETZT,
			PARTIZIPATIV,
		};

	/**
	 * A public read-only list of all the '<em><b>Strukturprinzip</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Strukturprinzip> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Strukturprinzip</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Strukturprinzip get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Strukturprinzip result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strukturprinzip</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Strukturprinzip getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Strukturprinzip result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strukturprinzip</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Strukturprinzip get(int value) {
		switch (value) {
			case SOZIALRAEUMLICH_VALUE: return SOZIALRAEUMLICH;
			case GANZHEITLICH_VALUE: return GANZHEITLICH;
			case VERNETZT_VALUE: return VERNETZT;
			case PARTIZIPATIV_VALUE: return PARTIZIPATIV;
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
	private Strukturprinzip(int value, String name, String literal) {
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
	
} //Strukturprinzip
