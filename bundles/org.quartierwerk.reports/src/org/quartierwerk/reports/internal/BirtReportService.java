package org.quartierwerk.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.content.ContentRegistry;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.reports.Berichtsdaten;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.Berichtszeitraum;
import org.quartierwerk.reports.ReportException;
import org.quartierwerk.reports.ReportService;
import org.quartierwerk.reports.Wirkungsdaten;

/**
 * One BIRT engine in the running framework (no second OSGi launcher); the templates come and go with the bundles that
 * contribute them (the registry of the kind {@value Berichtsvorlage#ART}).
 */
@Component(service = ReportService.class)
public final class BirtReportService implements ReportService {

	/** Application-context key of a course template's Teilnahme (see Berichtsvorlage#kurs). */
	private static final String KURS_KEY = "kurs";

	private final Katalog katalog;
	private final ContentRegistry<Berichtsvorlage> vorlagen;
	/**
	 * Parsed designs by template, so each is read once; a design is read-only and shared by tasks. Kept by the identity of
	 * the contributed template: a bundle that is updated contributes new ones, however alike, and a template of a bundle
	 * that stopped is forgotten at the next report.
	 */
	private final Map<Berichtsvorlage, IReportRunnable> designs = Collections.synchronizedMap(new IdentityHashMap<>());
	private IReportEngine engine;
	private Path tempDir;

