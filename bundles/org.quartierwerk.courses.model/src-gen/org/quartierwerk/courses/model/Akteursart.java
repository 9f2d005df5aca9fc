/**
 */
package org.quartierwerk.courses.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Akteursart</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Actor types of the network analysis of study 004 (docs/fachmodell.md §6.3).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.courses.model.KursPackage#getAkteursart()
 * @model
 * @generated
 */
public enum Akteursart implements Enumerator {
	/**
	 * The '<em><b>VERWALTUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWALTUNG_VALUE
	 * @generated
	 * @ordered
	 */
	VERWALTUNG(0, "VERWALTUNG", "VERWALTUNG"),

	/**
	 * The '<em><b>WOHLFAHRTSVERBAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHLFAHRTSVERBAND_VALUE
	 * @generated
	 * @ordered
	 */
	WOHLFAHRTSVERBAND(1, "WOHLFAHRTSVERBAND", "WOHLFAHRTSVERBAND"),

	/**
	 * The '<em><b>VEREIN INITIATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VEREIN_INITIATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	VEREIN_INITIATIVE(2, "VEREIN_INITIATIVE", "VEREIN_INITIATIVE"),

	/**
	 * The '<em><b>DIGITALES PROJEKT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITALES_PROJEKT_VALUE
	 * @generated
	 * @ordered
	 */
	DIGITALES_PROJEKT(3, "DIGITALES_PROJEKT", "DIGITALES_PROJEKT"),

	/**
	 * The '<em><b>SOCIAL STARTUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_STARTUP_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_STARTUP(4, "SOCIAL_STARTUP", "SOCIAL_STARTUP"),

	/**
	 * The '<em><b>UNTERNEHMEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNTERNEHMEN_VALUE
	 * @generated
	 * @ordered
	 */
	UNTERNEHMEN(5, "UNTERNEHMEN", "UNTERNEHMEN"),

	/**
	 * The '<em><b>MITTLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITTLER_VALUE
	 * @generated
	 * @ordered
	 */
	MITTLER(6, "MITTLER", "MITTLER"),

	/**
	 * The '<em><b>HOCHSCHULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOCHSCHULE_VALUE
	 * @generated
	 * @ordered
	 */
	HOCHSCHULE(7, "HOCHSCHULE", "HOCHSCHULE"),

	/**
	 * The '<em><b>SONSTIGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SONSTIGE_VALUE
	 * @generated
	 * @ordered
	 */
	SONSTIGE(8, "SONSTIGE", "SONSTIGE");

	/**
	 * The '<em><b>VERWALTUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERWALTUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERWALTUNG_VALUE = 0;

	/**
	 * The '<em><b>WOHLFAHRTSVERBAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHLFAHRTSVERBAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WOHLFAHRTSVERBAND_VALUE = 1;

	/**
	 * The '<em><b>VEREIN INITIATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VEREIN_INITIATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VEREIN_INITIATIVE_VALUE = 2;

	/**
	 * The '<em><b>DIGITALES PROJEKT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITALES_PROJEKT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIGITALES_PROJEKT_VALUE = 3;

	/**
	 * The '<em><b>SOCIAL STARTUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_STARTUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_STARTUP_VALUE = 4;

	/**
	 * The '<em><b>UNTERNEHMEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNTERNEHMEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNTERNEHMEN_VALUE = 5;

	/**
	 * The '<em><b>MITTLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITTLER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MITTLER_VALUE = 6;

	/**
	 * The '<em><b>HOCHSCHULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOCHSCHULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOCHSCHULE_VALUE = 7;

	/**
	 * The '<em><b>SONSTIGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SONSTIGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SONSTIGE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Akteursart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Akteursart[] VALUES_ARRAY =
		new Akteursart[] {
			VERWALTUNG,
			WOHLFAHRTSVERBAND,
			VEREIN_INITIATIVE,
			DIGITALES_PROJEKT,
			SOCIAL_STARTUP,
			UNTERNEHMEN,
			MITTLER,
			HOCHSCHULE,
			SONSTIGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Akteursart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Akteursart> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Akteursart</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Akteursart get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Akteursart result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Akteursart</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Akteursart getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Akteursart result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Akteursart</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Akteursart get(int value) {
		switch (value) {
			case VERWALTUNG_VALUE: return VERWALTUNG;
			case WOHLFAHRTSVERBAND_VALUE: return WOHLFAHRTSVERBAND;
			case VEREIN_INITIATIVE_VALUE: return VEREIN_INITIATIVE;
			case DIGITALES_PROJEKT_VALUE: return DIGITALES_PROJEKT;
			case SOCIAL_STARTUP_VALUE: return SOCIAL_STARTUP;
			case UNTERNEHMEN_VALUE: return UNTERNEHMEN;
			case MITTLER_VALUE: return MITTLER;
			case HOCHSCHULE_VALUE: return HOCHSCHULE;
			case SONSTIGE_VALUE: return SONSTIGE;
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
	private Akteursart(int value, String name, String literal) {
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
	
} //Akteursart
