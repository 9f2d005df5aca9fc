package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.courses.Anforderungsstand;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.CourseService.Akteurangabe;
import org.quartierwerk.courses.CourseService.Verbindung;
import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Modulfortschritt;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Punktergebnis;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.courses.model.Verbindlichkeit;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.reports.Berichtsformat;

/**
 * {@code quartierwerk teilnahme …}: a participant's work in a course for a Praxisprojekt – join, tick modules and
 * checklist points, map the network, see what is missing, get the certificate. Every rule is the course service's; this
 * command turns arguments into its calls and its answers into lines. The English names of before still work, with a
 * hint.
 */
@Component(service = CliCommand.class)
public final class TeilnahmeCommand implements CliCommand {

	/** Options that take a value; those in {@link #WIEDERHOLBAR} may be given several times. */
	private static final Set<String> MIT_WERT = Set.of("--praxisbeispiel", "--teilnehmende", "--eintrag", "--notiz", "--akteur",
			"--kooperation", "--nach", "--format");
	private static final Set<String> WIEDERHOLBAR = Set.of("--eintrag", "--akteur", "--kooperation");
	private static final Set<String> SCHALTER = Set.of("--befreit", "--aus-praxisbeispiel");
	private static final FruehereNamen FRUEHER = new FruehereNamen(Map.of("list", "liste", "netzwerk", "akteurslandkarte",
			"--aus-projekt", "--aus-praxisbeispiel", "--projekt", "--praxisbeispiel", "--out", "--nach"));

	@Reference
	private CourseService kurse;

	@Reference
	private ErrorLog log;

	/** Positional arguments and options of one call. */
	private record Aufruf(List<String> woerter, Map<String, List<String>> optionen) {
		String option(String name) {
			List<String> werte = optionen.get(name);
			return werte == null ? null : werte.get(0);
		}

		List<String> alle(String name) {
			return optionen.getOrDefault(name, List.of());
		}

		boolean hat(String name) {
			return optionen.containsKey(name);
		}
	}

	@Override
	public Description description() {
		return new Description("teilnahme", "[liste] | anlegen|stand|erledigt|akteurslandkarte|zertifikat KURS --praxisbeispiel NAME …",
				Messages.teilnahmeSummary);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String aktion = args.isEmpty() ? "liste" : FRUEHER.name(args.get(0), err);
		Aufruf aufruf = parse(FRUEHER.optionen(args.isEmpty() ? List.of() : args.subList(1, args.size()), err), err);
		if (aufruf == null) {
			return USAGE;
		}
		try {
			if (aktion.equals("liste")) {
				return liste(out);
			}
			List<String> woerter = aufruf.woerter();
			String projekt = aufruf.option("--praxisbeispiel");
			if (woerter.isEmpty() || projekt == null || !Set.of("anlegen", "stand", "erledigt", "akteurslandkarte", "zertifikat")
					.contains(aktion)) {
				err.println(Messages.teilnahmeUsage);
				return USAGE;
			}
			String kursId = woerter.get(0);
			if (aktion.equals("anlegen")) {
				return anlegen(kursId, projekt, aufruf, out, err);
			}
			Optional<Teilnahme> teilnahme = kurse.teilnahme(kursId, projekt);
			if (teilnahme.isEmpty()) {
				err.println(kurse.kurs(kursId).isEmpty() ? NLS.bind(Messages.teilnahmeUnknownCourse, kursId)
						: NLS.bind(Messages.teilnahmeMissing, kursId, projekt));
				return FAILED;
			}
			return switch (aktion) {
			case "stand" -> stand(teilnahme.get(), out);
			case "erledigt" -> erledigt(teilnahme.get(), aufruf, out, err);
			case "akteurslandkarte" -> akteurslandkarte(teilnahme.get(), aufruf, out, err);
			default -> zertifikat(teilnahme.get(), aufruf, out, err);
			};
		} catch (CourseException e) {
			err.println(Fehler.text(e, log, "quartierwerk teilnahme " + String.join(" ", args)));
			e.offen().forEach(offen -> err.println("  - " + offen));
			return FAILED;
		}
	}

