/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Bewilligungsstatus</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getBewilligungsstatus()
 * @model
 * @generated
 */
public enum Bewilligungsstatus implements Enumerator {
	/**
	 * The '<em><b>BEANTRAGT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEANTRAGT_VALUE
	 * @generated
	 * @ordered
	 */
	BEANTRAGT(0, "BEANTRAGT", "BEANTRAGT"),

	/**
	 * The '<em><b>BEWILLIGT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEWILLIGT_VALUE
	 * @generated
	 * @ordered
	 */
	BEWILLIGT(1, "BEWILLIGT", "BEWILLIGT"),

	/**
	 * The '<em><b>ABGELEHNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABGELEHNT_VALUE
	 * @generated
	 * @ordered
	 */
	ABGELEHNT(2, "ABGELEHNT", "ABGELEHNT"),

	/**
	 * The '<em><b>GEPLANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLANT_VALUE
	 * @generated
	 * @ordered
	 */
	GEPLANT(3, "GEPLANT", "GEPLANT"),

	/**
	 * The '<em><b>AUSGEZAHLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUSGEZAHLT_VALUE
	 * @generated
	 * @ordered
	 */
	AUSGEZAHLT(4, "AUSGEZAHLT", "AUSGEZAHLT"),

	/**
	 * The '<em><b>VERWENDUNGSNACHWEIS ERBRACHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWENDUNGSNACHWEIS_ERBRACHT_VALUE
	 * @generated
	 * @ordered
	 */
	VERWENDUNGSNACHWEIS_ERBRACHT(5, "VERWENDUNGSNACHWEIS_ERBRACHT", "VERWENDUNGSNACHWEIS_ERBRACHT");

	/**
	 * The '<em><b>BEANTRAGT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEANTRAGT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEANTRAGT_VALUE = 0;

	/**
	 * The '<em><b>BEWILLIGT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEWILLIGT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEWILLIGT_VALUE = 1;

	/**
	 * The '<em><b>ABGELEHNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABGELEHNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABGELEHNT_VALUE = 2;

	/**
	 * The '<em><b>GEPLANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEPLANT_VALUE = 3;

	/**
	 * The '<em><b>AUSGEZAHLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUSGEZAHLT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUSGEZAHLT_VALUE = 4;

	/**
	 * The '<em><b>VERWENDUNGSNACHWEIS ERBRACHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWENDUNGSNACHWEIS_ERBRACHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERWENDUNGSNACHWEIS_ERBRACHT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Bewilligungsstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Bewilligungsstatus[] VALUES_ARRAY =
		new Bewilligungsstatus[] {
			BEANTRAGT,
			BEWILLIGT,
			ABGELEHNT,
			GEPLANT,
			AUSGEZAHLT,
			VERWENDUNGSNACHWEIS_ERBRACHT,
		};

	/**
	 * A public read-only list of all the '<em><b>Bewilligungsstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Bewilligungsstatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Bewilligungsstatus</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Bewilligungsstatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Bewilligungsstatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bewilligungsstatus</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Bewilligungsstatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Bewilligungsstatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bewilligungsstatus</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Bewilligungsstatus get(int value) {
		switch (value) {
			case BEANTRAGT_VALUE: return BEANTRAGT;
			case BEWILLIGT_VALUE: return BEWILLIGT;
			case ABGELEHNT_VALUE: return ABGELEHNT;
			case GEPLANT_VALUE: return GEPLANT;
			case AUSGEZAHLT_VALUE: return AUSGEZAHLT;
			case VERWENDUNGSNACHWEIS_ERBRACHT_VALUE: return VERWENDUNGSNACHWEIS_ERBRACHT;
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
	private Bewilligungsstatus(int value, String name, String literal) {
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
	
} //Bewilligungsstatus
