/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Good Practice Kriterium</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Die zwölf Good-Practice-Kriterien des Kooperationsverbunds Gesundheitliche Chancengleichheit, in ihrer Reihenfolge (docs/fachmodell.md §11).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getGoodPracticeKriterium()
 * @model
 * @generated
 */
public enum GoodPracticeKriterium implements Enumerator {
	/**
	 * The '<em><b>KONZEPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KONZEPTION_VALUE
	 * @generated
	 * @ordered
	 */
	KONZEPTION(0, "KONZEPTION", "KONZEPTION"),

	/**
	 * The '<em><b>ZIELGRUPPENBEZUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIELGRUPPENBEZUG_VALUE
	 * @generated
	 * @ordered
	 */
	ZIELGRUPPENBEZUG(1, "ZIELGRUPPENBEZUG", "ZIELGRUPPENBEZUG"),

	/**
	 * The '<em><b>SETTING ANSATZ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTING_ANSATZ_VALUE
	 * @generated
	 * @ordered
	 */
	SETTING_ANSATZ(2, "SETTING_ANSATZ", "SETTING_ANSATZ"),

	/**
	 * The '<em><b>MULTIPLIKATORENKONZEPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTIPLIKATORENKONZEPT_VALUE
	 * @generated
	 * @ordered
	 */
	MULTIPLIKATORENKONZEPT(3, "MULTIPLIKATORENKONZEPT", "MULTIPLIKATORENKONZEPT"),

	/**
	 * The '<em><b>NACHHALTIGKEIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NACHHALTIGKEIT_VALUE
	 * @generated
	 * @ordered
	 */
	NACHHALTIGKEIT(4, "NACHHALTIGKEIT", "NACHHALTIGKEIT"),

	/**
	 * The '<em><b>NIEDRIGSCHWELLIGKEIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIEDRIGSCHWELLIGKEIT_VALUE
	 * @generated
	 * @ordered
	 */
	NIEDRIGSCHWELLIGKEIT(5, "NIEDRIGSCHWELLIGKEIT", "NIEDRIGSCHWELLIGKEIT"),

	/**
	 * The '<em><b>PARTIZIPATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIZIPATION_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIZIPATION(6, "PARTIZIPATION", "PARTIZIPATION"),

	/**
	 * The '<em><b>EMPOWERMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPOWERMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EMPOWERMENT(7, "EMPOWERMENT", "EMPOWERMENT"),

	/**
	 * The '<em><b>INTEGRIERTES HANDLUNGSKONZEPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRIERTES_HANDLUNGSKONZEPT_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRIERTES_HANDLUNGSKONZEPT(8, "INTEGRIERTES_HANDLUNGSKONZEPT", "INTEGRIERTES_HANDLUNGSKONZEPT"),

	/**
	 * The '<em><b>QUALITAETSMANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITAETSMANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITAETSMANAGEMENT(9, "QUALITAETSMANAGEMENT", "QUALITAETSMANAGEMENT"),

	/**
	 * The '<em><b>DOKUMENTATION EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOKUMENTATION_EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	DOKUMENTATION_EVALUATION(10, "DOKUMENTATION_EVALUATION", "DOKUMENTATION_EVALUATION"),

	/**
	 * The '<em><b>KOSTEN WIRKSAMKEIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOSTEN_WIRKSAMKEIT_VALUE
	 * @generated
	 * @ordered
	 */
	KOSTEN_WIRKSAMKEIT(11, "KOSTEN_WIRKSAMKEIT", "KOSTEN_WIRKSAMKEIT");