	private int liste(PrintStream out) throws CourseException {
		List<Teilnahme> alle = kurse.teilnahmen();
		if (alle.isEmpty()) {
			out.println(Messages.teilnahmeNone);
		}
		for (Teilnahme teilnahme : alle) {
			List<Anforderungsstand> stand = kurse.stand(teilnahme, null);
			long abgeschlossen = teilnahme.getFortschritte().stream().filter(Modulfortschritt::isAbgeschlossen).count();
			out.println(NLS.bind(Messages.teilnahmeLine, new Object[] { teilnahme.getKurs().getId(), teilnahme.getPraxisprojekt(),
					teilnahme.getTeilnehmende(), abgeschlossen + "/" + teilnahme.getKurs().getModule().size(),
					stand.stream().filter(Anforderungsstand::erfuellt).count() + "/" + stand.size() }));
		}
		return OK;
	}

	private int anlegen(String kursId, String projekt, Aufruf aufruf, PrintStream out, PrintStream err) throws CourseException {
		String teilnehmende = aufruf.option("--teilnehmende");
		if (teilnehmende == null || teilnehmende.isBlank()) {
			err.println(Messages.teilnahmeUsage);
			return USAGE;
		}
		Teilnahme teilnahme = kurse.nimmTeil(kursId, projekt, teilnehmende, aufruf.hat("--befreit"));
		out.println(NLS.bind(Messages.teilnahmeCreated, new Object[] { teilnahme.getTeilnehmende(), teilnahme.getKurs().getTitel(),
				projekt, kurse.datei(kursId, projekt) }));
		return OK;
	}

	private int stand(Teilnahme teilnahme, PrintStream out) throws CourseException {
		Kurs kurs = teilnahme.getKurs();
		out.println(NLS.bind(Messages.teilnahmeHeading, new Object[] { teilnahme.getTeilnehmende(), kurs.getTitel(),
				teilnahme.getPraxisprojekt() }));
		out.println(Messages.teilnahmeModules);
		for (Modul modul : kurs.getModule()) {
			out.println(NLS.bind(Messages.teilnahmeItem, new Object[] { haken(teilnahme, modul.getId()), modul.getId(), modul.getTitel() }));
		}
		for (Checkliste liste : kurse.checklisten(kurs)) {
			out.println(liste.getTitel() + (CourseService.vonKursleitung(liste) ? Messages.teilnahmeVorgabe : "") + ":");
			for (Pruefpunkt punkt : liste.getPunkte()) {
				out.println(NLS.bind(Messages.teilnahmeItem, new Object[] { haken(teilnahme, punkt.getId()), punkt.getId(),
						punkt.getFrage() + (punkt.isPflicht() ? "" : Messages.teilnahmeOptional) }));
				List<String> eintraege = teilnahme.getChecklisten().stream().flatMap(e -> e.getPunkte().stream())
						.filter(e -> e.getPruefpunkt() == punkt).findFirst().map(Punktergebnis::getEintraege).orElse(null);
				if (eintraege != null && !eintraege.isEmpty()) {
					out.println("        " + String.join("; ", eintraege));
				}
			}
		}
		out.println(Messages.teilnahmeRequirements);
		for (Anforderungsstand stand : kurse.stand(teilnahme, null)) {
			out.println(NLS.bind(Messages.teilnahmeItem, new Object[] { stand.erfuellt() ? "[x]" : "[ ]",
					Bezeichnungen.von(stand.anforderung().getArt()), stand.befund() + (stand.vonKursleitung() ? Messages.teilnahmeVorgabe : "") }));
		}
		return OK;
	}

	/** Ticks one or more modules and checklist points; entries and a note need exactly one point. */
	private int erledigt(Teilnahme teilnahme, Aufruf aufruf, PrintStream out, PrintStream err) throws CourseException {
		List<String> ids = aufruf.woerter().subList(1, aufruf.woerter().size());
		boolean mitAngaben = aufruf.hat("--eintrag") || aufruf.hat("--notiz");
		if (ids.isEmpty() || (mitAngaben && ids.size() != 1)) {
			err.println(Messages.teilnahmeUsage);
			return USAGE;
		}
		kurse.erledige(teilnahme, ids, aufruf.alle("--eintrag"), aufruf.option("--notiz"));
		Kurs kurs = teilnahme.getKurs();
		for (String id : ids) {
			kurs.getModule().stream().filter(m -> m.getId().equals(id)).findFirst()
					.ifPresent(modul -> out.println(NLS.bind(Messages.teilnahmeModuleDone, modul.getTitel())));
			kurse.checklisten(kurs).stream().flatMap(c -> c.getPunkte().stream()).filter(p -> p.getId().equals(id)).findFirst()
					.ifPresent(punkt -> out.println(NLS.bind(Messages.teilnahmePointDone, punkt.getFrage())));
		}
		return OK;
	}

