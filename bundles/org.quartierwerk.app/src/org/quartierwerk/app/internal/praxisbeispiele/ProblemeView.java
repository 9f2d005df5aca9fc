package org.quartierwerk.app.internal.praxisbeispiele;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

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
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.EventHandler;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.editor.EditorOeffner;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Praxisbeispiel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Probleme view: the Fehler and Warnungen of all projects of the workspace, and their Hinweise when the user asks
 * for them (docs/fachmodell.md §7); a project open in an editor is checked as edited, unsaved changes included.
 * Double-click or Enter opens the project and shows the field.
 */
public final class ProblemeView {

	/** Element id of the part (fragmente/praxisbeispiele.e4xmi). */
	public static final String PART_ID = "org.quartierwerk.app.part.probleme";
	/** Delay after a change before the view checks again. */
	static final int VERZOEGERUNG_MS = 300;

	/**
	 * A finding: where it is (project; the object as URI fragment path inside the project, null for the project or
	 * outside it; the field, if one) and what it says.
	 */
	public record Problem(int schwere, String meldung, String projekt, String titel, String bereich, String pfad,
			EStructuralFeature feld) {
	}

	/** Where a double-click went: the editor's part, the object of the editor's own model, and what the editor did. */
	public record Sprung(MPart part, EObject objekt, EStructuralFeature feld, boolean gezeigt) {
	}

	@Inject
	@Service
	private PraxisbeispielStore store;

	@Inject
	@Optional
	@Service
	private Katalog katalog;

	@Inject
	@Translation
	private Messages texte;

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	@Inject
	@Optional
	private IEventBroker broker;

	TableViewer tabelle;
	/** Whether Hinweise are listed; off at first, so Fehler and Warnungen are not lost among them. */
	Button hinweiseZeigen;
	Label zusammenfassung;
	private Sprung letzterSprung;
	private Praxisbeispieloperationen operationen;
	private Befundliste befunde;
	private final Set<CommandStack> beobachteteStapel = Collections.newSetFromMap(new WeakHashMap<>());
	private final Runnable pruefen = this::aktualisiere;
	private final Runnable spaeter = () -> {
		if (tabelle != null && !tabelle.getControl().isDisposed()) {
			tabelle.getControl().getDisplay().asyncExec(() -> {
				if (!tabelle.getControl().isDisposed()) {
					tabelle.getControl().getDisplay().timerExec(-1, pruefen);
					tabelle.getControl().getDisplay().timerExec(VERZOEGERUNG_MS, pruefen);
				}
			});
		}
	};
	private final CommandStackListener bearbeitet = event -> spaeter.run();
	private final EventHandler werkbank = event -> spaeter.run();

	/** The part's composite. */
	private Composite teil;

