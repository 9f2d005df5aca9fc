package org.quartierwerk.model.analyse;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.quartierwerk.model.Erfuellungsgrad;
import org.quartierwerk.model.GoodPracticeKriterium;
import org.quartierwerk.model.Kriteriumsbewertung;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * The self-assessment of a Praxisbeispiel by the twelve Good-Practice-Kriterien (docs/fachmodell.md §11): a criterion
 * without an entry, or whose entry has no Bewertung, is "nicht angegeben". Should a file hold two entries for one
 * criterion (the rule {@code kriteriumEinmal} reports it as a Fehler), the first counts everywhere – editor, CSV,
 * facets and web site read it through this class.
 */
public final class GoodPractice {

	/** The entry of the criterion, the first if there are several, or empty. */
	public static Optional<Kriteriumsbewertung> eintrag(Praxisbeispiel beispiel, GoodPracticeKriterium kriterium) {
		return beispiel.getGoodPractice().stream().filter(b -> b.isSetKriterium() && b.getKriterium() == kriterium).findFirst();
	}

	/** The Bewertung of the criterion, or empty when not given. */
	public static Optional<Erfuellungsgrad> bewertung(Praxisbeispiel beispiel, GoodPracticeKriterium kriterium) {
		return eintrag(beispiel, kriterium).filter(Kriteriumsbewertung::isSetBewertung).map(Kriteriumsbewertung::getBewertung);
	}

	/** The criteria the project fulfils by its own assessment, in the order of the twelve. */
	public static Set<GoodPracticeKriterium> erfuellt(Praxisbeispiel beispiel) {
		Set<GoodPracticeKriterium> erfuellt = EnumSet.noneOf(GoodPracticeKriterium.class);
		for (GoodPracticeKriterium kriterium : GoodPracticeKriterium.VALUES) {
			if (bewertung(beispiel, kriterium).orElse(null) == Erfuellungsgrad.ERFUELLT) {
				erfuellt.add(kriterium);
			}
		}
		return erfuellt;
	}

	private GoodPractice() {
	}
}
