package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.courses.Akteur;
import org.quartierwerk.courses.Akteursart;
import org.quartierwerk.courses.Akteurslandkarte;
import org.quartierwerk.courses.Anforderungspruefung;
import org.quartierwerk.courses.Anforderungsstand;
import org.quartierwerk.courses.CourseRegistry;
import org.quartierwerk.courses.Kurs;
import org.quartierwerk.courses.KursFactory;
import org.quartierwerk.courses.Kursarbeit;
import org.quartierwerk.courses.Kursberichtsdaten;
import org.quartierwerk.courses.Modul;
import org.quartierwerk.courses.Modulfortschritt;
import org.quartierwerk.courses.Netzwerkkooperation;
import org.quartierwerk.courses.Pruefpunkt;
import org.quartierwerk.courses.Punktergebnis;
import org.quartierwerk.courses.Teilnahme;
import org.quartierwerk.courses.TeilnahmeStore;
import org.quartierwerk.courses.Verbindlichkeit;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportException;
import org.quartierwerk.reports.ReportService;

/**
 * {@code quartierwerk teilnahme …}: a participant's work in a course for a Praxisprojekt – join, tick modules and
 * checklist points, map the network, see what is missing, get the certificate.
 * <p>
 * Größe: the subcommands of teilnahme (liste, anlegen, stand, erledigt, netzwerk, zertifikat) with their argument
 * parsing in one place; the course rules it still holds move into the course service (issue 16), and it shrinks
 * with that.
 */
@Component(service = CliCommand.class)
public final class TeilnahmeCommand implements CliCommand {

	/** Options that take a value; those in {@link #WIEDERHOLBAR} may be given several times. */
	private static final Set<String> MIT_WERT = Set.of("--projekt", "--teilnehmende", "--eintrag", "--notiz", "--akteur",
			"--kooperation", "--out", "--format");
	private static final Set<String> WIEDERHOLBAR = Set.of("--eintrag", "--akteur", "--kooperation");
	private static final Set<String> SCHALTER = Set.of("--befreit", "--aus-projekt");

	@Reference
	private TeilnahmeStore teilnahmen;

	@Reference
	private CourseRegistry registry;

	@Reference
	private PraxisbeispielStore store;

	@Reference
	private ReportService reports;

	@Reference
	private WorkspaceLocator workspace;

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
	public String name() {
		return "teilnahme";
	}

	@Override
	public String arguments() {
		return "[list] | anlegen|stand|erledigt|netzwerk|zertifikat KURS --projekt NAME …";
	}

	@Override
	public String summary() {
		return Messages.teilnahmeSummary;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Aufruf aufruf = parse(args, err);
		if (aufruf == null) {
			return USAGE;
		}
		List<String> woerter = aufruf.woerter();
		String aktion = woerter.isEmpty() ? "list" : woerter.get(0);
		if (aktion.equals("list")) {
			return liste(out);
		}
		if (woerter.size() < 2 || aufruf.option("--projekt") == null) {
			err.println(Messages.teilnahmeUsage);
			return USAGE;
		}
		Optional<Kurs> kurs = registry.kurs(woerter.get(1));
		if (kurs.isEmpty()) {
			err.println(NLS.bind(Messages.teilnahmeUnknownCourse, woerter.get(1)));
			return FAILED;
		}
		String projekt = aufruf.option("--projekt");
		try {
			if (!store.names().contains(projekt)) {
				err.println(NLS.bind(Messages.teilnahmeUnknownProject, projekt));
				return FAILED;
			}
			if (aktion.equals("anlegen")) {
				return anlegen(kurs.get(), projekt, aufruf, out, err);
			}
			Optional<Teilnahme> teilnahme = teilnahmen.teilnahme(kurs.get().getId(), projekt);
			if (teilnahme.isEmpty()) {
				err.println(NLS.bind(Messages.teilnahmeMissing, kurs.get().getId(), projekt));
				return FAILED;
			}
			return switch (aktion) {
			case "stand" -> stand(teilnahme.get(), store.load(projekt), out);
			case "erledigt" -> erledigt(teilnahme.get(), aufruf, out, err);
			case "netzwerk" -> netzwerk(teilnahme.get(), store.load(projekt), aufruf, out, err);
			case "zertifikat" -> zertifikat(teilnahme.get(), store.load(projekt), aufruf, out, err);
			default -> {
				err.println(Messages.teilnahmeUsage);
				yield USAGE;
			}
			};
		} catch (StoreException e) {
			err.println(e.getMessage());
			return FAILED;
		}
	}

