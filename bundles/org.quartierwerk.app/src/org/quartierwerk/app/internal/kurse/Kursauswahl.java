package org.quartierwerk.app.internal.kurse;

import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.editor.PraxisbeispielEditor;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.courses.model.Kurs;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * The course and the Praxisprojekt the Kurse view shows: two choices that keep what was chosen where it still exists,
 * and follow the Praxisbeispiel editor that becomes active – with its unsaved edits, as they happen.
 */
final class Kursauswahl {

	private final Runnable geaendert;
	private final CommandStackListener projektGeaendert = this::projektGeaendert;
	ComboViewer kurs;
	ComboViewer projekt;
	private MPart editorPart;
	private CommandStack beobachtet;

	/** @param geaendert what to do when the choice or the chosen project's content changes */
	Kursauswahl(Runnable geaendert) {
		this.geaendert = geaendert;
	}

	void erstelle(Composite inhalt, Messages texte) {
		kurs = auswahl(inhalt, texte.kurseKurs, element -> ((Kurs) element).getTitel());
		projekt = auswahl(inhalt, texte.kursePraxisprojekt, String::valueOf);
		kurs.addSelectionChangedListener(e -> geaendert.run());
		projekt.addSelectionChangedListener(e -> geaendert.run());
	}

	/** The courses and projects again, keeping the choices where they still exist; else the active editor's project. */
	void setze(List<Kurs> kurse, List<String> namen) {
		String kursId = kurs() == null ? null : kurs().getId();
		kurs.setInput(kurse);
		kurs.setSelection(new StructuredSelection(kurse.stream().filter(k -> k.getId().equals(kursId)).findFirst().orElse(kurse.get(0))));

		String vorher = projekt();
		projekt.setInput(namen);
		String vorschlag = vorher != null && namen.contains(vorher) ? vorher : editorProjekt();
		if (vorschlag == null || !namen.contains(vorschlag)) {
			vorschlag = namen.isEmpty() ? null : namen.get(0);
		}
		projekt.setSelection(vorschlag == null ? StructuredSelection.EMPTY : new StructuredSelection(vorschlag));
		// an empty drop-down takes no keyboard focus in GTK; disabled, it says so to a screen reader as well
		projekt.getControl().setEnabled(!namen.isEmpty());
	}

	Kurs kurs() {
		return kurs.getStructuredSelection().getFirstElement() instanceof Kurs k ? k : null;
	}

	String projekt() {
		return projekt.getStructuredSelection().getFirstElement() instanceof String name ? name : null;
	}

	/** The project of the Praxisbeispiel editor that becomes active is the one the courses are done for. */
	void folge(MPart part) {
		if (part != null && PraxisbeispielEditor.PART_ID.equals(part.getElementId())
				&& part.getObject() instanceof PraxisbeispielEditor editor && editor.projekt() != null) {
			editorPart = part;
			beobachte(editor.domain() == null ? null : editor.domain().getCommandStack());
			if (projekt != null && !projekt.getControl().isDisposed()) {
				projekt.setSelection(new StructuredSelection(editor.projekt()));
			}
		}
	}

	/** The project as in its open editor (unsaved changes count); null when no editor has it: then it counts as saved. */
	Praxisbeispiel editorKopie(String name) {
		if (name != null && editorPart != null && editorPart.getObject() instanceof PraxisbeispielEditor editor
				&& name.equals(editor.projekt())) {
			return editor.praxisbeispiel();
		}
		return null;
	}

	void dispose() {
		beobachte(null);
	}

	/** The names of the workspace's Praxisbeispiele; none when the workspace cannot be read. */
	static List<String> namen(PraxisbeispielStore store) {
		try {
			return store.names();
		} catch (StoreException e) {
			return List.of();
		}
	}

	private String editorProjekt() {
		return editorPart != null && editorPart.getObject() instanceof PraxisbeispielEditor editor ? editor.projekt() : null;
	}

	/** What is missing follows the edits in the active editor at once, not only when the view gets the focus again. */
	private void beobachte(CommandStack stapel) {
		if (beobachtet != null) {
			beobachtet.removeCommandStackListener(projektGeaendert);
		}
		beobachtet = stapel;
		if (stapel != null) {
			stapel.addCommandStackListener(projektGeaendert);
		}
	}

	private void projektGeaendert(EventObject ereignis) {
		if (kurs != null && !kurs.getControl().isDisposed()) {
			kurs.getControl().getDisplay().asyncExec(() -> {
				if (!kurs.getControl().isDisposed()) {
					geaendert.run();
				}
			});
		}
	}

	private static ComboViewer auswahl(Composite inhalt, String beschriftung, Function<Object, String> text) {
		Label label = new Label(inhalt, SWT.NONE);
		label.setText(beschriftung);
		ComboViewer viewer = new ComboViewer(inhalt, SWT.READ_ONLY);
		Zugaenglich.benenne(viewer.getControl(), label);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return Objects.toString(text.apply(element), "");
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
		return viewer;
	}
}
