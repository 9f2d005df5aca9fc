package org.quartierwerk.sharing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkResources;
import org.quartierwerk.model.Ziel;

/** Versions of one project file as the store writes them (every element with its id), and changes to them. */
final class Versionen {

	private Versionen() {
	}

	static Praxisbeispiel beispiel() {
		QuartierwerkFactory f = QuartierwerkFactory.eINSTANCE;
		Praxisbeispiel p = f.createPraxisbeispiel();
		p.setTitel("Nachbarschaftstreff Lindenhof");
		p.setKurzbeschreibung("Ein Treffpunkt für alle Generationen.");
		Organisation traeger = f.createOrganisation();
		traeger.setName("Diakonie Lindenhof");
		p.getOrganisationen().add(traeger);
		p.setTraeger(traeger);
		Ziel ziel = f.createZiel();
		ziel.setTitel("Begegnung fördern");
		ziel.setBeschreibung("Menschen im Quartier kommen zusammen.");
		Kennzahl kennzahl = f.createKennzahl();
		kennzahl.setIndikator("Besucherinnen und Besucher je Woche");
		kennzahl.setZielwert(new BigDecimal("40"));
		ziel.getKennzahlen().add(kennzahl);
		p.getZiele().add(ziel);
		Ziel zweites = f.createZiel();
		zweites.setTitel("Ehrenamt stärken");
		p.getZiele().add(zweites);
		Arbeitsschritt schritt = f.createArbeitsschritt();
		schritt.setTitel("Räume suchen");
		schritt.setZiel(ziel);
		p.getArbeitsschritte().add(schritt);
		return p;
	}

	/** The bytes the store would write for this project. */
	static byte[] datei(Praxisbeispiel p) {
		XMLResource resource = (XMLResource) QuartierwerkResources.newResourceSet().createResource(URI.createURI("test:/p.xmi"));
		QuartierwerkResources.kopieMitKennungen(p, resource);
		try {
			return Modelldatei.schreibe(resource);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The version after a change made as in the workbench: load, change, save. */
	static byte[] geaendert(byte[] datei, Consumer<Praxisbeispiel> aenderung) {
		Praxisbeispiel p = projekt(datei);
		aenderung.accept(p);
		return datei(p);
	}

	static Praxisbeispiel projekt(byte[] datei) {
		return (Praxisbeispiel) lies(datei).getContents().get(0);
	}

	static XMLResource lies(byte[] datei) {
		try {
			return Modelldatei.lies("p.xmi", datei);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
