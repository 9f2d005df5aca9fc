package org.quartierwerk.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/** Which fields changed between two versions of a file, in the workbench's words, for the history of a project. */
final class Feldvergleich {

	private final List<String> aenderungen = new ArrayList<>();

	private Feldvergleich() {
	}

	/** The changes from {@code vorher} (null: the file is new) to {@code nachher} (null: the file was removed). */
	static List<String> aenderungen(EObject vorher, EObject nachher) {
		Feldvergleich vergleich = new Feldvergleich();
		if (vorher == null && nachher != null) {
			vergleich.aenderungen.add(NLS.bind(Messages.verlaufAngelegt, Modelldatei.element(nachher)));
		} else if (nachher == null && vorher != null) {
			vergleich.aenderungen.add(NLS.bind(Messages.verlaufGeloescht, Modelldatei.element(vorher)));
		} else if (vorher != null) {
			vergleich.objekt(vorher, nachher);
		}
		return vergleich.aenderungen;
	}

	private void objekt(EObject vorher, EObject nachher) {
		for (EStructuralFeature feld : nachher.eClass().getEAllStructuralFeatures()) {
			if (!Modelldatei.gespeichert(feld)) {
				continue;
			}
			if (feld instanceof EReference verweis && verweis.isContainment()) {
				liste(vorher, nachher, verweis);
			} else {
				Object alt = feld.isMany() ? schluessel(vorher, feld) : Modelldatei.wert(vorher, feld);
				Object neu = feld.isMany() ? schluessel(nachher, feld) : Modelldatei.wert(nachher, feld);
				if (!Objects.equals(alt, neu)) {
					aenderungen.add(NLS.bind(Messages.verlaufFeld,
							new Object[] { Modelldatei.ort(nachher, feld), Modelldatei.wertText(vorher, feld), Modelldatei.wertText(nachher, feld) }));
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void liste(EObject vorher, EObject nachher, EReference verweis) {
		Map<String, EObject> alt = Modelldatei.nachSchluessel(verweis.isMany() ? (List<EObject>) vorher.eGet(verweis)
				: einzeln((EObject) vorher.eGet(verweis)));
		Map<String, EObject> neu = Modelldatei.nachSchluessel(verweis.isMany() ? (List<EObject>) nachher.eGet(verweis)
				: einzeln((EObject) nachher.eGet(verweis)));
		if (!verweis.isMany() && alt.size() == 1 && neu.size() == 1) {
			objekt(alt.values().iterator().next(), neu.values().iterator().next());
			return;
		}
		for (Map.Entry<String, EObject> eintrag : neu.entrySet()) {
			EObject frueher = alt.get(eintrag.getKey());
			if (frueher == null) {
				aenderungen.add(NLS.bind(Messages.verlaufHinzu, Modelldatei.ort(eintrag.getValue())));
			} else {
				objekt(frueher, eintrag.getValue());
			}
		}
		for (Map.Entry<String, EObject> eintrag : alt.entrySet()) {
			if (!neu.containsKey(eintrag.getKey())) {
				aenderungen.add(NLS.bind(Messages.verlaufEntfernt, Modelldatei.ort(eintrag.getValue())));
			}
		}
	}

	private static List<EObject> einzeln(EObject element) {
		return element == null ? List.of() : List.of(element);
	}


	private static List<Object> schluessel(EObject element, EStructuralFeature feld) {
		return ((List<?>) element.eGet(feld, false)).stream()
				.map(w -> w instanceof EObject ziel ? (Object) Modelldatei.schluessel(ziel) : w).toList();
	}


}
