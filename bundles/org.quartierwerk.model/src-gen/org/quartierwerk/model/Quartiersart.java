/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Quartiersart</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getQuartiersart()
 * @model
 * @generated
 */
public enum Quartiersart implements Enumerator {
	/**
	 * The '<em><b>STADTTEIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STADTTEIL_VALUE
	 * @generated
	 * @ordered
	 */
	STADTTEIL(0, "STADTTEIL", "STADTTEIL"),

	/**
	 * The '<em><b>DORF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DORF_VALUE
	 * @generated
	 * @ordered
	 */
	DORF(1, "DORF", "DORF"),

	/**
	 * The '<em><b>GEMEINDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEINDE_VALUE
	 * @generated
	 * @ordered
	 */
	GEMEINDE(2, "GEMEINDE", "GEMEINDE"),

	/**
	 * The '<em><b>STADT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STADT_VALUE
	 * @generated
	 * @ordered
	 */
	STADT(3, "STADT", "STADT"),

	/**
	 * The '<em><b>LANDKREIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANDKREIS_VALUE
	 * @generated
	 * @ordered
	 */
	LANDKREIS(4, "LANDKREIS", "LANDKREIS"),

	/**
	 * The '<em><b>REGION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGION_VALUE
	 * @generated
	 * @ordered
	 */
	REGION(5, "REGION", "REGION"),

	/**
	 * The '<em><b>STANDORTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDORTE_VALUE
	 * @generated
	 * @ordered
	 */
	STANDORTE(6, "STANDORTE", "STANDORTE");

	/**
	 * The '<em><b>STADTTEIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STADTTEIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STADTTEIL_VALUE = 0;

	/**
	 * The '<em><b>DORF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DORF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DORF_VALUE = 1;

	/**
	 * The '<em><b>GEMEINDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEINDE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEMEINDE_VALUE = 2;

	/**
	 * The '<em><b>STADT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STADT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STADT_VALUE = 3;

	/**
	 * The '<em><b>LANDKREIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANDKREIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LANDKREIS_VALUE = 4;

	/**
	 * The '<em><b>REGION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGION_VALUE = 5;

	/**
	 * The '<em><b>STANDORTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDORTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STANDORTE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Quartiersart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Quartiersart[] VALUES_ARRAY =
		new Quartiersart[] {
			STADTTEIL,
			DORF,
			GEMEINDE,
			STADT,
			LANDKREIS,
			REGION,
			STANDORTE,
		};

	/**
	 * A public read-only list of all the '<em><b>Quartiersart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Quartiersart> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Quartiersart</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Quartiersart get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Quartiersart result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quartiersart</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Quartiersart getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Quartiersart result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quartiersart</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Quartiersart get(int value) {
		switch (value) {
			case STADTTEIL_VALUE: return STADTTEIL;
			case DORF_VALUE: return DORF;
			case GEMEINDE_VALUE: return GEMEINDE;
			case STADT_VALUE: return STADT;
			case LANDKREIS_VALUE: return LANDKREIS;
			case REGION_VALUE: return REGION;
			case STANDORTE_VALUE: return STANDORTE;
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
	private Quartiersart(int value, String name, String literal) {
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
	
} //Quartiersart
