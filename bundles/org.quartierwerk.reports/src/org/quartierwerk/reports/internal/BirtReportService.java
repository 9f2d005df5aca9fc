package org.quartierwerk.reports.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.reports.Berichtsdaten;
import org.quartierwerk.reports.Berichtsergebnis;
import org.quartierwerk.reports.Berichtsformat;
import org.quartierwerk.reports.Berichtsvorlage;
import org.quartierwerk.reports.ReportException;
import org.quartierwerk.reports.ReportService;

/** One BIRT engine in the running framework (no second OSGi launcher); the templates come and go as services. */
@Component(service = ReportService.class)
public final class BirtReportService implements ReportService {

	/** Application-context key of a course template's Teilnahme (see Berichtsvorlage#kurs). */
	private static final String KURS_KEY = "kurs";

	private final Katalog katalog;
	private final List<Berichtsvorlage> vorlagen = new CopyOnWriteArrayList<>();
	/** Parsed designs by template, so each is read once; a design is read-only and shared by tasks. */
	private final Map<Berichtsvorlage, IReportRunnable> designs = new ConcurrentHashMap<>();
	private IReportEngine engine;

	@Activate
	public BirtReportService(@Reference Katalog katalog) throws BirtException {
		this.katalog = katalog;
		EngineConfig config = new EngineConfig();
		config.getAppContext().put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtReportService.class.getClassLoader());
		config.setResourceLocator(new LibraryLocator());
		// in OSGi, startup only attaches to the framework that already runs BIRT's bundles
		Platform.startup(config);
		IReportEngineFactory factory = (IReportEngineFactory) Platform
				.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
		engine = factory.createReportEngine(config);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addVorlage(Berichtsvorlage vorlage) {
		vorlagen.add(vorlage);
	}

	void removeVorlage(Berichtsvorlage vorlage) {
		vorlagen.remove(vorlage);
		designs.remove(vorlage);
	}

	@Deactivate
	void stop() {
		designs.clear();
		if (engine != null) {
			engine.destroy();
			engine = null;
		}
	}

	@Override
	public List<Berichtsvorlage> vorlagen() {
		List<Berichtsvorlage> sortiert = new ArrayList<>(vorlagen);
		sortiert.sort(Comparator.comparing(Berichtsvorlage::titel, Textvergleich.ordnung()));
		return sortiert;
	}

	@Override
	public Berichtsergebnis render(String vorlageId, List<Praxisbeispiel> beispiele, Map<String, Object> zusatzdaten,
			Berichtsformat format, OutputStream out) throws ReportException {
		Berichtsvorlage vorlage = vorlagen.stream().filter(v -> v.id().equals(vorlageId)).findFirst()
				.orElseThrow(() -> new ReportException("Es gibt keine Berichtsvorlage \u201E" + vorlageId + "\u201C."));
		if (!vorlage.sammlung() && beispiele.size() != 1) {
			throw new ReportException("Die Vorlage \u201E" + vorlage.titel() + "\u201C ist für genau ein Praxisbeispiel, nicht für "
					+ beispiele.size() + ".");
		}
		if (!vorlage.kurs().isEmpty() && !zusatzdaten.containsKey(KURS_KEY)) {
			throw new ReportException("Die Vorlage \u201E" + vorlage.titel() + "\u201C braucht eine Teilnahme am Kurs \u201E"
					+ vorlage.kurs() + "\u201C.");
		}
		List<Partizipationsmodell> installiert = katalog.partizipationsmodelle();
		Berichtsdaten daten = new Berichtsdaten(beispiele, installiert.stream().map(Partizipationsmodell::getId).toList(),
				installiert.isEmpty() ? null : installiert.get(0));
		IRunAndRenderTask task = null;
		try {
			task = engine.createRunAndRenderTask(design(vorlage));
			Map<String, Object> appContext = new HashMap<>(zusatzdaten);
			appContext.put(Berichtsdaten.APP_CONTEXT_KEY, daten);
			task.setAppContext(appContext);
			task.setLocale(Locale.GERMANY);
			task.setRenderOption(renderOption(format, out));
			task.run();
			List<String> hinweise = new ArrayList<>(daten.hinweise());
			for (Object fehler : task.getErrors()) {
				hinweise.add("BIRT: " + (fehler instanceof Throwable t ? t.getMessage() : String.valueOf(fehler)));
			}
			return new Berichtsergebnis(daten.istEntwurf(), hinweise);
		} catch (ReportException e) {
			throw e;
		} catch (BirtException | RuntimeException e) {
			throw new ReportException("Der Bericht \u201E" + vorlage.titel() + "\u201C kann nicht erstellt werden: " + e.getMessage(), e);
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
		try (InputStream in = vorlage.design().openStream()) {
			design = engine.openReportDesign(vorlage.design().toString(), in);
		} catch (Exception e) {
			throw new ReportException("Die Berichtsvorlage \u201E" + vorlage.titel() + "\u201C (" + vorlage.design()
					+ ") ist fehlerhaft: " + e.getMessage(), e);
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
