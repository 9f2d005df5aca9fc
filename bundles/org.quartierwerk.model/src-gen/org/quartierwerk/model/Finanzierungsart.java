/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Finanzierungsart</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Arten von Finanzierungsquellen (docs/fachmodell.md §3.1, Werteliste §10.2).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getFinanzierungsart()
 * @model
 * @generated
 */
public enum Finanzierungsart implements Enumerator {
	/**
	 * The '<em><b>KOMMUNE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOMMUNE_VALUE
	 * @generated
	 * @ordered
	 */
	KOMMUNE(0, "KOMMUNE", "KOMMUNE"),

	/**
	 * The '<em><b>LANDKREIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANDKREIS_VALUE
	 * @generated
	 * @ordered
	 */
	LANDKREIS(1, "LANDKREIS", "LANDKREIS"),

	/**
	 * The '<em><b>LAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND_VALUE
	 * @generated
	 * @ordered
	 */
	LAND(2, "LAND", "LAND"),

	/**
	 * The '<em><b>BUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUND_VALUE
	 * @generated
	 * @ordered
	 */
	BUND(3, "BUND", "BUND"),

	/**
	 * The '<em><b>EU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EU_VALUE
	 * @generated
	 * @ordered
	 */
	EU(4, "EU", "EU"),

	/**
	 * The '<em><b>SOZIALLOTTERIE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALLOTTERIE_VALUE
	 * @generated
	 * @ordered
	 */
	SOZIALLOTTERIE(5, "SOZIALLOTTERIE", "SOZIALLOTTERIE"),

	/**
	 * The '<em><b>STIFTUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STIFTUNG_VALUE
	 * @generated
	 * @ordered
	 */
	STIFTUNG(6, "STIFTUNG", "STIFTUNG"),

	/**
	 * The '<em><b>SOZIALVERSICHERUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALVERSICHERUNG_VALUE
	 * @generated
	 * @ordered
	 */
	SOZIALVERSICHERUNG(7, "SOZIALVERSICHERUNG", "SOZIALVERSICHERUNG"),

	/**
	 * The '<em><b>LEISTUNGSRECHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEISTUNGSRECHT_VALUE
	 * @generated
	 * @ordered
	 */
	LEISTUNGSRECHT(8, "LEISTUNGSRECHT", "LEISTUNGSRECHT"),

	/**
	 * The '<em><b>EIGENMITTEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EIGENMITTEL_VALUE
	 * @generated
	 * @ordered
	 */
	EIGENMITTEL(9, "EIGENMITTEL", "EIGENMITTEL"),

	/**
	 * The '<em><b>WOHNUNGSWIRTSCHAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHNUNGSWIRTSCHAFT_VALUE
	 * @generated
	 * @ordered
	 */
	WOHNUNGSWIRTSCHAFT(10, "WOHNUNGSWIRTSCHAFT", "WOHNUNGSWIRTSCHAFT"),

	/**
	 * The '<em><b>SPENDEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPENDEN_VALUE
	 * @generated
	 * @ordered
	 */
	SPENDEN(11, "SPENDEN", "SPENDEN"),

	/**
	 * The '<em><b>MITGLIEDSBEITRAEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITGLIEDSBEITRAEGE_VALUE
	 * @generated
	 * @ordered
	 */
	MITGLIEDSBEITRAEGE(12, "MITGLIEDSBEITRAEGE", "MITGLIEDSBEITRAEGE"),

	/**
	 * The '<em><b>TEILNAHMEGEBUEHREN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILNAHMEGEBUEHREN_VALUE
	 * @generated
	 * @ordered
	 */
	TEILNAHMEGEBUEHREN(13, "TEILNAHMEGEBUEHREN", "TEILNAHMEGEBUEHREN"),

	/**
	 * The '<em><b>SPONSORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPONSORING_VALUE
	 * @generated
	 * @ordered
	 */
	SPONSORING(14, "SPONSORING", "SPONSORING"),

	/**
	 * The '<em><b>CROWDFUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROWDFUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	CROWDFUNDING(15, "CROWDFUNDING", "CROWDFUNDING"),

	/**
	 * The '<em><b>PREIS WETTBEWERB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREIS_WETTBEWERB_VALUE
	 * @generated
	 * @ordered
	 */
	PREIS_WETTBEWERB(16, "PREIS_WETTBEWERB", "PREIS_WETTBEWERB");

