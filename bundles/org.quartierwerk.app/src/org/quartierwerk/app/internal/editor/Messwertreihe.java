package org.quartierwerk.app.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Teildatum;

/**
 * The Messwerte of the Kennzahl chosen on the page Ziele &amp; Wirkung: the whole series as a table (Datum, Wert, Quelle,
 * each cell editable and undoable, a Messwert removable) and beside it {@link Messwertbild}, the series against
 * Ausgangs- and Zielwert.
 */
final class Messwertreihe {

	private final EditingDomain domain;
	final TableViewer tabelle;
	final Messwertbild bild;
	private Kennzahl kennzahl;

	Messwertreihe(Composite seite, EditingDomain domain, Messages texte) {
		this.domain = domain;
		Felder.ueberschrift(seite, texte.messwerteUeberschrift);
		Composite reihe = new Composite(seite, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).applyTo(reihe);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).span(2, 1).applyTo(reihe);

		tabelle = new TableViewer(reihe, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		tabelle.setContentProvider(ArrayContentProvider.getInstance());
		tabelle.getTable().setHeaderVisible(true);
		tabelle.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(tabelle.getControl());
		Zugaenglich.benenne(tabelle.getControl(), texte.messwerteUeberschrift);
		Spalten spalten = new Spalten(tabelle, domain, texte);
		datumSpalte(spalten, texte.spalteDatum, Literals.MESSWERT__DATUM);
		zahlSpalte(spalten, texte.spalteWert, Literals.MESSWERT__WERT);
		spalten.text(texte.spalteQuelle, 180, Literals.MESSWERT__QUELLE);

		bild = new Messwertbild(reihe, texte);
		GridDataFactory.fillDefaults().hint(360, 120).applyTo(bild.flaeche);

		Felder.knopf(Felder.leiste(seite), texte.messwertEntfernen, () -> {
			List<?> gewaehlt = tabelle.getStructuredSelection().toList();
			if (!gewaehlt.isEmpty()) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, gewaehlt));
			}
		});
		zeige(null);
	}

	/** Shows the series of this Kennzahl (null: none chosen). */
	void zeige(Kennzahl neu) {
		kennzahl = neu;
		tabelle.setInput(neu == null ? List.of() : neu.getIstwerte().toArray());
		bild.zeige(neu);
	}

	/** Table and chart again from the model, after every change (also undo and redo). */
	void aktualisiere() {
		zeige(kennzahl != null && kennzahl.eResource() != null ? kennzahl : null);
	}

	void waehle(Messwert messwert) {
		tabelle.setSelection(new StructuredSelection(messwert), true);
	}

	/** A number as the user types it ("1.250,5"); anything else changes nothing. */
	static void zahlSpalte(Spalten spalten, String titel, EStructuralFeature feature) {
		spalten.text(titel, 100, zeile -> (EObject) zeile, feature, Spalten::zahl, Spalten::leseZahl);
	}

	/** A date as precise as known ("2023", "2023-12", "2023-12-31"); empty is no date, anything else changes nothing. */
	static void datumSpalte(Spalten spalten, String titel, EStructuralFeature feature) {
		spalten.text(titel, 100, zeile -> (EObject) zeile, feature, wert -> wert == null ? "" : wert.toString(), text -> {
			try {
				return text.isEmpty() ? null : Teildatum.valueOf(text);
			} catch (IllegalArgumentException e) {
				return Spalten.UNLESBAR;
			}
		});
	}
}
