package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Anforderung;
import org.quartierwerk.courses.model.Anforderungsart;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.model.Bezeichnungen;

/**
 * {@code quartierwerk kurs vorgaben KURS …}: the Vorgaben der Kursleitung of a course (docs/kurse.md) – shown, taken from
 * a file, or one requirement or checklist point more. Every rule is the course service's.
 */
final class Kursvorgabenbefehl {

	private static final Set<String> OPTIONEN = Set.of("--datei", "--anforderung", "--beschreibung", "--punkt", "--erfassen");
	private static final int OK = CliCommand.OK;
	private static final int USAGE = CliCommand.USAGE;
	private static final int FAILED = CliCommand.FAILED;

	private final CourseService kurse;

	Kursvorgabenbefehl(CourseService kurse) {
		this.kurse = kurse;
	}

	/**
	 * Shows the Vorgaben of a course, or sets them: from a file the trainer wrote ({@code --datei}), or one requirement
	 * ({@code --anforderung}) or checklist point ({@code --punkt}) more.
	 */
	int run(List<String> args, PrintStream out, PrintStream err) throws CourseException {
		if (args.isEmpty() || args.get(0).startsWith("--")) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		String kursId = args.get(0);
		Map<String, String> optionen = new LinkedHashMap<>();
		for (int i = 1; i < args.size(); i++) {
			String name = args.get(i);
			if (!OPTIONEN.contains(name)) {
				err.println(NLS.bind(Messages.unknownOption, name, "kurs vorgaben"));
			} else if (i + 1 >= args.size()) {
				err.println(NLS.bind(Messages.optionNeedsValue, name));
			}
			if (!OPTIONEN.contains(name) || i + 1 >= args.size() || optionen.containsKey(name)) {
				err.println(Messages.kursUsage);
				return USAGE;
			}
			optionen.put(name, args.get(++i));
		}
		Kurs kurs = kurse.kurs(kursId).orElse(null);
		if (kurs == null) {
			err.println(NLS.bind(Messages.teilnahmeUnknownCourse, kursId));
			return FAILED;
		}
		long aktionen = Stream.of("--datei", "--anforderung", "--punkt").filter(optionen::containsKey).count();
		boolean beschreibungOhneAnforderung = optionen.containsKey("--beschreibung") && !optionen.containsKey("--anforderung");
		boolean erfassenOhnePunkt = optionen.containsKey("--erfassen") && !optionen.containsKey("--punkt");
		if (aktionen > 1 || beschreibungOhneAnforderung || erfassenOhnePunkt) {
			err.println(Messages.kursUsage);
			return USAGE;
		}
		if (aktionen == 0) {
			zeigeVorgaben(kurs, out);
			return OK;
		}
		Kursvorgaben vorgaben;
		if (optionen.containsKey("--datei")) {
			Path datei = Path.of(optionen.get("--datei"));
			if (!Files.isRegularFile(datei)) {
				err.println(NLS.bind(Messages.kursVorgabenFileMissing, datei));
				return FAILED;
			}
			vorgaben = kurse.uebernimmVorgaben(kursId, datei);
		} else if (optionen.containsKey("--anforderung")) {
			String angabe = optionen.get("--anforderung");
			Optional<Anforderungsart> art = Bezeichnungen.finde(Anforderungsart.class, angabe);
			if (art.isEmpty()) {
				err.println(NLS.bind(Messages.kursBadRequirement, angabe, Arrays.stream(Anforderungsart.values())
						.map(Bezeichnungen::von).collect(Collectors.joining(", "))));
				return USAGE;
			}
			vorgaben = kurse.ergaenzeAnforderung(kursId, art.get(), optionen.get("--beschreibung"));
		} else {
			vorgaben = kurse.ergaenzePunkt(kursId, optionen.get("--punkt"), optionen.get("--erfassen"));
		}
		zeigeVorgaben(kurs, out);
		out.println(NLS.bind(Messages.kursVorgabenSaved, new Object[] { kurse.vorgabenDatei(kursId), vorgaben.getAnforderungen().size(),
				vorgaben.getChecklisten().stream().mapToInt(c -> c.getPunkte().size()).sum() }));
		return OK;
	}

	private void zeigeVorgaben(Kurs kurs, PrintStream out) throws CourseException {
		Optional<Kursvorgaben> vorgaben = kurse.vorgaben(kurs.getId());
		if (vorgaben.isEmpty()) {
			out.println(NLS.bind(Messages.kursVorgabenNone, kurs.getTitel(), kurse.vorgabenDatei(kurs.getId())));
			return;
		}
		out.println(NLS.bind(Messages.kursVorgabenHeading, kurs.getTitel(), kurse.vorgabenDatei(kurs.getId())));
		for (Anforderung anforderung : vorgaben.get().getAnforderungen()) {
			String beschreibung = anforderung.getBeschreibung() == null ? "" : " – " + anforderung.getBeschreibung();
			out.println(NLS.bind(Messages.kursVorgabenRequirement, Bezeichnungen.von(anforderung.getArt()), beschreibung));
		}
		for (Checkliste liste : vorgaben.get().getChecklisten()) {
			for (Pruefpunkt punkt : liste.getPunkte()) {
				out.println(NLS.bind(Messages.kursVorgabenPoint, new Object[] { liste.getTitel(), punkt.getId(), punkt.getFrage() }));
			}
		}
	}
}
