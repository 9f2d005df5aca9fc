/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Bundesland</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getBundesland()
 * @model
 * @generated
 */
public enum Bundesland implements Enumerator {
	/**
	 * The '<em><b>BADEN WUERTTEMBERG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BADEN_WUERTTEMBERG_VALUE
	 * @generated
	 * @ordered
	 */
	BADEN_WUERTTEMBERG(0, "BADEN_WUERTTEMBERG", "BADEN_WUERTTEMBERG"),

	/**
	 * The '<em><b>BAYERN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAYERN_VALUE
	 * @generated
	 * @ordered
	 */
	BAYERN(1, "BAYERN", "BAYERN"),

	/**
	 * The '<em><b>BERLIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BERLIN_VALUE
	 * @generated
	 * @ordered
	 */
	BERLIN(2, "BERLIN", "BERLIN"),

	/**
	 * The '<em><b>BRANDENBURG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRANDENBURG_VALUE
	 * @generated
	 * @ordered
	 */
	BRANDENBURG(3, "BRANDENBURG", "BRANDENBURG"),

	/**
	 * The '<em><b>BREMEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREMEN_VALUE
	 * @generated
	 * @ordered
	 */
	BREMEN(4, "BREMEN", "BREMEN"),

	/**
	 * The '<em><b>HAMBURG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HAMBURG_VALUE
	 * @generated
	 * @ordered
	 */
	HAMBURG(5, "HAMBURG", "HAMBURG"),

	/**
	 * The '<em><b>HESSEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HESSEN_VALUE
	 * @generated
	 * @ordered
	 */
	HESSEN(6, "HESSEN", "HESSEN"),

	/**
	 * The '<em><b>MECKLENBURG VORPOMMERN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MECKLENBURG_VORPOMMERN_VALUE
	 * @generated
	 * @ordered
	 */
	MECKLENBURG_VORPOMMERN(7, "MECKLENBURG_VORPOMMERN", "MECKLENBURG_VORPOMMERN"),

	/**
	 * The '<em><b>NIEDERSACHSEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIEDERSACHSEN_VALUE
	 * @generated
	 * @ordered
	 */
	NIEDERSACHSEN(8, "NIEDERSACHSEN", "NIEDERSACHSEN"),

	/**
	 * The '<em><b>NORDRHEIN WESTFALEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORDRHEIN_WESTFALEN_VALUE
	 * @generated
	 * @ordered
	 */
	NORDRHEIN_WESTFALEN(9, "NORDRHEIN_WESTFALEN", "NORDRHEIN_WESTFALEN"),

	/**
	 * The '<em><b>RHEINLAND PFALZ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RHEINLAND_PFALZ_VALUE
	 * @generated
	 * @ordered
	 */
	RHEINLAND_PFALZ(10, "RHEINLAND_PFALZ", "RHEINLAND_PFALZ"),

	/**
	 * The '<em><b>SAARLAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAARLAND_VALUE
	 * @generated
	 * @ordered
	 */
	SAARLAND(11, "SAARLAND", "SAARLAND"),

	/**
	 * The '<em><b>SACHSEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACHSEN_VALUE
	 * @generated
	 * @ordered
	 */
	SACHSEN(12, "SACHSEN", "SACHSEN"),

	/**
	 * The '<em><b>SACHSEN ANHALT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACHSEN_ANHALT_VALUE
	 * @generated
	 * @ordered
	 */
	SACHSEN_ANHALT(13, "SACHSEN_ANHALT", "SACHSEN_ANHALT"),

	/**
	 * The '<em><b>SCHLESWIG HOLSTEIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHLESWIG_HOLSTEIN_VALUE
	 * @generated
	 * @ordered
	 */
	SCHLESWIG_HOLSTEIN(14, "SCHLESWIG_HOLSTEIN", "SCHLESWIG_HOLSTEIN"),

	/**
	 * The '<em><b>THUERINGEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THUERINGEN_VALUE
	 * @generated
	 * @ordered
	 */
	THUERINGEN(15, "THUERINGEN", "THUERINGEN");

