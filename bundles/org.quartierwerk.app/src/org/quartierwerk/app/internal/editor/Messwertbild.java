package org.quartierwerk.app.internal.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.quartierwerk.app.internal.basis.Messages;
import org.quartierwerk.app.internal.basis.Zugaenglich;
import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;
import org.quartierwerk.model.Teildatum;

/**
 * A small chart of one Kennzahl: its Messwerte over time as a line, the Ausgangswert as a dotted and the Zielwert as a
 * dashed line across. The numbers themselves stand in the table beside it; the chart's description says the same in
 * words for a screen reader. Only what is recorded is drawn: a Messwert without a date has no place on the time axis and
 * is named in the description instead.
 */
final class Messwertbild {

	/** Room for the value labels on the left, the year labels below and the line labels on the right. */
	private static final int LINKS = 56;
	private static final int UNTEN = 20;
	private static final int OBEN = 8;
	private static final int RECHTS = 84;

	private final Messages texte;
	final Canvas flaeche;
	private Kennzahl kennzahl;
	private String beschreibung = "";

	Messwertbild(Composite parent, Messages texte) {
		this.texte = texte;
		flaeche = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED | SWT.NO_FOCUS);
		Zugaenglich.benenne(flaeche, texte.messwertbildName);
		flaeche.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getDescription(AccessibleEvent e) {
				e.result = beschreibung;
			}
		});
		flaeche.addPaintListener(e -> zeichne(e.gc, flaeche.getClientArea()));
		zeige(null);
	}

	/** Draws this Kennzahl (null: none chosen) and says it in words. */
	void zeige(Kennzahl neu) {
		kennzahl = neu;
		beschreibung = beschreibung(neu, texte);
		flaeche.setData(Zugaenglich.BESCHREIBUNG, beschreibung);
		flaeche.redraw();
	}

	String beschreibung() {
		return beschreibung;
	}

	/** The chart in words: Ausgangswert, every Messwert in the order of time, Zielwert; "nicht angegeben" where unset. */
	static String beschreibung(Kennzahl kennzahl, Messages texte) {
		if (kennzahl == null) {
			return texte.messwertbildKeineKennzahl;
		}
		List<String> teile = new ArrayList<>();
		teile.add(Messages.format(texte.messwertbildAusgangswert, wertMitDatum(kennzahl.getAusgangswert(), kennzahl.getAusgangsdatum(), texte)));
		List<Messwert> datiert = datiert(kennzahl);
		if (!datiert.isEmpty()) {
			teile.add(Messages.format(texte.messwertbildMesswerte,
					String.join(", ", datiert.stream().map(m -> wertMitDatum(m.getWert(), m.getDatum(), texte)).toList())));
		}
		long ohneDatum = kennzahl.getIstwerte().size() - datiert.size();
		if (ohneDatum > 0) {
			teile.add(Messages.format(texte.messwertbildOhneDatum, ohneDatum));
		}
		if (kennzahl.getIstwerte().isEmpty()) {
			teile.add(texte.messwertbildKeineMesswerte);
		}
		teile.add(Messages.format(texte.messwertbildZielwert, wertMitDatum(kennzahl.getZielwert(), kennzahl.getZieldatum(), texte)));
		return String.join("; ", teile);
	}

	private static String wertMitDatum(BigDecimal wert, Teildatum datum, Messages texte) {
		if (wert == null) {
			return texte.nichtAngegeben;
		}
		return datum == null ? Spalten.zahl(wert) : Spalten.zahl(wert) + " (" + datum + ")";
	}

	/** The Messwerte with a date and a value, in the order of time. */
	static List<Messwert> datiert(Kennzahl kennzahl) {
		return kennzahl.getIstwerte().stream().filter(m -> m.getDatum() != null && m.getWert() != null)
				.sorted(Comparator.comparing((Messwert m) -> m.getDatum().erster())).toList();
	}

	/** Paints the chart into {@code feld} of any GC: the canvas, or an image in tests. */
	void zeichne(GC gc, Rectangle feld) {
		Display display = flaeche.getDisplay();
		Color schrift = display.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(feld);
		gc.setForeground(schrift);
		Diagramm diagramm = kennzahl == null ? null : Diagramm.von(kennzahl, feld);
		if (diagramm == null) {
			gc.drawText(kennzahl == null ? texte.messwertbildKeineKennzahl : texte.messwertbildKeineMesswerte, feld.x + 8, feld.y + 8, true);
			return;
		}
		Rectangle plot = diagramm.plot;
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
		beschrifteY(gc, diagramm.minWert, diagramm.y(diagramm.minWert), plot);
		beschrifteY(gc, diagramm.maxWert, diagramm.y(diagramm.maxWert), plot);
		gc.drawText(String.valueOf(diagramm.vonJahr), plot.x, plot.y + plot.height + 2, true);
		String bisJahr = String.valueOf(diagramm.bisJahr);
		gc.drawText(bisJahr, plot.x + plot.width - gc.textExtent(bisJahr).x, plot.y + plot.height + 2, true);

		waagerecht(gc, kennzahl.getAusgangswert(), SWT.LINE_DOT, texte.messwertbildAusgang, diagramm);
		waagerecht(gc, kennzahl.getZielwert(), SWT.LINE_DASH, texte.messwertbildZiel, diagramm);

		// the series in the selection colour, or the theme's text colour in high contrast (docs/zugaenglichkeit.md)
		gc.setForeground(display.getHighContrast() ? schrift : display.getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setBackground(gc.getForeground());
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(2);
		Point vorher = null;
		for (Messwert messwert : datiert(kennzahl)) {
			Point punkt = new Point(diagramm.x(messwert.getDatum()), diagramm.y(messwert.getWert()));
			if (vorher != null) {
				gc.drawLine(vorher.x, vorher.y, punkt.x, punkt.y);
			}
			gc.fillOval(punkt.x - 3, punkt.y - 3, 7, 7);
			vorher = punkt;
		}
		gc.setLineWidth(1);
	}

	private static void beschrifteY(GC gc, BigDecimal wert, int y, Rectangle plot) {
		String text = Spalten.zahl(wert);
		Point groesse = gc.textExtent(text);
		gc.drawText(text, plot.x - groesse.x - 4, y - groesse.y / 2, true);
	}

	private static void waagerecht(GC gc, BigDecimal wert, int stil, String name, Diagramm diagramm) {
		if (wert == null) {
			return;
		}
		Rectangle plot = diagramm.plot;
		int y = diagramm.y(wert);
		gc.setLineStyle(stil);
		gc.drawLine(plot.x, y, plot.x + plot.width, y);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.drawText(name, plot.x + plot.width + 4, y - gc.textExtent(name).y / 2, true);
	}

	/**
	 * Where values and dates lie in the plot: the time axis from the first to the last recorded date (a year's room
	 * around one date), the value axis over every recorded value. Null when nothing can be drawn.
	 */
	static final class Diagramm {

		final Rectangle plot;
		final BigDecimal minWert;
		final BigDecimal maxWert;
		final int vonJahr;
		final int bisJahr;
		private final long vonTag;
		private final long bisTag;

		private Diagramm(Rectangle plot, BigDecimal minWert, BigDecimal maxWert, long vonTag, long bisTag) {
			this.plot = plot;
			this.minWert = minWert;
			this.maxWert = maxWert;
			this.vonTag = vonTag;
			this.bisTag = bisTag;
			vonJahr = java.time.LocalDate.ofEpochDay(vonTag).getYear();
			bisJahr = java.time.LocalDate.ofEpochDay(bisTag).getYear();
		}

		static Diagramm von(Kennzahl kennzahl, Rectangle feld) {
			List<Messwert> datiert = datiert(kennzahl);
			if (datiert.isEmpty()) {
				return null;
			}
			List<BigDecimal> werte = new ArrayList<>(datiert.stream().map(Messwert::getWert).toList());
			for (BigDecimal linie : new BigDecimal[] { kennzahl.getAusgangswert(), kennzahl.getZielwert() }) {
				if (linie != null) {
					werte.add(linie);
				}
			}
			List<Long> tage = new ArrayList<>(datiert.stream().map(m -> m.getDatum().erster().toEpochDay()).toList());
			Function<Teildatum, Long> tag = d -> d.erster().toEpochDay();
			if (kennzahl.getAusgangsdatum() != null && kennzahl.getAusgangswert() != null) {
				tage.add(tag.apply(kennzahl.getAusgangsdatum()));
			}
			if (kennzahl.getZieldatum() != null && kennzahl.getZielwert() != null) {
				tage.add(tag.apply(kennzahl.getZieldatum()));
			}
			long von = tage.stream().min(Long::compare).orElseThrow();
			long bis = tage.stream().max(Long::compare).orElseThrow();
			if (von == bis) {
				von -= 183;
				bis += 183;
			}
			BigDecimal min = werte.stream().min(BigDecimal::compareTo).orElseThrow();
			BigDecimal max = werte.stream().max(BigDecimal::compareTo).orElseThrow();
			if (min.compareTo(max) == 0) {
				min = min.subtract(BigDecimal.ONE);
				max = max.add(BigDecimal.ONE);
			}
			Rectangle plot = new Rectangle(feld.x + LINKS, feld.y + OBEN, Math.max(1, feld.width - LINKS - RECHTS),
					Math.max(1, feld.height - OBEN - UNTEN));
			return new Diagramm(plot, min, max, von, bis);
		}

		int x(Teildatum datum) {
			double anteil = (double) (datum.erster().toEpochDay() - vonTag) / (bisTag - vonTag);
			return plot.x + (int) Math.round(anteil * plot.width);
		}

		int y(BigDecimal wert) {
			double anteil = wert.subtract(minWert).doubleValue() / maxWert.subtract(minWert).doubleValue();
			return plot.y + plot.height - (int) Math.round(anteil * plot.height);
		}
	}
}