	private int liste(PrintStream out) throws StoreException {
		List<Teilnahme> alle = teilnahmen.teilnahmen();
		if (alle.isEmpty()) {
			out.println(Messages.teilnahmeNone);
		}
		for (Teilnahme teilnahme : alle) {
			List<Anforderungsstand> stand = Anforderungspruefung.pruefe(teilnahme, projektOderNull(teilnahme.getPraxisprojekt()));
			long abgeschlossen = teilnahme.getFortschritte().stream().filter(Modulfortschritt::isAbgeschlossen).count();
			out.println(NLS.bind(Messages.teilnahmeLine, new Object[] { teilnahme.getKurs().getId(), teilnahme.getPraxisprojekt(),
					teilnahme.getTeilnehmende(), abgeschlossen + "/" + teilnahme.getKurs().getModule().size(),
					stand.stream().filter(Anforderungsstand::erfuellt).count() + "/" + stand.size() }));
		}
		return OK;
	}

	private int anlegen(Kurs kurs, String projekt, Aufruf aufruf, PrintStream out, PrintStream err) throws StoreException {
		String teilnehmende = aufruf.option("--teilnehmende");
		if (teilnehmende == null || teilnehmende.isBlank()) {
			err.println(Messages.teilnahmeUsage);
			return USAGE;
		}
		if (teilnahmen.teilnahme(kurs.getId(), projekt).isPresent()) {
			err.println(NLS.bind(Messages.teilnahmeExists, kurs.getId(), projekt));
			return FAILED;
		}
		Teilnahme teilnahme = Kursarbeit.neueTeilnahme(kurs, teilnehmende, projekt);
		teilnahme.setGebuehrBefreit(aufruf.hat("--befreit"));
		teilnahmen.save(teilnahme);
		out.println(NLS.bind(Messages.teilnahmeCreated, new Object[] { teilnehmende, kurs.getTitel(), projekt,
				teilnahmen.file(kurs.getId(), projekt) }));
		return OK;
	}

	private int stand(Teilnahme teilnahme, Praxisbeispiel projekt, PrintStream out) {
		Kurs kurs = teilnahme.getKurs();
		out.println(NLS.bind(Messages.teilnahmeHeading, new Object[] { teilnahme.getTeilnehmende(), kurs.getTitel(),
				teilnahme.getPraxisprojekt() }));
		out.println(Messages.teilnahmeModules);
		for (Modul modul : kurs.getModule()) {
			boolean fertig = teilnahme.getFortschritte().stream().anyMatch(f -> f.getModul() == modul && f.isAbgeschlossen());
			out.println(NLS.bind(Messages.teilnahmeItem, new Object[] { fertig ? "[x]" : "[ ]", modul.getId(), modul.getTitel() }));
		}
		kurs.getChecklisten().forEach(liste -> {
			out.println(liste.getTitel() + ":");
			for (Pruefpunkt punkt : liste.getPunkte()) {
				Punktergebnis ergebnis = Kursarbeit.ergebnisOderNull(teilnahme, punkt);
				boolean fertig = ergebnis != null && ergebnis.isErledigt();
				out.println(NLS.bind(Messages.teilnahmeItem, new Object[] { fertig ? "[x]" : "[ ]", punkt.getId(),
						punkt.getFrage() + (punkt.isPflicht() ? "" : Messages.teilnahmeOptional) }));
				if (ergebnis != null && !ergebnis.getEintraege().isEmpty()) {
					out.println("        " + String.join("; ", ergebnis.getEintraege()));
				}
			}
		});
		out.println(Messages.teilnahmeRequirements);
		for (Anforderungsstand stand : Anforderungspruefung.pruefe(teilnahme, projekt)) {
			out.println(NLS.bind(Messages.teilnahmeItem, new Object[] { stand.erfuellt() ? "[x]" : "[ ]",
					Bezeichnungen.von(stand.anforderung().getArt()), stand.befund() }));
		}
		return OK;
	}

