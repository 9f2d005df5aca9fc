package org.quartierwerk.reports.internal;

import java.net.URL;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;

/** A template as a bundle contributes it: the clause of its header and the texts of its localization. */
record Vorlagenbeitrag(String id, String titel, String beschreibung, Set<Berichtsformat> formate, boolean sammlung, String kurs,
		URL design, boolean zeitraum) implements Berichtsvorlage {

	/** The formats stay in the order of {@link Berichtsformat}, as lists and dialogs show them. */
	Vorlagenbeitrag {
		EnumSet<Berichtsformat> geordnet = EnumSet.noneOf(Berichtsformat.class);
		geordnet.addAll(formate);
		formate = Collections.unmodifiableSet(geordnet);
	}
}
