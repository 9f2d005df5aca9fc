package org.quartierwerk.publishing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.quartierwerk.model.Adresse;
import org.quartierwerk.model.Akteurstyp;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkPackage;
import org.quartierwerk.publishing.Publishing.Aenderung;

/**
 * The rules that take personal data out of a copy of a Praxisbeispiel (docs/veroeffentlichen.md). Each rule can be
 * left out, so a test can show that the leak check catches what it would have removed.
 */
final class Anonymisierung {

	/** The rules, in the order they are applied. */
	enum Regel {
		/** An Organisation's Ansprechperson becomes "[Ansprechperson]". */
		ANSPRECHPERSON,
		/** An "Organisation" that is a known person becomes "[Privatperson]", without Straße, PLZ and Website. */
		PRIVATPERSON,
		/** The Straße of a bürgerschaftliche Initiative or Selbsthilfegruppe, or one "c/o" a person, is removed. */
		PRIVATE_ANSCHRIFT,
		/** E-mail addresses in any text become "[E-Mail-Adresse]". */
		EMAIL,
		/** Phone numbers in any text become "[Telefonnummer]". */
		TELEFON,
		/** Known person names in any text become their role. */
		NAMEN
	}

	private static final Pattern ZIFFERNFOLGE = Pattern.compile("\\d[\\d \\t/\\-().+\\u00A0]*\\d");

	private final Set<Regel> regeln;
	private final List<Kennung> namen;
	private final List<String> telefonkerne;

	Anonymisierung(Set<Regel> regeln, List<Kennung> kennungen) {
		this.regeln = regeln.isEmpty() ? EnumSet.noneOf(Regel.class) : EnumSet.copyOf(regeln);
		// longer names first, so "Anna Beispiel" is replaced as a whole before "Frau Beispiel" could match a part
		this.namen = kennungen.stream().filter(k -> k.art() != Kennung.Art.TELEFON)
				.sorted(Comparator.comparingInt((Kennung k) -> -k.text().length())).toList();
		this.telefonkerne = kennungen.stream().filter(k -> k.art() == Kennung.Art.TELEFON).map(k -> Leckpruefung.kern(k.text()))
				.filter(k -> k.length() >= 5).toList();
	}

	/** Applies the rules to {@code kopie} (never to a workspace object) and says what it changed. */
	List<Aenderung> anonymisiere(Praxisbeispiel kopie) {
		List<Aenderung> aenderungen = new ArrayList<>();
		for (Organisation organisation : kopie.getOrganisationen()) {
			organisation(organisation, aenderungen);
		}
		texte(kopie, aenderungen);
		kopie.eAllContents().forEachRemaining(o -> texte(o, aenderungen));
		return aenderungen;
	}

	private void organisation(Organisation o, List<Aenderung> aenderungen) {
		String ansprechperson = o.getAnsprechperson();
		if (regeln.contains(Regel.ANSPRECHPERSON) && ansprechperson != null && !ansprechperson.isBlank()) {
			aenderungen.add(new Aenderung(Ort.von(o, QuartierwerkPackage.Literals.ORGANISATION__ANSPRECHPERSON), ansprechperson,
					Personendaten.ANSPRECHPERSON));
			o.setAnsprechperson(Personendaten.ANSPRECHPERSON);
		}
		Adresse adresse = o.getAdresse();
		if (regeln.contains(Regel.PRIVATPERSON) && o.getName() != null && istPerson(o.getName())) {
			aenderungen.add(new Aenderung(Ort.von(o, QuartierwerkPackage.Literals.ORGANISATION__NAME), o.getName(),
					Personendaten.PRIVATPERSON));
			o.setName(Personendaten.PRIVATPERSON);
			if (adresse != null) {
				entferne(adresse, QuartierwerkPackage.Literals.ADRESSE__STRASSE, aenderungen);
				entferne(adresse, QuartierwerkPackage.Literals.ADRESSE__PLZ, aenderungen);
			}
			entferne(o, QuartierwerkPackage.Literals.ORGANISATION__WEBSITE, aenderungen);
		}
		if (regeln.contains(Regel.PRIVATE_ANSCHRIFT) && adresse != null && adresse.getStrasse() != null
				&& (privatOrganisiert(o) || adresse.getStrasse().matches("(?is).*\\bc/o\\b.*") || istPerson(adresse.getStrasse()))) {
			entferne(adresse, QuartierwerkPackage.Literals.ADRESSE__STRASSE, aenderungen);
		}
	}

	/** Bürgerschaftliche Initiativen and Selbsthilfegruppen have no office: their Anschrift is mostly a home. */
	private static boolean privatOrganisiert(Organisation o) {
		return o.isSetAkteurstyp() && (o.getAkteurstyp() == Akteurstyp.BUERGERSCHAFTLICHE_INITIATIVE
				|| o.getAkteurstyp() == Akteurstyp.SELBSTHILFEGRUPPE);
	}

