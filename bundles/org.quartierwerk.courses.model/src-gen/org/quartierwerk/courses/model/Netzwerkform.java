/**
 */
package org.quartierwerk.courses.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Netzwerkform</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How two actors work together (docs/fachmodell.md §6.2, formats §6.3, values §10.2).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.courses.model.KursPackage#getNetzwerkform()
 * @model
 * @generated
 */
public enum Netzwerkform implements Enumerator {
	/**
	 * The '<em><b>ARBEITSGRUPPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBEITSGRUPPE_VALUE
	 * @generated
	 * @ordered
	 */
	ARBEITSGRUPPE(0, "ARBEITSGRUPPE", "ARBEITSGRUPPE"),

	/**
	 * The '<em><b>INFORMATIONSAUSTAUSCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATIONSAUSTAUSCH_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATIONSAUSTAUSCH(1, "INFORMATIONSAUSTAUSCH", "INFORMATIONSAUSTAUSCH"),

	/**
	 * The '<em><b>RUNDER TISCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNDER_TISCH_VALUE
	 * @generated
	 * @ordered
	 */
	RUNDER_TISCH(2, "RUNDER_TISCH", "RUNDER_TISCH"),

	/**
	 * The '<em><b>GEMEINSAMES ANGEBOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEINSAMES_ANGEBOT_VALUE
	 * @generated
	 * @ordered
	 */
	GEMEINSAMES_ANGEBOT(3, "GEMEINSAMES_ANGEBOT", "GEMEINSAMES_ANGEBOT");

	/**
	 * The '<em><b>ARBEITSGRUPPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBEITSGRUPPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARBEITSGRUPPE_VALUE = 0;

	/**
	 * The '<em><b>INFORMATIONSAUSTAUSCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFORMATIONSAUSTAUSCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATIONSAUSTAUSCH_VALUE = 1;

	/**
	 * The '<em><b>RUNDER TISCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNDER_TISCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNDER_TISCH_VALUE = 2;

	/**
	 * The '<em><b>GEMEINSAMES ANGEBOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEINSAMES_ANGEBOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEMEINSAMES_ANGEBOT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Netzwerkform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Netzwerkform[] VALUES_ARRAY =
		new Netzwerkform[] {
			ARBEITSGRUPPE,
			INFORMATIONSAUSTAUSCH,
			RUNDER_TISCH,
			GEMEINSAMES_ANGEBOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Netzwerkform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Netzwerkform> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Netzwerkform</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Netzwerkform get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Netzwerkform result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Netzwerkform</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Netzwerkform getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Netzwerkform result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Netzwerkform</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Netzwerkform get(int value) {
		switch (value) {
			case ARBEITSGRUPPE_VALUE: return ARBEITSGRUPPE;
			case INFORMATIONSAUSTAUSCH_VALUE: return INFORMATIONSAUSTAUSCH;
			case RUNDER_TISCH_VALUE: return RUNDER_TISCH;
			case GEMEINSAMES_ANGEBOT_VALUE: return GEMEINSAMES_ANGEBOT;
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
	private Netzwerkform(int value, String name, String literal) {
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
	
} //Netzwerkform
