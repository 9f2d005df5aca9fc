/**
 */
package org.quartierwerk.courses.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kooperationsebene</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Drei-Ebenen-Modell of docs/fachmodell.md §6.3: normativ, fachlich, ökonomisch.
 * <!-- end-model-doc -->
 * @see org.quartierwerk.courses.model.KursPackage#getKooperationsebene()
 * @model
 * @generated
 */
public enum Kooperationsebene implements Enumerator {
	/**
	 * The '<em><b>NORMATIV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMATIV_VALUE
	 * @generated
	 * @ordered
	 */
	NORMATIV(0, "NORMATIV", "NORMATIV"),

	/**
	 * The '<em><b>FACHLICH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACHLICH_VALUE
	 * @generated
	 * @ordered
	 */
	FACHLICH(1, "FACHLICH", "FACHLICH"),

	/**
	 * The '<em><b>OEKONOMISCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OEKONOMISCH_VALUE
	 * @generated
	 * @ordered
	 */
	OEKONOMISCH(2, "OEKONOMISCH", "OEKONOMISCH");

	/**
	 * The '<em><b>NORMATIV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMATIV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORMATIV_VALUE = 0;

	/**
	 * The '<em><b>FACHLICH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACHLICH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FACHLICH_VALUE = 1;

	/**
	 * The '<em><b>OEKONOMISCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OEKONOMISCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OEKONOMISCH_VALUE = 2;

	/**
	 * An array of all the '<em><b>Kooperationsebene</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Kooperationsebene[] VALUES_ARRAY =
		new Kooperationsebene[] {
			NORMATIV,
			FACHLICH,
			OEKONOMISCH,
		};

	/**
	 * A public read-only list of all the '<em><b>Kooperationsebene</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Kooperationsebene> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kooperationsebene</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kooperationsebene get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Kooperationsebene result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kooperationsebene</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kooperationsebene getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Kooperationsebene result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kooperationsebene</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kooperationsebene get(int value) {
		switch (value) {
			case NORMATIV_VALUE: return NORMATIV;
			case FACHLICH_VALUE: return FACHLICH;
			case OEKONOMISCH_VALUE: return OEKONOMISCH;
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
	private Kooperationsebene(int value, String name, String literal) {
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
	
} //Kooperationsebene
