package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Spaltenbreite;
import org.quartierwerk.model.Einsparung;
import org.quartierwerk.model.Laufzeit;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.analyse.Einsparungskennzahlen;

/**
 * The Einsparungen of the page Ziele &amp; Wirkung (docs/fachmodell.md §4.1): a table of the estimated savings, each cell
 * editable and undoable, and below it one read-only line with Σ Einsparungen, Präventionsfaktor and Netto-Konsolidierung,
 * each "nicht angegeben" with its reason where the recorded data do not give it.
 */
final class Einsparungen {

	private final Praxisbeispiel beispiel;
	private final EditingDomain domain;
	private final Messages texte;
	final TableViewer tabelle;
	final Label kennzahlen;

	Einsparungen(Composite seite, Praxisbeispiel beispiel, EditingDomain domain, Messages texte) {
		this.beispiel = beispiel;
		this.domain = domain;
		this.texte = texte;
		Felder.ueberschrift(seite, texte.einsparungenUeberschrift);
		tabelle = Felder.tabelle(seite, 90);
		Spalten spalten = new Spalten(tabelle, domain, texte);
		spalten.text(texte.spalteBezeichnung, 170, Literals.EINSPARUNG__BEZEICHNUNG);
		spalten.text(texte.spalteBetrag, 110, zeile -> (EObject) zeile, Literals.EINSPARUNG__BETRAG,
				wert -> wert == null ? "" : Betraege.euro((BigDecimal) wert), text -> {
					Object betrag = Betraege.parseBetrag(text);
					return betrag == Betraege.UNLESBAR ? Spalten.UNLESBAR : betrag;
				});
		zeitraumSpalte(texte.spalteVon, Literals.LAUFZEIT__BEGINN);
		zeitraumSpalte(texte.spalteBis, Literals.LAUFZEIT__ENDE);
		spalten.text(texte.spalteBerechnung, 220, Literals.EINSPARUNG__BERECHNUNG);
		spalten.text(texte.spalteQuelle, 130, Literals.EINSPARUNG__QUELLE);
		spalten.janein(texte.spalteMitVorbehalt, 110, Literals.EINSPARUNG__MIT_VORBEHALT);
		Composite knoepfe = Felder.leiste(seite);
		Felder.knopf(knoepfe, texte.einsparungHinzufuegen, this::hinzufuegen);
		Felder.knopf(knoepfe, texte.einsparungEntfernen, () -> {
			List<?> gewaehlt = tabelle.getStructuredSelection().toList();
			if (!gewaehlt.isEmpty()) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, gewaehlt));
			}
		});
		kennzahlen = new Label(seite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).span(2, 1).applyTo(kennzahlen);
		aktualisiere();
	}

	/** Table and figures again from the model, after every change (also undo and redo). */
	void aktualisiere() {
		tabelle.setInput(beispiel.getEinsparungen());
		tabelle.refresh();
		Einsparungskennzahlen zahlen = Einsparungskennzahlen.von(beispiel);
		// without a sum of the Einsparungen, the Netto-Konsolidierung's reason is theirs
		String summe = zahlen.einsparungen() == null ? Messages.format(texte.einsparungNichtAngegeben, zahlen.grundNetto())
				: Betraege.euro(zahlen.einsparungen());
		// the DOMAIN caveat always: prevention effects are rarely provable monokausal (docs/fachmodell.md §4.1)
		String faktor = zahlen.praeventionsfaktor() == null ? Messages.format(texte.einsparungNichtAngegeben, zahlen.grundFaktor())
				: Messages.format(texte.einsparungFaktorMitVorbehalt, Spalten.zahl(zahlen.praeventionsfaktor()));
		String netto = zahlen.nettoKonsolidierung() == null ? Messages.format(texte.einsparungNichtAngegeben, zahlen.grundNetto())
				: Betraege.euro(zahlen.nettoKonsolidierung());
		kennzahlen.setText(Messages.format(texte.einsparungKennzahlen, summe, faktor, netto));
		kennzahlen.getParent().layout(true, true);
	}

	/** Selects the Einsparung; false when the object is none. */
	boolean waehle(EObject objekt) {
		if (objekt instanceof Einsparung einsparung) {
			tabelle.setSelection(new StructuredSelection(einsparung), true);
			return true;
		}
		return false;
	}

	private void hinzufuegen() {
		Einsparung neu = QuartierwerkFactory.eINSTANCE.createEinsparung();
		neu.setBezeichnung(texte.neueEinsparung);
		domain.getCommandStack().execute(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__EINSPARUNGEN, neu));
		tabelle.setSelection(new StructuredSelection(neu), true);
	}

	/**
	 * Von or bis of the Zeitraum, as precise as known ("2011", "2011-03"); an Einsparung without Zeitraum gets one with
	 * the date in the same undoable step, empty clears the date, anything else changes nothing.
	 */
	private void zeitraumSpalte(String titel, EStructuralFeature feature) {
		TableViewerColumn spalte = new TableViewerColumn(tabelle, SWT.NONE);
		spalte.getColumn().setText(titel);
		spalte.getColumn().setWidth(Spaltenbreite.fuer(tabelle.getControl(), titel, 70));
		Function<Object, String> anzeige = zeile -> {
			Laufzeit zeitraum = ((Einsparung) zeile).getZeitraum();
			Object datum = zeitraum == null ? null : zeitraum.eGet(feature);
			return datum == null ? "" : datum.toString();
		};
		spalte.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return anzeige.apply(element);
			}
		});
		CellEditor editor = new TextCellEditor(tabelle.getTable());
		spalte.setEditingSupport(new EditingSupport(tabelle) {
			@Override
			protected CellEditor getCellEditor(Object zeile) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object zeile) {
				return true;
			}

			@Override
			protected Object getValue(Object zeile) {
				return anzeige.apply(zeile);
			}

			@Override
			protected void setValue(Object zeile, Object eingabe) {
				String text = String.valueOf(eingabe).strip();
				Teildatum datum;
				try {
					datum = text.isEmpty() ? null : Teildatum.valueOf(text);
				} catch (IllegalArgumentException e) {
					return;
				}
				Einsparung einsparung = (Einsparung) zeile;
				Command setzen;
				if (einsparung.getZeitraum() == null) {
					if (datum == null) {
						return;
					}
					Laufzeit zeitraum = QuartierwerkFactory.eINSTANCE.createLaufzeit();
					zeitraum.eSet(feature, datum);
					setzen = SetCommand.create(domain, einsparung, Literals.EINSPARUNG__ZEITRAUM, zeitraum);
				} else if (Objects.equals(datum, einsparung.getZeitraum().eGet(feature))) {
					return;
				} else {
					setzen = SetCommand.create(domain, einsparung.getZeitraum(), feature,
							datum == null ? SetCommand.UNSET_VALUE : datum);
				}
				if (setzen.canExecute()) {
					domain.getCommandStack().execute(setzen);
				}
			}
		});
	}
}
