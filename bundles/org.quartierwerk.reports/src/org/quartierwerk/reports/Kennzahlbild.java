package org.quartierwerk.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import javax.imageio.ImageIO;

import org.quartierwerk.model.Kennzahl;
import org.quartierwerk.model.Messwert;

/**
 * A Kennzahl's series as a picture for the Wirkungsbericht: the Messwerte as points joined by a line over time, the
 * Ausgangswert and the Zielwert as dashed horizontal lines where recorded, each labelled. Drawn with Java2D (as the
 * courses' network diagram), so it looks alike in PDF, DOCX, ODT and HTML and needs no chart engine.
 */
public final class Kennzahlbild {

	/** Colour of the series; the report test measures it. */
	public static final Color REIHE = new Color(0x1F4E79);
	/** Colour of the Ausgangswert line. */
	public static final Color AUSGANGSWERT = new Color(0xC55A11);
	/** Colour of the Zielwert line. */
	public static final Color ZIELWERT = new Color(0x2E7D32);

	private static final int BREITE = 1400;
	private static final int HOEHE = 520;
	private static final int LINKS = 140;
	private static final int RECHTS = 60;
	private static final int OBEN = 40;
	private static final int UNTEN = 110;
	private static final DecimalFormatSymbols DEUTSCH = DecimalFormatSymbols.getInstance(Locale.GERMANY);

	private Kennzahlbild() {
	}

