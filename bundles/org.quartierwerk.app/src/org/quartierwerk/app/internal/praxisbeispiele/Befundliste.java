package org.quartierwerk.app.internal.praxisbeispiele;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.quartierwerk.app.internal.praxisbeispiele.ProblemeView.Problem;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;

/** The findings of the Probleme view per Praxisbeispiel, those of saved ones kept while their file is unchanged. */
final class Befundliste {

	private final PraxisbeispielStore store;
	/** The catalogue may come after the view: asked at each check. */
	private final Supplier<Katalog> katalog;
	/** Findings of projects not open in an editor, by name, valid while the file is unchanged. */
	private final Map<String, Map.Entry<FileTime, List<Problem>>> gelesen = new HashMap<>();

	Befundliste(PraxisbeispielStore store, Supplier<Katalog> katalog) {
		this.store = store;
		this.katalog = katalog;
	}

	/** Forgets the projects that are no longer in the workspace. */
	void vergiss(Collection<String> bleibende) {
		gelesen.keySet().retainAll(bleibende);
	}

	/** The findings of a project as saved; read again only when its file changed. */
	List<Problem> gespeichert(String name) {
		FileTime stand;
		try {
			stand = Files.getLastModifiedTime(store.file(name));
		} catch (Exception e) {
			stand = null;
		}
		Map.Entry<FileTime, List<Problem>> vorher = gelesen.get(name);
		if (stand != null && vorher != null && stand.equals(vorher.getKey())) {
			return vorher.getValue();
		}
		List<Problem> probleme;
		try {
			probleme = von(name, store.load(name));
		} catch (StoreException e) {
			probleme = List.of(new Problem(Diagnostic.ERROR, e.getMessage(), name, name, "", null, null));
		}
		if (stand != null) {
			gelesen.put(name, Map.entry(stand, probleme));
		}
		return probleme;
	}

	/** The Fehler, Warnungen and Hinweise of a project, each with where it is. */
	List<Problem> von(String name, Praxisbeispiel beispiel) {
		String titel = beispiel.getTitel() == null || beispiel.getTitel().isBlank() ? name : beispiel.getTitel();
		List<Problem> probleme = new ArrayList<>();
		for (Diagnostic befund : Praxisbeispielbestand.pruefe(beispiel, katalog.get()).getChildren()) {
			if (befund.getSeverity() < Diagnostic.INFO) {
				continue;
			}
			List<?> daten = befund.getData();
			EObject objekt = !daten.isEmpty() && daten.get(0) instanceof EObject o ? o : null;
			EStructuralFeature feld = daten.size() > 1 && daten.get(1) instanceof EStructuralFeature f ? f : null;
			String pfad = objekt != null && objekt != beispiel && EcoreUtil.isAncestor(beispiel, objekt)
					? EcoreUtil.getRelativeURIFragmentPath(beispiel, objekt) : null;
			probleme.add(new Problem(befund.getSeverity(), befund.getMessage(), name, titel, bereich(objekt, feld), pfad, feld));
		}
		return probleme;
	}

	private static String bereich(EObject objekt, EStructuralFeature feld) {
		String klasse = objekt == null ? "" : objekt.eClass().getName();
		return feld == null ? klasse : klasse + " / " + Bezeichnungen.feld(feld);
	}
}