	/** Whether the text names a known person. */
	private boolean istPerson(String text) {
		Faltung gefaltet = Faltung.von(text);
		return namen.stream().anyMatch(k -> k.art() == Kennung.Art.NAME && gefaltet.enthaelt(Faltung.begriff(k.text())));
	}

	private static void entferne(EObject objekt, EAttribute feld, List<Aenderung> aenderungen) {
		Object wert = objekt.eGet(feld);
		if (wert instanceof String s && !s.isBlank()) {
			aenderungen.add(new Aenderung(Ort.von(objekt, feld), s, ""));
		}
		objekt.eUnset(feld);
	}

	/** The text rules on every text of one object; a Website that holds personal data is removed as a whole. */
	@SuppressWarnings("unchecked")
	private void texte(EObject objekt, List<Aenderung> aenderungen) {
		for (EAttribute attribut : objekt.eClass().getEAllAttributes()) {
			if (attribut.getEAttributeType().getInstanceClass() != String.class || attribut.isID() || "id".equals(attribut.getName())
					|| !attribut.isChangeable() || !objekt.eIsSet(attribut)) {
				continue;
			}
			String ort = Ort.von(objekt, attribut);
			boolean website = attribut == QuartierwerkPackage.Literals.ORGANISATION__WEBSITE;
			if (attribut.isMany()) {
				EList<String> werte = (EList<String>) objekt.eGet(attribut);
				for (int i = 0; i < werte.size(); i++) {
					werte.set(i, text(werte.get(i), ort, aenderungen));
				}
			} else {
				String alt = (String) objekt.eGet(attribut);
				List<Aenderung> hier = new ArrayList<>();
				String neu = text(alt, ort, hier);
				if (website && !hier.isEmpty()) {
					entferne(objekt, attribut, aenderungen);
				} else if (!neu.equals(alt)) {
					aenderungen.addAll(hier);
					objekt.eSet(attribut, neu);
				}
			}
		}
	}

	private String text(String text, String ort, List<Aenderung> aenderungen) {
		String t = text;
		if (regeln.contains(Regel.EMAIL)) {
			t = ersetze(t, spannen(Muster.EMAIL.matcher(t), false), Personendaten.EMAIL, ort, aenderungen);
			for (Kennung k : namen) {
				if (k.art() == Kennung.Art.EMAIL) {
					t = ersetze(t, Faltung.von(t).fundstellen(Faltung.begriff(k.text()), t), k.rolle(), ort, aenderungen);
				}
			}
		}
		if (regeln.contains(Regel.TELEFON)) {
			t = ersetze(t, spannen(Muster.TELEFON.matcher(t), true), Personendaten.TELEFON, ort, aenderungen);
			List<int[]> bekannte = new ArrayList<>();
			Matcher m = ZIFFERNFOLGE.matcher(t);
			while (m.find()) {
				String ziffern = m.group().replaceAll("\\D", "");
				if (telefonkerne.stream().anyMatch(ziffern::contains)) {
					bekannte.add(new int[] { m.start(), m.end() });
				}
			}
			t = ersetze(t, bekannte, Personendaten.TELEFON, ort, aenderungen);
		}
		if (regeln.contains(Regel.NAMEN)) {
			for (Kennung k : namen) {
				if (k.art() == Kennung.Art.NAME) {
					t = ersetze(t, Faltung.von(t).fundstellen(Faltung.begriff(k.text()), t), k.rolle(), ort, aenderungen);
				}
			}
		}
		return t;
	}

	private static List<int[]> spannen(Matcher m, boolean telefon) {
		List<int[]> spannen = new ArrayList<>();
		while (m.find()) {
			if (!telefon) {
				spannen.add(new int[] { m.start(), m.end() });
			} else if (Muster.nummer(m) != null) {
				String gruppe = m.group("nr") != null ? "nr" : "nr2";
				spannen.add(new int[] { m.start(gruppe), m.end(gruppe) });
			}
		}
		return spannen;
	}

	/** Replaces the spans (in order, not overlapping) by the role and records each. */
	private static String ersetze(String text, List<int[]> spannen, String rolle, String ort, List<Aenderung> aenderungen) {
		if (spannen.isEmpty()) {
			return text;
		}
		StringBuilder neu = new StringBuilder();
		int bis = 0;
		for (int[] s : spannen) {
			if (s[0] < bis) {
				continue;
			}
			neu.append(text, bis, s[0]).append(rolle);
			aenderungen.add(new Aenderung(ort, text.substring(s[0], s[1]), rolle));
			bis = s[1];
		}
		return neu.append(text.substring(bis)).toString();
	}
}
