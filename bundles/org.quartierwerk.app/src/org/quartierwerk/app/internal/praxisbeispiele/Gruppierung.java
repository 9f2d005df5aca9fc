package org.quartierwerk.app.internal.praxisbeispiele;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.model.analyse.GoodPractice;

/** The facets the navigator groups by; a project with several values of a facet is in each of their groups. */
public enum Gruppierung {
	KEINE, HERAUSFORDERUNG, BUNDESLAND, PARTIZIPATIONSSTUFE, FINANZIERUNGSART, GOOD_PRACTICE;

	/** A group: its German name and its place among the groups; the "ohne Angabe" group comes last. */
	public record Gruppe(int rang, String name) {
		public static final Comparator<Gruppe> ORDNUNG = Comparator.comparingInt(Gruppe::rang)
				.thenComparing(Gruppe::name, Textvergleich.ordnung());
	}

	/** The groups the project belongs to; {@code ohneAngabe} names the group of a project without a value. */
	public List<Gruppe> gruppen(Praxisbeispiel beispiel, String ohneAngabe) {
		List<Gruppe> gruppen = switch (this) {
		case KEINE -> List.of();
		case HERAUSFORDERUNG -> beispiel.isSetHerausforderung()
				? List.of(new Gruppe(beispiel.getHerausforderung().getValue(), Bezeichnungen.von(beispiel.getHerausforderung())))
				: List.of();
		case BUNDESLAND -> beispiel.isSetBundesland()
				? List.of(new Gruppe(beispiel.getBundesland().getValue(), Bezeichnungen.von(beispiel.getBundesland())))
				: List.of();
		case PARTIZIPATIONSSTUFE -> beispiel.getBeteiligungen().stream().map(Beteiligung::getStufe).filter(Objects::nonNull)
				.map(s -> new Gruppe(s.getRang(), s.getName() == null ? s.getId() : s.getName())).distinct().toList();
		case FINANZIERUNGSART -> finanzierungsquellen(beispiel).filter(Finanzierungsquelle::isSetArt)
				.map(q -> new Gruppe(q.getArt().getValue(), Bezeichnungen.von(q.getArt()))).distinct().toList();
		// the criteria the project fulfils by its own assessment (docs/fachmodell.md §11)
		case GOOD_PRACTICE -> GoodPractice.erfuellt(beispiel).stream().map(k -> new Gruppe(k.getValue(), Bezeichnungen.von(k))).toList();
		};
		return gruppen.isEmpty() && this != KEINE ? List.of(new Gruppe(Integer.MAX_VALUE, ohneAngabe)) : gruppen;
	}

	private static Stream<Finanzierungsquelle> finanzierungsquellen(Praxisbeispiel beispiel) {
		return beispiel.getFinanzierungsplan() == null ? Stream.empty()
				: beispiel.getFinanzierungsplan().getAnteile().stream().map(Finanzierungsanteil::getQuelle).filter(Objects::nonNull);
	}
}
