package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Bewilligungsstatus;
import org.quartierwerk.model.Bezeichnungen;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Statusereignis;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Tranche;
import org.quartierwerk.model.analyse.Finanzverlauf;
import org.quartierwerk.model.analyse.Finanzverlauf.Foerderquote;

/**
 * The Finanzierung page's part for one share over time (docs/fachmodell.md §3.1): the Tranchen, the Statusverlauf and
 * the Anschlussfinanzierung of the share selected in the table above, each change one undoable command; and, for the
 * whole plan, the Förderquote per funder and year.
 */
final class Anteilverlauf {

	private final EditingDomain domain;
	private final Messages texte;
	final Label gewaehlt;
	final TableViewer tranchen;
	final TableViewer statusverlauf;
	final Text anschluss;
	final TableViewer quoten;
	private Finanzierungsanteil anteil;

	Anteilverlauf(Composite seite, TableViewer anteile, EditingDomain domain, Messages texte) {
		this.domain = domain;
		this.texte = texte;
		Felder.ueberschrift(seite, texte.finanzierungVerlauf);
		gewaehlt = new Label(seite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(gewaehlt);

		beschriftung(seite, feldname(Literals.FINANZIERUNGSANTEIL__TRANCHEN));
		tranchen = Felder.tabelle(seite, 130);
		Spalten trancheSpalten = new Spalten(tranchen, domain, texte);
		trancheSpalten.text(texte.spalteJahr, 70, zeile -> (EObject) zeile, Literals.TRANCHE__JAHR,
				wert -> Betraege.jahr((Integer) wert), text -> lesbar(Betraege.parseJahr(text)));
		trancheSpalten.text(texte.spalteBetrag, 120, zeile -> (EObject) zeile, Literals.TRANCHE__BETRAG,
				wert -> Betraege.euro((BigDecimal) wert), text -> lesbar(Betraege.parseBetrag(text)));
		knoepfe(seite, tranchen, texte.trancheHinzufuegen, texte.trancheEntfernen, Literals.FINANZIERUNGSANTEIL__TRANCHEN);

		beschriftung(seite, feldname(Literals.FINANZIERUNGSANTEIL__STATUSVERLAUF));
		statusverlauf = Felder.tabelle(seite, 110);
		Spalten statusSpalten = new Spalten(statusverlauf, domain, texte);
		statusSpalten.auswahl(texte.spalteStatus, 230, Literals.STATUSEREIGNIS__STATUS, Bewilligungsstatus.VALUES);
		statusSpalten.text(texte.spalteDatum, 100, zeile -> (EObject) zeile, Literals.STATUSEREIGNIS__DATUM,
				wert -> wert == null ? "" : wert.toString(), Anteilverlauf::datum);
		statusSpalten.text(texte.spalteAktenzeichen, 140, Literals.STATUSEREIGNIS__AKTENZEICHEN);
		statusSpalten.text(texte.spalteNotiz, 220, Literals.STATUSEREIGNIS__NOTIZ);
		knoepfe(seite, statusverlauf, texte.ereignisHinzufuegen, texte.ereignisEntfernen, Literals.FINANZIERUNGSANTEIL__STATUSVERLAUF);

		Label anschlussLabel = new Label(seite, SWT.WRAP);
		anschlussLabel.setText(texte.feldAnschlussfinanzierung);
		GridDataFactory.fillDefaults().indent(8, 4).applyTo(anschlussLabel);
		anschluss = new Text(seite, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(anschluss);
		Zugaenglich.benenne(anschluss, anschlussLabel);
		// taken over on leaving the field or on Enter, as one command for the share shown
		anschluss.addListener(SWT.FocusOut, e -> uebernimmAnschluss());
		anschluss.addListener(SWT.DefaultSelection, e -> uebernimmAnschluss());

		Felder.ueberschrift(seite, texte.finanzierungQuoten);
		quoten = Felder.tabelle(seite, 130);
		Spalten quotenSpalten = new Spalten(quoten, domain, texte);
		quotenSpalten.anzeige(texte.spalteQuelle, 240, q -> Objects.toString(((Foerderquote) q).quelle().getName(), ""));
		quotenSpalten.anzeige(texte.spalteJahr, 90,
				q -> ((Foerderquote) q).jahr() == null ? texte.quoteGesamt : ((Foerderquote) q).jahr().toString());
		quotenSpalten.anzeige(texte.spalteBetrag, 130, q -> Betraege.euro(((Foerderquote) q).betrag()));
		quotenSpalten.anzeige(texte.spalteFoerderquote, 140, q -> ((Foerderquote) q).quote() == null ? texte.quoteNichtBerechenbar
				: ((Foerderquote) q).quote().stripTrailingZeros().toPlainString().replace('.', ',') + " %");

		anteile.addSelectionChangedListener(e -> {
			zeige(e.getStructuredSelection().getFirstElement() instanceof Finanzierungsanteil gewaehlterAnteil ? gewaehlterAnteil : null);
		});
		zeige(null);
	}

	/** After every change (also undo and redo): the share shown, if still in the plan, and the quotes. */
	void aktualisiere(Finanzierungsplan plan) {
		if (anteil != null && (plan == null || anteil.eContainer() != plan)) {
			anteil = null;
		}
		zeige(anteil);
		quoten.setInput(Finanzverlauf.foerderquoten(plan));
	}

	/** The share whose Tranchen and Statusverlauf are shown. */
	Finanzierungsanteil anteil() {
		return anteil;
	}

	/** Selects a Tranche or Statusereignis of the share shown; false when the object is none of them. */
	boolean waehle(EObject zeile) {
		TableViewer tabelle = zeile instanceof Tranche ? tranchen : zeile instanceof Statusereignis ? statusverlauf : null;
		if (tabelle == null || zeile.eContainer() != anteil) {
			return false;
		}
		tabelle.setSelection(new StructuredSelection(zeile), true);
		return !tabelle.getStructuredSelection().isEmpty();
	}

	private void zeige(Finanzierungsanteil neu) {
		anteil = neu;
		boolean da = anteil != null;
		gewaehlt.setText(da ? Messages.format(texte.verlaufAnteil, name(anteil)) : texte.verlaufKeinAnteil);
		tranchen.setInput(da ? anteil.getTranchen() : List.of());
		statusverlauf.setInput(da ? anteil.getStatusverlauf() : List.of());
		String text = da ? Objects.requireNonNullElse(anteil.getAnschlussfinanzierung(), "") : "";
		if (!anschluss.getText().equals(text)) {
			anschluss.setText(text);
		}
		anschluss.setEnabled(da);
		gewaehlt.getParent().layout(true, true);
	}

	private void uebernimmAnschluss() {
		if (anteil == null) {
			return;
		}
		String text = anschluss.getText().strip();
		Object wert = text.isEmpty() ? null : text;
		if (!Objects.equals(wert, anteil.getAnschlussfinanzierung())) {
			Command setzen = SetCommand.create(domain, anteil, Literals.FINANZIERUNGSANTEIL__ANSCHLUSSFINANZIERUNG, wert);
			if (setzen.canExecute()) {
				domain.getCommandStack().execute(setzen);
			}
		}
	}

	private void knoepfe(Composite seite, TableViewer tabelle, String hinzufuegen, String entfernen, EStructuralFeature liste) {
		Composite leiste = Felder.leiste(seite);
		Felder.knopf(leiste, hinzufuegen, () -> {
			if (anteil != null) {
				EObject neu = liste == Literals.FINANZIERUNGSANTEIL__TRANCHEN ? QuartierwerkFactory.eINSTANCE.createTranche()
						: QuartierwerkFactory.eINSTANCE.createStatusereignis();
				domain.getCommandStack().execute(AddCommand.create(domain, anteil, liste, neu));
				tabelle.setSelection(new StructuredSelection(neu), true);
			}
		});
		Felder.knopf(leiste, entfernen, () -> {
			List<?> auswahl = tabelle.getStructuredSelection().toList();
			if (!auswahl.isEmpty()) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, auswahl));
			}
		});
	}

	/** "Land Niedersachsen 2019" or "Land Niedersachsen", the way the table above names the share. */
	private String name(Finanzierungsanteil gewaehlterAnteil) {
		String quelle = gewaehlterAnteil.getQuelle() == null ? texte.nichtAngegeben : Objects.toString(gewaehlterAnteil.getQuelle().getName(), "");
		return gewaehlterAnteil.getJahr() == null ? quelle : quelle + " " + gewaehlterAnteil.getJahr();
	}

	/** The label that names the table after it (and its accessible name). */
	private static void beschriftung(Composite seite, String text) {
		Label label = new Label(seite, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().indent(8, 4).applyTo(label);
	}

	private static String feldname(EStructuralFeature feature) {
		return Bezeichnungen.feld(feature);
	}

	/** Betraege's unreadable marker as the one of the table's columns. */
	private static Object lesbar(Object wert) {
		return wert == Betraege.UNLESBAR ? Spalten.UNLESBAR : wert;
	}

	/** A date as precise as known ("2011", "2011-03", "2011-11-15"); empty is none, anything else is not taken. */
	private static Object datum(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Teildatum.valueOf(text);
		} catch (IllegalArgumentException e) {
			return Spalten.UNLESBAR;
		}
	}
}