	/**
	 * The '<em><b>KOMMUNE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOMMUNE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KOMMUNE_VALUE = 0;

	/**
	 * The '<em><b>LANDKREIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LANDKREIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LANDKREIS_VALUE = 1;

	/**
	 * The '<em><b>LAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAND_VALUE = 2;

	/**
	 * The '<em><b>BUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUND_VALUE = 3;

	/**
	 * The '<em><b>EU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EU_VALUE = 4;

	/**
	 * The '<em><b>SOZIALLOTTERIE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALLOTTERIE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOZIALLOTTERIE_VALUE = 5;

	/**
	 * The '<em><b>STIFTUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STIFTUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STIFTUNG_VALUE = 6;

	/**
	 * The '<em><b>SOZIALVERSICHERUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOZIALVERSICHERUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOZIALVERSICHERUNG_VALUE = 7;

	/**
	 * The '<em><b>LEISTUNGSRECHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEISTUNGSRECHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEISTUNGSRECHT_VALUE = 8;

	/**
	 * The '<em><b>EIGENMITTEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EIGENMITTEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EIGENMITTEL_VALUE = 9;

	/**
	 * The '<em><b>WOHNUNGSWIRTSCHAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHNUNGSWIRTSCHAFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WOHNUNGSWIRTSCHAFT_VALUE = 10;

	/**
	 * The '<em><b>SPENDEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPENDEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPENDEN_VALUE = 11;

	/**
	 * The '<em><b>MITGLIEDSBEITRAEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITGLIEDSBEITRAEGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MITGLIEDSBEITRAEGE_VALUE = 12;

	/**
	 * The '<em><b>TEILNAHMEGEBUEHREN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEILNAHMEGEBUEHREN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEILNAHMEGEBUEHREN_VALUE = 13;

	/**
	 * The '<em><b>SPONSORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPONSORING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPONSORING_VALUE = 14;

	/**
	 * The '<em><b>CROWDFUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROWDFUNDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CROWDFUNDING_VALUE = 15;

	/**
	 * The '<em><b>PREIS WETTBEWERB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREIS_WETTBEWERB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREIS_WETTBEWERB_VALUE = 16;

	/**
	 * An array of all the '<em><b>Finanzierungsart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Finanzierungsart[] VALUES_ARRAY =
		new Finanzierungsart[] {
			KOMMUNE,
			LANDKREIS,
			LAND,
			BUND,
			EU,
			SOZIALLOTTERIE,
			STIFTUNG,
			SOZIALVERSICHERUNG,
			LEISTUNGSRECHT,
			EIGENMITTEL,
			WOHNUNGSWIRTSCHAFT,
			SPENDEN,
			MITGLIEDSBEITRAEGE,
			TEILNAHMEGEBUEHREN,
			SPONSORING,
			CROWDFUNDING,
			PREIS_WETTBEWERB,
		};

	/**
	 * A public read-only list of all the '<em><b>Finanzierungsart</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Finanzierungsart> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Finanzierungsart</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Finanzierungsart get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Finanzierungsart result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finanzierungsart</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Finanzierungsart getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Finanzierungsart result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finanzierungsart</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Finanzierungsart get(int value) {
		switch (value) {
			case KOMMUNE_VALUE: return KOMMUNE;
			case LANDKREIS_VALUE: return LANDKREIS;
			case LAND_VALUE: return LAND;
			case BUND_VALUE: return BUND;
			case EU_VALUE: return EU;
			case SOZIALLOTTERIE_VALUE: return SOZIALLOTTERIE;
			case STIFTUNG_VALUE: return STIFTUNG;
			case SOZIALVERSICHERUNG_VALUE: return SOZIALVERSICHERUNG;
			case LEISTUNGSRECHT_VALUE: return LEISTUNGSRECHT;
			case EIGENMITTEL_VALUE: return EIGENMITTEL;
			case WOHNUNGSWIRTSCHAFT_VALUE: return WOHNUNGSWIRTSCHAFT;
			case SPENDEN_VALUE: return SPENDEN;
			case MITGLIEDSBEITRAEGE_VALUE: return MITGLIEDSBEITRAEGE;
			case TEILNAHMEGEBUEHREN_VALUE: return TEILNAHMEGEBUEHREN;
			case SPONSORING_VALUE: return SPONSORING;
			case CROWDFUNDING_VALUE: return CROWDFUNDING;
			case PREIS_WETTBEWERB_VALUE: return PREIS_WETTBEWERB;
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
	private Finanzierungsart(int value, String name, String literal) {
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
	
} //Finanzierungsart
