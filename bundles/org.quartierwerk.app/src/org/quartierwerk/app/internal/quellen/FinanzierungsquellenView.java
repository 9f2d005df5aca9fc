package org.quartierwerk.app.internal.quellen;

import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Baeume;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.basis.Rueckgaengigbar;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.catalog.Katalog;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsquelle;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.app.internal.quellen.Quellenanzeige.Gruppe;
import org.quartierwerk.model.Textvergleich;
import org.quartierwerk.model.analyse.Sammlung;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Finanzierungsquellen view: the catalogue's funding sources grouped by Finanzierungsart, a search as you type,
 * the details of the selected source, optionally only the sources that fit the project in the active editor, and
 * taking a source into that project's Finanzierungsplan as one undoable command.
 */
public final class FinanzierungsquellenView {

	/** Element id of the view (fragmente/praxisbeispiele.e4xmi). */
	public static final String PART_ID = "org.quartierwerk.app.part.finanzierungsquellen";

	@Inject
	@Optional
	@Service
	private Katalog katalog;

	@Inject
	@Translation
	private Messages texte;

	@Inject
	private IEclipseContext context;

	@Inject
	@Optional
	private EPartService parts;

	Text suche;
	Button nurPassende;
	Label status;
	TreeViewer baum;
	Text details;
	Button hinzufuegen;

	/** What the last action did, shown after the counts until the search or the toggle changes. */
	private String hinweis;
	private Command letzteUebernahme;
	private MPart editorPart;
	private EditingDomain editorDomain;
	private final CommandStackListener projektGeaendert = this::projektGeaendert;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(3).applyTo(parent);
		Label suchen = new Label(parent, SWT.NONE);
		suchen.setText(texte.quellenSuchen);
		suche = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		suche.setMessage(texte.quellenSucheHinweis);
		Zugaenglich.benenne(suche, suchen);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(suche);
		suche.addListener(SWT.Modify, e -> {
			hinweis = null;
			zeige();
		});
		nurPassende = new Button(parent, SWT.CHECK);
		nurPassende.addListener(SWT.Selection, e -> {
			hinweis = null;
			zeige();
		});

		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(status);

