package org.quartierwerk.model.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.model.analyse.Sammlung.Facetten;

/**
 * The facets of a collection, read once, for repeated searches (the navigator's filter, the CLI over a large
 * workspace). A search then compares a few numbers and one prepared text per project instead of walking every
 * project's model and lower-casing its texts each time, which made searches over 50 000 projects about twice as
 * slow per project as over 10 000 (bench/RESULTS.md). Finds exactly what {@link Sammlung#suche} finds.
 */
public final class Facettenindex {

	private final List<Praxisbeispiel> beispiele;
	private final int[] bundesland;
	private final int[] herausforderung;
	private final long[] finanzierungsarten;
	private final String[][] stufen;
	private final int[] erfuellteKriterien;
	private final String[] text;

	private Facettenindex(List<Praxisbeispiel> beispiele) {
		this.beispiele = List.copyOf(beispiele);
		int n = beispiele.size();
		bundesland = new int[n];
		herausforderung = new int[n];
		finanzierungsarten = new long[n];
		stufen = new String[n][];
		erfuellteKriterien = new int[n];
		text = new String[n];
		for (int i = 0; i < n; i++) {
			Praxisbeispiel beispiel = beispiele.get(i);
			bundesland[i] = beispiel.isSetBundesland() ? beispiel.getBundesland().getValue() : -1;
			herausforderung[i] = beispiel.isSetHerausforderung() ? beispiel.getHerausforderung().getValue() : -1;
			finanzierungsarten[i] = maske(Sammlung.finanzierungsarten(beispiel));
			stufen[i] = beispiel.getBeteiligungen().stream().map(Beteiligung::getStufe).filter(Objects::nonNull)
					.map(s -> s.getId()).distinct().toArray(String[]::new);
			erfuellteKriterien[i] = (int) maske(GoodPractice.erfuellt(beispiel));
			text[i] = Stream.of(beispiel.getTitel(), beispiel.getKurzbeschreibung(), beispiel.getUnterthema()).filter(Objects::nonNull)
					.map(Textvergleich::suchform).collect(Collectors.joining("\n"));
		}
	}

	/** Reads the facets of the projects, in the given order. */
	public static Facettenindex von(List<Praxisbeispiel> beispiele) {
		return new Facettenindex(beispiele);
	}

	/** The projects that match every facet, in the indexed order. */
	public List<Praxisbeispiel> suche(Facetten facetten) {
		long bundeslaender = facetten.bundeslaender().stream().mapToLong(b -> 1L << b.getValue()).reduce(0, (a, b) -> a | b);
		long herausforderungen = facetten.herausforderungen().stream().mapToLong(h -> 1L << h.getValue()).reduce(0, (a, b) -> a | b);
		long arten = maske(facetten.finanzierungsarten());
		Set<String> gesuchteStufen = facetten.stufen();
		int kriterien = (int) maske(facetten.erfuellteKriterien());
		String gesucht = facetten.text() == null ? "" : Textvergleich.suchform(facetten.text()).trim();
		List<Praxisbeispiel> treffer = new ArrayList<>();
		for (int i = 0; i < text.length; i++) {
			if (bundeslaender != 0 && (bundesland[i] < 0 || (bundeslaender & 1L << bundesland[i]) == 0)) {
				continue;
			}
			if (herausforderungen != 0 && (herausforderung[i] < 0 || (herausforderungen & 1L << herausforderung[i]) == 0)) {
				continue;
			}
			if (arten != 0 && (finanzierungsarten[i] & arten) == 0) {
				continue;
			}
			if (!gesuchteStufen.isEmpty() && !enthaeltEine(stufen[i], gesuchteStufen)) {
				continue;
			}
			if (kriterien != 0 && (erfuellteKriterien[i] & kriterien) == 0) {
				continue;
			}
			if (!gesucht.isEmpty() && !text[i].contains(gesucht)) {
				continue;
			}
			treffer.add(beispiele.get(i));
		}
		return treffer;
	}

	public int size() {
		return text.length;
	}

	private static boolean enthaeltEine(String[] ids, Set<String> gesucht) {
		for (String id : ids) {
			if (gesucht.contains(id)) {
				return true;
			}
		}
		return false;
	}

	private static long maske(Set<? extends Enumerator> werte) {
		long maske = 0;
		for (Enumerator wert : werte) {
			maske |= 1L << wert.getValue();
		}
		return maske;
	}
}
