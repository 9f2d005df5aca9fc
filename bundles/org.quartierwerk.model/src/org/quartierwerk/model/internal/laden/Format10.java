package org.quartierwerk.model.internal.laden;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.quartierwerk.model.Arbeitsschrittstatus;
import org.quartierwerk.model.Ausgabenkategorie;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Zielebene;
import org.quartierwerk.model.Zieltyp;

/**
 * Reading files of format 1.0 (docs/fachmodell.md §10.10). Format 2.0 has the same classes and names; it only lets six
 * choices and eight yes/no facts stay "nicht angegeben". Format 1.0 could not: a file that does not write one of them
 * meant its default (the first value of a choice, "nein", and "ja" for zuwendungsfähig), and 1.0 showed it so in the
 * editor and the reports. A 1.0 file keeps that meaning: the defaults are set explicitly, so nothing a user saw is
 * lost; a value that was only there because 1.0 forced it can now be set back to "nicht angegeben".
 */
public final class Format10 {

	/** Marks a resource whose file declared the 1.0 namespace while it was being loaded. */
	private static final class Marke extends AdapterImpl {
		@Override
		public boolean isAdapterForType(Object type) {
			return type == Format10.class;
		}
	}

	static void markiere(Resource resource) {
		if (EcoreUtil.getExistingAdapter(resource, Format10.class) == null) {
			resource.eAdapters().add(new Marke());
		}
	}

	/** Whether the resource was read from a 1.0 file; the mark is removed. */
	public static boolean warFormat10(Resource resource) {
		var marke = EcoreUtil.getExistingAdapter(resource, Format10.class);
		return marke != null && resource.eAdapters().remove(marke);
	}

	/** What a 1.0 file meant where it does not write a field that may stay open in 2.0. */
	private static final Map<EAttribute, Object> VORGABEN = Map.ofEntries(
			Map.entry(Literals.ARBEITSSCHRITT__STATUS, Arbeitsschrittstatus.GEPLANT),
			Map.entry(Literals.AUSGABEPOSITION__KATEGORIE, Ausgabenkategorie.PERSONAL),
			Map.entry(Literals.FINANZIERUNGSANTEIL__STATUS, Bewilligungsstatus.BEANTRAGT),
			Map.entry(Literals.BETEILIGUNG__PHASE, Projektphase.PLANUNG),
			Map.entry(Literals.ZIEL__EBENE, Zielebene.LEITZIEL),
			Map.entry(Literals.ZIEL__TYP, Zieltyp.WIRKUNGSZIEL),
			Map.entry(Literals.LAUFZEIT__OFFEN, Boolean.FALSE),
			Map.entry(Literals.LAUFZEIT__VORLAEUFIG, Boolean.FALSE),
			Map.entry(Literals.STELLE__EHRENAMTLICH, Boolean.FALSE),
			Map.entry(Literals.AUSGABEPOSITION__ZUWENDUNGSFAEHIG, Boolean.TRUE),
			Map.entry(Literals.ZIEL__SPEZIFISCH, Boolean.FALSE),
			Map.entry(Literals.ZIEL__MESSBAR, Boolean.FALSE),
			Map.entry(Literals.ZIEL__ERREICHBAR, Boolean.FALSE),
			Map.entry(Literals.ZIEL__REALISTISCH, Boolean.FALSE));

	/** Gives the objects read from a 1.0 file, and everything they contain, the values they had in 1.0. */
	public static void migriere(Collection<? extends EObject> inhalte) {
		for (EObject inhalt : inhalte) {
			migriereEines(inhalt);
			inhalt.eAllContents().forEachRemaining(Format10::migriereEines);
		}
	}

	private static void migriereEines(EObject objekt) {
		for (EAttribute feld : objekt.eClass().getEAllAttributes()) {
			Object vorgabe = VORGABEN.get(feld);
			if (vorgabe != null && !objekt.eIsSet(feld)) {
				objekt.eSet(feld, vorgabe);
			}
		}
	}

	private Format10() {
	}
}
