package org.quartierwerk.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Konflikt;

/**
 * The three-way merge of one project or Teilnahme file, field by field (docs/sammlung.md, "Zusammenführen").
 * <p>
 * The result starts as "mine"; every field the others changed and I did not is taken from theirs; an element the others
 * added to a list is added, one they removed is removed when I left it unchanged. A field both changed differently,
 * and an element one side changed and the other removed, is a conflict: resolved as asked, or only reported. Elements
 * are matched by their ids; the order of a list is mine, with the others' new elements after their predecessor.
 */
final class Feldmerge {

	private final String datei;
	private final Aufloesung aufloesung;
	private final XMLResource ihreRessource;
	private final XMLResource ergebnis;
	private final List<Konflikt> konflikte = new ArrayList<>();
	/** The copies of the others' elements taken into the result, for their ids and references. */
	private final List<EcoreUtil.Copier> neueKopien = new ArrayList<>();

	private Feldmerge(String datei, Aufloesung aufloesung, XMLResource ihre, XMLResource meine) {
		this.datei = datei;
		this.aufloesung = aufloesung;
		this.ihreRessource = ihre;
		this.ergebnis = meine;
	}

	/**
	 * Merges the others' changes into mine.
	 *
	 * @param basis the version both started from; null when both added the file
	 * @param meine my version: it becomes the result
	 * @return the conflicts, resolved as asked unless {@link Aufloesung#KEINE}
	 */
	static List<Konflikt> fuehreZusammen(String datei, XMLResource basis, XMLResource meine, XMLResource ihre,
			Aufloesung aufloesung) {
		Feldmerge merge = new Feldmerge(datei, aufloesung, ihre, meine);
		EObject b = basis == null ? null : basis.getContents().get(0);
		EObject m = meine.getContents().get(0);
		EObject i = ihre.getContents().get(0);
		if (m.eClass() != i.eClass()) {
			merge.konflikt(Messages.ganzeDatei, Modelldatei.element(b == null ? m : b), Modelldatei.element(m), Modelldatei.element(i),
					() -> meine.getContents().set(0, merge.kopie(i)));
		} else {
			merge.objekt(b, m, i);
			merge.verweiseAufGeloeschtes(m);
		}
		return merge.konflikte;
	}

	private void objekt(EObject b, EObject m, EObject i) {
		for (EStructuralFeature feld : m.eClass().getEAllStructuralFeatures()) {
			if (!Modelldatei.gespeichert(feld)) {
				continue;
			}
			if (feld instanceof EReference verweis && verweis.isContainment() && verweis.isMany()) {
				enthalteneListe(b, m, i, verweis);
			} else if (feld instanceof EReference verweis && verweis.isContainment()) {
				enthaltenes(b, m, i, verweis);
			} else if (feld.isMany()) {
				menge(b, m, i, feld);
			} else {
				einzelwert(b, m, i, feld);
			}
		}
	}

	private void einzelwert(EObject b, EObject m, EObject i, EStructuralFeature feld) {
		Object basis = Modelldatei.wert(b, feld);
		Object meins = Modelldatei.wert(m, feld);
		Object ihrs = Modelldatei.wert(i, feld);
		if (Objects.equals(meins, ihrs) || Objects.equals(basis, ihrs)) {
			return; // nothing changed there, or the same as here
		} else if (Objects.equals(basis, meins)) {
			setze(m, i, feld);
		} else {
			konflikt(Modelldatei.ort(m, feld), Modelldatei.wertText(b, feld), Modelldatei.wertText(m, feld),
					Modelldatei.wertText(i, feld), () -> setze(m, i, feld));
		}
	}

	private void setze(EObject m, EObject i, EStructuralFeature feld) {
		if (!i.eIsSet(feld)) {
			m.eUnset(feld);
		} else if (feld instanceof EReference) {
			// the others' element: redirected to the result's at the end, when every element has come in
			m.eSet(feld, i.eGet(feld, false));
		} else {
			m.eSet(feld, i.eGet(feld));
		}
	}