	/** Ticks one or more modules and checklist points; entries and a note need exactly one point. */
	private int erledigt(Teilnahme teilnahme, Aufruf aufruf, PrintStream out, PrintStream err) throws StoreException {
		List<String> ids = aufruf.woerter().subList(2, aufruf.woerter().size());
		boolean mitAngaben = aufruf.hat("--eintrag") || aufruf.hat("--notiz");
		if (ids.isEmpty() || (mitAngaben && ids.size() != 1)) {
			err.println(Messages.teilnahmeUsage);
			return USAGE;
		}
		List<EObject> elemente = new ArrayList<>();
		for (String id : ids) {
			Optional<EObject> element = Kursarbeit.element(teilnahme.getKurs(), id);
			if (element.isEmpty()) {
				err.println(NLS.bind(Messages.teilnahmeUnknownItem, id, teilnahme.getKurs().getId()));
				return FAILED;
			}
			elemente.add(element.get());
		}
		Date heute = new Date();
		for (EObject element : elemente) {
			if (element instanceof Modul modul) {
				Kursarbeit.modulAbschliessen(teilnahme, modul, heute);
				out.println(NLS.bind(Messages.teilnahmeModuleDone, modul.getTitel()));
			} else {
				Pruefpunkt punkt = (Pruefpunkt) element;
				Kursarbeit.punktErledigen(teilnahme, punkt, aufruf.alle("--eintrag"), aufruf.option("--notiz"), heute);
				out.println(NLS.bind(Messages.teilnahmePointDone, punkt.getFrage()));
			}
		}
		teilnahmen.save(teilnahme);
		return OK;
	}

	private int netzwerk(Teilnahme teilnahme, Praxisbeispiel projekt, Aufruf aufruf, PrintStream out, PrintStream err)
			throws StoreException {
		if (aufruf.hat("--aus-projekt")) {
			teilnahme.setAkteurslandkarte(Kursarbeit.akteurslandkarteAus(projekt));
		}
		if (teilnahme.getAkteurslandkarte() == null) {
			teilnahme.setAkteurslandkarte(KursFactory.eINSTANCE.createAkteurslandkarte());
		}
		Akteurslandkarte karte = teilnahme.getAkteurslandkarte();
		for (String angabe : aufruf.alle("--akteur")) {
			String[] teile = angabe.split(";", -1);
			Optional<Akteursart> art = teile.length == 2 ? Bezeichnungen.finde(Akteursart.class, teile[1]) : Optional.empty();
			if (teile[0].isBlank() || art.isEmpty()) {
				err.println(NLS.bind(Messages.teilnahmeBadActor, angabe, arten(Akteursart.values())));
				return USAGE;
			}
			Akteur akteur = KursFactory.eINSTANCE.createAkteur();
			akteur.setId("akteur-" + (karte.getAkteure().size() + 1));
			akteur.setName(teile[0].strip());
			akteur.setArt(art.get());
			karte.getAkteure().add(akteur);
		}
		for (String angabe : aufruf.alle("--kooperation")) {
			String[] teile = angabe.split(";", -1);
			Optional<Akteur> von = teile.length == 3 ? akteur(karte, teile[0]) : Optional.empty();
			Optional<Akteur> zu = teile.length == 3 ? akteur(karte, teile[1]) : Optional.empty();
			Optional<Verbindlichkeit> verbindlichkeit = teile.length == 3 ? Bezeichnungen.finde(Verbindlichkeit.class, teile[2])
					: Optional.empty();
			if (von.isEmpty() || zu.isEmpty() || verbindlichkeit.isEmpty()) {
				err.println(NLS.bind(Messages.teilnahmeBadCooperation, angabe, arten(Verbindlichkeit.values())));
				return USAGE;
			}
			Netzwerkkooperation kooperation = KursFactory.eINSTANCE.createNetzwerkkooperation();
			kooperation.setVon(von.get());
			kooperation.setZu(zu.get());
			kooperation.setVerbindlichkeit(verbindlichkeit.get());
			karte.getKooperationen().add(kooperation);
		}
		teilnahmen.save(teilnahme);
		Kursberichtsdaten daten = new Kursberichtsdaten(teilnahme, projekt);
		for (int i = 0; i < daten.anzahl("akteure"); i++) {
			out.println(NLS.bind(Messages.teilnahmeActorLine, new Object[] { daten.wert("akteure", i, "name"),
					daten.wert("akteure", i, "art"), daten.wert("akteure", i, "kooperationen") }));
		}
		out.println(NLS.bind(Messages.teilnahmeNetworkSaved, karte.getAkteure().size(), karte.getKooperationen().size()));
		return OK;
	}

