package org.quartierwerk.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Teilnahme;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.Berichtszeitraum;
import org.quartierwerk.reports.ReportException;
import org.quartierwerk.reports.ReportService;

/**
 * {@code quartierwerk bericht --vorlagen} and
 * {@code bericht --vorlage ID [--praxisbeispiel NAME|DATEI | --alle] [--von DATUM --bis DATUM] [--format pdf|docx|odt|html]
 * --nach DATEI|ORDNER}; the period only for a template that reads one (e.g. the Wirkungsbericht).
 */
@Component(service = CliCommand.class)
public final class ReportCommand implements CliCommand {

	@Reference
	private ReportService reports;

	@Reference
	private PraxisbeispielStore store;

	@Reference
	private CourseService kurse;

	@Reference
	private WorkspaceLocator workspace;

	@Reference
	private ErrorLog log;

	/** Former option names → current ones. */
	private static final FruehereNamen FRUEHERE_OPTIONEN = new FruehereNamen(Map.of("--list", "--vorlagen", "--template", "--vorlage",
			"--projekt", "--praxisbeispiel", "--out", "--nach"));

	@Override
	public Description description() {
		return new Description("bericht",
				"--vorlagen | --vorlage ID [--praxisbeispiel NAME|DATEI | --alle] [--von DATUM --bis DATUM] [--format pdf|docx|odt|html] "
						+ "--nach DATEI|ORDNER",
				Messages.reportSummary).formerly("report");
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Map<String, String> optionen = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String option = FRUEHERE_OPTIONEN.name(args.get(i), err);
			switch (option) {
			case "--vorlagen", "--alle" -> optionen.put(option, "");
			case "--vorlage", "--praxisbeispiel", "--format", "--nach", "--von", "--bis" -> {
				if (i + 1 >= args.size()) {
					err.println(NLS.bind(Messages.optionNeedsValue, option));
					return USAGE;
				}
				optionen.put(option, args.get(++i));
			}
			default -> {
				err.println(NLS.bind(Messages.unknownOption, option, description().name()));
				return USAGE;
			}
			}
		}
		if (optionen.containsKey("--vorlagen")) {
			return liste(out);
		}
		String id = optionen.get("--vorlage");
		if (id == null) {
			err.println(Messages.reportNeedsTemplate);
			return USAGE;
		}
		Berichtsvorlage vorlage = reports.vorlagen().stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
		if (vorlage == null) {
			err.println(NLS.bind(Messages.reportUnknownTemplate, id,
					reports.vorlagen().stream().map(Berichtsvorlage::id).collect(Collectors.joining(", "))));
			return USAGE;
		}
		Berichtsformat format = Berichtsformat.von(optionen.getOrDefault("--format", "pdf")).orElse(null);
		if (format == null || !vorlage.formate().contains(format)) {
			err.println(NLS.bind(Messages.reportUnsupportedFormat, new Object[] { id, optionen.get("--format"),
					vorlage.formate().stream().map(Berichtsformat::endung).collect(Collectors.joining(", ")) }));
			return USAGE;
		}
		if (optionen.get("--nach") == null) {
			err.println(Messages.reportNeedsOut);
			return USAGE;
		}
		Map<String, Object> zeitraum;
		try {
			zeitraum = zeitraum(vorlage, optionen.get("--von"), optionen.get("--bis"));
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		Path ziel = workspace.outsideWorkspace(Path.of(optionen.get("--nach")));
		if (vorlage.sammlung()) {
			Sammlungsdaten sammlung = Sammlungsdaten.lade(store, err);
			int ergebnis = einzeln(vorlage, List.copyOf(sammlung.beispiele().values()), Map.of(), format, ziel, out, err);
			if (ergebnis == OK && sammlung.unlesbar() > 0) {
				err.println(NLS.bind(Messages.reportCollectionIncomplete, sammlung.unlesbar()));
				return FAILED;
			}
			return ergebnis;
		}
		if (optionen.containsKey("--alle")) {
			return alle(vorlage, zeitraum, format, ziel, out, err);
		}
		String projekt = optionen.get("--praxisbeispiel");
		if (projekt == null) {
			err.println(NLS.bind(Messages.reportNeedsProject, id));
			return USAGE;
		}
		Praxisbeispiel beispiel;
		Map<String, Object> zusatz;
		try {
			boolean imArbeitsbereich = store.names().contains(projekt);
			beispiel = imArbeitsbereich ? store.load(projekt) : store.load(Path.of(projekt));
			zusatz = imArbeitsbereich ? zusatzdaten(vorlage, projekt, beispiel) : Map.of();
		} catch (StoreException | CourseException e) {
			err.println(e.getMessage());
			return FAILED;
		}
		return einzeln(vorlage, List.of(beispiel), mit(zusatz, zeitraum), format, ziel, out, err);
	}

