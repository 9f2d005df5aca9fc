package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Signalfarbe;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.Projektverweis;
import org.quartierwerk.model.Projektverweisart;
import org.quartierwerk.model.Quartier;
import org.quartierwerk.model.Quartiersart;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;

/**
 * Page Orte und Verweise (docs/fachmodell.md §1.5, §1.6): the project's places – the Quartier of the Steckbrief first,
 * then the weitere Orte – and its links to other projects, by their Kennung, so that a link survives the target's
 * renaming; a target that is not in the workspace shows its remembered title as "nicht gefunden". Every change is a
 * command of the editing domain.
 * <p>
 * Größe: two tables of one page that belong together (where the project is, what it belongs to), each with its
 * commands; the links need their own target column (shown, warned or edited by kind) and the opening of the target.
 */
final class OrteSeite {

	/** Opens the project of this name in its editor, finds an open editor's copy of it, checks this project again. */
	interface Oeffner {
		void oeffne(String projekt);

		/** The project is checked again: a target may have come or gone since the last check. */
		void pruefe();

		/** The project as its open editor holds it, or null when it is not open. */
		Praxisbeispiel offen(String projekt);
	}

	private final Composite seite;
	private final Praxisbeispiel beispiel;
	private final String eigenerName;
	private final EditingDomain domain;
	private final Messages texte;
	private final Verweisziele ziele;
	private final Oeffner oeffner;
	private final Consumer<String> melde;
	final TableViewer orte;
	final TableViewer verweise;
	final org.eclipse.swt.widgets.List projekte;
	final Button verweisen;
	final Button oeffnen;
	private List<Verweisziele.Ziel> auswahl = List.of();
	/** Whether the page was shown: only then are the workspace's projects read for the list of targets. */
	private boolean gezeigt;

