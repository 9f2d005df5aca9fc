package org.quartierwerk.app.internal.praxisbeispiele;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
public final class Praxisbeispielbestand {

	/**
	 * One project: its name in the workspace, its content (a stand-in titled by name if unreadable), its findings and
	 * the file's time of modification when it was read.
	 */
	public record Eintrag(String name, Praxisbeispiel beispiel, Diagnostic befund, FileTime stand) {

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

	private final List<Eintrag> projekte;
	private final Facettenindex index;

	private Praxisbeispielbestand(List<Eintrag> projekte) {
		this.projekte = List.copyOf(projekte);
		this.index = Facettenindex.von(projekte.stream().map(Eintrag::beispiel).toList());
	}

	/**
	 * Reads the projects of the workspace; a project that cannot be read is there with the reason as error. Projects
	 * of {@code vorher} (may be null) whose file has not changed since are taken over without reading them again.
	 */
	public static Praxisbeispielbestand lies(PraxisbeispielStore store, Katalog katalog, Praxisbeispielbestand vorher) throws StoreException {
		Map<String, Eintrag> bekannt = new HashMap<>();
		if (vorher != null) {
			vorher.projekte.forEach(p -> bekannt.put(p.name(), p));
		}
		List<Eintrag> projekte = new ArrayList<>();
		for (String name : store.names()) {
			FileTime stand = stand(store, name);
			Eintrag alt = bekannt.get(name);
			if (alt != null && stand != null && stand.equals(alt.stand())) {
				projekte.add(alt);
				continue;
			}
			try {
				Praxisbeispiel beispiel = store.load(name);
				projekte.add(new Eintrag(name, beispiel, pruefe(beispiel, katalog), stand));
			} catch (StoreException e) {
				Praxisbeispiel ersatz = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
				ersatz.setTitel(name);
				// findings are the root's children, as the validation gives them
				BasicDiagnostic befund = new BasicDiagnostic(Praxisbeispielbestand.class.getName(), 0, name, new Object[0]);
				befund.add(new BasicDiagnostic(Diagnostic.ERROR, Praxisbeispielbestand.class.getName(), 0, e.getMessage(), new Object[0]));
				projekte.add(new Eintrag(name, ersatz, befund, stand));
			}
		}
		return new Praxisbeispielbestand(projekte);
	}

	private static FileTime stand(PraxisbeispielStore store, String name) {
		try {
			return Files.getLastModifiedTime(store.file(name));
		} catch (IOException e) {
			return null;
		}
	}

	/** The findings of the validation, knowing the installed participation models. */
	public static Diagnostic pruefe(Praxisbeispiel beispiel, Katalog katalog) {
		Collection<String> modelle = katalog == null ? null
				: katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
		return Validierung.pruefe(beispiel, modelle);
	}

	public List<Eintrag> projekte() {
		return projekte;
	}

	/** The projects that match the facets, in workspace order. */
	public List<Eintrag> suche(Facetten facetten) {
		List<Praxisbeispiel> treffer = index.suche(facetten);
		// the index keeps the order, so one pass pairs the hits with their projects
		List<Eintrag> ergebnis = new ArrayList<>(treffer.size());
		int i = 0;
		for (Eintrag projekt : projekte) {
			if (i < treffer.size() && treffer.get(i) == projekt.beispiel()) {
				ergebnis.add(projekt);
				i++;
			}
		}
		return ergebnis;
	}
}
