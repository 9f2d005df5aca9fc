package org.quartierwerk.app.internal.projekte;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.analyse.Facettenindex;
import org.quartierwerk.model.analyse.Sammlung.Facetten;
import org.quartierwerk.model.validierung.Validierung;

/** The projects of the workspace as read once, their findings and their facet index for the navigator's filters. */
public final class Projektbestand {

	/** One project: its name in the workspace, its content (a stand-in titled by name if unreadable) and findings. */
	public record Projekt(String name, Praxisbeispiel beispiel, Diagnostic befund) {

		public String titel() {
			String titel = beispiel.getTitel();
			return titel == null || titel.isBlank() ? name : titel;
		}

		public long fehler() {
			return befund.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
		}

		public long warnungen() {
			return befund.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count();
		}
	}

	private final List<Projekt> projekte;
	private final Facettenindex index;

	private Projektbestand(List<Projekt> projekte) {
		this.projekte = List.copyOf(projekte);
		this.index = Facettenindex.von(projekte.stream().map(Projekt::beispiel).toList());
	}

	/** Reads every project of the workspace; a project that cannot be read is there with the reason as error. */
	public static Projektbestand lies(PraxisbeispielStore store, Katalog katalog) throws StoreException {
		List<Projekt> projekte = new ArrayList<>();
		for (String name : store.names()) {
			try {
				Praxisbeispiel beispiel = store.load(name);
				projekte.add(new Projekt(name, beispiel, pruefe(beispiel, katalog)));
			} catch (StoreException e) {
				Praxisbeispiel ersatz = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
				ersatz.setTitel(name);
				projekte.add(new Projekt(name, ersatz, new BasicDiagnostic(Diagnostic.ERROR, Projektbestand.class.getName(), 0,
						e.getMessage(), new Object[0])));
			}
		}
		return new Projektbestand(projekte);
	}

	/** The findings of the validation, knowing the installed participation models. */
	public static Diagnostic pruefe(Praxisbeispiel beispiel, Katalog katalog) {
		Collection<String> modelle = katalog == null ? null
				: katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
		return Validierung.pruefe(beispiel, modelle);
	}

	public List<Projekt> projekte() {
		return projekte;
	}

	/** The projects that match the facets, in workspace order. */
	public List<Projekt> suche(Facetten facetten) {
		List<Praxisbeispiel> treffer = index.suche(facetten);
		// the index keeps the order, so one pass pairs the hits with their projects
		List<Projekt> ergebnis = new ArrayList<>(treffer.size());
		int i = 0;
		for (Projekt projekt : projekte) {
			if (i < treffer.size() && treffer.get(i) == projekt.beispiel()) {
				ergebnis.add(projekt);
				i++;
			}
		}
		return ergebnis;
	}
}