	OrteSeite(Composite parent, Praxisbeispiel beispiel, String eigenerName, EditingDomain domain, Messages texte, Verweisziele ziele,
			Oeffner oeffner, Consumer<String> melde) {
		this.beispiel = beispiel;
		this.eigenerName = eigenerName;
		this.domain = domain;
		this.texte = texte;
		this.ziele = ziele;
		this.oeffner = oeffner;
		this.melde = melde;
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(seite);

		Felder.ueberschrift(seite, texte.orteUeberschrift);
		orte = Felder.tabelle(seite, 110);
		Spalten ortSpalten = new Spalten(orte, domain, texte);
		ortSpalten.text(texte.spalteName, 170, Literals.QUARTIER__NAME);
		ortSpalten.auswahl(texte.spalteOrtsart, 120, Literals.QUARTIER__ART, Quartiersart.VALUES);
		ortSpalten.text(texte.spalteEinwohner, 100, zeile -> (EObject) zeile, Literals.QUARTIER__EINWOHNER,
				wert -> wert == null ? "" : wert.toString(), OrteSeite::leseAnzahl);
		ortSpalten.text(texte.spalteKommune, 170, Literals.QUARTIER__KOMMUNE);
		ortSpalten.text(texte.spalteKommuneEinwohner, 150, zeile -> (EObject) zeile, Literals.QUARTIER__KOMMUNE_EINWOHNER,
				wert -> wert == null ? "" : wert.toString(), OrteSeite::leseAnzahl);
		Composite ortKnoepfe = Felder.leiste(seite);
		Felder.knopf(ortKnoepfe, texte.ortHinzufuegen, this::ortHinzufuegen);
		Felder.knopf(ortKnoepfe, texte.ortEntfernen, this::ortEntfernen);

		Felder.ueberschrift(seite, texte.verweiseUeberschrift);
		verweise = Felder.tabelle(seite, 90);
		Spalten verweisSpalten = new Spalten(verweise, domain, texte);
		verweisSpalten.auswahl(texte.spalteVerweisart, 170, Literals.PROJEKTVERWEIS__ART, Projektverweisart.VALUES);
		zielSpalte(verweisSpalten);
		verweise.addDoubleClickListener(e -> oeffneGewaehlten());
		// a list, not a drop-down: Tab reaches it also while the workspace holds no other project
		Label label = new Label(seite, SWT.NONE);
		label.setText(texte.verweisProjekt);
		projekte = new org.eclipse.swt.widgets.List(seite, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(SWT.DEFAULT, 70).applyTo(projekte);
		projekte.addListener(SWT.DefaultSelection, e -> verweisHinzufuegen()); // Enter or a double click links
		Zugaenglich.benenne(projekte, label);
		Composite verweisKnoepfe = Felder.leiste(seite);
		verweisen = Felder.knopf(verweisKnoepfe, texte.verweisHinzufuegen, this::verweisHinzufuegen);
		Felder.knopf(verweisKnoepfe, texte.programmHinzufuegen, this::programmHinzufuegen);
		Felder.knopf(verweisKnoepfe, texte.verweisEntfernen, () -> {
			List<?> gewaehlt = verweise.getStructuredSelection().toList();
			if (!gewaehlt.isEmpty()) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, gewaehlt));
			}
		});
		oeffnen = Felder.knopf(verweisKnoepfe, texte.verweisOeffnen, this::oeffneGewaehlten);
		parent.addListener(SWT.Show, e -> {
			gezeigt = true;
			ziele.vergiss(); // other projects may have been added, renamed or deleted meanwhile
			aktualisiere();
			oeffner.pruefe();
		});
		aktualisiere();
	}

	Control control() {
		return seite;
	}

	/** Tables and the list of projects again from the model and the workspace, after every change (also undo and redo). */
	void aktualisiere() {
		List<Quartier> alleOrte = new ArrayList<>();
		if (beispiel.getQuartier() != null) {
			alleOrte.add(beispiel.getQuartier());
		}
		alleOrte.addAll(beispiel.getWeitereOrte());
		orte.setInput(alleOrte);
		orte.refresh();
		verweise.setInput(beispiel.getVerweise());
		verweise.refresh();
		if (!gezeigt) {
			return;
		}
		auswahl = ziele.alle().stream().filter(z -> !z.name().equals(eigenerName)).toList();
		String[] eintraege = auswahl.stream().map(z -> z.titel().equals(z.name()) ? z.titel() : z.titel() + " (" + z.name() + ")")
				.toArray(String[]::new);
		int gewaehlt = projekte.getSelectionIndex();
		projekte.setItems(eintraege);
		if (eintraege.length > 0) {
			projekte.select(gewaehlt >= 0 && gewaehlt < eintraege.length ? gewaehlt : 0);
		}
		seite.layout(true, true);
	}

	/** Selects the place or link; false when the object is neither. */
	boolean waehle(EObject objekt) {
		TableViewer tabelle = objekt instanceof Quartier ? orte : objekt instanceof Projektverweis ? verweise : null;
		if (tabelle == null) {
			return false;
		}
		tabelle.setSelection(new StructuredSelection(objekt), true);
		return !tabelle.getStructuredSelection().isEmpty();
	}

	/** Chooses the project of this name in the list of targets; false when it is not there. */
	boolean waehleZiel(String name) {
		for (int i = 0; i < auswahl.size(); i++) {
			if (auswahl.get(i).name().equals(name)) {
				projekte.select(i);
				return true;
			}
		}
		return false;
	}

	/** The target's title now, or its remembered title marked "nicht gefunden", or the programme's name. */
	String zielText(Projektverweis verweis) {
		String gemerkt = verweis.getZielTitel() == null ? "" : verweis.getZielTitel();
		if (verweis.getZielKennung() == null || verweis.getZielKennung().isBlank()) {
			return gemerkt;
		}
		Map<String, Verweisziele.Ziel> bekannt = ziele.jeKennung();
		Verweisziele.Ziel ziel = bekannt == null ? null : bekannt.get(verweis.getZielKennung());
		if (ziel != null) {
			return ziel.titel();
		}
		return bekannt == null ? gemerkt : Messages.format(texte.verweisNichtGefunden, gemerkt);
	}

	private boolean nichtGefunden(Projektverweis verweis) {
		Map<String, Verweisziele.Ziel> bekannt = ziele.jeKennung();
		return verweis.getZielKennung() != null && !verweis.getZielKennung().isBlank() && bekannt != null
				&& !bekannt.containsKey(verweis.getZielKennung());
	}

	/** The target: shown for a project (in the warning colour when it is not found), editable for a programme by name. */
	private void zielSpalte(Spalten spalten) {
		TableViewerColumn spalte = new TableViewerColumn(verweise, SWT.NONE);
		spalte.getColumn().setText(texte.spalteVerweisziel);
		spalte.getColumn().setWidth(Spaltenbreite.fuer(verweise.getControl(), texte.spalteVerweisziel, 320));
		spalte.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return zielText((Projektverweis) element);
			}

			@Override
			public Color getForeground(Object element) {
				return nichtGefunden((Projektverweis) element) ? Signalfarbe.WARNUNG.auf(verweise.getControl().getDisplay()) : null;
			}
		});
		CellEditor editor = new TextCellEditor(verweise.getTable());
		spalte.setEditingSupport(new EditingSupport(verweise) {
			@Override
			protected CellEditor getCellEditor(Object zeile) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object zeile) {
				String kennung = ((Projektverweis) zeile).getZielKennung();
				return kennung == null || kennung.isBlank();
			}

			@Override
			protected Object getValue(Object zeile) {
				return zielText((Projektverweis) zeile);
			}

			@Override
			protected void setValue(Object zeile, Object eingabe) {
				String text = String.valueOf(eingabe).strip();
				spalten.setze((Projektverweis) zeile, Literals.PROJEKTVERWEIS__ZIEL_TITEL, text.isEmpty() ? null : text);
			}
		});
	}

	private void ortHinzufuegen() {
		Quartier neu = QuartierwerkFactory.eINSTANCE.createQuartier();
		neu.setName(texte.neuerOrt);
		domain.getCommandStack().execute(beispiel.getQuartier() == null
				? SetCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__QUARTIER, neu)
				: AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__WEITERE_ORTE, neu));
		orte.setSelection(new StructuredSelection(neu), true);
	}

	/** Removes the chosen places in one step; when the Quartier goes, the next place takes its role. */
	private void ortEntfernen() {
		List<?> gewaehlt = orte.getStructuredSelection().toList();
		if (gewaehlt.isEmpty()) {
			return;
		}
		CompoundCommand entfernen = new CompoundCommand();
		List<Object> weitere = gewaehlt.stream().filter(beispiel.getWeitereOrte()::contains).map(Object.class::cast).toList();
		if (!weitere.isEmpty()) {
			entfernen.append(RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__WEITERE_ORTE, weitere));
		}
		if (gewaehlt.contains(beispiel.getQuartier())) {
			Quartier nachfolger = beispiel.getWeitereOrte().stream().filter(o -> !weitere.contains(o)).findFirst().orElse(null);
			if (nachfolger != null) {
				entfernen.append(RemoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__WEITERE_ORTE, nachfolger));
			}
			entfernen.append(SetCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__QUARTIER,
					nachfolger == null ? SetCommand.UNSET_VALUE : nachfolger));
		}
		domain.getCommandStack().execute(entfernen);
	}

	/** A link to the project chosen in the list: by its Kennung (given to it now if it has none) and its title now. */
	private void verweisHinzufuegen() {
		int gewaehlt = projekte.getSelectionIndex();
		if (gewaehlt < 0 || gewaehlt >= auswahl.size()) {
			return;
		}
		Verweisziele.Ziel ziel = auswahl.get(gewaehlt);
		String kennung;
		try {
			kennung = ziele.kennungVon(ziel.name(), oeffner.offen(ziel.name()));
		} catch (StoreException e) {
			melde.accept(Messages.format(texte.verweisFehler, ziel.titel(), e.getMessage()));
			return;
		}
		Projektverweis verweis = QuartierwerkFactory.eINSTANCE.createProjektverweis();
		verweis.setZielKennung(kennung);
		verweis.setZielTitel(ziel.titel());
		domain.getCommandStack().execute(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__VERWEISE, verweis));
		verweise.setSelection(new StructuredSelection(verweis), true);
	}

	/** A link by name only, for a programme that is no project of the workspace. */
	private void programmHinzufuegen() {
		Projektverweis verweis = QuartierwerkFactory.eINSTANCE.createProjektverweis();
		verweis.setArt(Projektverweisart.GEHOERT_ZU_PROGRAMM);
		verweis.setZielTitel(texte.neuesProgramm);
		domain.getCommandStack().execute(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__VERWEISE, verweis));
		verweise.setSelection(new StructuredSelection(verweis), true);
	}

	/** Opens the linked project's editor; says why not for a target not found or a programme by name. */
	void oeffneGewaehlten() {
		if (!(verweise.getStructuredSelection().getFirstElement() instanceof Projektverweis verweis)) {
			return;
		}
		String kennung = verweis.getZielKennung();
		if (kennung == null || kennung.isBlank()) {
			melde.accept(Messages.format(texte.verweisNurName, zielText(verweis)));
			return;
		}
		ziele.vergiss(); // the target may have been renamed, added or deleted meanwhile
		Map<String, Verweisziele.Ziel> bekannt = ziele.jeKennung();
		Verweisziele.Ziel ziel = bekannt == null ? null : bekannt.get(kennung);
		if (ziel == null) {
			verweise.refresh();
			oeffner.pruefe();
			melde.accept(Messages.format(texte.verweisNichtGeoeffnet, verweis.getZielTitel()));
			return;
		}
		oeffner.oeffne(ziel.name());
	}

	private static Object leseAnzahl(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text.replace(".", ""));
		} catch (NumberFormatException e) {
			return Spalten.UNLESBAR;
		}
	}
}
