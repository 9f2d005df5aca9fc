package org.quartierwerk.app.internal.praxisbeispiele;

import java.io.IOException;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.EventHandler;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.basis.Rueckgaengigbar;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispielbestand.Eintrag;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.model.Textvergleich;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Praxisbeispiele part: the workspace's Praxisbeispiele by title ({@link Navigatorbaum}), grouped by a facet and
 * filtered by facets ({@link Facettenfilter}) and a search text ({@link Suchfeld}). The workspace is read once per
 * change; filtering and searching use the facet index of what was read. While the part is active, Bearbeiten →
 * Rückgängig and Wiederholen act on the workspace operations.
 */
public final class PraxisbeispielNavigator {

	/** Element id of the part (fragmente/praxisbeispiele.e4xmi); kept from when the part was called Projekte. */
	public static final String PART_ID = "org.quartierwerk.app.part.projekte";
	/** Element id of the context menu (fragmente/praxisbeispiele.e4xmi). */
	public static final String MENU_ID = "org.quartierwerk.app.popupmenu.projekte";

	@Inject
	@Service
	private WorkspaceLocator workspace;

	@Inject
	@Service
	private PraxisbeispielStore store;

	@Inject
	@Optional
	@Service
	private Katalog katalog;

	@Inject
	@Translation
	private Messages messages;

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	@Inject
	private IEclipseContext context;

	@Inject
	@Optional
	private ESelectionService auswahl;

	@Inject
	@Optional
	private EMenuService menus;

	@Inject
	@Optional
	private IEventBroker broker;

	@Inject
	@Optional
	private ECommandService commands;

	@Inject
	@Optional
	private EHandlerService handlers;

	Suchfeld suchfeld;
	Facettenfilter filter;
	Navigatorbaum baum;
	private Label status;
	private Praxisbeispielbestand bestand;
	private Praxisbeispieloperationen operationen;
	private final Runnable geaendert = () -> {
		if (baum != null && !baum.verschwunden()) {
			baum.viewer.getControl().getDisplay().asyncExec(() -> {
				refresh();
				// the new, renamed or restored Praxisbeispiel is selected
				String betroffen = operationen.betroffen();
				if (betroffen != null && !baum.verschwunden()) {
					waehle(betroffen);
				}
			});
		}
	};
	private final EventHandler gespeichert = event -> {
		// an editor that is no longer dirty has been saved (or undone to its saved state)
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part
				&& PraxisbeispielEditor.PART_ID.equals(part.getElementId())
				&& Boolean.FALSE.equals(event.getProperty(UIEvents.EventTags.NEW_VALUE))) {
			geaendert.run();
		}
	};

	/** The marks after the titles (e.g. the collection's state) changed: the labels show the new ones. */
	@Inject
	@Optional
	public void markiere(@Optional Navigatormarken marken) {
		if (baum != null && !baum.verschwunden()) {
			baum.marken = marken;
			baum.viewer.refresh(true);
		}
	}

	/** The part's composite. */
	private Composite teil;

	@PostConstruct
	public void createControls(Composite parent) {
		teil = parent;
		beobachteArbeitsbereich();
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		suchfeld = new Suchfeld(parent, messages.navigatorSuche, this::zeige);
		filter = new Facettenfilter(parent, messages, this::zeige);
		baum = new Navigatorbaum(parent, messages);
		baum.marken = context.get(Navigatormarken.class);
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		Navigatortasten.verbinde(baum.viewer, name -> EditorOeffner.oeffne(name, parts, models, application), commands, handlers);
		baum.viewer.addSelectionChangedListener(event -> {
			if (auswahl != null) {
				auswahl.setSelection(ausgewaehlt());
			}
		});
		if (menus != null) {
			menus.registerContextMenu(baum.viewer.getControl(), MENU_ID);
		}
		refresh();
	}

	/** The workspace operations: their history serves undo and redo here, their changes show in the tree. */
	private void beobachteArbeitsbereich() {
		operationen = Praxisbeispieloperationen.von(application.getContext(), store);
		context.set(Rueckgaengigbar.class, operationen);
		operationen.beobachte(geaendert);
		operationen.bewache(this::schliesseEditor);
		if (broker != null) {
			broker.subscribe(UIEvents.Dirtyable.TOPIC_DIRTY, gespeichert);
		}
	}

	@PreDestroy
	public void dispose() {
		operationen.beobachteNichtMehr(geaendert);
		operationen.bewache(name -> { });
		if (broker != null) {
			broker.unsubscribe(gespeichert);
		}
	}

	/**
	 * Reads the workspace again, so saved changes and files added outside the workbench show up; unchanged files are
	 * not read again.
	 */
	public void refresh() {
		if (baum.verschwunden()) {
			return;
		}
		try {
			bestand = Praxisbeispielbestand.lies(store, katalog, bestand);
			status.setText(bestand.projekte().isEmpty() ? messages.navigatorEmpty
					: Messages.format(messages.navigatorWorkspace, workspace.folder()));
		} catch (IOException e) {
			bestand = null;
			status.setText(Messages.format(messages.navigatorUnreadable, e.getMessage()));
		}
		filter.aktualisiereStufen(katalog, bestand);
		zeige();
	}

	/** The Praxisbeispiel selected in the tree, or null. */
	public Praxisbeispielauswahl ausgewaehlt() {
		return baum.ausgewaehlt();
	}

	/** Selects the Praxisbeispiel of this name (in its first group). */
	public void waehle(String name) {
		baum.waehle(name);
	}

	/**
	 * Before undo or redo moves a project's file away: its editor is closed if it holds nothing unsaved (the file
	 * keeps all of it); with unsaved changes the step is refused, so nothing is lost.
	 */
	private void schliesseEditor(String name) throws StoreException {
		MPart editor = Praxisbeispielhandler.editor(name, parts);
		if (editor == null) {
			return;
		}
		if (editor.isDirty()) {
			throw new StoreException(Messages.format(messages.projektOffenUngespeichert, editor.getLabel()));
		}
		Praxisbeispielhandler.schliesse(editor, parts);
	}

	@Focus
	public void setFocus() {
		refresh();
		Zugaenglich.fokussiere(teil, baum.viewer.getControl());
	}

	/** Filters and groups what was read; no file is read again. */
	private void zeige() {
		if (baum.verschwunden()) {
			return;
		}
		List<Eintrag> treffer = bestand == null ? List.of()
				: Textvergleich.sortiert(bestand.suche(filter.facetten(suchfeld.text())), Eintrag::titel);
		baum.zeige(treffer, filter.gruppierung());
		if (bestand != null && !bestand.projekte().isEmpty()) {
			status.setText(Messages.format(messages.navigatorTreffer, treffer.size(), bestand.projekte().size()));
		}
		status.getParent().layout(true, true);
	}
}