	/**
	 * The period of {@code --von} and {@code --bis} for the render call: both or neither, and only for a template that
	 * reads one.
	 *
	 * @throws IllegalArgumentException with the German message for the user
	 */
	private static Map<String, Object> zeitraum(Berichtsvorlage vorlage, String von, String bis) {
		if (von == null && bis == null) {
			return Map.of();
		}
		if (!vorlage.zeitraum()) {
			throw new IllegalArgumentException(NLS.bind(Messages.reportNoPeriod, vorlage.id()));
		}
		if (von == null || bis == null) {
			throw new IllegalArgumentException(Messages.reportPeriodNeedsBoth);
		}
		try {
			return Map.of(Berichtszeitraum.APP_CONTEXT_KEY, Berichtszeitraum.von(von, bis));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.reportPeriodInvalid, e.getMessage()), e);
		}
	}

	private static Map<String, Object> mit(Map<String, Object> zusatz, Map<String, Object> zeitraum) {
		Map<String, Object> alles = new LinkedHashMap<>(zusatz);
		alles.putAll(zeitraum);
		return alles;
	}

	private int liste(PrintStream out) {
		List<Berichtsvorlage> vorlagen = reports.vorlagen();
		if (vorlagen.isEmpty()) {
			out.println(Messages.reportNoTemplates);
		}
		for (Berichtsvorlage vorlage : vorlagen) {
			out.println(NLS.bind(Messages.reportTemplateLine, new Object[] { vorlage.id(), vorlage.titel(),
					vorlage.sammlung() ? Messages.reportTemplateCollection : Messages.reportTemplateProject,
					vorlage.formate().stream().map(Berichtsformat::endung).collect(Collectors.joining(", ")) }));
		}
		return OK;
	}

	private int einzeln(Berichtsvorlage vorlage, List<Praxisbeispiel> beispiele, Map<String, Object> zusatz, Berichtsformat format,
			Path ziel, PrintStream out, PrintStream err) throws IOException {
		try {
			Berichtsergebnis ergebnis = schreibe(vorlage, beispiele, zusatz, format, ziel);
			out.println(NLS.bind(Messages.reportWritten, ziel));
			melde(ergebnis, out);
			return OK;
		} catch (ReportException e) {
			err.println(Fehler.text(e, log, "quartierwerk bericht " + vorlage.id()));
			return FAILED;
		}
	}

	/**
	 * Every Praxisbeispiel of the workspace into the folder, one document each, with progress; for a course's template
	 * every Praxisprojekt with a Teilnahme in that course.
	 */
	private int alle(Berichtsvorlage vorlage, Map<String, Object> zeitraum, Berichtsformat format, Path ordner, PrintStream out, PrintStream err)
			throws IOException, CourseException {
		if (Files.exists(ordner) && !Files.isDirectory(ordner)) {
			err.println(NLS.bind(Messages.reportOutNotAFolder, ordner));
			return FAILED;
		}
		List<String> namen = vorlage.kurs().isEmpty() ? store.names()
				: kurse.teilnahmen().stream().filter(t -> t.getKurs().getId().equals(vorlage.kurs()))
						.map(Teilnahme::getPraxisprojekt).filter(store.names()::contains).toList();
		int entwuerfe = 0;
		List<String> fehlgeschlagen = new ArrayList<>();
		for (int i = 0; i < namen.size(); i++) {
			String name = namen.get(i);
			Path datei = ordner.resolve(name + "." + format.endung());
			out.println(NLS.bind(Messages.reportProgress, new Object[] { i + 1, namen.size(), name, datei.getFileName() }));
			try {
				Praxisbeispiel beispiel = store.load(name);
				Berichtsergebnis ergebnis = schreibe(vorlage, List.of(beispiel), mit(zusatzdaten(vorlage, name, beispiel), zeitraum), format,
						datei);
				melde(ergebnis, out);
				entwuerfe += ergebnis.entwurf() ? 1 : 0;
			} catch (ReportException | StoreException | CourseException e) {
				err.println(name + ": " + Fehler.text(e, log, "quartierwerk bericht --alle " + vorlage.id()));
				fehlgeschlagen.add(name);
			}
		}
		out.println(NLS.bind(Messages.reportBatchSummary, new Object[] { namen.size() - fehlgeschlagen.size(), entwuerfe,
				fehlgeschlagen.size() }));
		if (!fehlgeschlagen.isEmpty()) {
			err.println(NLS.bind(Messages.reportBatchFailed, String.join(", ", fehlgeschlagen)));
			return FAILED;
		}
		return OK;
	}

	private Berichtsergebnis schreibe(Berichtsvorlage vorlage, List<Praxisbeispiel> beispiele, Map<String, Object> zusatz,
			Berichtsformat format, Path ziel) throws IOException, ReportException {
		return DurableFile.write(ziel, false, stream -> reports.render(vorlage.id(), beispiele, zusatz, format, stream));
	}

	/** A course template reads the project's Teilnahme in its course; without one the ReportService says so. */
	private Map<String, Object> zusatzdaten(Berichtsvorlage vorlage, String name, Praxisbeispiel beispiel) throws CourseException {
		if (vorlage.kurs().isEmpty()) {
			return Map.of();
		}
		Optional<Teilnahme> teilnahme = kurse.teilnahme(vorlage.kurs(), name);
		return teilnahme.isEmpty() ? Map.of() : kurse.berichtsdaten(teilnahme.get(), beispiel);
	}

	private static void melde(Berichtsergebnis ergebnis, PrintStream out) {
		if (ergebnis.entwurf()) {
			out.println(Messages.reportDraft);
		}
		ergebnis.hinweise().forEach(hinweis -> out.println(NLS.bind(Messages.reportHint, hinweis)));
	}
}
