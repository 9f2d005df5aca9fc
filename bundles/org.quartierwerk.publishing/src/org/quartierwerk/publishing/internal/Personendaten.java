package org.quartierwerk.publishing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkPackage;

/**
 * Collects what the workspace knows of persons (docs/fachmodell.md §9): the names in every Organisation's
 * Ansprechperson, the Teilnehmende of every Kursteilnahme and the Ansprechpersonen of its Akteurslandkarte, and every
 * e-mail address and phone number in any text of a project or a Teilnahme. The anonymisation replaces them, the leak
 * check searches for them.
 */
final class Personendaten {

	static final String ANSPRECHPERSON = "[Ansprechperson]";
	static final String TEILNEHMENDE = "[Teilnehmende]";
	static final String EHRENAMTLICHE = "[Ehrenamtliche Person]";
	static final String PRIVATPERSON = "[Privatperson]";
	static final String EMAIL = "[E-Mail-Adresse]";
	static final String TELEFON = "[Telefonnummer]";

	private final List<Kennung> kennungen = new ArrayList<>();
	private final Set<String> bekannt = new HashSet<>();

	/** Everything known, in the order found; each datum once. */
	List<Kennung> kennungen() {
		return List.copyOf(kennungen);
	}

	void projekt(String projekt, Praxisbeispiel beispiel) {
		for (Organisation organisation : beispiel.getOrganisationen()) {
			String ort = Ort.von(organisation, QuartierwerkPackage.Literals.ORGANISATION__ANSPRECHPERSON);
			for (String name : Muster.personen(organisation.getAnsprechperson(), false).namen()) {
				neu(name, Kennung.Art.NAME, ANSPRECHPERSON, projekt, ort);
			}
		}
		kontaktdaten(beispiel, projekt, null);
		beispiel.eAllContents().forEachRemaining(o -> kontaktdaten(o, projekt, null));
	}

	void teilnahme(Teilnahme teilnahme) {
		String projekt = teilnahme.getPraxisprojekt() == null ? "" : teilnahme.getPraxisprojekt();
		String kurs = teilnahme.getKurs() == null || teilnahme.getKurs().getTitel() == null ? ""
				: teilnahme.getKurs().getTitel();
		String ort = NLS.bind(Messages.ort_teilnahme, kurs);
		for (String name : Muster.personen(teilnahme.getTeilnehmende(), true).namen()) {
			neu(name, Kennung.Art.NAME, TEILNEHMENDE, projekt, NLS.bind(Messages.ort_teilnehmende, ort));
		}
		if (teilnahme.getAkteurslandkarte() != null) {
			for (Akteur akteur : teilnahme.getAkteurslandkarte().getAkteure()) {
				String rolle = akteur.isEhrenamtlich() ? EHRENAMTLICHE : ANSPRECHPERSON;
				for (String name : Muster.personen(akteur.getAnsprechperson(), false).namen()) {
					neu(name, Kennung.Art.NAME, rolle, projekt, NLS.bind(Messages.ort_akteur, ort, akteur.getName()));
				}
			}
		}
		kontaktdaten(teilnahme, projekt, ort);
		teilnahme.eAllContents().forEachRemaining(o -> kontaktdaten(o, projekt, ort));
	}

	/** The e-mail addresses and phone numbers in every text of one object. */
	private void kontaktdaten(EObject objekt, String projekt, String teilnahme) {
		for (EAttribute attribut : objekt.eClass().getEAllAttributes()) {
			if (attribut.getEAttributeType().getInstanceClass() != String.class || !objekt.eIsSet(attribut)) {
				continue;
			}
			Object wert = objekt.eGet(attribut);
			List<?> werte = wert instanceof List<?> liste ? liste : List.of(wert);
			String ort = teilnahme == null ? Ort.von(objekt, attribut) : teilnahme + " › " + feldname(attribut.getName());
			for (Object w : werte) {
				String text = (String) w;
				Muster.emails(text).forEach(e -> neu(e, Kennung.Art.EMAIL, EMAIL, projekt, ort));
				Muster.telefonnummern(text).forEach(t -> neu(t, Kennung.Art.TELEFON, TELEFON, projekt, ort));
			}
		}
	}

	/** A field of a Kursteilnahme as the Kurse view names it: "notiz" → "Notiz", "eintraege" → "Einträge". */
	private static String feldname(String feature) {
		String name = feature.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü");
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private void neu(String text, Kennung.Art art, String rolle, String herkunft, String feld) {
		String schluessel = art + ":" + (art == Kennung.Art.TELEFON ? Leckpruefung.kern(text) : Faltung.begriff(text));
		if (bekannt.add(schluessel)) {
			kennungen.add(new Kennung(text, art, rolle, herkunft, feld));
		}
	}
}
