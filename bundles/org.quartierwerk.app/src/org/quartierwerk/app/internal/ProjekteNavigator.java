package org.quartierwerk.app.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

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
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.EventHandler;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.projekte.Gruppierung;
import org.quartierwerk.app.internal.projekte.Gruppierung.Gruppe;
import org.quartierwerk.app.internal.projekte.Projektauswahl;
import org.quartierwerk.app.internal.projekte.Projekthandler;
import org.quartierwerk.app.internal.projekte.Projektbestand;
import org.quartierwerk.app.internal.projekte.Projektbestand.Projekt;
import org.quartierwerk.app.internal.projekte.Projektoperationen;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.model.analyse.Sammlung.Facetten;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Projekte part: the workspace's Praxisbeispiele by title, grouped by a facet, filtered by facets and a search
 * text, each with a marker when it has errors or warnings. The workspace is read once per change; filtering and
 * searching use the facet index of what was read.
 */
public final class ProjekteNavigator {

	/** Element id of the part (Application.e4xmi). */
	public static final String PART_ID = "org.quartierwerk.app.part.projekte";
	/** Element id of the context menu (Application.e4xmi). */
	public static final String MENU_ID = "org.quartierwerk.app.popupmenu.projekte";
	static final String UMBENENNEN = "org.quartierwerk.app.command.umbenennen";
	static final String LOESCHEN = "org.quartierwerk.app.command.loeschen";
	/** Delay between the last keystroke in the search box and the search. */
	static final int SUCHVERZOEGERUNG_MS = 250;

	/** A group of the tree. */
	record Gruppenknoten(Gruppe gruppe, List<Projektknoten> kinder) {
	}

	/** A project in the tree, under its group (null when not grouped). */
	record Projektknoten(Gruppe gruppe, Projekt projekt) {
	}

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