	/** A many-valued attribute or reference as a set: what the others added comes in, what they removed goes. */
	@SuppressWarnings("unchecked")
	private void menge(EObject b, EObject m, EObject i, EStructuralFeature feld) {
		List<Object> basis = liste(b, feld);
		List<Object> ihre = liste(i, feld);
		EList<Object> meine = (EList<Object>) m.eGet(feld, false);
		List<Object> meineWerte = liste(m, feld);
		List<Object> rohIhre = (List<Object>) i.eGet(feld, false);
		for (int n = 0; n < ihre.size(); n++) {
			if (!basis.contains(ihre.get(n)) && !meineWerte.contains(ihre.get(n))) {
				meine.add(rohIhre.get(n));
			}
		}
		for (Object weg : basis) {
			if (!ihre.contains(weg)) {
				int stelle = liste(m, feld).indexOf(weg);
				if (stelle >= 0) {
					meine.remove(stelle);
				}
			}
		}
	}

	private static List<Object> liste(EObject element, EStructuralFeature feld) {
		if (element == null) {
			return List.of();
		}
		List<?> werte = (List<?>) element.eGet(feld, false);
		return werte.stream().map(w -> w instanceof EObject ziel ? (Object) Modelldatei.schluessel(ziel) : w).toList();
	}

