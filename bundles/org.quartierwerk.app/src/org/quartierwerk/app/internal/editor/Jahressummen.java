package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Ausgabeposition;
import org.quartierwerk.model.Finanzierungsanteil;
import org.quartierwerk.model.Finanzierungsplan;
import org.quartierwerk.model.analyse.Finanzkennzahlen;
import org.quartierwerk.model.analyse.Finanzverlauf;

/** The sums per year on the Finanzierung page: Ausgaben, Finanzierung and their difference, a gap in red. */
final class Jahressummen {

	/** Ausgaben, Finanzierung (without rejected shares) and Finanzierung − Ausgaben of a year; {@code jahr} null: without a year. */
	record Jahressumme(Integer jahr, BigDecimal ausgaben, BigDecimal finanzierung) {

		BigDecimal differenz() {
			return finanzierung.subtract(ausgaben);
		}

		/** A share counts in the years of its Jahr or its Tranchen; what no year is named for, "ohne Jahr". */
		static List<Jahressumme> von(Finanzierungsplan plan) {
			List<Integer> jahre = new ArrayList<>(Finanzkennzahlen.jahre(plan));
			List<Finanzierungsanteil> zaehlen = plan.getAnteile().stream().filter(Finanzverlauf::zaehlt).toList();
			if (plan.getAusgaben().stream().anyMatch(a -> a.getJahr() == null && a.getBetrag() != null)
					|| zaehlen.stream().anyMatch(a -> Finanzverlauf.jahresbetraege(a).containsKey(null))) {
				jahre.add(null);
			}
			return jahre.stream().map(jahr -> new Jahressumme(jahr,
					plan.getAusgaben().stream().filter(a -> Objects.equals(a.getJahr(), jahr) && a.getBetrag() != null)
							.map(Ausgabeposition::getBetrag).reduce(BigDecimal.ZERO, BigDecimal::add),
					zaehlen.stream().map(a -> Finanzverlauf.jahresbetraege(a).get(jahr)).filter(Objects::nonNull)
							.reduce(BigDecimal.ZERO, BigDecimal::add)))
					.toList();
		}
	}

	/** The read-only table below the Finanzierungsanteile. */
	static TableViewer tabelle(Composite seite, EditingDomain domain, Messages texte) {
		TableViewer jahre = new TableViewer(seite, SWT.BORDER | SWT.FULL_SELECTION);
		jahre.setContentProvider(ArrayContentProvider.getInstance());
		jahre.getTable().setHeaderVisible(true);
		jahre.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0)
				.hint(SWT.DEFAULT, Math.max(100, 5 * jahre.getTable().getItemHeight())).applyTo(jahre.getControl());
		Zugaenglich.benenneNachLabel(jahre.getControl()); // its heading
		Spalten jahrSpalten = new Spalten(jahre, domain, texte);
		jahrSpalten.anzeige(texte.spalteJahr, 90, j -> ((Jahressumme) j).jahr() == null ? texte.ohneJahr : ((Jahressumme) j).jahr().toString());
		jahrSpalten.anzeige(texte.spalteAusgaben, 130, j -> Betraege.euro(((Jahressumme) j).ausgaben()));
		jahrSpalten.anzeige(texte.spalteFinanzierung, 130, j -> Betraege.euro(((Jahressumme) j).finanzierung()));
		jahrSpalten.anzeige(texte.spalteDifferenz, 130, j -> Betraege.euro(((Jahressumme) j).differenz()),
				j -> ((Jahressumme) j).differenz().abs().compareTo(FinanzierungSeite.TOLERANZ) > 0);
		return jahre;
	}

	private Jahressummen() {
	}
}
