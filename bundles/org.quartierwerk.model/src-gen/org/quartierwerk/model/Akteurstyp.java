/**
 */
package org.quartierwerk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Akteurstyp</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Akteurstypen der Kooperationspartner (docs/fachmodell.md §6.1, Werteliste §10.2).
 * <!-- end-model-doc -->
 * @see org.quartierwerk.model.QuartierwerkPackage#getAkteurstyp()
 * @model
 * @generated
 */
public enum Akteurstyp implements Enumerator {
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
	 * The '<em><b>BEHOERDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEHOERDE_VALUE
	 * @generated
	 * @ordered
	 */
	BEHOERDE(2, "BEHOERDE", "BEHOERDE"),

	/**
	 * The '<em><b>KIRCHLICHE ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KIRCHLICHE_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	KIRCHLICHE_ORGANISATION(3, "KIRCHLICHE_ORGANISATION", "KIRCHLICHE_ORGANISATION"),

	/**
	 * The '<em><b>WOHLFAHRTSVERBAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHLFAHRTSVERBAND_VALUE
	 * @generated
	 * @ordered
	 */
	WOHLFAHRTSVERBAND(4, "WOHLFAHRTSVERBAND", "WOHLFAHRTSVERBAND"),

	/**
	 * The '<em><b>GEMEINNUETZIGER TRAEGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEINNUETZIGER_TRAEGER_VALUE
	 * @generated
	 * @ordered
	 */
	GEMEINNUETZIGER_TRAEGER(5, "GEMEINNUETZIGER_TRAEGER", "GEMEINNUETZIGER_TRAEGER"),

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
	 * The '<em><b>WOHNUNGSWIRTSCHAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHNUNGSWIRTSCHAFT_VALUE
	 * @generated
	 * @ordered
	 */
	WOHNUNGSWIRTSCHAFT(7, "WOHNUNGSWIRTSCHAFT", "WOHNUNGSWIRTSCHAFT"),

	/**
	 * The '<em><b>GEWERBLICHER DIENSTLEISTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEWERBLICHER_DIENSTLEISTER_VALUE
	 * @generated
	 * @ordered
	 */
	GEWERBLICHER_DIENSTLEISTER(8, "GEWERBLICHER_DIENSTLEISTER", "GEWERBLICHER_DIENSTLEISTER"),

	/**
	 * The '<em><b>VEREIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VEREIN_VALUE
	 * @generated
	 * @ordered
	 */
	VEREIN(9, "VEREIN", "VEREIN"),

	/**
	 * The '<em><b>BUERGERSCHAFTLICHE INITIATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUERGERSCHAFTLICHE_INITIATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	BUERGERSCHAFTLICHE_INITIATIVE(10, "BUERGERSCHAFTLICHE_INITIATIVE", "BUERGERSCHAFTLICHE_INITIATIVE"),

	/**
	 * The '<em><b>SELBSTHILFEGRUPPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELBSTHILFEGRUPPE_VALUE
	 * @generated
	 * @ordered
	 */
	SELBSTHILFEGRUPPE(11, "SELBSTHILFEGRUPPE", "SELBSTHILFEGRUPPE"),

	/**
	 * The '<em><b>SELBSTHILFEKONTAKTSTELLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELBSTHILFEKONTAKTSTELLE_VALUE
	 * @generated
	 * @ordered
	 */
	SELBSTHILFEKONTAKTSTELLE(12, "SELBSTHILFEKONTAKTSTELLE", "SELBSTHILFEKONTAKTSTELLE"),

	/**
	 * The '<em><b>FREIWILLIGENAGENTUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREIWILLIGENAGENTUR_VALUE
	 * @generated
	 * @ordered
	 */
	FREIWILLIGENAGENTUR(13, "FREIWILLIGENAGENTUR", "FREIWILLIGENAGENTUR"),

	/**
	 * The '<em><b>MEHRGENERATIONENHAUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEHRGENERATIONENHAUS_VALUE
	 * @generated
	 * @ordered
	 */
	MEHRGENERATIONENHAUS(14, "MEHRGENERATIONENHAUS", "MEHRGENERATIONENHAUS"),

