/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Zielebene</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Ebenen der Zielpyramide nach FES (docs/fachmodell.md §4, §10.1).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getZielebene()
 * @model
 * @generated
 */
public enum Zielebene implements Enumerator {
	/**
	 * The '<em><b>LEITZIEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEITZIEL_VALUE
	 * @generated
	 * @ordered
	 */
	LEITZIEL(0, "LEITZIEL", "LEITZIEL"),

	/**
	 * The '<em><b>PRODUKTGRUPPENZIEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUKTGRUPPENZIEL_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUKTGRUPPENZIEL(1, "PRODUKTGRUPPENZIEL", "PRODUKTGRUPPENZIEL"),

	/**
	 * The '<em><b>PRODUKTZIEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUKTZIEL_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUKTZIEL(2, "PRODUKTZIEL", "PRODUKTZIEL"),

	/**
	 * The '<em><b>TEILZIEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILZIEL_VALUE
	 * @generated
	 * @ordered
	 */
	TEILZIEL(3, "TEILZIEL", "TEILZIEL"),

	/**
	 * The '<em><b>MASSNAHMENZIEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASSNAHMENZIEL_VALUE
	 * @generated
	 * @ordered
	 */
	MASSNAHMENZIEL(4, "MASSNAHMENZIEL", "MASSNAHMENZIEL");

	/**
	 * The '<em><b>LEITZIEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEITZIEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEITZIEL_VALUE = 0;

	/**
	 * The '<em><b>PRODUKTGRUPPENZIEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUKTGRUPPENZIEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUKTGRUPPENZIEL_VALUE = 1;

	/**
	 * The '<em><b>PRODUKTZIEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUKTZIEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUKTZIEL_VALUE = 2;

	/**
	 * The '<em><b>TEILZIEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILZIEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEILZIEL_VALUE = 3;

	/**
	 * The '<em><b>MASSNAHMENZIEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASSNAHMENZIEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASSNAHMENZIEL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Zielebene</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Zielebene[] VALUES_ARRAY =
		new Zielebene[] {
			LEITZIEL,
			PRODUKTGRUPPENZIEL,
			PRODUKTZIEL,
			TEILZIEL,
			MASSNAHMENZIEL,
		};

	/**
	 * A public read-only list of all the '<em><b>Zielebene</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Zielebene> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Zielebene</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Zielebene get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Zielebene result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zielebene</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Zielebene getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Zielebene result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zielebene</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Zielebene get(int value) {
		switch (value) {
			case LEITZIEL_VALUE: return LEITZIEL;
			case PRODUKTGRUPPENZIEL_VALUE: return PRODUKTGRUPPENZIEL;
			case PRODUKTZIEL_VALUE: return PRODUKTZIEL;
			case TEILZIEL_VALUE: return TEILZIEL;
			case MASSNAHMENZIEL_VALUE: return MASSNAHMENZIEL;
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
	private Zielebene(int value, String name, String literal) {
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
	
} //Zielebene
