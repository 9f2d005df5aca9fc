package org.quartierwerk.courses.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Checklistenergebnis;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.KursFactory;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Modulfortschritt;
import org.quartierwerk.courses.model.Netzwerkform;
import org.quartierwerk.courses.model.Netzwerkkooperation;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Punktergebnis;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.courses.model.Verbindlichkeit;
import org.quartierwerk.model.Kooperation;
import org.quartierwerk.model.Organisation;
import org.quartierwerk.model.Praxisbeispiel;

/** What a participant does in a course: join it, complete modules, work through checklists, map the network. */
public final class Kursarbeit {

	/** A new Teilnahme with an open entry for every module and checklist point of the course. */
	public static Teilnahme neueTeilnahme(Kurs kurs, String teilnehmende, String praxisprojekt) {
		return neueTeilnahme(kurs, null, teilnehmende, praxisprojekt);
	}

	/** A new Teilnahme with an open entry for every module and checklist point of the course and of its Vorgaben (may be null). */
	public static Teilnahme neueTeilnahme(Kurs kurs, Kursvorgaben vorgaben, String teilnehmende, String praxisprojekt) {
		Teilnahme teilnahme = KursFactory.eINSTANCE.createTeilnahme();
		teilnahme.setKurs(kurs);
		teilnahme.setTeilnehmende(teilnehmende);
		teilnahme.setPraxisprojekt(praxisprojekt);
		kurs.getModule().forEach(modul -> fortschritt(teilnahme, modul));
		checklisten(kurs, vorgaben).forEach(checkliste -> checkliste.getPunkte().forEach(punkt -> ergebnis(teilnahme, punkt)));
		return teilnahme;
	}

	/** The course's checklists, then those of the Kursleitung's Vorgaben (may be null). */
	public static List<Checkliste> checklisten(Kurs kurs, Kursvorgaben vorgaben) {
		List<Checkliste> alle = new ArrayList<>(kurs.getChecklisten());
		if (vorgaben != null) {
			alle.addAll(vorgaben.getChecklisten());
		}
		return alle;
	}

	/** The course's requirements, then those of the Kursleitung's Vorgaben (may be null). */
	public static List<Anforderung> anforderungen(Kurs kurs, Kursvorgaben vorgaben) {
		List<Anforderung> alle = new ArrayList<>(kurs.getAnforderungen());
		if (vorgaben != null) {
			alle.addAll(vorgaben.getAnforderungen());
		}
		return alle;
	}

	/** The module or checklist point of the course with this id. */
	public static Optional<EObject> element(Kurs kurs, String id) {
		return element(kurs, null, id);
	}

	/** The module or checklist point of the course or its Vorgaben (may be null) with this id. */
	public static Optional<EObject> element(Kurs kurs, Kursvorgaben vorgaben, String id) {
		Stream<EObject> module = kurs.getModule().stream().map(EObject.class::cast);
		Stream<EObject> punkte = checklisten(kurs, vorgaben).stream().flatMap(c -> c.getPunkte().stream());
		return Stream.concat(module, punkte).filter(e -> id.equals(e instanceof Modul m ? m.getId() : ((Pruefpunkt) e).getId()))
				.findFirst();
	}

	/** The checklist of the Vorgaben that the points added one by one go to, added (with this title) when missing. */
	public static Checkliste vorgabenCheckliste(Kursvorgaben vorgaben, String titel) {
		String id = vorgaben.getKurs() + ".vorgaben";
		return vorgaben.getChecklisten().stream().filter(c -> id.equals(c.getId())).findFirst().orElseGet(() -> {
			Checkliste neu = KursFactory.eINSTANCE.createCheckliste();
			neu.setId(id);
			neu.setTitel(titel);
			vorgaben.getChecklisten().add(neu);
			return neu;
		});
	}

	/** The first id {@code <praefix><n>} that neither the course nor its Vorgaben use. */
	public static String freieKennung(Kurs kurs, Kursvorgaben vorgaben, String praefix) {
		for (int n = 1;; n++) {
			String id = praefix + n;
			boolean vergeben = element(kurs, vorgaben, id).isPresent()
					|| checklisten(kurs, vorgaben).stream().anyMatch(c -> id.equals(c.getId()));
			if (!vergeben) {
				return id;
			}
		}
	}