	@Activate
	public BirtReportService(@Reference Katalog katalog,
			@Reference(target = "(" + ContentRegistry.ART_PROPERTY + "=" + Berichtsvorlage.ART + ")") ContentRegistry<Berichtsvorlage> vorlagen)
			throws BirtException, IOException {
		this.katalog = katalog;
		this.vorlagen = vorlagen;
		EngineConfig config = new EngineConfig();
		config.getAppContext().put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtReportService.class.getClassLoader());
		config.setResourceLocator(new LibraryLocator());
		// BIRT's temporary files never go into the workspace, which may be read-only or shared
		tempDir = Files.createTempDirectory("quartierwerk-berichte-");
		config.setTempDir(tempDir.toString());
		config.setFontConfig(Schriften.konfiguriere(tempDir));
		// BIRT reports each font folder it reads at INFO, about 50 lines a render on the console; warnings stay
		config.setLogConfig(null, Level.WARNING);
		// in OSGi, startup only attaches to the framework that already runs BIRT's bundles
		Platform.startup(config);
		IReportEngineFactory factory = (IReportEngineFactory) Platform
				.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
		engine = factory.createReportEngine(config);
	}

	@Deactivate
	void stop() {
		designs.clear();
		if (engine != null) {
			engine.destroy();
			engine = null;
		}
		deleteTempDir();
	}

	private void deleteTempDir() {
		try (Stream<Path> files = Files.walk(tempDir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// the operating system clears its temporary folder
		}
	}

	@Override
	public List<Berichtsvorlage> vorlagen() {
		List<Berichtsvorlage> sortiert = new ArrayList<>(vorlagen.eintraege());
		sortiert.sort(Comparator.comparing(Berichtsvorlage::titel, Textvergleich.ordnung()));
		return sortiert;
	}

	@Override
	public Berichtsergebnis render(String vorlageId, List<Praxisbeispiel> beispiele, Map<String, Object> zusatzdaten,
			Berichtsformat format, OutputStream out) throws ReportException {
		List<Berichtsvorlage> installiert = vorlagen.eintraege();
		designs.keySet().removeIf(alt -> installiert.stream().noneMatch(v -> v == alt));
		Berichtsvorlage vorlage = vorlagen.eintrag(vorlageId)
				.orElseThrow(() -> new ReportException("Es gibt keine Berichtsvorlage \u201E" + vorlageId + "\u201C."));
		if (!vorlage.sammlung() && beispiele.size() != 1) {
			throw new ReportException("Die Vorlage \u201E" + vorlage.titel() + "\u201C ist für genau ein Praxisbeispiel, nicht für "
					+ beispiele.size() + ".");
		}
		if (!vorlage.kurs().isEmpty() && !zusatzdaten.containsKey(KURS_KEY)) {
			throw new ReportException("Die Vorlage \u201E" + vorlage.titel() + "\u201C braucht eine Teilnahme am Kurs \u201E"
					+ vorlage.kurs() + "\u201C.");
		}
		Object zeitraum = zusatzdaten.get(Berichtszeitraum.APP_CONTEXT_KEY);
		if (zeitraum != null && !(zeitraum instanceof Berichtszeitraum)) {
			throw new ReportException("Der Berichtszeitraum für die Vorlage \u201E" + vorlage.titel() + "\u201C ist kein Zeitraum.");
		}
		List<Partizipationsmodell> modelle = katalog.partizipationsmodelle();
		Berichtsdaten daten = new Berichtsdaten(beispiele, modelle.stream().map(Partizipationsmodell::getId).toList(),
				modelle.isEmpty() ? null : modelle.get(0));
		IRunAndRenderTask task = null;
		try {
			task = engine.createRunAndRenderTask(design(vorlage));
			Map<String, Object> appContext = new HashMap<>(zusatzdaten);
			appContext.put(Berichtsdaten.APP_CONTEXT_KEY, daten);
			if (beispiele.size() == 1) {
				appContext.put(Wirkungsdaten.APP_CONTEXT_KEY, new Wirkungsdaten(beispiele.get(0), (Berichtszeitraum) zeitraum));
			}
			task.setAppContext(appContext);
			task.setLocale(Locale.GERMANY);
			task.setRenderOption(renderOption(format, out));
			task.run();
			if (!task.getErrors().isEmpty()) {
				// BIRT leaves out what it cannot render, e.g. a chart; an incomplete document is no result
				Object erster = task.getErrors().get(0);
				throw new ReportException(NLS.bind(Messages.render_incomplete, vorlage.titel(), task.getErrors().size()),
						erster instanceof Throwable t ? t : null);
			}
			return new Berichtsergebnis(daten.istEntwurf(), List.copyOf(daten.hinweise()));
		} catch (ReportException e) {
			throw e;
		} catch (BirtException | RuntimeException e) {
			throw new ReportException(NLS.bind(Messages.render_failed, vorlage.titel()), e);
		} finally {
			if (task != null) {
				task.close();
			}
		}
	}

	private IReportRunnable design(Berichtsvorlage vorlage) throws ReportException {
		IReportRunnable design = designs.get(vorlage);
		if (design != null) {
			return design;
		}
		String fehler;
		try (InputStream in = vorlage.design().openStream()) {
			byte[] inhalt = in.readNBytes(DesignCheck.MAX_SIZE + 1);
			fehler = inhalt.length > DesignCheck.MAX_SIZE ? "Sie ist zu groß." : DesignCheck.problem(inhalt);
			if (fehler == null) {
				design = engine.openReportDesign(vorlage.design().toString(), new ByteArrayInputStream(inhalt));
			}
		} catch (Exception e) {
			throw new ReportException(NLS.bind(Messages.design_broken, vorlage.titel(), vorlage.design()), e);
		}
		if (fehler != null) {
			throw new ReportException(NLS.bind(Messages.design_broken, vorlage.titel(), vorlage.design()) + " " + fehler);
		}
		designs.put(vorlage, design);
		return design;
	}

	private static IRenderOption renderOption(Berichtsformat format, OutputStream out) {
		RenderOption option = switch (format) {
		case PDF -> new PDFRenderOption();
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			html.setImageHandler(new InlineImageHandler());
			yield html;
		}
		case DOCX, ODT -> new RenderOption();
		};
		option.setOutputFormat(format.endung());
		option.setOutputStream(out);
		return option;
	}
}