	private int zertifikat(Teilnahme teilnahme, Praxisbeispiel projekt, Aufruf aufruf, PrintStream out, PrintStream err)
			throws Exception {
		Kurs kurs = teilnahme.getKurs();
		Optional<Berichtsvorlage> vorlage = reports.vorlagen().stream()
				.filter(v -> v.kurs().equals(kurs.getId()) && v.id().contains("zertifikat")).findFirst();
		if (vorlage.isEmpty()) {
			err.println(NLS.bind(Messages.teilnahmeNoCertificate, kurs.getTitel()));
			return FAILED;
		}
		String ziel = aufruf.option("--out");
		Berichtsformat format = Berichtsformat.von(Optional.ofNullable(aufruf.option("--format")).orElse("pdf")).orElse(null);
		if (ziel == null || format == null) {
			err.println(Messages.teilnahmeUsage);
			return USAGE;
		}
		Path datei = workspace.outsideWorkspace(Path.of(ziel));
		List<String> offen = Anforderungspruefung.offen(Anforderungspruefung.pruefe(teilnahme, projekt));
		if (!offen.isEmpty()) {
			err.println(NLS.bind(Messages.teilnahmeNotYet, kurs.getTitel()));
			offen.forEach(o -> err.println("  - " + o));
			return FAILED;
		}
		if (teilnahme.getZertifikatErteiltAm() == null) {
			teilnahme.setZertifikatErteiltAm(new Date());
			teilnahmen.save(teilnahme);
		}
		try {
			DurableFile.write(datei, false, stream -> reports.render(vorlage.get().id(), List.of(projekt),
					Map.of(Kursberichtsdaten.APP_CONTEXT_KEY, new Kursberichtsdaten(teilnahme, projekt)), format, stream));
		} catch (ReportException e) {
			err.println(Fehler.text(e, log, "quartierwerk teilnahme zertifikat " + kurs.getId()));
			return FAILED;
		}
		out.println(NLS.bind(Messages.reportWritten, ziel));
		return OK;
	}

	private Praxisbeispiel projektOderNull(String name) {
		try {
			return store.names().contains(name) ? store.load(name) : null;
		} catch (StoreException e) {
			return null;
		}
	}

	private static Optional<Akteur> akteur(Akteurslandkarte karte, String name) {
		return karte.getAkteure().stream().filter(a -> a.getName().equalsIgnoreCase(name.strip())).findFirst();
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
