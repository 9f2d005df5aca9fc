/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ausgabenkategorie</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getAusgabenkategorie()
 * @model
 * @generated
 */
public enum Ausgabenkategorie implements Enumerator {
	/**
	 * The '<em><b>PERSONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL(0, "PERSONAL", "PERSONAL"),

	/**
	 * The '<em><b>SACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACH_VALUE
	 * @generated
	 * @ordered
	 */
	SACH(1, "SACH", "SACH"),

	/**
	 * The '<em><b>HONORAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HONORAR_VALUE
	 * @generated
	 * @ordered
	 */
	HONORAR(2, "HONORAR", "HONORAR"),

	/**
	 * The '<em><b>INVESTITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTITION_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTITION(3, "INVESTITION", "INVESTITION"),

	/**
	 * The '<em><b>VERWALTUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWALTUNG_VALUE
	 * @generated
	 * @ordered
	 */
	VERWALTUNG(4, "VERWALTUNG", "VERWALTUNG");

	/**
	 * The '<em><b>PERSONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_VALUE = 0;

	/**
	 * The '<em><b>SACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SACH_VALUE = 1;

	/**
	 * The '<em><b>HONORAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HONORAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HONORAR_VALUE = 2;

	/**
	 * The '<em><b>INVESTITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTITION_VALUE = 3;

	/**
	 * The '<em><b>VERWALTUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWALTUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERWALTUNG_VALUE = 4;

	/**
	 * An array of all the '<em><b>Ausgabenkategorie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Ausgabenkategorie[] VALUES_ARRAY =
		new Ausgabenkategorie[] {
			PERSONAL,
			SACH,
			HONORAR,
			INVESTITION,
			VERWALTUNG,
		};

	/**
	 * A public read-only list of all the '<em><b>Ausgabenkategorie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Ausgabenkategorie> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ausgabenkategorie</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Ausgabenkategorie get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Ausgabenkategorie result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ausgabenkategorie</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Ausgabenkategorie getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Ausgabenkategorie result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ausgabenkategorie</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Ausgabenkategorie get(int value) {
		switch (value) {
			case PERSONAL_VALUE: return PERSONAL;
			case SACH_VALUE: return SACH;
			case HONORAR_VALUE: return HONORAR;
			case INVESTITION_VALUE: return INVESTITION;
			case VERWALTUNG_VALUE: return VERWALTUNG;
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
	private Ausgabenkategorie(int value, String name, String literal) {
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
	
} //Ausgabenkategorie
