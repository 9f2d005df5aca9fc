/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Handlungsfeld</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getHandlungsfeld()
 * @model
 * @generated
 */
public enum Handlungsfeld implements Enumerator {
	/**
	 * The '<em><b>WOHNEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHNEN_VALUE
	 * @generated
	 * @ordered
	 */
	WOHNEN(0, "WOHNEN", "WOHNEN"),

	/**
	 * The '<em><b>SOZIALES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALES_VALUE
	 * @generated
	 * @ordered
	 */
	SOZIALES(1, "SOZIALES", "SOZIALES"),

	/**
	 * The '<em><b>GESUNDHEIT HILFE PFLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESUNDHEIT_HILFE_PFLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	GESUNDHEIT_HILFE_PFLEGE(2, "GESUNDHEIT_HILFE_PFLEGE", "GESUNDHEIT_HILFE_PFLEGE");

	/**
	 * The '<em><b>WOHNEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHNEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WOHNEN_VALUE = 0;

	/**
	 * The '<em><b>SOZIALES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOZIALES_VALUE = 1;

	/**
	 * The '<em><b>GESUNDHEIT HILFE PFLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESUNDHEIT_HILFE_PFLEGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GESUNDHEIT_HILFE_PFLEGE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Handlungsfeld</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Handlungsfeld[] VALUES_ARRAY =
		new Handlungsfeld[] {
			WOHNEN,
			SOZIALES,
			GESUNDHEIT_HILFE_PFLEGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Handlungsfeld</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Handlungsfeld> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Handlungsfeld</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handlungsfeld get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Handlungsfeld result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handlungsfeld</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handlungsfeld getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Handlungsfeld result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handlungsfeld</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handlungsfeld get(int value) {
		switch (value) {
			case WOHNEN_VALUE: return WOHNEN;
			case SOZIALES_VALUE: return SOZIALES;
			case GESUNDHEIT_HILFE_PFLEGE_VALUE: return GESUNDHEIT_HILFE_PFLEGE;
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
	private Handlungsfeld(int value, String name, String literal) {
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
	
} //Handlungsfeld
