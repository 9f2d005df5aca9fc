package org.quartierwerk.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.quartierwerk.app.internal.basis.Einstellungen;
import org.quartierwerk.core.WorkspaceLocator;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The main window's place, size and icon (add-on of Application.e4xmi). Before the window is shown it gets the place
 * and size it had when it was last closed in this workspace ({@link Einstellungen}, so an update that discards the
 * persisted workbench state keeps them), or on the first start {@value #BREITE} × {@value #HOEHE} centred on the
 * primary monitor, smaller on a small screen. A remembered place no monitor shows any more (a monitor unplugged) is
 * not used. When the window is created it gets the application icon in all sizes; when it closes its place is saved.
 */
public final class Fensterlage {

	static final String FENSTER = "org.quartierwerk.app.window.main";
	static final String SCHLUESSEL = "fenster";
	static final int BREITE = 1200;
	static final int HOEHE = 800;
	/** Icon sizes shipped in icons/ as quartierwerk-SIZE.png. */
	static final int[] BILDGROESSEN = { 16, 32, 48, 64, 128, 256 };
	private static final String MAXIMIERT = "shellMaximized";
	private static final int MINDESTENS_SICHTBAR = 120;

	@Inject
	private MApplication application;
	@Inject
	@Service
	private WorkspaceLocator workspace;
	@Inject
	@Optional
	private Logger logger;
	private final List<Image> bilder = new ArrayList<>();

	@PostConstruct
	void vorDemZeigen() {
		MWindow fenster = fenster();
		Display display = Display.getCurrent();
		if (fenster == null || display == null) {
			return;
		}
		Rectangle lage = null;
		boolean maximiert = false;
		try {
			Einstellungen einstellungen = einstellungen();
			lage = gespeichert(einstellungen, display);
			maximiert = einstellungen.schalter(SCHLUESSEL + ".maximiert", false);
		} catch (IOException e) {
			// no workspace folder: the window opens at the first start's size
		}
		if (lage == null) {
			lage = vorgabe(display.getPrimaryMonitor().getClientArea());
			maximiert = false;
		}
		fenster.setX(lage.x);
		fenster.setY(lage.y);
		fenster.setWidth(lage.width);
		fenster.setHeight(lage.height);
		fenster.getTags().remove(MAXIMIERT);
		if (maximiert) {
			fenster.getTags().add(MAXIMIERT);
		}
		// the renderer gives the window JFace's default images; the dialogs get them too
		Window.setDefaultImages(bilder(display));
	}

	/** The main window's shell was made: the icon on it, its place saved when it goes (closed or the workbench ended). */
	@Inject
	@Optional
	void fensterErstellt(@EventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) == fenster()
				&& event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Shell shell) {
			shell.setImages(bilder(shell.getDisplay()));
			shell.addListener(SWT.Dispose, e -> {
				speichere();
				Window.setDefaultImages(new Image[0]);
				bilder.forEach(Image::dispose);
				bilder.clear();
			});
		}
	}

	/** Writes the window's place and size to the workspace's settings. */
	void speichere() {
		MWindow fenster = fenster();
		if (fenster == null) {
			return;
		}
		try {
			Einstellungen einstellungen = einstellungen();
			einstellungen.setze(SCHLUESSEL, String.format(Locale.ROOT, "%d,%d,%d,%d", fenster.getX(), fenster.getY(),
					fenster.getWidth(), fenster.getHeight()));
			einstellungen.setze(SCHLUESSEL + ".maximiert", Boolean.toString(fenster.getTags().contains(MAXIMIERT)));
		} catch (IOException e) {
			// the window is closing; next time it opens at its default size, which is no loss of work
			if (logger != null) {
				logger.warn("Die Fensterlage konnte nicht gespeichert werden: " + e.getMessage());
			}
		}
	}

	/** The first start's place: 1200 × 800 (at most 95 % of the monitor's area) in the middle of it. */
	static Rectangle vorgabe(Rectangle bereich) {
		int breite = Math.min(BREITE, bereich.width * 95 / 100);
		int hoehe = Math.min(HOEHE, bereich.height * 95 / 100);
		return new Rectangle(bereich.x + (bereich.width - breite) / 2, bereich.y + (bereich.height - hoehe) / 2, breite, hoehe);
	}

	/** The remembered place, if a monitor still shows enough of its top to grab it; else null. */
	static Rectangle gespeichert(Einstellungen einstellungen, Display display) {
		String wert = einstellungen.wert(SCHLUESSEL);
		if (wert == null) {
			return null;
		}
		String[] teile = wert.split(",");
		if (teile.length != 4) {
			return null;
		}
		Rectangle lage;
		try {
			lage = new Rectangle(Integer.parseInt(teile[0].strip()), Integer.parseInt(teile[1].strip()),
					Integer.parseInt(teile[2].strip()), Integer.parseInt(teile[3].strip()));
		} catch (NumberFormatException e) {
			return null;
		}
		if (lage.width < 200 || lage.height < 150) {
			return null;
		}
		Rectangle oben = new Rectangle(lage.x, lage.y, lage.width, Math.min(lage.height, 40));
		for (Monitor monitor : display.getMonitors()) {
			Rectangle sichtbar = monitor.getClientArea().intersection(oben);
			if (sichtbar.width >= MINDESTENS_SICHTBAR && sichtbar.height > 0) {
				return lage;
			}
		}
		return null;
	}

	private Image[] bilder(Display display) {
		if (bilder.isEmpty()) {
			for (int groesse : BILDGROESSEN) {
				try (InputStream in = Fensterlage.class.getResourceAsStream("/icons/quartierwerk-" + groesse + ".png")) {
					if (in != null) {
						bilder.add(new Image(display, in));
					}
				} catch (IOException | SWTException e) {
					// an icon that cannot be read leaves the window with the others
				}
			}
		}
		return bilder.toArray(Image[]::new);
	}

	private Einstellungen einstellungen() throws IOException {
		return Einstellungen.von(workspace.folder());
	}

	private MWindow fenster() {
		return application.getChildren().stream().filter(w -> FENSTER.equals(w.getElementId())).findFirst().orElse(null);
	}
}
