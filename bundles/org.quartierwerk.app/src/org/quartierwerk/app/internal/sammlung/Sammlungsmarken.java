package org.quartierwerk.app.internal.sammlung;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.EventHandler;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.praxisbeispiele.Navigatormarken;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Konflikt;
import org.quartierwerk.sharing.SharedCollection.Stand;
import org.quartierwerk.sharing.SharingException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Add-on: the navigator's marks of the collection's state – "(geändert)" for a project changed here and not sent,
 * "(neu von anderen)" for one the others changed and this workspace has not taken, "(Konflikt)" where both conflict.
 * Computed from {@link SharedCollection#status()} off the UI thread, one computation at a time, at the start, after each
 * save and after each Abgleich, Teilen or Wiederherstellen; no marks when the workspace is not a shared collection.
 */
public final class Sammlungsmarken {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	@Service
	private SharedCollection sammlung;

	@Inject
	@Optional
	private IEventBroker broker;

	@Inject
	@Optional
	private UISynchronize ui;

	private final ExecutorService arbeiter = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "Quartierwerk Sammlungsmarken");
		thread.setDaemon(true);
		return thread;
	});

	private final EventHandler gespeichert = event -> {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part && PraxisbeispielEditor.PART_ID.equals(part.getElementId())
				&& Boolean.FALSE.equals(event.getProperty(UIEvents.EventTags.NEW_VALUE))) {
			aktualisiere();
		}
	};

	@PostConstruct
	void start() {
		application.getContext().set(Sammlungsmarken.class, this);
		if (broker != null) {
			broker.subscribe(UIEvents.Dirtyable.TOPIC_DIRTY, gespeichert);
		}
		aktualisiere();
	}

	@PreDestroy
	void stop() {
		if (broker != null) {
			broker.unsubscribe(gespeichert);
		}
		arbeiter.shutdownNow();
	}

	/** Computes the marks again in the background; the navigator shows them when they are there. */
	public void aktualisiere() {
		if (sammlung == null || ui == null || arbeiter.isShutdown()) {
			return;
		}
		arbeiter.execute(() -> {
			Navigatormarken marken = marken(sammlung);
			ui.asyncExec(() -> application.getContext().set(Navigatormarken.class, marken));
		});
	}

	/** The marks of the collection's state, or null when the workspace is not a shared collection (or unreadable). */
	static Navigatormarken marken(SharedCollection sammlung) {
		Stand stand;
		try {
			stand = sammlung.status();
		} catch (SharingException e) {
			return null;
		}
		Map<String, String> marken = new HashMap<>();
		stand.vonAnderen().forEach(name -> marken.put(name, Texte.markeNeu));
		// changed on both sides: merged field by field at the next Abgleich; only a real conflict is marked as one
		stand.hier().forEach(name -> marken.put(name, Texte.markeGeaendert));
		for (Konflikt konflikt : stand.konflikte()) {
			marken.put(Auffrischung.name(konflikt.datei()), Texte.markeKonflikt);
		}
		Map<String, String> fest = Map.copyOf(marken);
		return fest::get;
	}
}
