package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * The projects of the workspace a Projektverweis can name, found by their Kennung, which stays when a project's title
 * and file name change (docs/fachmodell.md §1.6). Read when first needed and again after a link was made.
 */
final class Verweisziele {

	/** A project of the workspace: its name (file) and its title now. */
	record Ziel(String name, String titel) {
	}

	private final PraxisbeispielStore store;
	private Map<String, Ziel> jeKennung;
	private List<Ziel> alle;

	Verweisziele(PraxisbeispielStore store) {
		this.store = store;
	}

	/**
	 * The projects that have a Kennung, by it; a project that cannot be read is not there. Null when the workspace
	 * cannot be listed: then nothing is "nicht gefunden", since nothing was looked for.
	 */
	Map<String, Ziel> jeKennung() {
		lies();
		return jeKennung;
	}

	/** Every project of the workspace, in the store's order. */
	List<Ziel> alle() {
		lies();
		return alle;
	}

	/** Reads the workspace again at the next question. */
	void vergiss() {
		jeKennung = null;
		alle = null;
	}

	/**
	 * The Kennung of the project of this name. A project that has none yet gets one now and is saved with it – the
	 * user's making a link is the reason, never the loading of a file; an open editor's copy of it ({@code offen},
	 * may be null) gets the same one, so that its next save keeps it.
	 */
	String kennungVon(String name, Praxisbeispiel offen) throws StoreException {
		Praxisbeispiel ziel = store.load(name);
		String kennung = ziel.getKennung();
		if (kennung == null || kennung.isBlank()) {
			kennung = UUID.randomUUID().toString();
			ziel.setKennung(kennung);
			store.save(name, ziel);
		}
		if (offen != null && (offen.getKennung() == null || offen.getKennung().isBlank())) {
			offen.setKennung(kennung);
		}
		vergiss();
		return kennung;
	}

	private void lies() {
		if (alle != null) {
			return;
		}
		Map<String, Ziel> kennungen = new LinkedHashMap<>();
		List<Ziel> projekte = new ArrayList<>();
		try {
			for (String name : store.names()) {
				try {
					Praxisbeispiel beispiel = store.load(name);
					String titel = beispiel.getTitel() == null || beispiel.getTitel().isBlank() ? name : beispiel.getTitel();
					Ziel ziel = new Ziel(name, titel);
					projekte.add(ziel);
					if (beispiel.getKennung() != null && !beispiel.getKennung().isBlank()) {
						kennungen.putIfAbsent(beispiel.getKennung(), ziel);
					}
				} catch (StoreException e) {
					// an unreadable project is named by the navigator and the Probleme view; it is no target
				}
			}
		} catch (StoreException e) {
			// without the workspace's list nothing can be looked for; links show their remembered titles
			kennungen = null;
		}
		jeKennung = kennungen;
		alle = projekte;
	}
}