	@PostConstruct
	public void createControls(Composite parent) {
		teil = parent;
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
		Composite kopf = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(kopf);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kopf);
		zusammenfassung = new Label(kopf, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(zusammenfassung);
		hinweiseZeigen = new Button(kopf, SWT.CHECK);
		hinweiseZeigen.setText(texte.problemeHinweiseZeigen);
		hinweiseZeigen.addListener(SWT.Selection, e -> tabelle.refresh());
		Composite rahmen = new Composite(parent, SWT.NONE);
		TableColumnLayout spalten = new TableColumnLayout();
		rahmen.setLayout(spalten);
		tabelle = new TableViewer(rahmen, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		tabelle.getTable().setHeaderVisible(true);
		Zugaenglich.benenne(tabelle.getControl(), texte.zugangProbleme);
		tabelle.getTable().setLinesVisible(true);
		tabelle.setContentProvider(ArrayContentProvider.getInstance());
		spalte(spalten, texte.problemeMeldung, 60, p -> p.meldung(), p -> JFaceResources.getImage(
				p.schwere() >= Diagnostic.ERROR ? Dialog.DLG_IMG_MESSAGE_ERROR
						: p.schwere() >= Diagnostic.WARNING ? Dialog.DLG_IMG_MESSAGE_WARNING : Dialog.DLG_IMG_MESSAGE_INFO));
		tabelle.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				return hinweiseZeigen.getSelection() || ((Problem) element).schwere() >= Diagnostic.WARNING;
			}
		});
		spalte(spalten, texte.problemeProjekt, 20, Problem::titel, p -> null);
		spalte(spalten, texte.problemeBereich, 20, Problem::bereich, p -> null);
		ColumnViewerToolTipSupport.enableFor(tabelle);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rahmen);
		tabelle.addDoubleClickListener(event -> {
			if (tabelle.getStructuredSelection().getFirstElement() instanceof Problem problem) {
				oeffne(problem);
			}
		});

		befunde = new Befundliste(store, () -> katalog);
		operationen = Praxisbeispieloperationen.von(application.getContext(), store);
		operationen.beobachte(spaeter);
		if (broker != null) {
			// saves (an editor no longer dirty) and editors opened or closed
			broker.subscribe(UIEvents.Dirtyable.TOPIC_DIRTY, werkbank);
			broker.subscribe(UIEvents.UILifeCycle.ACTIVATE, werkbank);
			broker.subscribe(UIEvents.ElementContainer.TOPIC_CHILDREN, werkbank);
		}
		aktualisiere();
	}

	@PreDestroy
	public void dispose() {
		operationen.beobachteNichtMehr(spaeter);
		if (broker != null) {
			broker.unsubscribe(werkbank);
		}
		beobachteteStapel.forEach(stapel -> stapel.removeCommandStackListener(bearbeitet));
	}

	@Focus
	public void setFocus() {
		Zugaenglich.fokussiere(teil, tabelle.getControl());
	}

	/** Checks every project again: open ones as edited, the others as saved (read again only if the file changed). */
	public void aktualisiere() {
		if (tabelle.getControl().isDisposed()) {
			return;
		}
		Map<String, PraxisbeispielEditor> offen = new HashMap<>();
		for (MPart part : parts.getParts()) {
			if (part.getObject() instanceof PraxisbeispielEditor editor && editor.praxisbeispiel() != null) {
				offen.put(editor.projekt(), editor);
				if (beobachteteStapel.add(editor.domain().getCommandStack())) {
					editor.domain().getCommandStack().addCommandStackListener(bearbeitet);
				}
			}
		}
		List<Problem> probleme = new ArrayList<>();
		List<String> namen;
		try {
			namen = store.names();
		} catch (StoreException e) {
			probleme.add(new Problem(Diagnostic.ERROR, e.getMessage(), "", "", "", null, null));
			namen = List.of();
		}
		befunde.vergiss(namen);
		for (String name : namen) {
			PraxisbeispielEditor editor = offen.get(name);
			probleme.addAll(editor != null ? befunde.von(name, editor.praxisbeispiel()) : befunde.gespeichert(name));
		}
		tabelle.setInput(probleme);
		long fehler = probleme.stream().filter(p -> p.schwere() >= Diagnostic.ERROR).count();
		long hinweise = probleme.stream().filter(p -> p.schwere() < Diagnostic.WARNING).count();
		zusammenfassung.setText(Messages.format(texte.problemeZusammenfassung, fehler, probleme.size() - fehler - hinweise, hinweise));
		zusammenfassung.getParent().layout(true, true);
	}

	/** Opens the project's editor and asks it to show the object and field, resolved in the editor's own model. */
	public Sprung oeffne(Problem problem) {
		MPart part = EditorOeffner.oeffne(problem.projekt(), parts, models, application);
		// from now on the view follows the editor's unsaved changes
		spaeter.run();
		if (!(part.getObject() instanceof PraxisbeispielEditor editor) || editor.praxisbeispiel() == null) {
			return letzterSprung = new Sprung(part, null, problem.feld(), false);
		}
		Praxisbeispiel modell = editor.praxisbeispiel();
		EObject objekt = problem.pfad() == null ? modell : EcoreUtil.getEObject(modell, problem.pfad());
		if (objekt == null) {
			objekt = modell;
		}
		EStructuralFeature feld = problem.feld() != null && objekt.eClass().getEAllStructuralFeatures().contains(problem.feld())
				? problem.feld() : null;
		return letzterSprung = new Sprung(part, objekt, feld, editor.zeige(objekt, feld));
	}

	/** The last double-click's outcome, for the test. */
	Sprung letzterSprung() {
		return letzterSprung;
	}

	/** A column with this share of the width; its tooltip shows the whole text. */
	private void spalte(TableColumnLayout spalten, String titel, int anteil, java.util.function.Function<Problem, String> text,
			java.util.function.Function<Problem, Image> bild) {
		TableViewerColumn spalte = new TableViewerColumn(tabelle, SWT.NONE);
		spalte.getColumn().setText(titel);
		spalten.setColumnData(spalte.getColumn(), new ColumnWeightData(anteil, 80));
		spalte.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Problem) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((Problem) element);
			}

			@Override
			public Image getImage(Object element) {
				return bild.apply((Problem) element);
			}
		});
	}
}