	private void enthaltenes(EObject b, EObject m, EObject i, EReference verweis) {
		EObject basis = b == null ? null : (EObject) b.eGet(verweis);
		EObject meins = (EObject) m.eGet(verweis);
		EObject ihrs = (EObject) i.eGet(verweis);
		if (meins != null && ihrs != null) {
			objekt(basis, meins, ihrs);
		} else if (meins == null && ihrs != null) {
			if (basis == null) {
				m.eSet(verweis, kopie(ihrs));
			} else if (!gleich(basis, ihrs)) {
				konflikt(Modelldatei.ort(m, verweis), Modelldatei.element(basis), Messages.geloescht, Modelldatei.element(ihrs),
						() -> m.eSet(verweis, kopie(ihrs)));
			}
		} else if (meins != null && basis != null) {
			// the others removed it
			if (gleich(basis, meins)) {
				m.eUnset(verweis);
			} else {
				konflikt(Modelldatei.ort(m, verweis), Modelldatei.element(basis), Modelldatei.element(meins), Messages.geloescht,
						() -> m.eUnset(verweis));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void enthalteneListe(EObject b, EObject m, EObject i, EReference verweis) {
		Map<String, EObject> basis = Modelldatei.nachSchluessel(b == null ? List.of() : (List<EObject>) b.eGet(verweis));
		Map<String, EObject> meine = Modelldatei.nachSchluessel((List<EObject>) m.eGet(verweis));
		List<EObject> ihreListe = (List<EObject>) i.eGet(verweis);
		Map<String, EObject> ihre = Modelldatei.nachSchluessel(ihreListe);
		EList<EObject> ergebnisListe = (EList<EObject>) m.eGet(verweis);
		for (Map.Entry<String, EObject> eintrag : basis.entrySet()) {
			EObject meins = meine.get(eintrag.getKey());
			EObject ihrs = ihre.get(eintrag.getKey());
			EObject alt = eintrag.getValue();
			if (meins != null && ihrs != null) {
				objekt(alt, meins, ihrs);
			} else if (meins != null) {
				if (gleich(alt, meins)) {
					ergebnisListe.remove(meins);
				} else {
					konflikt(Modelldatei.ort(meins), Messages.vorhanden, Messages.geaendert, Messages.geloescht,
							() -> ergebnisListe.remove(meins));
				}
			} else if (ihrs != null && !gleich(alt, ihrs)) {
				konflikt(Modelldatei.ort(alt), Messages.vorhanden, Messages.geloescht, Messages.geaendert,
						() -> ergebnisListe.add(Math.min(ihreListe.indexOf(ihrs), ergebnisListe.size()), kopie(ihrs)));
			}
		}
		String vorgaenger = null;
		for (EObject ihrs : ihreListe) {
			String schluessel = Modelldatei.schluessel(ihrs);
			if (!basis.containsKey(schluessel)) {
				EObject meins = meine.get(schluessel);
				if (meins != null) {
					objekt(null, meins, ihrs);
				} else {
					EObject davor = vorgaenger == null ? null : meine.get(vorgaenger);
					int stelle = davor == null ? (vorgaenger == null ? 0 : ergebnisListe.size()) : ergebnisListe.indexOf(davor) + 1;
					// after my own new elements there: mine first, then theirs
					while (stelle < ergebnisListe.size() && !basis.containsKey(Modelldatei.schluessel(ergebnisListe.get(stelle)))
							&& !ihre.containsKey(Modelldatei.schluessel(ergebnisListe.get(stelle)))) {
						stelle++;
					}
					EObject neu = kopie(ihrs);
					ergebnisListe.add(Math.max(0, Math.min(stelle, ergebnisListe.size())), neu);
					meine.put(schluessel, neu);
				}
			}
			vorgaenger = schluessel;
		}
	}


	/** A copy of the others' element for the result, with the same ids; its references are redirected later. */
	private EObject kopie(EObject ihrs) {
		EcoreUtil.Copier kopierer = new EcoreUtil.Copier(true, true);
		EObject kopie = kopierer.copy(ihrs);
		kopierer.copyReferences();
		neueKopien.add(kopierer);
		return kopie;
	}

	/**
	 * After the merge: ids for the copies, their references to the others' elements redirected to mine, and every
	 * reference to an element that is no longer in the file – the others removed what I refer to, or the reverse – is a
	 * conflict; resolved, the reference is removed, as the workbench does when an element is removed.
	 */
	private void verweiseAufGeloeschtes(EObject wurzel) {
		for (EcoreUtil.Copier kopierer : neueKopien) {
			for (Map.Entry<EObject, EObject> paar : kopierer.entrySet()) {
				String id = ihreRessource.getID(paar.getKey());
				if (id != null && paar.getValue().eResource() == ergebnis) {
					ergebnis.setID(paar.getValue(), id);
				}
			}
		}
		List<EObject> alle = new ArrayList<>();
		alle.add(wurzel);
		wurzel.eAllContents().forEachRemaining(alle::add);
		for (EObject element : alle) {
			for (EReference verweis : element.eClass().getEAllReferences()) {
				if (verweis.isContainment() || !Modelldatei.gespeichert(verweis)) {
					continue;
				}
				if (verweis.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> ziele = (List<EObject>) element.eGet(verweis, false);
					for (EObject ziel : List.copyOf(ziele)) {
						EObject richtig = entsprechung(ziel);
						if (richtig == null) {
							verwaist(element, verweis, ziel, () -> ziele.remove(ziel));
						} else if (richtig != ziel) {
							ziele.set(ziele.indexOf(ziel), richtig);
						}
					}
				} else if (element.eGet(verweis, false) instanceof EObject ziel) {
					EObject richtig = entsprechung(ziel);
					if (richtig == null) {
						verwaist(element, verweis, ziel, () -> element.eUnset(verweis));
					} else if (richtig != ziel) {
						element.eSet(verweis, richtig);
					}
				}
			}
		}
	}

	private void verwaist(EObject element, EReference verweis, EObject ziel, Runnable entferne) {
		konflikte.add(new Konflikt(datei, Modelldatei.ort(element, verweis), Modelldatei.element(ziel), Messages.verweisBleibt,
				Messages.zielGeloescht));
		// the removal has been taken, whichever way the conflict is resolved: a reference to nothing cannot be kept
		entferne.run();
	}

	/** The element of the result that corresponds to a target: itself, mine with the same key, null when gone. */
	private EObject entsprechung(EObject ziel) {
		if (ziel == null || ziel.eIsProxy()) {
			return ziel;
		}
		if (ziel.eResource() == ergebnis) {
			return ziel;
		}
		if (ziel.eResource() == null) {
			return null;
		}
		String fragment = ziel.eResource().getURIFragment(ziel);
		return ergebnis.getEObject(fragment);
	}

	private static boolean gleich(EObject a, EObject b) {
		return new EcoreUtil.EqualityHelper().equals(a, b);
	}



	private void konflikt(String ort, String basis, String meine, String ihre, Runnable nimmIhre) {
		konflikte.add(new Konflikt(datei, ort, basis, meine, ihre));
		if (aufloesung == Aufloesung.IHRE) {
			nimmIhre.run();
		}
	}
}
