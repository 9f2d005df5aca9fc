package org.quartierwerk.app.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.model.Arbeitsschritt;
import org.quartierwerk.model.Arbeitsschrittstatus;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;
import org.quartierwerk.model.QuartierwerkPackage.Literals;
import org.quartierwerk.model.Teildatum;
import org.quartierwerk.model.Ziel;

/** Page Arbeitsschritte: the planned and finished steps in their order, and the text about them. */
final class ArbeitsschritteSeite {

	private final Praxisbeispiel beispiel;
	private final EditingDomain domain;
	private final Messages texte;
	private final Composite seite;
	final TableViewer schritte;
	final Text arbeitsschritteText;

	ArbeitsschritteSeite(Composite parent, Praxisbeispiel beispiel, EditingDomain domain, DataBindingContext bindings,
			Messages texte) {
		this.beispiel = beispiel;
		this.domain = domain;
		this.texte = texte;
		seite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(seite);

		Felder.ueberschrift(seite, texte.arbeitsschritteListe);
		schritte = Felder.tabelle(seite, 180);
		Spalten spalten = new Spalten(schritte, domain, texte);
		spalten.text(texte.spalteTitel, 240, Literals.ARBEITSSCHRITT__TITEL);
		spalten.auswahl(texte.spalteStatus, 120, Literals.ARBEITSSCHRITT__STATUS, Arbeitsschrittstatus.VALUES);
		spalten.text(texte.spalteDatum, 100, zeile -> (Arbeitsschritt) zeile, Literals.ARBEITSSCHRITT__DATUM,
				wert -> wert == null ? "" : wert.toString(), ArbeitsschritteSeite::leseDatum);
		spalten.text(texte.spalteBeschreibung, 300, Literals.ARBEITSSCHRITT__BESCHREIBUNG);
		spalten.auswahl(texte.spalteDientZiel, 200, zeile -> zielauswahl(),
				w -> w == Spalten.NICHT_ANGEGEBEN ? texte.nichtAngegeben : ((Ziel) w).getTitel(),
				zeile -> Objects.requireNonNullElse(((Arbeitsschritt) zeile).getZiel(), Spalten.NICHT_ANGEGEBEN),
				(zeile, neu) -> spalten.setze((Arbeitsschritt) zeile, Literals.ARBEITSSCHRITT__ZIEL, neu == Spalten.NICHT_ANGEGEBEN ? null : neu));
		schritte.setInput(beispiel.getArbeitsschritte());
		Composite knoepfe = Felder.leiste(seite);
		Felder.knopf(knoepfe, texte.schrittHinzufuegen, this::hinzufuegen);
		Felder.knopf(knoepfe, texte.zeileEntfernen, () -> {
			List<?> gewaehlt = schritte.getStructuredSelection().toList();
			if (!gewaehlt.isEmpty()) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, gewaehlt));
			}
		});
		Felder.knopf(knoepfe, texte.schrittNachOben, () -> verschiebe(-1));
		Felder.knopf(knoepfe, texte.schrittNachUnten, () -> verschiebe(1));

		arbeitsschritteText = Felder.text(seite, texte.feldArbeitsschritteText, true);
		Felder.binde(bindings, arbeitsschritteText, domain, beispiel, Literals.PRAXISBEISPIEL__ARBEITSSCHRITTE_TEXT);
	}

	Control control() {
		return seite;
	}

	/** "nicht angegeben" and every Ziel of the project, the Zielpyramide depth first. */
	private List<Object> zielauswahl() {
		List<Object> auswahl = new ArrayList<>(List.of(Spalten.NICHT_ANGEGEBEN));
		beispiel.getZiele().forEach(ziel -> {
			auswahl.add(ziel);
			ziel.eAllContents().forEachRemaining(o -> {
				if (o instanceof Ziel unterziel) {
					auswahl.add(unterziel);
				}
			});
		});
		return auswahl;
	}

	void aktualisiere() {
		schritte.refresh();
	}

	private static Object leseDatum(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Teildatum.valueOf(text);
		} catch (IllegalArgumentException e) {
			return Spalten.UNLESBAR;
		}
	}

	private void hinzufuegen() {
		Arbeitsschritt neu = QuartierwerkFactory.eINSTANCE.createArbeitsschritt();
		neu.setTitel(texte.neuerSchritt);
		domain.getCommandStack().execute(AddCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__ARBEITSSCHRITTE, neu));
		schritte.refresh();
		schritte.setSelection(new StructuredSelection(neu), true);
	}

	/** Moves the chosen step one place up (-1) or down (+1) as one command; it stays chosen. */
	private void verschiebe(int richtung) {
		if (!(schritte.getStructuredSelection().getFirstElement() instanceof Arbeitsschritt schritt)) {
			return;
		}
		int ziel = beispiel.getArbeitsschritte().indexOf(schritt) + richtung;
		if (ziel < 0 || ziel >= beispiel.getArbeitsschritte().size()) {
			return;
		}
		domain.getCommandStack()
				.execute(MoveCommand.create(domain, beispiel, Literals.PRAXISBEISPIEL__ARBEITSSCHRITTE, schritt, ziel));
		schritte.refresh();
		schritte.setSelection(new StructuredSelection(schritt), true);
	}
}
