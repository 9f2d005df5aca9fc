package org.quartierwerk.app.internal.kurse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.courses.CourseService;
import org.quartierwerk.courses.model.Checkliste;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.courses.model.Modul;
import org.quartierwerk.courses.model.Pruefpunkt;
import org.quartierwerk.courses.model.Teilnahme;

/** The course's modules and checklists as a tree to tick off, for the participant's Teilnahme. */
final class Teilnahmebaum {

	/** A heading in the tree: the modules, or one checklist, with its entries. */
	record Abschnitt(String titel, List<EObject> eintraege) {
	}

	private final Messages texte;
	final CheckboxTreeViewer punkte;
	private CourseService kurse;
	private Teilnahme teilnahme;

	/** @param gehakt what to do when the user ticks (true) or unticks a module or checklist point */
	Teilnahmebaum(Composite inhalt, Messages texte, BiConsumer<EObject, Boolean> gehakt) {
		this.texte = texte;
		punkte = new CheckboxTreeViewer(inhalt, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Zugaenglich.benenne(punkte.getControl(), texte.kurseModule);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(200, 160).applyTo(punkte.getControl());
		punkte.setContentProvider(new Gliederung());
		punkte.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return beschrifte(element);
			}
		});
		punkte.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return element instanceof Abschnitt abschnitt ? abschnitt.eintraege().stream().anyMatch(Teilnahmebaum.this::erledigt)
						: erledigt(element);
			}

			@Override
			public boolean isGrayed(Object element) {
				return element instanceof Abschnitt abschnitt && !abschnitt.eintraege().stream().allMatch(Teilnahmebaum.this::erledigt);
			}
		});
		punkte.addCheckStateListener(e -> {
			if (teilnahme == null || !(e.getElement() instanceof EObject element)) {
				punkte.refresh(); // a heading is not ticked itself
			} else {
				gehakt.accept(element, e.getChecked());
			}
		});
	}

	/** The course's entries, ticked as in the Teilnahme; nothing to tick without one. */
	void zeige(CourseService dienst, Kurs kurs, List<Checkliste> checklisten, Teilnahme neu) {
		this.kurse = dienst;
		this.teilnahme = neu;
		punkte.setInput(kurs == null ? List.of() : gliederung(kurs, checklisten));
		punkte.expandAll();
		punkte.getControl().setEnabled(neu != null);
	}

	/** The id of a module or checklist point, as the course service names it. */
	static String id(EObject element) {
		return element instanceof Modul modul ? modul.getId() : ((Pruefpunkt) element).getId();
	}

	private boolean erledigt(Object element) {
		return teilnahme != null && kurse != null && element instanceof EObject eintrag && kurse.erledigt(teilnahme, id(eintrag));
	}

	private String beschrifte(Object element) {
		if (element instanceof Abschnitt abschnitt) {
			return abschnitt.titel();
		}
		if (element instanceof Modul modul) {
			return modul.getTitel() + (modul.getStunden() == null ? "" : " (" + Messages.format(texte.kurseStunden, modul.getStunden()) + ")");
		}
		Pruefpunkt punkt = (Pruefpunkt) element;
		return punkt.getFrage() + (punkt.isPflicht() ? "" : " " + texte.kurseFreiwillig);
	}

	/** The modules, then each checklist of the course and of the Vorgaben der Kursleitung (marked so). */
	private List<Abschnitt> gliederung(Kurs kurs, List<Checkliste> checklisten) {
		List<Abschnitt> abschnitte = new ArrayList<>();
		abschnitte.add(new Abschnitt(texte.kurseModule, List.copyOf(kurs.getModule())));
		for (Checkliste liste : checklisten) {
			String titel = liste.getTitel() + (CourseService.vonKursleitung(liste) ? " " + texte.kurseVorgabe : "");
			abschnitte.add(new Abschnitt(titel, List.copyOf(liste.getPunkte())));
		}
		return abschnitte;
	}

	private static final class Gliederung implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof Abschnitt abschnitt ? abschnitt.eintraege().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Abschnitt;
		}
	}
}
