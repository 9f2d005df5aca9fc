package org.quartierwerk.app.internal.sammlung;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.app.internal.praxisbeispiele.Navigatormarken;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispielauswahl;
import org.quartierwerk.sharing.SharedCollection;
import org.quartierwerk.sharing.SharedCollection.Autor;
import org.quartierwerk.sharing.SharedCollection.Verlaufseintrag;
import org.quartierwerk.sharing.SharingException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Verlauf view: who changed which fields of the project selected in the navigator, when (Stand, Zeit, Autor,
 * Nachricht), newest first; below, the fields the selected Stand changed, in the workbench's terms. "Diesen Stand
 * wiederherstellen" (button and context menu) brings an earlier Stand back as a new change, after asking. Read again
 * when another project is selected and after each save or Abgleich (when the navigator's marks are computed again).
 */
public final class VerlaufView {

	/** Element id of the part (fragmente/sammlung.e4xmi). */
	public static final String PART_ID = "org.quartierwerk.app.part.verlauf";
	private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());

	@Inject
	@Optional
	@Service
	private SharedCollection sammlung;

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	@Inject
	private Shell shell;

	private Label kopf;
	private TableViewer tabelle;
	private org.eclipse.swt.widgets.List aenderungen;
	private Button wiederherstellen;
	private MenuItem wiederherstellenMenue;
	private String projekt;
	private String titel;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		kopf = new Label(parent, SWT.WRAP);
		kopf.setText(Texte.verlaufOhneAuswahl);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kopf);
		// side by side: the lower stack is low, the history and the fields of a Stand both need lines
		SashForm teilung = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(teilung);
		tabelle = new TableViewer(teilung, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tabelle.getTable().setHeaderVisible(true);
		tabelle.getTable().setLinesVisible(true);
		spalte(Texte.verlaufStand, 80, Verlaufseintrag::stand);
		spalte(Texte.verlaufZeit, 120, e -> ZEIT.format(e.zeit()));
		spalte(Texte.verlaufAutor, 200, Verlaufseintrag::autor);
		spalte(Texte.verlaufNachricht, 300, Verlaufseintrag::nachricht);
		tabelle.setContentProvider(ArrayContentProvider.getInstance());
		Zugaenglich.benenne(tabelle.getTable(), Texte.verlaufTabelle);
		Composite rechts = new Composite(teilung, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(rechts);
		Label ueber = new Label(rechts, SWT.NONE);
		ueber.setText(Texte.verlaufAenderungen);
		aenderungen = new org.eclipse.swt.widgets.List(rechts, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Zugaenglich.benenne(aenderungen, Texte.verlaufAenderungen);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(aenderungen);
		teilung.setWeights(60, 40);
		wiederherstellen = new Button(parent, SWT.PUSH);
		wiederherstellen.setText(Texte.wiederherstellen);
		wiederherstellen.addListener(SWT.Selection, e -> stelleWiederHer());
		Menu menue = new Menu(tabelle.getTable());
		wiederherstellenMenue = new MenuItem(menue, SWT.PUSH);
		wiederherstellenMenue.setText(Texte.wiederherstellen);
		wiederherstellenMenue.addListener(SWT.Selection, e -> stelleWiederHer());
		tabelle.getTable().setMenu(menue);
		tabelle.addSelectionChangedListener(e -> zeigeAenderungen());
		zeigeAenderungen();
		// a project selected before the controls were there
		lade();
	}

	private void spalte(String titel, int breite, Function<Verlaufseintrag, String> wert) {
		TableViewerColumn spalte = new TableViewerColumn(tabelle, SWT.LEFT);
		spalte.getColumn().setText(titel);
		spalte.getColumn().setWidth(Spaltenbreite.fuer(tabelle.getControl(), titel, breite));
		spalte.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return wert.apply((Verlaufseintrag) element);
			}
		});
	}

	/** The project selected in the navigator; another selection (e.g. in this view) keeps the project shown. */
	@Inject
	@Optional
	public void waehle(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Praxisbeispielauswahl auswahl) {
		if (auswahl != null && !auswahl.name().equals(projekt)) {
			projekt = auswahl.name();
			titel = auswahl.titel();
			lade();
		}
	}

	/** The navigator's marks were computed again: something was saved, sent or taken. */
	@Inject
	@Optional
	public void markiert(@Optional Navigatormarken marken) {
		lade();
	}

	@Focus
	public void setFocus() {
		tabelle.getTable().setFocus();
	}

	/** Reads the history of the shown project again. */
	public void lade() {
		if (tabelle == null || tabelle.getTable().isDisposed() || projekt == null) {
			return;
		}
		if (sammlung == null) {
			return;
		}
		String name = projekt;
		List<Verlaufseintrag>[] eintraege = new List[1];
		String[] fehler = new String[1];
		BusyIndicator.showWhile(tabelle.getTable().getDisplay(), () -> {
			try {
				eintraege[0] = sammlung.verlauf(name);
			} catch (SharingException e) {
				fehler[0] = e.getMessage();
			}
		});
		kopf.setText(fehler[0] != null ? fehler[0] : NLS.bind(Texte.verlaufVon, titel == null ? name : titel));
		tabelle.setInput(eintraege[0] == null ? List.of() : eintraege[0]);
		if (eintraege[0] != null && !eintraege[0].isEmpty()) {
			tabelle.getTable().setSelection(0);
		}
		zeigeAenderungen();
		kopf.getParent().layout(true, true);
	}

	private Verlaufseintrag gewaehlt() {
		return tabelle.getStructuredSelection().getFirstElement() instanceof Verlaufseintrag eintrag ? eintrag : null;
	}

	private void zeigeAenderungen() {
		Verlaufseintrag eintrag = gewaehlt();
		aenderungen.removeAll();
		if (eintrag != null) {
			List<String> felder = eintrag.aenderungen().isEmpty() ? List.of(Texte.verlaufKeineAenderungen) : eintrag.aenderungen();
			felder.forEach(aenderungen::add);
		}
		// the newest Stand is what the file holds already
		boolean frueher = eintrag != null && tabelle.getTable().getSelectionIndex() > 0;
		wiederherstellen.setEnabled(frueher);
		wiederherstellenMenue.setEnabled(frueher);
	}

	private void stelleWiederHer() {
		Verlaufseintrag eintrag = gewaehlt();
		if (eintrag == null || projekt == null || sammlung == null) {
			return;
		}
		String name = projekt;
		for (MPart part : parts.getParts()) {
			if (PraxisbeispielEditor.PART_ID.equals(part.getElementId()) && name.equals(part.getPersistedState().get(PraxisbeispielEditor.PROJEKT))
					&& part.isDirty()) {
				MessageDialog.openError(shell, Texte.titel, NLS.bind(Texte.wiederherstellenUngespeichert, name));
				return;
			}
		}
		MessageDialog frage = new MessageDialog(shell, Texte.titel, null,
				NLS.bind(Texte.wiederherstellenFrage, new Object[] { name, eintrag.stand(), ZEIT.format(eintrag.zeit()) }),
				MessageDialog.QUESTION, 1, Texte.wiederherstellen, Texte.abbrechen);
		if (frage.open() != 0) {
			return;
		}
		String wann;
		try {
			wann = sammlung.wiederherstellen(name, eintrag.stand(), Autor.UNBEKANNT);
		} catch (SharingException e) {
			MessageDialog.openError(shell, Texte.titel, e.getMessage());
			return;
		}
		Auffrischung.nachAenderung(List.of(name), application, parts, models);
		lade();
		MessageDialog.openInformation(shell, Texte.titel, NLS.bind(Texte.wiederherstellenFertig, name, wann));
	}

	Label kopf() {
		return kopf;
	}

	TableViewer tabelle() {
		return tabelle;
	}

	org.eclipse.swt.widgets.List aenderungen() {
		return aenderungen;
	}

	Button wiederherstellenKnopf() {
		return wiederherstellen;
	}
}
