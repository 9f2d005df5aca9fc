package org.quartierwerk.app.internal.praxisbeispiele;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.quartierwerk.app.internal.basis.Baeume;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.praxisbeispiele.Gruppierung.Gruppe;
import org.quartierwerk.app.internal.praxisbeispiele.Praxisbeispielbestand.Eintrag;
import org.quartierwerk.core.WorkspaceLocator;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Quartier;

/**
 * The navigator's tree: the Praxisbeispiele by title, under their groups when grouped, each with a marker when it
 * has errors or warnings and its file in the tooltip.
 */
final class Navigatorbaum {

	/** A group of the tree. */
	record Gruppenknoten(Gruppe gruppe, List<Projektknoten> kinder) {
	}

	/** A Praxisbeispiel in the tree, under its group (null when not grouped). */
	record Projektknoten(Gruppe gruppe, Eintrag projekt) {
	}

	final TreeViewer viewer;
	private final Messages messages;
	/** Marks of another area after the title, or null. */
	Navigatormarken marken;

	Navigatorbaum(Composite parent, Messages messages) {
		this.messages = messages;
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		Zugaenglich.benenne(viewer.getControl(), messages.zugangNavigator);
		viewer.setContentProvider(Baeume.inhalt(e -> e instanceof Gruppenknoten gruppe ? gruppe.kinder() : List.of(), e -> null));
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Gruppenknoten gruppe) {
					return gruppe.gruppe().name() + " (" + gruppe.kinder().size() + ")";
				}
				Eintrag projekt = ((Projektknoten) element).projekt();
				String marke = marken == null ? null : marken.marke(projekt.name());
				return marke == null ? projekt.titel() : projekt.titel() + " " + marke;
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
	}

	/** Shows these Praxisbeispiele, grouped as chosen, all groups open; the selected one stays selected. */
	void zeige(List<Eintrag> treffer, Gruppierung nach) {
		Praxisbeispielauswahl vorher = ausgewaehlt();
		List<Object> wurzeln = new ArrayList<>();
		if (nach == Gruppierung.KEINE) {
			treffer.forEach(p -> wurzeln.add(new Projektknoten(null, p)));
		} else {
			Map<Gruppe, List<Projektknoten>> gruppen = new TreeMap<>(Gruppe.ORDNUNG);
			for (Eintrag projekt : treffer) {
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
	}

	/** The Praxisbeispiel selected in the tree, or null. */
	Praxisbeispielauswahl ausgewaehlt() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Projektknoten knoten
				? new Praxisbeispielauswahl(knoten.projekt().name(), knoten.projekt().titel())
				: null;
	}

	/** Selects the Praxisbeispiel of this name (in its first group). */
	void waehle(String name) {
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

	boolean verschwunden() {
		return viewer.getControl().isDisposed();
	}

	/** "Quartier: … · Bundesland: …", each "nicht angegeben" when the project does not record it. */
	String ort(Praxisbeispiel beispiel) {
		Quartier quartier = beispiel.getQuartier();
		String name = quartier == null || quartier.getName() == null || quartier.getName().isBlank() ? messages.nichtAngegeben
				: quartier.getName().strip();
		String land = beispiel.isSetBundesland() && beispiel.getBundesland() != null ? Bezeichnungen.von(beispiel.getBundesland())
				: messages.nichtAngegeben;
		return Messages.format(messages.navigatorOrt, name, land);
	}

	private String tooltip(Eintrag projekt) {
		String datei = Messages.format(messages.navigatorDatei, projekt.name() + WorkspaceLocator.PROJECT_FILE_EXTENSION);
		long fehler = projekt.fehler();
		long warnungen = projekt.warnungen();
		// the whole title, which the tree may cut, and where the project is
		String text = projekt.titel() + "\n" + ort(projekt.beispiel()) + "\n" + datei;
		return fehler + warnungen == 0 ? text : text + "\n" + Messages.format(messages.navigatorBefund, fehler, warnungen);
	}
}
