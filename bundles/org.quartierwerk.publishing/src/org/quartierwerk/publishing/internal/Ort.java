package org.quartierwerk.publishing.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * Names a field of a Praxisbeispiel in the editor's terms, with the way to it: "Kurzbeschreibung",
 * "Organisation „Stadtteilverein“ › Ansprechperson", "Ziel „Treffpunkt schaffen“ › Beschreibung".
 */
final class Ort {

	/** Fields that name an object, in this order. */
	private static final List<String> BENENNUNG = List.of("name", "titel", "bezeichnung", "indikator", "funktion");

	static String von(EObject objekt, EStructuralFeature feld) {
		Deque<String> teile = new ArrayDeque<>();
		teile.push(Bezeichnungen.feld(feld, Locale.GERMAN));
		for (EObject o = objekt; o != null && !(o instanceof Praxisbeispiel); o = o.eContainer()) {
			teile.push(objektname(o));
		}
		return String.join(" › ", teile);
	}

	private static String objektname(EObject objekt) {
		String art = objekt.eClass().getName();
		for (String name : BENENNUNG) {
			EStructuralFeature f = objekt.eClass().getEStructuralFeature(name);
			if (f != null && objekt.eGet(f) instanceof String s && !s.isBlank()) {
				return art + " \u201E" + kurz(s) + "\u201C";
			}
		}
		return art;
	}

	private static String kurz(String s) {
		String eine = s.strip().replaceAll("\\s+", " ");
		return eine.length() > 60 ? eine.substring(0, 59) + "…" : eine;
	}

	private Ort() {
	}
}
