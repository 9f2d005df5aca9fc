/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Projektverweisart</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getProjektverweisart()
 * @model
 * @generated
 */
public enum Projektverweisart implements Enumerator {
	/**
	 * The '<em><b>TEILPROJEKT VON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILPROJEKT_VON_VALUE
	 * @generated
	 * @ordered
	 */
	TEILPROJEKT_VON(0, "TEILPROJEKT_VON", "TEILPROJEKT_VON"),

	/**
	 * The '<em><b>FOLGEPROJEKT VON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLGEPROJEKT_VON_VALUE
	 * @generated
	 * @ordered
	 */
	FOLGEPROJEKT_VON(1, "FOLGEPROJEKT_VON", "FOLGEPROJEKT_VON"),

	/**
	 * The '<em><b>GEHOERT ZU PROGRAMM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEHOERT_ZU_PROGRAMM_VALUE
	 * @generated
	 * @ordered
	 */
	GEHOERT_ZU_PROGRAMM(2, "GEHOERT_ZU_PROGRAMM", "GEHOERT_ZU_PROGRAMM");

	/**
	 * The '<em><b>TEILPROJEKT VON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILPROJEKT_VON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEILPROJEKT_VON_VALUE = 0;

	/**
	 * The '<em><b>FOLGEPROJEKT VON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLGEPROJEKT_VON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLGEPROJEKT_VON_VALUE = 1;

	/**
	 * The '<em><b>GEHOERT ZU PROGRAMM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEHOERT_ZU_PROGRAMM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEHOERT_ZU_PROGRAMM_VALUE = 2;

	/**
	 * An array of all the '<em><b>Projektverweisart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Projektverweisart[] VALUES_ARRAY =
		new Projektverweisart[] {
			TEILPROJEKT_VON,
			FOLGEPROJEKT_VON,
			GEHOERT_ZU_PROGRAMM,
		};

	/**
	 * A public read-only list of all the '<em><b>Projektverweisart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Projektverweisart> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Projektverweisart</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Projektverweisart get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Projektverweisart result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Projektverweisart</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Projektverweisart getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Projektverweisart result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Projektverweisart</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Projektverweisart get(int value) {
		switch (value) {
			case TEILPROJEKT_VON_VALUE: return TEILPROJEKT_VON;
			case FOLGEPROJEKT_VON_VALUE: return FOLGEPROJEKT_VON;
			case GEHOERT_ZU_PROGRAMM_VALUE: return GEHOERT_ZU_PROGRAMM;
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
	private Projektverweisart(int value, String name, String literal) {
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
	
} //Projektverweisart