	private int akteurslandkarte(Teilnahme teilnahme, Aufruf aufruf, PrintStream out, PrintStream err) throws CourseException {
		List<Akteurangabe> akteure = new ArrayList<>();
		for (String angabe : aufruf.alle("--akteur")) {
			String[] teile = angabe.split(";", -1);
			Optional<Akteursart> art = teile.length == 2 ? Bezeichnungen.finde(Akteursart.class, teile[1]) : Optional.empty();
			if (teile[0].isBlank() || art.isEmpty()) {
				err.println(NLS.bind(Messages.teilnahmeBadActor, angabe, arten(Akteursart.values())));
				return USAGE;
			}
			akteure.add(new Akteurangabe(teile[0], art.get()));
		}
		List<Verbindung> verbindungen = new ArrayList<>();
		for (String angabe : aufruf.alle("--kooperation")) {
			String[] teile = angabe.split(";", -1);
			Optional<Verbindlichkeit> verbindlichkeit = teile.length == 3 ? Bezeichnungen.finde(Verbindlichkeit.class, teile[2])
					: Optional.empty();
			if (verbindlichkeit.isEmpty() || teile[0].isBlank() || teile[1].isBlank()) {
				err.println(NLS.bind(Messages.teilnahmeBadCooperation, angabe, arten(Verbindlichkeit.values())));
				return USAGE;
			}
			verbindungen.add(new Verbindung(teile[0], teile[1], verbindlichkeit.get()));
		}
		Akteurslandkarte karte = kurse.ergaenzeAkteurslandkarte(teilnahme, aufruf.hat("--aus-praxisbeispiel"), akteure, verbindungen);
		for (Akteur akteur : karte.getAkteure()) {
			long kooperationen = karte.getKooperationen().stream().filter(k -> k.getVon() == akteur || k.getZu() == akteur).count();
			out.println(NLS.bind(Messages.teilnahmeActorLine, new Object[] { akteur.getName(), Bezeichnungen.von(akteur.getArt()),
					kooperationen }));
		}
		out.println(NLS.bind(Messages.teilnahmeNetworkSaved, karte.getAkteure().size(), karte.getKooperationen().size()));
		return OK;
	}

	private int zertifikat(Teilnahme teilnahme, Aufruf aufruf, PrintStream out, PrintStream err) throws CourseException {
		Kurs kurs = teilnahme.getKurs();
		if (!kurse.vergibtZertifikat(kurs)) {
			err.println(NLS.bind(Messages.teilnahmeNoCertificate, new Object[] { kurs.getTitel(), kurs.getId(), teilnahme.getPraxisprojekt() }));
			return FAILED;
		}
		String ziel = aufruf.option("--nach");
		Berichtsformat format = Berichtsformat.von(Optional.ofNullable(aufruf.option("--format")).orElse("pdf")).orElse(null);
		if (ziel == null || format == null) {
			err.println(Messages.teilnahmeUsage);
			return USAGE;
		}
		kurse.erstelleZertifikat(teilnahme, null, format, Path.of(ziel));
		out.println(NLS.bind(Messages.reportWritten, ziel));
		return OK;
	}

	private String haken(Teilnahme teilnahme, String elementId) {
		return kurse.erledigt(teilnahme, elementId) ? "[x]" : "[ ]";
	}

	private static String arten(Enumerator[] literale) {
		return Arrays.stream(literale).map(Bezeichnungen::von).collect(Collectors.joining(", "));
	}

	private static Aufruf parse(List<String> args, PrintStream err) {
		List<String> woerter = new ArrayList<>();
		Map<String, List<String>> optionen = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (SCHALTER.contains(arg)) {
				optionen.put(arg, List.of());
			} else if (MIT_WERT.contains(arg)) {
				if (i + 1 >= args.size()) {
					err.println(NLS.bind(Messages.optionNeedsValue, arg));
					return null;
				}
				if (optionen.containsKey(arg) && !WIEDERHOLBAR.contains(arg)) {
					err.println(NLS.bind(Messages.teilnahmeOptionTwice, arg));
					return null;
				}
				optionen.computeIfAbsent(arg, k -> new ArrayList<>()).add(args.get(++i));
			} else if (arg.startsWith("--")) {
				err.println(NLS.bind(Messages.unknownOption, arg, "teilnahme"));
				return null;
			} else {
				woerter.add(arg);
			}
		}
		return new Aufruf(woerter, optionen);
	}
}