	/**
	 * The '<em><b>BADEN WUERTTEMBERG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BADEN_WUERTTEMBERG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BADEN_WUERTTEMBERG_VALUE = 0;

	/**
	 * The '<em><b>BAYERN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BAYERN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BAYERN_VALUE = 1;

	/**
	 * The '<em><b>BERLIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BERLIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BERLIN_VALUE = 2;

	/**
	 * The '<em><b>BRANDENBURG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRANDENBURG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRANDENBURG_VALUE = 3;

	/**
	 * The '<em><b>BREMEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREMEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BREMEN_VALUE = 4;

	/**
	 * The '<em><b>HAMBURG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HAMBURG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HAMBURG_VALUE = 5;

	/**
	 * The '<em><b>HESSEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HESSEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HESSEN_VALUE = 6;

	/**
	 * The '<em><b>MECKLENBURG VORPOMMERN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MECKLENBURG_VORPOMMERN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MECKLENBURG_VORPOMMERN_VALUE = 7;

	/**
	 * The '<em><b>NIEDERSACHSEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIEDERSACHSEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NIEDERSACHSEN_VALUE = 8;

	/**
	 * The '<em><b>NORDRHEIN WESTFALEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORDRHEIN_WESTFALEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORDRHEIN_WESTFALEN_VALUE = 9;

	/**
	 * The '<em><b>RHEINLAND PFALZ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RHEINLAND_PFALZ
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RHEINLAND_PFALZ_VALUE = 10;

	/**
	 * The '<em><b>SAARLAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAARLAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAARLAND_VALUE = 11;

	/**
	 * The '<em><b>SACHSEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACHSEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SACHSEN_VALUE = 12;

	/**
	 * The '<em><b>SACHSEN ANHALT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SACHSEN_ANHALT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SACHSEN_ANHALT_VALUE = 13;

	/**
	 * The '<em><b>SCHLESWIG HOLSTEIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHLESWIG_HOLSTEIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHLESWIG_HOLSTEIN_VALUE = 14;

	/**
	 * The '<em><b>THUERINGEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THUERINGEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THUERINGEN_VALUE = 15;

	/**
	 * An array of all the '<em><b>Bundesland</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Bundesland[] VALUES_ARRAY =
		new Bundesland[] {
			BADEN_WUERTTEMBERG,
			BAYERN,
			BERLIN,
			BRANDENBURG,
			BREMEN,
			HAMBURG,
			HESSEN,
			MECKLENBURG_VORPOMMERN,
			NIEDERSACHSEN,
			NORDRHEIN_WESTFALEN,
			RHEINLAND_PFALZ,
			SAARLAND,
			SACHSEN,
			SACHSEN_ANHALT,
			SCHLESWIG_HOLSTEIN,
			THUERINGEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Bundesland</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Bundesland> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Bundesland</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Bundesland get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Bundesland result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bundesland</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Bundesland getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Bundesland result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bundesland</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Bundesland get(int value) {
		switch (value) {
			case BADEN_WUERTTEMBERG_VALUE: return BADEN_WUERTTEMBERG;
			case BAYERN_VALUE: return BAYERN;
			case BERLIN_VALUE: return BERLIN;
			case BRANDENBURG_VALUE: return BRANDENBURG;
			case BREMEN_VALUE: return BREMEN;
			case HAMBURG_VALUE: return HAMBURG;
			case HESSEN_VALUE: return HESSEN;
			case MECKLENBURG_VORPOMMERN_VALUE: return MECKLENBURG_VORPOMMERN;
			case NIEDERSACHSEN_VALUE: return NIEDERSACHSEN;
			case NORDRHEIN_WESTFALEN_VALUE: return NORDRHEIN_WESTFALEN;
			case RHEINLAND_PFALZ_VALUE: return RHEINLAND_PFALZ;
			case SAARLAND_VALUE: return SAARLAND;
			case SACHSEN_VALUE: return SACHSEN;
			case SACHSEN_ANHALT_VALUE: return SACHSEN_ANHALT;
			case SCHLESWIG_HOLSTEIN_VALUE: return SCHLESWIG_HOLSTEIN;
			case THUERINGEN_VALUE: return THUERINGEN;
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
	private Bundesland(int value, String name, String literal) {
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
	
} //Bundesland
