package org.quartierwerk.store.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * Deterministic synthetic Praxisbeispiele shaped like the 13 DStGB examples: each one is a copy of an example
 * (so structure, text lengths and references into the catalogues are those of a real project) whose facets and
 * texts are recombined from the other examples, with its own title and scaled amounts. Project {@code i} is the
 * same on every run and every machine.
 */
final class Generator {

	private static final String[] ORTE = { "Aachen", "Bad Kreuznach", "Coesfeld", "Dessau", "Eberswalde", "Fulda",
			"Görlitz", "Hameln", "Ingolstadt", "Jena", "Kempten", "Lörrach", "Meißen", "Neumünster", "Oldenburg", "Passau",
			"Quedlinburg", "Rostock", "Siegen", "Trier", "Uelzen", "Villingen", "Wismar", "Zwickau" };
	private static final String[] TEILE = { "Nord", "Süd", "Altstadt", "Bahnhofsviertel", "Am Markt", "Gartenstadt",
			"Siedlung am Hang", "Innenstadt" };

	private final List<Praxisbeispiel> vorlagen;

	Generator(List<Praxisbeispiel> vorlagen) {
		if (vorlagen.isEmpty()) {
			throw new IllegalArgumentException("no examples to generate from");
		}
		this.vorlagen = List.copyOf(vorlagen);
	}

	/** The name under which project {@code i} is stored. */
	static String name(int i) {
		return String.format("synthetisch-%06d", i);
	}

	Praxisbeispiel beispiel(int i) {
		Random random = new Random(0x5EED_0000L + i);
		Praxisbeispiel vorlage = vorlagen.get(random.nextInt(vorlagen.size()));
		Praxisbeispiel beispiel = EcoreUtil.copy(vorlage);
		String ort = ORTE[random.nextInt(ORTE.length)];
		String teil = TEILE[random.nextInt(TEILE.length)];
		beispiel.setTitel(vorlage.getTitel() + " – " + ort + "-" + teil + " " + i);

		// each facet taken from an independently drawn example keeps the examples' distribution of that field
		Praxisbeispiel andere = pick(random);
		if (andere.isSetBundesland()) {
			beispiel.setBundesland(andere.getBundesland());
		} else {
			beispiel.unsetBundesland();
		}
		andere = pick(random);
		if (andere.isSetHerausforderung()) {
			beispiel.setHerausforderung(andere.getHerausforderung());
			beispiel.setUnterthema(andere.getUnterthema());
		}
		beispiel.setKurzbeschreibung(mische(random, vorlage.getKurzbeschreibung(), pick(random).getKurzbeschreibung()));
		beispiel.setWirkungserfolge(mische(random, vorlage.getWirkungserfolge(), pick(random).getWirkungserfolge()));

		BigDecimal faktor = BigDecimal.valueOf(50 + random.nextInt(151)).movePointLeft(2);
		if (beispiel.getFinanzierungsplan() != null) {
			for (Ausgabeposition ausgabe : beispiel.getFinanzierungsplan().getAusgaben()) {
				if (ausgabe.getBetrag() != null) {
					ausgabe.setBetrag(ausgabe.getBetrag().multiply(faktor).setScale(2, RoundingMode.HALF_UP));
				}
			}
			for (Finanzierungsanteil anteil : beispiel.getFinanzierungsplan().getAnteile()) {
				if (anteil.getBetrag() != null) {
					anteil.setBetrag(anteil.getBetrag().multiply(faktor).setScale(2, RoundingMode.HALF_UP));
				}
			}
		}
		return beispiel;
	}

	private Praxisbeispiel pick(Random random) {
		return vorlagen.get(random.nextInt(vorlagen.size()));
	}

	/** Sentences of two texts, shuffled, about as long as the first: realistic words, a new text. */
	private static String mische(Random random, String eins, String zwei) {
		if (eins == null) {
			return null;
		}
		List<String> saetze = new ArrayList<>(Arrays.asList(eins.split("(?<=\\.) ")));
		if (zwei != null) {
			saetze.addAll(Arrays.asList(zwei.split("(?<=\\.) ")));
		}
		Collections.shuffle(saetze, random);
		StringBuilder text = new StringBuilder();
		for (String satz : saetze) {
			if (text.length() + satz.length() > eins.length() + 40 && text.length() > 0) {
				break;
			}
			text.append(text.length() == 0 ? "" : " ").append(satz);
		}
		return text.toString();
	}
}