		SashForm teilung = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(teilung);
		baum = new TreeViewer(teilung, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		baum.setContentProvider(Baeume.inhalt(e -> e instanceof Gruppe gruppe ? gruppe.quellen() : List.of(),
				e -> baum.getInput() instanceof List<?> gruppen
						? gruppen.stream().filter(g -> ((Gruppe) g).quellen().contains(e)).findFirst().orElse(null)
						: null));
		baum.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Gruppe gruppe) {
					return (gruppe.art() == null ? texte.quellenOhneArt : Bezeichnungen.von(gruppe.art())) + " (" + gruppe.quellen().size() + ")";
				}
				return String.valueOf(((Finanzierungsquelle) element).getName());
			}
		});
		baum.addSelectionChangedListener(e -> zeigeDetails());
		baum.addDoubleClickListener(e -> {
			if (gewaehlt() != null) {
				uebernimm();
			} else {
				Object gruppe = baum.getStructuredSelection().getFirstElement();
				baum.setExpandedState(gruppe, !baum.getExpandedState(gruppe));
			}
		});
		details = new Text(teilung, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		Zugaenglich.benenne(baum.getControl(), texte.zugangQuellen);
		Zugaenglich.benenne(details, texte.zugangQuellenDetails);
		teilung.setWeights(45, 55);

		hinzufuegen = new Button(parent, SWT.PUSH);
		hinzufuegen.setText(texte.quellenHinzufuegen);
		GridDataFactory.swtDefaults().span(3, 1).applyTo(hinzufuegen);
		hinzufuegen.addListener(SWT.Selection, e -> uebernimm());

		if (parts != null) {
			parts.getParts().stream().filter(p -> editor(p) != null).findFirst().ifPresent(this::folge);
		}
		zeige();
	}

	/** Follows the active part: a Praxisbeispiel editor becomes the project the view works for. */
	@Inject
	@Optional
	public void aktiv(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (part != null && editor(part) != null) {
			folge(part);
		} else if (editorPart != null && editor(editorPart) == null) {
			folge(null); // its editor was closed
		}
		if (baum != null && !baum.getControl().isDisposed()) {
			zeige();
			// closing an editor activates the next part before the closed one is gone: look again afterwards
			baum.getControl().getDisplay().asyncExec(() -> {
				if (!baum.getControl().isDisposed() && editorPart != null && editor(editorPart) == null) {
					folge(null);
					zeige();
				}
			});
		}
	}

	@Focus
	public void setFocus() {
		if (editorPart != null && editor(editorPart) == null) {
			folge(null);
			zeige();
		}
		suche.setFocus();
	}

	@PreDestroy
	public void dispose() {
		folge(null);
	}

	/** The tree again for the search text and the toggle; the counts and the project in the status line. */
	void zeige() {
		List<Finanzierungsquelle> alle = katalog == null ? List.of() : katalog.finanzierungsquellen();
		Praxisbeispiel beispiel = beispiel();
		if (beispiel == null || editorDomain.getCommandStack().getUndoCommand() != letzteUebernahme) {
			hinweis = null; // undone, or the project changed since
		}
		nurPassende.setEnabled(beispiel != null);
		nurPassende.setText(beispiel == null ? texte.quellenNurPassendeOhneProjekt
				: Messages.format(texte.quellenNurPassende, projektname()));
		boolean passend = beispiel != null && nurPassende.getSelection();
		Collection<Finanzierungsquelle> kandidaten = passend ? Set.copyOf(Sammlung.passendeQuellen(beispiel, alle)) : alle;
		String text = Textvergleich.suchform(suche.getText().strip());
		List<Finanzierungsquelle> sichtbar = alle.stream().filter(kandidaten::contains).filter(q -> Quellenanzeige.passtZu(q, text)).toList();

		Object vorher = gewaehlt();
		baum.setInput(Quellenanzeige.gruppen(sichtbar));
		if (!text.isEmpty() || passend) {
			baum.expandAll();
		}
		if (vorher != null && sichtbar.contains(vorher)) {
			baum.setSelection(new StructuredSelection(vorher), true);
		}

		String anzahl = Messages.format(texte.quellenAnzahl, sichtbar.size(), alle.size());
		status.setText(katalog == null || alle.isEmpty() ? texte.quellenKatalogFehlt
				: beispiel == null ? anzahl + " " + texte.quellenKeinProjekt : hinweis == null ? anzahl : anzahl + " " + hinweis);
		zeigeDetails();
		status.getParent().layout(true, true);
	}

	/** Adds the selected source to the plan of the project in the editor, as one command of the editor. */
	void uebernimm() {
		Finanzierungsquelle quelle = gewaehlt();
		Praxisbeispiel beispiel = beispiel();
		if (quelle == null || beispiel == null) {
			return;
		}
		letzteUebernahme = Planuebernahme.fuer(beispiel, quelle, editorDomain, texte.quellenBefehl);
		editorDomain.getCommandStack().execute(letzteUebernahme);
		hinweis = Messages.format(texte.quellenHinzugefuegt, quelle.getName(), projektname());
		zeige();
	}

	private void zeigeDetails() {
		Finanzierungsquelle quelle = gewaehlt();
		hinzufuegen.setEnabled(quelle != null && beispiel() != null);
		details.setText(quelle == null ? texte.quellenDetailsLeer : Quellenanzeige.beschreibe(quelle, texte));
	}

	private Finanzierungsquelle gewaehlt() {
		return baum.getStructuredSelection().getFirstElement() instanceof Finanzierungsquelle q ? q : null;
	}

	private Praxisbeispiel beispiel() {
		PraxisbeispielEditor editor = editorPart == null ? null : editor(editorPart);
		return editor == null ? null : editor.praxisbeispiel();
	}

	private String projektname() {
		Praxisbeispiel beispiel = beispiel();
		String titel = beispiel == null ? null : beispiel.getTitel();
		return titel == null || titel.isBlank() ? editor(editorPart).projekt() : titel;
	}

	/** Switches to the editor of this part (null: none); its domain serves undo while the view is active. */
	private void folge(MPart part) {
		EditingDomain domain = part == null ? null : editor(part).domain();
		if (part == editorPart && domain == editorDomain) {
			return;
		}
		if (editorDomain != null) {
			editorDomain.getCommandStack().removeCommandStackListener(projektGeaendert);
		}
		editorPart = part;
		editorDomain = domain;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(projektGeaendert);
			context.set(Rueckgaengigbar.class, editor(part).verlauf());
		} else {
			context.remove(Rueckgaengigbar.class);
		}
	}

	/** The Bundesland or the Handlungsfelder may have changed: the matching sources again. */
	private void projektGeaendert(EventObject event) {
		baum.getControl().getDisplay().asyncExec(() -> {
			if (!baum.getControl().isDisposed()) {
				zeige();
			}
		});
	}

	private static PraxisbeispielEditor editor(MPart part) {
		// a closed editor is no longer to be rendered, and loses its object once its widgets are gone
		return PraxisbeispielEditor.PART_ID.equals(part.getElementId()) && part.isToBeRendered()
				&& part.getObject() instanceof PraxisbeispielEditor editor
				&& editor.praxisbeispiel() != null && editor.domain() != null ? editor : null;
	}
}
