/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Erfuellungsgrad</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Wie weit ein Praxisbeispiel ein Good-Practice-Kriterium nach eigener Einschätzung erfüllt.
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getErfuellungsgrad()
 * @model
 * @generated
 */
public enum Erfuellungsgrad implements Enumerator {
	/**
	 * The '<em><b>ERFUELLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERFUELLT_VALUE
	 * @generated
	 * @ordered
	 */
	ERFUELLT(0, "ERFUELLT", "ERFUELLT"),

	/**
	 * The '<em><b>TEILWEISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILWEISE_VALUE
	 * @generated
	 * @ordered
	 */
	TEILWEISE(1, "TEILWEISE", "TEILWEISE"),

	/**
	 * The '<em><b>NICHT ERFUELLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NICHT_ERFUELLT_VALUE
	 * @generated
	 * @ordered
	 */
	NICHT_ERFUELLT(2, "NICHT_ERFUELLT", "NICHT_ERFUELLT");

	/**
	 * The '<em><b>ERFUELLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERFUELLT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ERFUELLT_VALUE = 0;

	/**
	 * The '<em><b>TEILWEISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILWEISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEILWEISE_VALUE = 1;

	/**
	 * The '<em><b>NICHT ERFUELLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NICHT_ERFUELLT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NICHT_ERFUELLT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Erfuellungsgrad</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Erfuellungsgrad[] VALUES_ARRAY =
		new Erfuellungsgrad[] {
			ERFUELLT,
			TEILWEISE,
			NICHT_ERFUELLT,
		};

	/**
	 * A public read-only list of all the '<em><b>Erfuellungsgrad</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Erfuellungsgrad> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Erfuellungsgrad</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Erfuellungsgrad get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Erfuellungsgrad result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Erfuellungsgrad</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Erfuellungsgrad getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Erfuellungsgrad result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Erfuellungsgrad</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Erfuellungsgrad get(int value) {
		switch (value) {
			case ERFUELLT_VALUE: return ERFUELLT;
			case TEILWEISE_VALUE: return TEILWEISE;
			case NICHT_ERFUELLT_VALUE: return NICHT_ERFUELLT;
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
	private Erfuellungsgrad(int value, String name, String literal) {
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
	
} //Erfuellungsgrad