	private Label status;
	ComboViewer gruppierung;
	ComboViewer herausforderung;
	ComboViewer bundesland;
	ComboViewer stufe;
	ComboViewer finanzierungsart;
	Text suche;
	TreeViewer viewer;
	private Projektbestand bestand;
	private Projektoperationen operationen;
	private final Runnable suchen = this::zeige;
	private final Runnable geaendert = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				refresh();
				// the new, renamed or restored project is selected
				String betroffen = operationen.betroffen();
				if (betroffen != null && !viewer.getControl().isDisposed()) {
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

	@PostConstruct
	public void createControls(Composite parent) {
		operationen = Projektoperationen.von(application.getContext(), store);
		// Bearbeiten → Rückgängig undoes workspace operations while this part is active
		context.set(Projektoperationen.class, operationen);
		operationen.beobachte(geaendert);
		operationen.bewache(this::schliesseEditor);
		if (broker != null) {
			broker.subscribe(UIEvents.Dirtyable.TOPIC_DIRTY, gespeichert);
		}

		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		suche = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		suche.setMessage(messages.navigatorSuche);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(suche);
		suche.addModifyListener(e -> {
			suche.getDisplay().timerExec(-1, suchen);
			suche.getDisplay().timerExec(SUCHVERZOEGERUNG_MS, suchen);
		});

		gruppierung = combo(parent, messages.navigatorGruppierung, Arrays.asList(Gruppierung.values()), g -> switch ((Gruppierung) g) {
		case KEINE -> messages.gruppierungKeine;
		case HERAUSFORDERUNG -> messages.gruppierungHerausforderung;
		case BUNDESLAND -> messages.gruppierungBundesland;
		case PARTIZIPATIONSSTUFE -> messages.gruppierungPartizipationsstufe;
		case FINANZIERUNGSART -> messages.gruppierungFinanzierungsart;
		});
		herausforderung = filter(parent, messages.filterHerausforderung, Arrays.asList(Herausforderung.values()));
		bundesland = filter(parent, messages.filterBundesland, Arrays.asList(Bundesland.values()));
		stufe = filter(parent, messages.filterPartizipationsstufe, List.of());
		finanzierungsart = filter(parent, messages.filterFinanzierungsart, Arrays.asList(Finanzierungsart.values()));

		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return element instanceof Gruppenknoten gruppe ? gruppe.kinder().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Gruppenknoten;
			}
		});
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Gruppenknoten gruppe) {
					return gruppe.gruppe().name() + " (" + gruppe.kinder().size() + ")";
				}
				return ((Projektknoten) element).projekt().titel();
			}

			@Override
			public Image getImage(Object element) {
				if (element instanceof Projektknoten knoten) {
					return knoten.projekt().fehler() > 0 ? JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR)
							: knoten.projekt().warnungen() > 0 ? JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING) : null;
				}
				return null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Projektknoten knoten ? tooltip(knoten.projekt()) : null;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getControl());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

		// double-click or Enter opens the project, or opens and closes a group
		viewer.addDoubleClickListener(event -> {
			Object gewaehlt = viewer.getStructuredSelection().getFirstElement();
			if (gewaehlt instanceof Projektknoten knoten) {
				EditorOeffner.oeffne(knoten.projekt().name(), parts, models, application);
			} else if (gewaehlt != null) {
				viewer.setExpandedState(gewaehlt, !viewer.getExpandedState(gewaehlt));
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (auswahl != null) {
				auswahl.setSelection(ausgewaehlt());
			}
		});
		// F2 and Entf act on the tree only, never on the search box or an editor's text field
		viewer.getControl().addListener(SWT.KeyDown, event -> {
			String befehl = event.keyCode == SWT.F2 ? UMBENENNEN : event.keyCode == SWT.DEL ? LOESCHEN : null;
			if (befehl != null && event.stateMask == 0 && commands != null && handlers != null) {
				handlers.executeHandler(commands.createCommand(befehl, null));
				event.doit = false;
			}
		});
		if (menus != null) {
			menus.registerContextMenu(viewer.getControl(), MENU_ID);
		}
		refresh();
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
		if (viewer.getControl().isDisposed()) {
			return;
		}
		try {
			bestand = Projektbestand.lies(store, katalog, bestand);
			status.setText(bestand.projekte().isEmpty() ? messages.navigatorEmpty
					: Messages.format(messages.navigatorWorkspace, workspace.folder()));
		} catch (java.io.IOException e) {
			bestand = null;
			status.setText(Messages.format(messages.navigatorUnreadable, e.getMessage()));
		}
		aktualisiereStufen();
		zeige();
	}

	/** The project selected in the tree, or null. */
	public Projektauswahl ausgewaehlt() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Projektknoten knoten
				? new Projektauswahl(knoten.projekt().name(), knoten.projekt().titel())
				: null;
	}

	/** Selects the project of this name (in its first group). */
	public void waehle(String name) {
		if (viewer.getInput() == null) {
			return;
		}
		for (Object wurzel : (List<?>) viewer.getInput()) {
			List<Projektknoten> knoten = wurzel instanceof Gruppenknoten gruppe ? gruppe.kinder() : List.of((Projektknoten) wurzel);
			for (Projektknoten k : knoten) {
				if (k.projekt().name().equals(name)) {
					viewer.setSelection(new StructuredSelection(k), true);
					return;
				}
			}
		}
	}

	/**
	 * Before undo or redo moves a project's file away: its editor is closed if it holds nothing unsaved (the file
	 * keeps all of it); with unsaved changes the step is refused, so nothing is lost.
	 */
	private void schliesseEditor(String name) throws StoreException {
		MPart editor = Projekthandler.editor(name, parts);
		if (editor == null) {
			return;
		}
		if (editor.isDirty()) {
			throw new StoreException(Messages.format(messages.projektOffenUngespeichert, editor.getLabel()));
		}
		Projekthandler.schliesse(editor, parts);
	}

		@Focus
	public void setFocus() {
		refresh();
		viewer.getControl().setFocus();
	}

	/** Filters and groups what was read; no file is read again. */
	private void zeige() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Projektauswahl vorher = ausgewaehlt();
		List<Projekt> treffer = bestand == null ? List.of() : Textvergleich.sortiert(bestand.suche(facetten()), Projekt::titel);
		Gruppierung nach = (Gruppierung) gewaehlt(gruppierung);
		List<Object> wurzeln = new ArrayList<>();
		if (nach == Gruppierung.KEINE) {
			treffer.forEach(p -> wurzeln.add(new Projektknoten(null, p)));
		} else {
			Map<Gruppe, List<Projektknoten>> gruppen = new TreeMap<>(Gruppe.ORDNUNG);
			for (Projekt projekt : treffer) {
				for (Gruppe gruppe : nach.gruppen(projekt.beispiel(), messages.ohneAngabe)) {
					gruppen.computeIfAbsent(gruppe, g -> new ArrayList<>()).add(new Projektknoten(gruppe, projekt));
				}
			}
			gruppen.forEach((gruppe, kinder) -> wurzeln.add(new Gruppenknoten(gruppe, kinder)));
		}
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(wurzeln);
			viewer.expandAll();
		} finally {
			viewer.getControl().setRedraw(true);
		}
		if (vorher != null) {
			waehle(vorher.name());
		}
		if (bestand != null && !bestand.projekte().isEmpty()) {
			status.setText(Messages.format(messages.navigatorTreffer, treffer.size(), bestand.projekte().size()));
		}
		status.getParent().layout(true, true);
	}

	private Facetten facetten() {
		return new Facetten(auswahl(bundesland, Bundesland.class), auswahl(herausforderung, Herausforderung.class),
				auswahl(finanzierungsart, Finanzierungsart.class),
				gewaehlt(stufe) instanceof Partizipationsstufe s ? Set.of(s.getId()) : Set.of(), suche.getText());
	}

	private static <T> Set<T> auswahl(ComboViewer combo, Class<T> typ) {
		Object gewaehlt = gewaehlt(combo);
		return typ.isInstance(gewaehlt) ? Set.of(typ.cast(gewaehlt)) : Set.of();
	}

	private static Object gewaehlt(ComboViewer combo) {
		return combo.getStructuredSelection().getFirstElement();
	}

	/** The Stufen of the installed models and of the read projects, by id. */
	private void aktualisiereStufen() {
		Map<String, Partizipationsstufe> stufen = new LinkedHashMap<>();
		if (katalog != null) {
			katalog.partizipationsmodelle().stream().map(Partizipationsmodell::getStufen).flatMap(List::stream)
					.forEach(s -> stufen.putIfAbsent(s.getId(), s));
		}
		if (bestand != null) {
			bestand.projekte().stream().flatMap(p -> p.beispiel().getBeteiligungen().stream()).map(Beteiligung::getStufe)
					.filter(Objects::nonNull).forEach(s -> stufen.putIfAbsent(s.getId(), s));
		}
		Object gewaehlt = gewaehlt(stufe);
		List<Object> werte = new ArrayList<>();
		werte.add(messages.filterAlle);
		werte.addAll(stufen.values());
		stufe.setInput(werte);
		Object wieder = gewaehlt instanceof Partizipationsstufe s && stufen.containsKey(s.getId()) ? stufen.get(s.getId())
				: messages.filterAlle;
		stufe.setSelection(new StructuredSelection(wieder));
	}

	private ComboViewer combo(Composite parent, String text, List<?> werte, java.util.function.Function<Object, String> namen) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return namen.apply(element);
			}
		});
		combo.setInput(werte);
		combo.setSelection(new StructuredSelection(werte.isEmpty() ? messages.filterAlle : werte.get(0)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo.getControl());
		combo.addSelectionChangedListener(e -> zeige());
		return combo;
	}

	private ComboViewer filter(Composite parent, String text, List<?> literale) {
		List<Object> werte = new ArrayList<>();
		werte.add(messages.filterAlle);
		werte.addAll(literale);
		return combo(parent, text, werte, element -> element instanceof org.eclipse.emf.common.util.Enumerator literal
				? Bezeichnungen.von(literal)
				: element instanceof Partizipationsstufe s ? (s.getName() == null ? s.getId() : s.getName()) : String.valueOf(element));
	}

	private String tooltip(Projekt projekt) {
		String datei = Messages.format(messages.navigatorDatei, projekt.name() + WorkspaceLocator.PROJECT_FILE_EXTENSION);
		long fehler = projekt.fehler();
		long warnungen = projekt.warnungen();
		// the whole title, which the tree may cut
		String text = projekt.titel() + "\n" + datei;
		return fehler + warnungen == 0 ? text : text + "\n" + Messages.format(messages.navigatorBefund, fehler, warnungen);
	}
}
