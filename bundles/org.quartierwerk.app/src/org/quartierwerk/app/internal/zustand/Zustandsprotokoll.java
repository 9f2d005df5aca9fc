package org.quartierwerk.app.internal.zustand;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.EventHandler;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.WriteException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Writes what the workbench shows into a text file, for the tests of the running product: they read the workbench's
 * state from there instead of from a picture of the screen. The file is described in {@link Bildschirm}.
 * <p>
 * Inert unless the system property {@value #EIGENSCHAFT} names the file (e.g. through {@code QUARTIERWERK_VM_ARGS}).
 * Then it is written when the workbench has started and again whenever what is shown changes; the display thread
 * looks every {@value #ABSTAND_MS} ms. Each write goes through {@link DurableFile}: a reader sees the previous or the
 * new state, never half a file.
 */
public final class Zustandsprotokoll {

	/** The system property naming the file. */
	public static final String EIGENSCHAFT = "quartierwerk.zustand";

	static final int ABSTAND_MS = 200;

	@Inject
	private MApplication application;

	@Inject
	private EModelService modelle;

	@Inject
	private IEventBroker broker;

	@Inject
	@Optional
	@Service
	private ErrorLog fehlerprotokoll;

	private Path ziel;
	private Display display;
	private String geschrieben;
	private final Runnable pruefen = this::pruefe;
	private final EventHandler gestartet = event -> beginne();

	@PostConstruct
	void start() {
		String datei = System.getProperty(EIGENSCHAFT);
		if (datei == null || datei.isBlank()) {
			return;
		}
		ziel = Path.of(datei).toAbsolutePath();
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, gestartet);
	}

	@PreDestroy
	void stop() {
		if (ziel == null) {
			return;
		}
		broker.unsubscribe(gestartet);
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, pruefen);
		}
	}

	private void beginne() {
		display = Display.getCurrent();
		if (display != null) {
			pruefe();
		}
	}

	private void pruefe() {
		if (display.isDisposed()) {
			return;
		}
		String zustand = Bildschirm.beschreibe(application, modelle);
		if (!zustand.equals(geschrieben)) {
			try {
				DurableFile.replace(ziel, zustand.getBytes(StandardCharsets.UTF_8), false);
				geschrieben = zustand;
			} catch (WriteException e) {
				// a test channel only: the workbench goes on; the failure stays in the log, once
				if (fehlerprotokoll != null) {
					fehlerprotokoll.record("Zustandsprotokoll " + ziel, e);
				}
				return;
			}
		}
		display.timerExec(ABSTAND_MS, pruefen);
	}
}