	/**
	 * The '<em><b>BILDUNGSEINRICHTUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BILDUNGSEINRICHTUNG_VALUE
	 * @generated
	 * @ordered
	 */
	BILDUNGSEINRICHTUNG(15, "BILDUNGSEINRICHTUNG", "BILDUNGSEINRICHTUNG"),

	/**
	 * The '<em><b>SENIORENBEIRAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIORENBEIRAT_VALUE
	 * @generated
	 * @ordered
	 */
	SENIORENBEIRAT(16, "SENIORENBEIRAT", "SENIORENBEIRAT"),

	/**
	 * The '<em><b>GESUNDHEIT PFLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESUNDHEIT_PFLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	GESUNDHEIT_PFLEGE(17, "GESUNDHEIT_PFLEGE", "GESUNDHEIT_PFLEGE"),

	/**
	 * The '<em><b>KRANKEN PFLEGEKASSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KRANKEN_PFLEGEKASSE_VALUE
	 * @generated
	 * @ordered
	 */
	KRANKEN_PFLEGEKASSE(18, "KRANKEN_PFLEGEKASSE", "KRANKEN_PFLEGEKASSE"),

	/**
	 * The '<em><b>VERKEHRSBETRIEB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERKEHRSBETRIEB_VALUE
	 * @generated
	 * @ordered
	 */
	VERKEHRSBETRIEB(19, "VERKEHRSBETRIEB", "VERKEHRSBETRIEB"),

	/**
	 * The '<em><b>HOCHSCHULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOCHSCHULE_VALUE
	 * @generated
	 * @ordered
	 */
	HOCHSCHULE(20, "HOCHSCHULE", "HOCHSCHULE"),

	/**
	 * The '<em><b>SONSTIGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SONSTIGE_VALUE
	 * @generated
	 * @ordered
	 */
	SONSTIGE(21, "SONSTIGE", "SONSTIGE");

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
	 * The '<em><b>BEHOERDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEHOERDE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEHOERDE_VALUE = 2;

