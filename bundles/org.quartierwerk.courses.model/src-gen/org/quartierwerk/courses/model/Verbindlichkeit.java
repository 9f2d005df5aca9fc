/**
 */
package org.quartierwerk.courses.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Verbindlichkeit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How binding a cooperation is: loose, a written Kooperationsvereinbarung, or a binding agreement or contract (docs/fachmodell.md §6.2).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.courses.model.KursPackage#getVerbindlichkeit()
 * @model
 * @generated
 */
public enum Verbindlichkeit implements Enumerator {
	/**
	 * The '<em><b>LOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOSE_VALUE
	 * @generated
	 * @ordered
	 */
	LOSE(0, "LOSE", "LOSE"),

	/**
	 * The '<em><b>SCHRIFTLICH VEREINBART</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHRIFTLICH_VEREINBART_VALUE
	 * @generated
	 * @ordered
	 */
	SCHRIFTLICH_VEREINBART(1, "SCHRIFTLICH_VEREINBART", "SCHRIFTLICH_VEREINBART"),

	/**
	 * The '<em><b>VERBINDLICH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBINDLICH_VALUE
	 * @generated
	 * @ordered
	 */
	VERBINDLICH(2, "VERBINDLICH", "VERBINDLICH");

	/**
	 * The '<em><b>LOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOSE_VALUE = 0;

	/**
	 * The '<em><b>SCHRIFTLICH VEREINBART</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHRIFTLICH_VEREINBART
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHRIFTLICH_VEREINBART_VALUE = 1;

	/**
	 * The '<em><b>VERBINDLICH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBINDLICH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERBINDLICH_VALUE = 2;

	/**
	 * An array of all the '<em><b>Verbindlichkeit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Verbindlichkeit[] VALUES_ARRAY =
		new Verbindlichkeit[] {
			LOSE,
			SCHRIFTLICH_VEREINBART,
			VERBINDLICH,
		};

	/**
	 * A public read-only list of all the '<em><b>Verbindlichkeit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Verbindlichkeit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Verbindlichkeit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Verbindlichkeit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Verbindlichkeit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verbindlichkeit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Verbindlichkeit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Verbindlichkeit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verbindlichkeit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Verbindlichkeit get(int value) {
		switch (value) {
			case LOSE_VALUE: return LOSE;
			case SCHRIFTLICH_VEREINBART_VALUE: return SCHRIFTLICH_VEREINBART;
			case VERBINDLICH_VALUE: return VERBINDLICH;
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
	private Verbindlichkeit(int value, String name, String literal) {
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
	
} //Verbindlichkeit
