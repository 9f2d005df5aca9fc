/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Herausforderung</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Die Herausforderungen aus Kapitel 4 der DStGB-Dokumentation Nr. 150, in ihrer Reihenfolge 4.1 bis 4.5.
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getHerausforderung()
 * @model
 * @generated
 */
public enum Herausforderung implements Enumerator {
	/**
	 * The '<em><b>KOOPERATION VERNETZUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOOPERATION_VERNETZUNG_VALUE
	 * @generated
	 * @ordered
	 */
	KOOPERATION_VERNETZUNG(0, "KOOPERATION_VERNETZUNG", "KOOPERATION_VERNETZUNG"),

	/**
	 * The '<em><b>PARTIZIPATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIZIPATION_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIZIPATION(1, "PARTIZIPATION", "PARTIZIPATION"),

	/**
	 * The '<em><b>HILFEMIX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HILFEMIX_VALUE
	 * @generated
	 * @ordered
	 */
	HILFEMIX(2, "HILFEMIX", "HILFEMIX"),

	/**
	 * The '<em><b>FINANZIERUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANZIERUNG_VALUE
	 * @generated
	 * @ordered
	 */
	FINANZIERUNG(3, "FINANZIERUNG", "FINANZIERUNG"),

	/**
	 * The '<em><b>BEFAEHIGUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEFAEHIGUNG_VALUE
	 * @generated
	 * @ordered
	 */
	BEFAEHIGUNG(4, "BEFAEHIGUNG", "BEFAEHIGUNG");

	/**
	 * The '<em><b>KOOPERATION VERNETZUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOOPERATION_VERNETZUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KOOPERATION_VERNETZUNG_VALUE = 0;

	/**
	 * The '<em><b>PARTIZIPATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIZIPATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTIZIPATION_VALUE = 1;

	/**
	 * The '<em><b>HILFEMIX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HILFEMIX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HILFEMIX_VALUE = 2;

	/**
	 * The '<em><b>FINANZIERUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANZIERUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINANZIERUNG_VALUE = 3;

	/**
	 * The '<em><b>BEFAEHIGUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEFAEHIGUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEFAEHIGUNG_VALUE = 4;

	/**
	 * An array of all the '<em><b>Herausforderung</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Herausforderung[] VALUES_ARRAY =
		new Herausforderung[] {
			KOOPERATION_VERNETZUNG,
			PARTIZIPATION,
			HILFEMIX,
			FINANZIERUNG,
			BEFAEHIGUNG,
		};

	/**
	 * A public read-only list of all the '<em><b>Herausforderung</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Herausforderung> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Herausforderung</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Herausforderung get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Herausforderung result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Herausforderung</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Herausforderung getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Herausforderung result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Herausforderung</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Herausforderung get(int value) {
		switch (value) {
			case KOOPERATION_VERNETZUNG_VALUE: return KOOPERATION_VERNETZUNG;
			case PARTIZIPATION_VALUE: return PARTIZIPATION;
			case HILFEMIX_VALUE: return HILFEMIX;
			case FINANZIERUNG_VALUE: return FINANZIERUNG;
			case BEFAEHIGUNG_VALUE: return BEFAEHIGUNG;
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
	private Herausforderung(int value, String name, String literal) {
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
	
} //Herausforderung
