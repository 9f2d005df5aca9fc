package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Fragen;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Beteiligung;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Partizipationsstufe;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektphase;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/**
 * Page Beteiligung: which Partizipationsstufe the project reaches in which Projektphase, as a matrix of check boxes
 * (phases by the chosen model's Stufen), the Beteiligungen with Zielgruppe and Format, and the text about them. The
 * chosen model is the one of the project's Beteiligungen; changing it asks first, for they cannot stay.
 */
final class BeteiligungSeite {

	private final Praxisbeispiel beispiel;
	private final EditingDomain domain;
	private final Messages texte;
	private final List<Partizipationsmodell> modelle;
	private final Composite seite;
	final ComboViewer modell;
	final Composite matrix;
	final TableViewer beteiligungen;
	final Text beteiligungText;
	/** Asks the user a yes/no question; a test answers itself. */
	Predicate<String> frage;
	/** The model chosen while the project has no Beteiligungen. */
	private Partizipationsmodell gewaehlt;
	/** The model the matrix shows, to rebuild it only when it changes. */
	private Partizipationsmodell gezeigt;
	private boolean aktualisiert;

	BeteiligungSeite(Composite parent, Praxisbeispiel beispiel, EditingDomain domain, DataBindingContext bindings, Messages texte,
			List<Partizipationsmodell> modelle) {
		this.beispiel = beispiel;
		this.domain = domain;
		this.texte = texte;
		this.modelle = modelle;
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(seite);
		frage = text -> Fragen.jaNein(seite.getShell(), texte, texte.beteiligungModellTitel, text);

		Label label = new Label(seite, SWT.NONE);
		label.setText(texte.feldPartizipationsmodell);
		modell = new ComboViewer(seite, SWT.READ_ONLY | SWT.DROP_DOWN);
		modell.setContentProvider(ArrayContentProvider.getInstance());
		modell.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Partizipationsmodell) element).getName();
			}
		});
		modell.setInput(modelle);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(modell.getControl());
		Zugaenglich.benenne(modell.getControl(), label);
		modell.addSelectionChangedListener(e -> {
			if (!aktualisiert && e.getStructuredSelection().getFirstElement() instanceof Partizipationsmodell neu) {
				wechsle(neu);
			}
		});

		Felder.ueberschrift(seite, texte.beteiligungMatrix);
		matrix = new Composite(seite, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).indent(8, 0).applyTo(matrix);

		Felder.ueberschrift(seite, texte.beteiligungListe);
		beteiligungen = Felder.tabelle(seite, 100);
		Spalten spalten = new Spalten(beteiligungen, domain, texte);
		spalten.anzeige(texte.spaltePhase, 110, b -> ((Beteiligung) b).isSetPhase() ? Bezeichnungen.von(((Beteiligung) b).getPhase()) : "");
		spalten.anzeige(texte.spalteStufe, 140, b -> ((Beteiligung) b).getStufe() == null ? "" : ((Beteiligung) b).getStufe().getName());
		spalten.text(texte.spalteZielgruppe, 200, Literals.BETEILIGUNG__ZIELGRUPPE);
		spalten.text(texte.spalteFormat, 240, Literals.BETEILIGUNG__FORMAT);
		beteiligungen.setInput(beispiel.getBeteiligungen());

		beteiligungText = Felder.text(seite, texte.feldBeteiligungText, true);
		Felder.binde(bindings, beteiligungText, domain, beispiel, Literals.PRAXISBEISPIEL__BETEILIGUNG_TEXT);
		aktualisiere();
	}

	Control control() {
		return seite;
	}

	/** The model of the project's Beteiligungen, else the one chosen, else the catalogue's default. */
	Partizipationsmodell modell() {
		for (Beteiligung beteiligung : beispiel.getBeteiligungen()) {
			Partizipationsstufe stufe = beteiligung.getStufe();
			if (stufe != null && stufe.getModell() != null) {
				String id = stufe.getModell().getId();
				return modelle.stream().filter(m -> Objects.equals(m.getId(), id)).findFirst().orElse(stufe.getModell());
			}
		}
		return gewaehlt != null ? gewaehlt : modelle.isEmpty() ? null : modelle.get(0);
	}

	/** The matrix' check box of a phase and a Stufe, or null. */
	Button feld(Projektphase phase, Partizipationsstufe stufe) {
		for (Control control : matrix.getChildren()) {
			if (control instanceof Button feld && phase.equals(feld.getData("phase")) && stufe.equals(feld.getData("stufe"))) {
				return feld;
			}
		}
		return null;
	}

	void aktualisiere() {
		Partizipationsmodell aktuell = modell();
		aktualisiert = true;
		try {
			modell.setSelection(aktuell == null ? StructuredSelection.EMPTY : new StructuredSelection(aktuell));
		} finally {
			aktualisiert = false;
		}
		if (aktuell != gezeigt || matrix.getChildren().length == 0) {
			baueMatrix(aktuell);
		}
		for (Control control : matrix.getChildren()) {
			if (control instanceof Button feld) {
				feld.setSelection(!zelle((Projektphase) feld.getData("phase"), (Partizipationsstufe) feld.getData("stufe")).isEmpty());
			}
		}
		beteiligungen.refresh();
	}

	private void baueMatrix(Partizipationsmodell aktuell) {
		gezeigt = aktuell;
		for (Control control : matrix.getChildren()) {
			control.dispose();
		}
		if (aktuell == null) {
			GridLayoutFactory.fillDefaults().applyTo(matrix);
			new Label(matrix, SWT.WRAP).setText(texte.beteiligungKeinModell);
			return;
		}
		List<Partizipationsstufe> stufen = new ArrayList<>(aktuell.getStufen());
		stufen.sort(Comparator.comparingInt(Partizipationsstufe::getRang));
		GridLayoutFactory.fillDefaults().numColumns(stufen.size() + 1).spacing(12, 6).applyTo(matrix);
		new Label(matrix, SWT.NONE);
		List<Label> koepfe = new ArrayList<>();
		for (Partizipationsstufe stufe : stufen) {
			Label kopf = new Label(matrix, SWT.CENTER);
			koepfe.add(kopf);
			kopf.setText(stufe.getName());
			kopf.setToolTipText(stufe.getBeschreibung());
			GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.END).applyTo(kopf);
		}
		for (Projektphase phase : Projektphase.VALUES) {
			Label zeile = new Label(matrix, SWT.NONE);
			zeile.setText(Bezeichnungen.von(phase));
			for (Partizipationsstufe stufe : stufen) {
				Button feld = new Button(matrix, SWT.CHECK);
				feld.setData("phase", phase);
				feld.setData("stufe", stufe);
				feld.setToolTipText(Bezeichnungen.von(phase) + ": " + stufe.getName());
				// a box without text is named for screen readers by its row and column: "Planung: Mitwirken"
				Zugaenglich.benenne(feld, zeile, koepfe.get(stufen.indexOf(stufe)));
				feld.addListener(SWT.Selection, e -> kreuze(phase, stufe, feld.getSelection()));
				GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(feld);
			}
		}
		seite.layout(true, true);
	}

	/** A tick adds a Beteiligung for the phase and Stufe, taking it away removes the cell's Beteiligungen. */
	private void kreuze(Projektphase phase, Partizipationsstufe stufe, boolean an) {
		List<Beteiligung> vorhanden = zelle(phase, stufe);
		if (an && vorhanden.isEmpty()) {
			Beteiligung neu = QuartierwerkFactory.eINSTANCE.createBeteiligung();
			neu.setPhase(phase);
			neu.setStufe(stufe);
			domain.getCommandStack().execute(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__BETEILIGUNGEN, neu));
		} else if (!an && !vorhanden.isEmpty()) {
			domain.getCommandStack().execute(RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__BETEILIGUNGEN, vorhanden));
		}
	}

	/** Another model: after asking, the Beteiligungen of the previous one go, in one command that undo brings back. */
	private void wechsle(Partizipationsmodell neu) {
		List<Beteiligung> andere = beispiel.getBeteiligungen().stream()
				.filter(b -> b.getStufe() != null && (b.getStufe().getModell() == null
						|| !Objects.equals(b.getStufe().getModell().getId(), neu.getId())))
				.toList();
		if (!andere.isEmpty()) {
			if (!frage.test(Messages.format(texte.beteiligungModellWechseln, andere.size(), neu.getName()))) {
				aktualisiere();
				return;
			}
			CompoundCommand wechsel = new CompoundCommand(texte.beteiligungModellTitel);
			wechsel.append(RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__BETEILIGUNGEN, andere));
			gewaehlt = neu;
			domain.getCommandStack().execute(wechsel);
		} else {
			gewaehlt = neu;
		}
		aktualisiere();
	}

	private List<Beteiligung> zelle(Projektphase phase, Partizipationsstufe stufe) {
		return beispiel.getBeteiligungen().stream()
				.filter(b -> b.isSetPhase() && b.getPhase() == phase && b.getStufe() != null && gleich(b.getStufe(), stufe)).toList();
	}

	private static boolean gleich(EObject a, Partizipationsstufe b) {
		return a == b || a instanceof Partizipationsstufe stufe && stufe.getId() != null && stufe.getId().equals(b.getId());
	}
}
