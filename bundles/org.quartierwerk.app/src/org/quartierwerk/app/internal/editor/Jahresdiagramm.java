package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.app.internal.editor.Jahressummen.Jahressumme;

/**
 * The small chart on the Finanzierung page: per year a bar of the Ausgaben and one of the Finanzierung, drawn with
 * SWT's GC. It repeats the table "Summen je Jahr" for the eye, so its text alternative (tooltip and accessible
 * description) lists the same figures; amounts without a year are not drawn (no year to draw them at).
 */
final class Jahresdiagramm {

	static final int HOEHE = 170;
	private static final int RAND = 8;
	private static final int BALKEN_ABSTAND = 2;

	private final Messages texte;
	final Canvas flaeche;
	private List<Jahressumme> summen = List.of();

	Jahresdiagramm(Composite seite, Messages texte) {
		this.texte = texte;
		Felder.ueberschrift(seite, texte.finanzierungDiagramm);
		flaeche = new Canvas(seite, SWT.BORDER | SWT.DOUBLE_BUFFERED);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(SWT.DEFAULT, HOEHE).applyTo(flaeche);
		Zugaenglich.benenneNachLabel(flaeche);
		flaeche.addPaintListener(e -> zeichne(e.gc));
		// the figures as text for screen readers, the same as the tooltip
		flaeche.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getDescription(AccessibleEvent e) {
				e.result = flaeche.getToolTipText();
			}
		});
	}

	/** The years to draw: those of the table with a year. */
	void setze(List<Jahressumme> alle) {
		summen = alle.stream().filter(s -> s.jahr() != null).toList();
		String beschreibung = summen.isEmpty() ? texte.diagrammLeer
				: summen.stream().map(s -> s.jahr() + ": " + texte.spalteAusgaben + " " + Betraege.euro(s.ausgaben()) + ", "
						+ texte.spalteFinanzierung + " " + Betraege.euro(s.finanzierung())).collect(Collectors.joining("; "));
		flaeche.setToolTipText(beschreibung);
		flaeche.redraw();
	}

	/** The years drawn, in order. */
	List<Jahressumme> summen() {
		return summen;
	}

	/** Where the bar of the year at {@code index} is drawn: its Ausgaben, or with {@code finanzierung} its Finanzierung. */
	Rectangle balken(int index, boolean finanzierung) {
		Rectangle bereich = flaeche.getClientArea();
		int zeile = schrifthoehe();
		int oben = RAND + zeile + 2 * RAND;
		int unten = bereich.height - RAND - zeile - 2;
		int breiteJeJahr = (bereich.width - 2 * RAND) / Math.max(1, summen.size());
		int balkenbreite = Math.max(2, Math.min(40, (breiteJeJahr - 3 * RAND) / 2));
		int links = RAND + index * breiteJeJahr + (breiteJeJahr - 2 * balkenbreite - BALKEN_ABSTAND) / 2
				+ (finanzierung ? balkenbreite + BALKEN_ABSTAND : 0);
		Jahressumme summe = summen.get(index);
		BigDecimal wert = finanzierung ? summe.finanzierung() : summe.ausgaben();
		BigDecimal hoechster = summen.stream().flatMap(s -> Stream.of(s.ausgaben(), s.finanzierung()))
				.max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		int hoehe = hoechster.signum() <= 0 || wert.signum() <= 0 ? 0
				: wert.multiply(BigDecimal.valueOf(unten - oben)).divide(hoechster, 0, RoundingMode.HALF_UP).intValue();
		return new Rectangle(links, unten - hoehe, balkenbreite, hoehe);
	}

	/** The colours of the two bars: dark grey for the Ausgaben, dark blue for the Finanzierung (contrast ≥ 3:1 on white). */
	Color farbe(boolean finanzierung) {
		return flaeche.getDisplay().getSystemColor(finanzierung ? SWT.COLOR_DARK_BLUE : SWT.COLOR_DARK_GRAY);
	}

	/** Draws the chart with this GC (the canvas's, or an image's in the tests). */
	void zeichne(GC gc) {
		Rectangle bereich = flaeche.getClientArea();
		gc.setBackground(flaeche.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(bereich);
		gc.setForeground(flaeche.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		if (summen.isEmpty()) {
			gc.drawText(texte.diagrammLeer, RAND, RAND, true);
			return;
		}
		int x = RAND;
		for (boolean finanzierung : new boolean[] { false, true }) {
			int zeile = schrifthoehe();
			gc.setBackground(farbe(finanzierung));
			gc.fillRectangle(x, RAND + 2, zeile - 4, zeile - 4);
			String text = finanzierung ? texte.spalteFinanzierung : texte.spalteAusgaben;
			gc.drawText(text, x + zeile, RAND, true);
			x += zeile + gc.textExtent(text).x + 3 * RAND;
		}
		// the scale: the highest amount drawn, at the right of the legend
		BigDecimal hoechster = summen.stream().flatMap(s -> Stream.of(s.ausgaben(), s.finanzierung())).max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
		String skala = Messages.format(texte.diagrammHoechster, Betraege.euro(hoechster));
		gc.drawText(skala, bereich.width - RAND - gc.textExtent(skala).x, RAND, true);
		int grundlinie = bereich.height - RAND - schrifthoehe() - 2;
		gc.drawLine(RAND, grundlinie, bereich.width - RAND, grundlinie);
		for (int i = 0; i < summen.size(); i++) {
			for (boolean finanzierung : new boolean[] { false, true }) {
				Rectangle balken = balken(i, finanzierung);
				gc.setBackground(farbe(finanzierung));
				gc.fillRectangle(balken);
			}
			String jahr = summen.get(i).jahr().toString();
			Point groesse = gc.textExtent(jahr);
			Rectangle ausgaben = balken(i, false);
			int mitte = ausgaben.x + ausgaben.width + BALKEN_ABSTAND / 2;
			gc.drawText(jahr, mitte - groesse.x / 2, grundlinie + 2, true);
		}
	}

	private int schrifthoehe() {
		GC gc = new GC(flaeche);
		try {
			return gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
	}
}
