package org.quartierwerk.sharing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
							new Object[] { ort(nachher, feld), text(vorher, feld), text(nachher, feld) }));
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void liste(EObject vorher, EObject nachher, EReference verweis) {
		Map<String, EObject> alt = nachSchluessel(verweis.isMany() ? (List<EObject>) vorher.eGet(verweis)
				: einzeln((EObject) vorher.eGet(verweis)));
		Map<String, EObject> neu = nachSchluessel(verweis.isMany() ? (List<EObject>) nachher.eGet(verweis)
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

	private static Map<String, EObject> nachSchluessel(List<EObject> elemente) {
		Map<String, EObject> map = new LinkedHashMap<>();
		elemente.forEach(e -> map.put(Modelldatei.schluessel(e), e));
		return map;
	}

	private static List<Object> schluessel(EObject element, EStructuralFeature feld) {
		return ((List<?>) element.eGet(feld, false)).stream()
				.map(w -> w instanceof EObject ziel ? (Object) Modelldatei.schluessel(ziel) : w).toList();
	}

	private static String ort(EObject element, EStructuralFeature feld) {
		String wo = Modelldatei.ort(element);
		return (wo.isEmpty() ? "" : wo + " \u203A ") + Modelldatei.feld(feld);
	}

	private static String text(EObject element, EStructuralFeature feld) {
		if (!element.eIsSet(feld)) {
			return Messages.nichtAngegeben;
		}
		Object wert = element.eGet(feld, false);
		if (wert instanceof EObject ziel) {
			return ziel.eIsProxy() ? Messages.verweis : Modelldatei.element(ziel);
		}
		if (wert instanceof List<?> liste && !liste.isEmpty() && liste.get(0) instanceof EObject) {
			return String.join(", ", liste.stream().map(z -> ((EObject) z).eIsProxy() ? Messages.verweis : Modelldatei.element((EObject) z)).toList());
		}
		return Modelldatei.text(wert);
	}
}