	/** The progress of one module, added when missing. */
	public static Modulfortschritt fortschritt(Teilnahme teilnahme, Modul modul) {
		return teilnahme.getFortschritte().stream().filter(f -> f.getModul() == modul).findFirst().orElseGet(() -> {
			Modulfortschritt neu = KursFactory.eINSTANCE.createModulfortschritt();
			neu.setModul(modul);
			teilnahme.getFortschritte().add(neu);
			return neu;
		});
	}

	/** The answer to one checklist point, added (with its checklist's result) when missing. */
	public static Punktergebnis ergebnis(Teilnahme teilnahme, Pruefpunkt punkt) {
		Checkliste checkliste = (Checkliste) punkt.eContainer();
		Checklistenergebnis liste = teilnahme.getChecklisten().stream().filter(e -> e.getCheckliste() == checkliste).findFirst()
				.orElseGet(() -> {
					Checklistenergebnis neu = KursFactory.eINSTANCE.createChecklistenergebnis();
					neu.setCheckliste(checkliste);
					teilnahme.getChecklisten().add(neu);
					return neu;
				});
		return liste.getPunkte().stream().filter(e -> e.getPruefpunkt() == punkt).findFirst().orElseGet(() -> {
			Punktergebnis neu = KursFactory.eINSTANCE.createPunktergebnis();
			neu.setPruefpunkt(punkt);
			liste.getPunkte().add(neu);
			return neu;
		});
	}

	/** The answer to one checklist point; null when there is none yet. */
	public static Punktergebnis ergebnisOderNull(Teilnahme teilnahme, Pruefpunkt punkt) {
		return teilnahme.getChecklisten().stream().flatMap(e -> e.getPunkte().stream()).filter(e -> e.getPruefpunkt() == punkt)
				.findFirst().orElse(null);
	}

	public static void modulAbschliessen(Teilnahme teilnahme, Modul modul, Date am) {
		modulAbschliessen(teilnahme, modul, null, am);
	}

	/** Marks a module as completed, with a note (may be null; an earlier note stays when none is given). */
	public static void modulAbschliessen(Teilnahme teilnahme, Modul modul, String notiz, Date am) {
		Modulfortschritt fortschritt = fortschritt(teilnahme, modul);
		fortschritt.setAbgeschlossen(true);
		fortschritt.setAbgeschlossenAm(am);
		if (notiz != null && !notiz.isBlank()) {
			fortschritt.setNotiz(notiz);
		}
	}

	/** Ticks a checklist point and adds what was found, e.g. the Treffpunkte of the Stadtteilerkundung. */
	public static void punktErledigen(Teilnahme teilnahme, Pruefpunkt punkt, List<String> eintraege, String notiz, Date am) {
		Punktergebnis ergebnis = ergebnis(teilnahme, punkt);
		ergebnis.setErledigt(true);
		ergebnis.setErledigtAm(am);
		ergebnis.getEintraege().addAll(eintraege);
		if (notiz != null && !notiz.isBlank()) {
			ergebnis.setNotiz(notiz);
		}
	}

	/** Takes a tick back: the module or checklist point is open again, its date gone; entries and notes stay. */
	public static void oeffne(Teilnahme teilnahme, EObject element) {
		if (element instanceof Modul modul) {
			Modulfortschritt fortschritt = fortschritt(teilnahme, modul);
			fortschritt.setAbgeschlossen(false);
			fortschritt.setAbgeschlossenAm(null);
		} else if (element instanceof Pruefpunkt punkt) {
			Punktergebnis ergebnis = ergebnis(teilnahme, punkt);
			ergebnis.setErledigt(false);
			ergebnis.setErledigtAm(null);
		}
	}

	/** Whether a module or checklist point is done in the Teilnahme. */
	public static boolean erledigt(Teilnahme teilnahme, EObject element) {
		if (element instanceof Modul modul) {
			return teilnahme.getFortschritte().stream().anyMatch(f -> f.getModul() == modul && f.isAbgeschlossen());
		}
		Punktergebnis ergebnis = element instanceof Pruefpunkt punkt ? ergebnisOderNull(teilnahme, punkt) : null;
		return ergebnis != null && ergebnis.isErledigt();
	}

