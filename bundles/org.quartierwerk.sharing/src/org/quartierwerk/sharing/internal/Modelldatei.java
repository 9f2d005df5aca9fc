package org.quartierwerk.sharing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.quartierwerk.courses.model.KursPackage;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.QuartierwerkResources;

/**
 * One version of a project or Teilnahme file, read from bytes of the repository with the model's safe loader, and the
 * workbench's words for its elements and values. Elements are known by their {@code xmi:id} (the position in their
 * list for files written before ids).
 */
final class Modelldatei {

	/** The value of a field that is not set. */
	static final Object NICHT_GESETZT = new Object() {
		@Override
		public String toString() {
			return Messages.nichtAngegeben;
		}
	};

	private Modelldatei() {
	}

	/** Whether a file of the collection is a model file that is merged field by field. */
	static boolean istModell(String pfad) {
		return pfad.endsWith(".xmi");
	}

	static XMLResource lies(String pfad, byte[] inhalt) throws IOException {
		XMLResource resource = (XMLResource) QuartierwerkResources.newResourceSet(KursPackage.eINSTANCE)
				.createResource(URI.createURI("sammlung:/" + URI.encodeSegment(pfad, false)));
		QuartierwerkResources.load(resource, inhalt);
		if (resource.getContents().size() != 1) {
			throw new IOException(NLS.bind(Messages.keinModell, pfad));
		}
		return resource;
	}

	static byte[] schreibe(XMLResource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, QuartierwerkResources.saveOptions());
		return bytes.toByteArray();
	}

	/** The key that identifies an element across versions. */
	static String schluessel(EObject element) {
		Resource resource = element.eResource();
		if (element.eIsProxy() || resource == null) {
			return element.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) element).eProxyURI().toString() : "";
		}
		return "#" + resource.getURIFragment(element);
	}

	/** The value of a field as compared: {@link #NICHT_GESETZT} when unset, a reference as its target's key. */
	static Object wert(EObject element, EStructuralFeature feld) {
		if (element == null || !element.eIsSet(feld)) {
			return NICHT_GESETZT;
		}
		Object wert = element.eGet(feld, false);
		if (wert instanceof EObject ziel) {
			return schluessel(ziel);
		}
		return wert;
	}

	/** Whether the field is data of the file (not derived, not the container). */
	static boolean gespeichert(EStructuralFeature feld) {
		return !feld.isDerived() && !feld.isTransient() && feld.isChangeable()
				&& !(feld instanceof org.eclipse.emf.ecore.EReference r && r.isContainer());
	}

	/** An element in the workbench's words: its kind and, where it has one, its name, e.g. Ziel „Begegnung fördern“. */
	static String element(EObject element) {
		String art = element.eClass().getName();
		for (String name : List.of("titel", "name", "bezeichnung", "kurzbeschreibung", "beschreibung")) {
			EStructuralFeature feld = element.eClass().getEStructuralFeature(name);
			if (feld instanceof EAttribute && element.eGet(feld) instanceof String text && !text.isBlank()) {
				String kurz = text.strip().replaceAll("\\s+", " ");
				return art + " \u201E" + (kurz.length() > 60 ? kurz.substring(0, 59) + "\u2026" : kurz) + "\u201C";
			}
		}
		return art;
	}

	/** Where an element is, from the file's root: e.g. Finanzierungsplan › Ausgabeposition „Miete“. */
	static String ort(EObject element) {
		StringBuilder ort = new StringBuilder();
		for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
			ort.insert(0, (ort.isEmpty() ? "" : " \u203A ") + element(e));
		}
		return ort.toString();
	}

	/** A field of an element, from the file's root: e.g. Ziel „Begegnung fördern“ › Beschreibung. */
	static String ort(EObject element, EStructuralFeature feld) {
		String wo = ort(element);
		return (wo.isEmpty() ? "" : wo + " \u203A ") + feld(feld);
	}

	/** The elements of a list by their {@linkplain #schluessel keys}, in the list's order. */
	static Map<String, EObject> nachSchluessel(List<EObject> elemente) {
		Map<String, EObject> map = new LinkedHashMap<>();
		elemente.forEach(e -> map.put(schluessel(e), e));
		return map;
	}

	static String feld(EStructuralFeature feld) {
		return Bezeichnungen.feld(feld, Locale.GERMAN);
	}

	/** The value of a field of an element as the workbench shows it; a reference as the element it names. */
	static String wertText(EObject element, EStructuralFeature feld) {
		if (element == null || !element.eIsSet(feld)) {
			return Messages.nichtAngegeben;
		}
		Object wert = element.eGet(feld, false);
		if (wert instanceof EObject ziel) {
			return verweisText(ziel);
		}
		if (wert instanceof List<?> liste && !liste.isEmpty() && liste.get(0) instanceof EObject) {
			return String.join(", ", liste.stream().map(z -> verweisText((EObject) z)).toList());
		}
		return text(wert);
	}

	private static String verweisText(EObject ziel) {
		return ziel.eIsProxy() ? Messages.verweis : element(ziel);
	}

	/** A value as the workbench shows it. */
	static String text(Object wert) {
		if (wert == null || wert == NICHT_GESETZT) {
			return Messages.nichtAngegeben;
		}
		if (wert instanceof Enumerator literal) {
			return Bezeichnungen.von(literal, Locale.GERMAN);
		}
		if (wert instanceof Boolean ja) {
			return ja ? Messages.ja : Messages.nein;
		}
		if (wert instanceof BigDecimal zahl) {
			return zahl.toPlainString().replace('.', ',');
		}
		if (wert instanceof List<?> liste) {
			return liste.isEmpty() ? Messages.nichtAngegeben : String.join(", ", liste.stream().map(Modelldatei::text).toList());
		}
		String text = String.valueOf(wert).strip().replaceAll("\\s+", " ");
		return "\u201E" + (text.length() > 80 ? text.substring(0, 79) + "\u2026" : text) + "\u201C";
	}
}
