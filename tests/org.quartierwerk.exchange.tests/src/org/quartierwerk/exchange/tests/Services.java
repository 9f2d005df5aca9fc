package org.quartierwerk.exchange.tests;

import java.util.List;

import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.testing.Dienste;

/** What the exchange tests ask of the installed catalogue. */
final class Services {

	/** Ids of the installed participation models, for validation. */
	static List<String> modelle() {
		return Dienste.warte(Katalog.class).partizipationsmodelle().stream().map(Partizipationsmodell::getId).toList();
	}

	private Services() {
	}
}