	/**
	 * The '<em><b>KIRCHLICHE ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KIRCHLICHE_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KIRCHLICHE_ORGANISATION_VALUE = 3;

	/**
	 * The '<em><b>WOHLFAHRTSVERBAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHLFAHRTSVERBAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WOHLFAHRTSVERBAND_VALUE = 4;

	/**
	 * The '<em><b>GEMEINNUETZIGER TRAEGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEINNUETZIGER_TRAEGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEMEINNUETZIGER_TRAEGER_VALUE = 5;

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
	 * The '<em><b>WOHNUNGSWIRTSCHAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WOHNUNGSWIRTSCHAFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WOHNUNGSWIRTSCHAFT_VALUE = 7;

	/**
	 * The '<em><b>GEWERBLICHER DIENSTLEISTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEWERBLICHER_DIENSTLEISTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEWERBLICHER_DIENSTLEISTER_VALUE = 8;

	/**
	 * The '<em><b>VEREIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VEREIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VEREIN_VALUE = 9;

	/**
	 * The '<em><b>BUERGERSCHAFTLICHE INITIATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUERGERSCHAFTLICHE_INITIATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUERGERSCHAFTLICHE_INITIATIVE_VALUE = 10;

	/**
	 * The '<em><b>SELBSTHILFEGRUPPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELBSTHILFEGRUPPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELBSTHILFEGRUPPE_VALUE = 11;

	/**
	 * The '<em><b>SELBSTHILFEKONTAKTSTELLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELBSTHILFEKONTAKTSTELLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELBSTHILFEKONTAKTSTELLE_VALUE = 12;

	/**
	 * The '<em><b>FREIWILLIGENAGENTUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREIWILLIGENAGENTUR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FREIWILLIGENAGENTUR_VALUE = 13;

	/**
	 * The '<em><b>MEHRGENERATIONENHAUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEHRGENERATIONENHAUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEHRGENERATIONENHAUS_VALUE = 14;

	/**
	 * The '<em><b>BILDUNGSEINRICHTUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BILDUNGSEINRICHTUNG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BILDUNGSEINRICHTUNG_VALUE = 15;

	/**
	 * The '<em><b>SENIORENBEIRAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIORENBEIRAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SENIORENBEIRAT_VALUE = 16;

	/**
	 * The '<em><b>GESUNDHEIT PFLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESUNDHEIT_PFLEGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GESUNDHEIT_PFLEGE_VALUE = 17;

	/**
	 * The '<em><b>KRANKEN PFLEGEKASSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KRANKEN_PFLEGEKASSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KRANKEN_PFLEGEKASSE_VALUE = 18;

	/**
	 * The '<em><b>VERKEHRSBETRIEB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERKEHRSBETRIEB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERKEHRSBETRIEB_VALUE = 19;

	/**
	 * The '<em><b>HOCHSCHULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOCHSCHULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOCHSCHULE_VALUE = 20;

	/**
	 * The '<em><b>SONSTIGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SONSTIGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SONSTIGE_VALUE = 21;

	/**
	 * An array of all the '<em><b>Akteurstyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Akteurstyp[] VALUES_ARRAY =
		new Akteurstyp[] {
			KOMMUNE,
			LANDKREIS,
			BEHOERDE,
			KIRCHLICHE_ORGANISATION,
			WOHLFAHRTSVERBAND,
			GEMEINNUETZIGER_TRAEGER,
			STIFTUNG,
			WOHNUNGSWIRTSCHAFT,
			GEWERBLICHER_DIENSTLEISTER,
			VEREIN,
			BUERGERSCHAFTLICHE_INITIATIVE,
			SELBSTHILFEGRUPPE,
			SELBSTHILFEKONTAKTSTELLE,
			FREIWILLIGENAGENTUR,
			MEHRGENERATIONENHAUS,
			BILDUNGSEINRICHTUNG,
			SENIORENBEIRAT,
			GESUNDHEIT_PFLEGE,
			KRANKEN_PFLEGEKASSE,
			VERKEHRSBETRIEB,
			HOCHSCHULE,
			SONSTIGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Akteurstyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Akteurstyp> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Akteurstyp</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Akteurstyp get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Akteurstyp result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Akteurstyp</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Akteurstyp getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Akteurstyp result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Akteurstyp</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Akteurstyp get(int value) {
		switch (value) {
			case KOMMUNE_VALUE: return KOMMUNE;
			case LANDKREIS_VALUE: return LANDKREIS;
			case BEHOERDE_VALUE: return BEHOERDE;
			case KIRCHLICHE_ORGANISATION_VALUE: return KIRCHLICHE_ORGANISATION;
			case WOHLFAHRTSVERBAND_VALUE: return WOHLFAHRTSVERBAND;
			case GEMEINNUETZIGER_TRAEGER_VALUE: return GEMEINNUETZIGER_TRAEGER;
			case STIFTUNG_VALUE: return STIFTUNG;
			case WOHNUNGSWIRTSCHAFT_VALUE: return WOHNUNGSWIRTSCHAFT;
			case GEWERBLICHER_DIENSTLEISTER_VALUE: return GEWERBLICHER_DIENSTLEISTER;
			case VEREIN_VALUE: return VEREIN;
			case BUERGERSCHAFTLICHE_INITIATIVE_VALUE: return BUERGERSCHAFTLICHE_INITIATIVE;
			case SELBSTHILFEGRUPPE_VALUE: return SELBSTHILFEGRUPPE;
			case SELBSTHILFEKONTAKTSTELLE_VALUE: return SELBSTHILFEKONTAKTSTELLE;
			case FREIWILLIGENAGENTUR_VALUE: return FREIWILLIGENAGENTUR;
			case MEHRGENERATIONENHAUS_VALUE: return MEHRGENERATIONENHAUS;
			case BILDUNGSEINRICHTUNG_VALUE: return BILDUNGSEINRICHTUNG;
			case SENIORENBEIRAT_VALUE: return SENIORENBEIRAT;
			case GESUNDHEIT_PFLEGE_VALUE: return GESUNDHEIT_PFLEGE;
			case KRANKEN_PFLEGEKASSE_VALUE: return KRANKEN_PFLEGEKASSE;
			case VERKEHRSBETRIEB_VALUE: return VERKEHRSBETRIEB;
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
	private Akteurstyp(int value, String name, String literal) {
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
	
} //Akteurstyp
