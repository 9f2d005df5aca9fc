/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Arbeitsschrittstatus</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getArbeitsschrittstatus()
 * @model
 * @generated
 */
public enum Arbeitsschrittstatus implements Enumerator {
	/**
	 * The '<em><b>GEPLANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLANT_VALUE
	 * @generated
	 * @ordered
	 */
	GEPLANT(0, "GEPLANT", "GEPLANT"),

	/**
	 * The '<em><b>LAUFEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAUFEND_VALUE
	 * @generated
	 * @ordered
	 */
	LAUFEND(1, "LAUFEND", "LAUFEND"),

	/**
	 * The '<em><b>ABGESCHLOSSEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABGESCHLOSSEN_VALUE
	 * @generated
	 * @ordered
	 */
	ABGESCHLOSSEN(2, "ABGESCHLOSSEN", "ABGESCHLOSSEN"),

	/**
	 * The '<em><b>ENTFALLEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTFALLEN_VALUE
	 * @generated
	 * @ordered
	 */
	ENTFALLEN(3, "ENTFALLEN", "ENTFALLEN");

	/**
	 * The '<em><b>GEPLANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEPLANT_VALUE = 0;

	/**
	 * The '<em><b>LAUFEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAUFEND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAUFEND_VALUE = 1;

	/**
	 * The '<em><b>ABGESCHLOSSEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABGESCHLOSSEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABGESCHLOSSEN_VALUE = 2;

	/**
	 * The '<em><b>ENTFALLEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTFALLEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTFALLEN_VALUE = 3;

	/**
	 * An array of all the '<em><b>Arbeitsschrittstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Arbeitsschrittstatus[] VALUES_ARRAY =
		new Arbeitsschrittstatus[] {
			GEPLANT,
			LAUFEND,
			ABGESCHLOSSEN,
			ENTFALLEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Arbeitsschrittstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Arbeitsschrittstatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Arbeitsschrittstatus</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Arbeitsschrittstatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Arbeitsschrittstatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arbeitsschrittstatus</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Arbeitsschrittstatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Arbeitsschrittstatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arbeitsschrittstatus</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Arbeitsschrittstatus get(int value) {
		switch (value) {
			case GEPLANT_VALUE: return GEPLANT;
			case LAUFEND_VALUE: return LAUFEND;
			case ABGESCHLOSSEN_VALUE: return ABGESCHLOSSEN;
			case ENTFALLEN_VALUE: return ENTFALLEN;
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
	private Arbeitsschrittstatus(int value, String name, String literal) {
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
	
} //Arbeitsschrittstatus