	/**
	 * The picture as PNG.
	 *
	 * @param kennzahl the Kennzahl, for Ausgangswert, Zielwert and unit
	 * @param reihe    its Messwerte to draw, each with a date and a value, in time order; none draws only the lines
	 */
	public static byte[] png(Kennzahl kennzahl, List<Messwert> reihe) {
		BufferedImage bild = new BufferedImage(BREITE, HOEHE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = bild.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, BREITE, HOEHE);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
			zeichne(g, kennzahl, reihe);
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(bild, "png", png);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	private static void zeichne(Graphics2D g, Kennzahl kennzahl, List<Messwert> reihe) {
		List<Double> werte = new ArrayList<>();
		reihe.forEach(m -> werte.add(m.getWert().doubleValue()));
		if (kennzahl.getAusgangswert() != null) {
			werte.add(kennzahl.getAusgangswert().doubleValue());
		}
		if (kennzahl.getZielwert() != null) {
			werte.add(kennzahl.getZielwert().doubleValue());
		}
		double kleinster = Math.min(0, werte.stream().mapToDouble(Double::doubleValue).min().orElse(0));
		double groesster = werte.stream().mapToDouble(Double::doubleValue).max().orElse(1);
		if (groesster - kleinster < 1e-9) {
			groesster = kleinster + 1;
		}
		// room above the highest value for its label, and round steps (1, 2, 2.5 or 5 times a power of ten)
		double oben = groesster + (groesster - kleinster) * 0.1;
		double schritt = schritt((oben - kleinster) / 4);
		double min = Math.floor(kleinster / schritt) * schritt;
		double max = Math.ceil(oben / schritt) * schritt;
		int flaecheBreite = BREITE - LINKS - RECHTS;
		int flaecheHoehe = HOEHE - OBEN - UNTEN;
		double untenWert = min;
		double spanne = max - min;
		DoubleUnaryOperator y = w -> OBEN + flaecheHoehe - (w - untenWert) / spanne * flaecheHoehe;

		// grid and axes
		for (double wert = min; wert <= max + schritt / 1000; wert += schritt) {
			int py = (int) y.applyAsDouble(wert);
			g.setColor(new Color(0xE0E0E0));
			g.setStroke(new BasicStroke(1f));
			g.drawLine(LINKS, py, LINKS + flaecheBreite, py);
			g.setColor(Color.DARK_GRAY);
			String text = zahl(wert);
			g.drawString(text, LINKS - 12 - g.getFontMetrics().stringWidth(text), py + 8);
		}
		g.setColor(Color.DARK_GRAY);
		g.drawLine(LINKS, OBEN, LINKS, OBEN + flaecheHoehe);
		g.drawLine(LINKS, OBEN + flaecheHoehe, LINKS + flaecheBreite, OBEN + flaecheHoehe);

		String einheit = kennzahl.getEinheit() == null ? "" : kennzahl.getEinheit().strip();
		int legende = HOEHE - 24;
		int legendeX = LINKS;
		if (kennzahl.getAusgangswert() != null) {
			linie(g, AUSGANGSWERT, y.applyAsDouble(kennzahl.getAusgangswert().doubleValue()), flaecheBreite);
			legendeX = legende(g, AUSGANGSWERT, true, "Ausgangswert " + mitEinheit(kennzahl.getAusgangswert(), einheit), legendeX, legende);
		}
		if (kennzahl.getZielwert() != null) {
			linie(g, ZIELWERT, y.applyAsDouble(kennzahl.getZielwert().doubleValue()), flaecheBreite);
			legendeX = legende(g, ZIELWERT, true, "Zielwert " + mitEinheit(kennzahl.getZielwert(), einheit), legendeX, legende);
		}
		legende(g, REIHE, false, "Messwerte", legendeX, legende);

		if (reihe.isEmpty()) {
			return;
		}
		LocalDate erster = reihe.get(0).getDatum().erster();
		LocalDate letzter = reihe.get(reihe.size() - 1).getDatum().erster();
		long tage = Math.max(1, ChronoUnit.DAYS.between(erster, letzter));
		int rand = 60;
		double[] xs = new double[reihe.size()];
		for (int i = 0; i < reihe.size(); i++) {
			long tag = ChronoUnit.DAYS.between(erster, reihe.get(i).getDatum().erster());
			xs[i] = reihe.size() == 1 ? LINKS + flaecheBreite / 2.0 : LINKS + rand + (flaecheBreite - 2.0 * rand) * tag / tage;
		}
		g.setColor(REIHE);
		g.setStroke(new BasicStroke(4f));
		for (int i = 1; i < reihe.size(); i++) {
			g.draw(new Line2D.Double(xs[i - 1], y.applyAsDouble(reihe.get(i - 1).getWert().doubleValue()), xs[i],
					y.applyAsDouble(reihe.get(i).getWert().doubleValue())));
		}
		FontMetrics metrik = g.getFontMetrics();
		int letzteBeschriftung = Integer.MIN_VALUE;
		for (int i = 0; i < reihe.size(); i++) {
			double py = y.applyAsDouble(reihe.get(i).getWert().doubleValue());
			g.setColor(REIHE);
			g.fill(new Ellipse2D.Double(xs[i] - 9, py - 9, 18, 18));
			String wert = zahl(reihe.get(i).getWert().doubleValue());
			g.drawString(wert, (float) (xs[i] - metrik.stringWidth(wert) / 2.0), (float) py - 16);
			String datum = Wirkungsdaten.datum(reihe.get(i).getDatum());
			int x = (int) (xs[i] - metrik.stringWidth(datum) / 2.0);
			if (x > letzteBeschriftung + 8) {
				g.setColor(Color.DARK_GRAY);
				g.drawString(datum, x, OBEN + flaecheHoehe + 32);
				letzteBeschriftung = x + metrik.stringWidth(datum);
			}
		}
	}

	private static void linie(Graphics2D g, Color farbe, double py, int flaecheBreite) {
		g.setColor(farbe);
		g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 14f, 10f }, 0f));
		g.draw(new Line2D.Double(LINKS, py, LINKS + flaecheBreite, py));
	}

	/** One legend entry; returns where the next begins. */
	private static int legende(Graphics2D g, Color farbe, boolean gestrichelt, String text, int x, int y) {
		g.setColor(farbe);
		if (gestrichelt) {
			g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 10f, 6f }, 0f));
			g.drawLine(x, y - 8, x + 44, y - 8);
		} else {
			g.setStroke(new BasicStroke(4f));
			g.drawLine(x, y - 8, x + 44, y - 8);
			g.fillOval(x + 15, y - 15, 14, 14);
		}
		g.setColor(Color.BLACK);
		g.drawString(text, x + 56, y);
		return x + 56 + g.getFontMetrics().stringWidth(text) + 48;
	}

	/** The smallest round step (1, 2, 2.5 or 5 times a power of ten) not below {@code roh}. */
	static double schritt(double roh) {
		double zehner = Math.pow(10, Math.floor(Math.log10(roh)));
		for (double faktor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (faktor * zehner >= roh - 1e-12) {
				return faktor * zehner;
			}
		}
		return 10 * zehner;
	}

	private static String mitEinheit(BigDecimal wert, String einheit) {
		String zahl = zahl(wert.doubleValue());
		boolean euro = einheit.equalsIgnoreCase("EUR") || einheit.equalsIgnoreCase("Euro");
		return einheit.isEmpty() ? zahl : zahl + " " + (euro ? "€" : einheit);
	}

	private static String zahl(double wert) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DEUTSCH);
		return format.format(wert);
	}
}
