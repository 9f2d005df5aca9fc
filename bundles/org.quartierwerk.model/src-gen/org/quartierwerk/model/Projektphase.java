/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Projektphase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getProjektphase()
 * @model
 * @generated
 */
public enum Projektphase implements Enumerator {
	/**
	 * The '<em><b>PLANUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANUNG_VALUE
	 * @generated
	 * @ordered
	 */
	PLANUNG(0, "PLANUNG", "PLANUNG"),

	/**
	 * The '<em><b>UMSETZUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UMSETZUNG_VALUE
	 * @generated
	 * @ordered
	 */
	UMSETZUNG(1, "UMSETZUNG", "UMSETZUNG"),

	/**
	 * The '<em><b>VERSTETIGUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERSTETIGUNG_VALUE
	 * @generated
	 * @ordered
	 */
	VERSTETIGUNG(2, "VERSTETIGUNG", "VERSTETIGUNG");

	/**
	 * The '<em><b>PLANUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLANUNG_VALUE = 0;

	/**
	 * The '<em><b>UMSETZUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UMSETZUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UMSETZUNG_VALUE = 1;

	/**
	 * The '<em><b>VERSTETIGUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERSTETIGUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERSTETIGUNG_VALUE = 2;

	/**
	 * An array of all the '<em><b>Projektphase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Projektphase[] VALUES_ARRAY =
		new Projektphase[] {
			PLANUNG,
			UMSETZUNG,
			VERSTETIGUNG,
		};

	/**
	 * A public read-only list of all the '<em><b>Projektphase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Projektphase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Projektphase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Projektphase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Projektphase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Projektphase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Projektphase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Projektphase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Projektphase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Projektphase get(int value) {
		switch (value) {
			case PLANUNG_VALUE: return PLANUNG;
			case UMSETZUNG_VALUE: return UMSETZUNG;
			case VERSTETIGUNG_VALUE: return VERSTETIGUNG;
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
	private Projektphase(int value, String name, String literal) {
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
	
} //Projektphase