	/**
	 * The '<em><b>KONZEPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KONZEPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KONZEPTION_VALUE = 0;

	/**
	 * The '<em><b>ZIELGRUPPENBEZUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIELGRUPPENBEZUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZIELGRUPPENBEZUG_VALUE = 1;

	/**
	 * The '<em><b>SETTING ANSATZ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTING_ANSATZ
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SETTING_ANSATZ_VALUE = 2;

	/**
	 * The '<em><b>MULTIPLIKATORENKONZEPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTIPLIKATORENKONZEPT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MULTIPLIKATORENKONZEPT_VALUE = 3;

	/**
	 * The '<em><b>NACHHALTIGKEIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NACHHALTIGKEIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NACHHALTIGKEIT_VALUE = 4;

	/**
	 * The '<em><b>NIEDRIGSCHWELLIGKEIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIEDRIGSCHWELLIGKEIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NIEDRIGSCHWELLIGKEIT_VALUE = 5;

	/**
	 * The '<em><b>PARTIZIPATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIZIPATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTIZIPATION_VALUE = 6;

	/**
	 * The '<em><b>EMPOWERMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPOWERMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPOWERMENT_VALUE = 7;

	/**
	 * The '<em><b>INTEGRIERTES HANDLUNGSKONZEPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRIERTES_HANDLUNGSKONZEPT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRIERTES_HANDLUNGSKONZEPT_VALUE = 8;

	/**
	 * The '<em><b>QUALITAETSMANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITAETSMANAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALITAETSMANAGEMENT_VALUE = 9;

	/**
	 * The '<em><b>DOKUMENTATION EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOKUMENTATION_EVALUATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOKUMENTATION_EVALUATION_VALUE = 10;

	/**
	 * The '<em><b>KOSTEN WIRKSAMKEIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOSTEN_WIRKSAMKEIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KOSTEN_WIRKSAMKEIT_VALUE = 11;

	/**
	 * An array of all the '<em><b>Good Practice Kriterium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GoodPracticeKriterium[] VALUES_ARRAY =
		new GoodPracticeKriterium[] {
			KONZEPTION,
			ZIELGRUPPENBEZUG,
			SETTING_ANSATZ,
			MULTIPLIKATORENKONZEPT,
			NACHHALTIGKEIT,
			NIEDRIGSCHWELLIGKEIT,
			PARTIZIPATION,
			EMPOWERMENT,
			INTEGRIERTES_HANDLUNGSKONZEPT,
			QUALITAETSMANAGEMENT,
			DOKUMENTATION_EVALUATION,
			KOSTEN_WIRKSAMKEIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Good Practice Kriterium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GoodPracticeKriterium> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Good Practice Kriterium</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoodPracticeKriterium get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoodPracticeKriterium result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Good Practice Kriterium</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoodPracticeKriterium getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoodPracticeKriterium result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Good Practice Kriterium</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoodPracticeKriterium get(int value) {
		switch (value) {
			case KONZEPTION_VALUE: return KONZEPTION;
			case ZIELGRUPPENBEZUG_VALUE: return ZIELGRUPPENBEZUG;
			case SETTING_ANSATZ_VALUE: return SETTING_ANSATZ;
			case MULTIPLIKATORENKONZEPT_VALUE: return MULTIPLIKATORENKONZEPT;
			case NACHHALTIGKEIT_VALUE: return NACHHALTIGKEIT;
			case NIEDRIGSCHWELLIGKEIT_VALUE: return NIEDRIGSCHWELLIGKEIT;
			case PARTIZIPATION_VALUE: return PARTIZIPATION;
			case EMPOWERMENT_VALUE: return EMPOWERMENT;
			case INTEGRIERTES_HANDLUNGSKONZEPT_VALUE: return INTEGRIERTES_HANDLUNGSKONZEPT;
			case QUALITAETSMANAGEMENT_VALUE: return QUALITAETSMANAGEMENT;
			case DOKUMENTATION_EVALUATION_VALUE: return DOKUMENTATION_EVALUATION;
			case KOSTEN_WIRKSAMKEIT_VALUE: return KOSTEN_WIRKSAMKEIT;
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
	private GoodPracticeKriterium(int value, String name, String literal) {
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
	
} //GoodPracticeKriterium
