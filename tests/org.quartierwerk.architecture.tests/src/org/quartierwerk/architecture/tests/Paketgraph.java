package org.quartierwerk.architecture.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependencies between the packages of one bundle, each edge with the classes that make it, and its cycles: the
 * strongly connected components with more than one package (Tarjan).
 */
final class Paketgraph {

	/** From a package to the packages it uses, each with the references "Class → Class" that make the edge. */
	private final Map<String, Map<String, Set<String>>> kanten = new TreeMap<>();

	/** Records that a class refers to another; references within one package or to other bundles are no edge. */
	void bezug(String von, String zu) {
		String vonPaket = paket(von);
		String zuPaket = paket(zu);
		kanten.computeIfAbsent(vonPaket, p -> new TreeMap<>());
		if (!vonPaket.equals(zuPaket)) {
			kanten.get(vonPaket).computeIfAbsent(zuPaket, p -> new TreeSet<>()).add(aeussere(von) + " → " + aeussere(zu));
		}
	}

	/** Keeps only the edges between the given packages (those of the bundle itself). */
	void nurZwischen(Set<String> pakete) {
		kanten.keySet().retainAll(pakete);
		kanten.values().forEach(ziele -> ziele.keySet().retainAll(pakete));
	}

	Set<String> pakete() {
		return kanten.keySet();
	}

	/**
	 * Every cycle: the packages of a strongly connected component, its shortest cycle, and for each edge of that cycle
	 * the references that make it – the classes to change to break it. Empty when there is none.
	 */
	List<String> zyklen() {
		List<String> zyklen = new ArrayList<>();
		for (Set<String> komponente : komponenten()) {
			if (komponente.size() < 2) {
				continue;
			}
			List<String> kreis = kuerzesterKreis(komponente);
			StringBuilder text = new StringBuilder("Zyklus zwischen " + komponente + ": " + String.join(" → ", kreis) + ":");
			for (int i = 0; i + 1 < kreis.size(); i++) {
				String von = kreis.get(i);
				String zu = kreis.get(i + 1);
				text.append("\n  ").append(von).append(" → ").append(zu).append(": ")
						.append(String.join(", ", kanten.get(von).get(zu)));
			}
			zyklen.add(text.toString());
		}
		return zyklen;
	}

	/** The shortest cycle inside a component, as its packages with the first one again at the end (breadth first). */
	private List<String> kuerzesterKreis(Set<String> komponente) {
		List<String> kuerzester = null;
		for (String start : komponente) {
			Map<String, String> vorgaenger = new HashMap<>();
			Deque<String> offen = new ArrayDeque<>(List.of(start));
			String letzter = null;
			while (!offen.isEmpty() && letzter == null) {
				String paket = offen.poll();
				for (String ziel : kanten.get(paket).keySet()) {
					if (ziel.equals(start)) {
						letzter = paket;
						break;
					}
					if (komponente.contains(ziel) && !vorgaenger.containsKey(ziel)) {
						vorgaenger.put(ziel, paket);
						offen.add(ziel);
					}
				}
			}
			List<String> kreis = new ArrayList<>(List.of(start));
			for (String paket = letzter; paket != null && !paket.equals(start); paket = vorgaenger.get(paket)) {
				kreis.add(1, paket);
			}
			kreis.add(start);
			if (kuerzester == null || kreis.size() < kuerzester.size()) {
				kuerzester = kreis;
			}
		}
		return kuerzester;
	}

	/** The strongly connected components (Tarjan's algorithm). */
	private List<Set<String>> komponenten() {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> tiefste = new HashMap<>();
		Deque<String> stapel = new ArrayDeque<>();
		Set<String> aufStapel = new TreeSet<>();
		List<Set<String>> komponenten = new ArrayList<>();
		for (String paket : kanten.keySet()) {
			if (!index.containsKey(paket)) {
				besuche(paket, index, tiefste, stapel, aufStapel, komponenten);
			}
		}
		return komponenten;
	}

	private void besuche(String paket, Map<String, Integer> index, Map<String, Integer> tiefste, Deque<String> stapel,
			Set<String> aufStapel, List<Set<String>> komponenten) {
		index.put(paket, index.size());
		tiefste.put(paket, index.get(paket));
		stapel.push(paket);
		aufStapel.add(paket);
		for (String ziel : kanten.getOrDefault(paket, Map.of()).keySet()) {
			if (!index.containsKey(ziel)) {
				besuche(ziel, index, tiefste, stapel, aufStapel, komponenten);
				tiefste.put(paket, Math.min(tiefste.get(paket), tiefste.get(ziel)));
			} else if (aufStapel.contains(ziel)) {
				tiefste.put(paket, Math.min(tiefste.get(paket), index.get(ziel)));
			}
		}
		if (tiefste.get(paket).equals(index.get(paket))) {
			Set<String> komponente = new TreeSet<>();
			String mitglied;
			do {
				mitglied = stapel.pop();
				aufStapel.remove(mitglied);
				komponente.add(mitglied);
			} while (!mitglied.equals(paket));
			komponenten.add(komponente);
		}
	}

	static String paket(String klasse) {
		int punkt = klasse.lastIndexOf('.');
		return punkt < 0 ? "" : klasse.substring(0, punkt);
	}

	/** The top-level class of a nested or local one: the reader sees a lambda's or record's class as its own. */
	private static String aeussere(String klasse) {
		int dollar = klasse.indexOf('$');
		return dollar < 0 ? klasse : klasse.substring(0, dollar);
	}
}