	/** A new actor on the map, with the next free id of the scheme {@code akteur-<n>}. */
	public static Akteur neuerAkteur(Akteurslandkarte karte, String name, Akteursart art) {
		Akteur akteur = KursFactory.eINSTANCE.createAkteur();
		akteur.setId("akteur-" + (karte.getAkteure().size() + 1));
		akteur.setName(name);
		akteur.setArt(art);
		karte.getAkteure().add(akteur);
		return akteur;
	}

	/**
	 * An Akteurslandkarte that starts from what the Praxisprojekt already says: its Träger, its partners and their
	 * cooperation with the Träger. The participant then adds the actors the project does not name.
	 */
	public static Akteurslandkarte akteurslandkarteAus(Praxisbeispiel projekt) {
		Akteurslandkarte karte = KursFactory.eINSTANCE.createAkteurslandkarte();
		Map<Organisation, Akteur> akteure = new LinkedHashMap<>();
		Organisation traeger = projekt.getTraeger();
		if (traeger != null) {
			akteure.put(traeger, akteur(karte, traeger));
		}
		List<Kooperation> kooperationen = new ArrayList<>(projekt.getKooperationen());
		for (Kooperation kooperation : kooperationen) {
			Organisation partner = kooperation.getPartner();
			if (partner == null || partner == traeger) {
				continue;
			}
			Akteur akteur = akteure.computeIfAbsent(partner, p -> akteur(karte, p));
			if (traeger != null) {
				Netzwerkkooperation verbindung = KursFactory.eINSTANCE.createNetzwerkkooperation();
				verbindung.setVon(akteure.get(traeger));
				verbindung.setZu(akteur);
				uebernimmForm(kooperation, verbindung);
				if (kooperation.getRolle() != null) {
					verbindung.setNotiz(kooperation.getRolle());
				}
				karte.getKooperationen().add(verbindung);
			}
		}
		return karte;
	}

	private static Akteur akteur(Akteurslandkarte karte, Organisation organisation) {
		Akteur akteur = neuerAkteur(karte, organisation.getName(), art(organisation));
		akteur.setAnsprechperson(organisation.getAnsprechperson());
		return akteur;
	}

	/** The project's partner types sorted into the actor types of the network analysis (docs/fachmodell.md §10.3). */
	private static Akteursart art(Organisation organisation) {
		if (!organisation.isSetAkteurstyp()) {
			return Akteursart.SONSTIGE;
		}
		return switch (organisation.getAkteurstyp()) {
		case KOMMUNE, LANDKREIS, BEHOERDE -> Akteursart.VERWALTUNG;
		case WOHLFAHRTSVERBAND -> Akteursart.WOHLFAHRTSVERBAND;
		case VEREIN, SELBSTHILFEGRUPPE, SENIORENBEIRAT -> Akteursart.VEREIN_INITIATIVE;
		case STIFTUNG, SELBSTHILFEKONTAKTSTELLE, FREIWILLIGENAGENTUR, MEHRGENERATIONENHAUS -> Akteursart.MITTLER;
		case WOHNUNGSWIRTSCHAFT, VERKEHRSBETRIEB -> Akteursart.UNTERNEHMEN;
		case HOCHSCHULE -> Akteursart.HOCHSCHULE;
		default -> Akteursart.SONSTIGE;
		};
	}

	/** The project's Kooperationsform names the way of working and the binding in one; the map keeps them apart. */
	private static void uebernimmForm(Kooperation kooperation, Netzwerkkooperation verbindung) {
		if (!kooperation.isSetForm()) {
			verbindung.setVerbindlichkeit(Verbindlichkeit.LOSE);
			return;
		}
		switch (kooperation.getForm()) {
		case ARBEITSGRUPPE -> {
			verbindung.setForm(Netzwerkform.ARBEITSGRUPPE);
			verbindung.setVerbindlichkeit(Verbindlichkeit.LOSE);
		}
		case INFORMATIONSAUSTAUSCH -> {
			verbindung.setForm(Netzwerkform.INFORMATIONSAUSTAUSCH);
			verbindung.setVerbindlichkeit(Verbindlichkeit.LOSE);
		}
		case SCHRIFTLICHE_KOOPERATIONSVEREINBARUNG -> verbindung.setVerbindlichkeit(Verbindlichkeit.SCHRIFTLICH_VEREINBART);
		default -> verbindung.setVerbindlichkeit(Verbindlichkeit.VERBINDLICH);
		}
	}

	private Kursarbeit() {
	}
}
