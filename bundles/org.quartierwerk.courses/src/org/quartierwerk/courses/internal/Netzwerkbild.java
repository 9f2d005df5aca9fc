package org.quartierwerk.courses.internal;

import java.util.Locale;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.quartierwerk.courses.model.Akteur;
import org.quartierwerk.courses.model.Akteursart;
import org.quartierwerk.courses.model.Akteurslandkarte;
import org.quartierwerk.courses.model.Netzwerkkooperation;
import org.quartierwerk.courses.model.Verbindlichkeit;
import org.quartierwerk.model.Bezeichnungen;

/**
 * The Akteurslandkarte as a picture: the actors on a circle, coloured by Akteursart, the cooperations as lines whose
 * weight shows the Verbindlichkeit (thin and dashed: lose; medium: schriftlich vereinbart; thick: verbindlich), and a
 * legend. BIRT's charts have no network diagram, so the report shows this PNG.
 */
public final class Netzwerkbild {

	/** One colour per Akteursart, in the order of the literals; the report test measures them. */
	public static final List<Color> FARBEN = List.of(new Color(0x1F4E79), new Color(0xC0504D), new Color(0x9BBB59),
			new Color(0x8064A2), new Color(0x4BACC6), new Color(0xF79646), new Color(0x7F6000), new Color(0x2E7D32),
			new Color(0xB07AA1));

	private static final int BREITE = 1400;
	private static final int HOEHE = 900;
	private static final int LEGENDE = 360;
	private static final int RADIUS_KNOTEN = 22;

	/** The picture as PNG. */
	public static byte[] png(Akteurslandkarte karte) {
		BufferedImage bild = new BufferedImage(BREITE, HOEHE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = bild.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, BREITE, HOEHE);
			zeichne(g, karte);
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

	public static Color farbe(Akteursart art) {
		return FARBEN.get(art.getValue());
	}

	private static void zeichne(Graphics2D g, Akteurslandkarte karte) {
		List<Akteur> akteure = karte.getAkteure();
		Font schrift = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
		g.setFont(schrift);
		if (akteure.isEmpty()) {
			g.setColor(Color.DARK_GRAY);
			g.drawString(Dokumentwoerter.wort("karteLeer"), 40, HOEHE / 2);
			return;
		}
		int mitteX = (BREITE - LEGENDE) / 2;
		int mitteY = HOEHE / 2;
		double radius = akteure.size() == 1 ? 0 : Math.min(mitteX, mitteY) - 110;
		Map<Akteur, double[]> orte = new HashMap<>();
		for (int i = 0; i < akteure.size(); i++) {
			double winkel = -Math.PI / 2 + 2 * Math.PI * i / akteure.size();
			orte.put(akteure.get(i), new double[] { mitteX + radius * Math.cos(winkel), mitteY + radius * Math.sin(winkel) });
		}
		for (Netzwerkkooperation kooperation : karte.getKooperationen()) {
			double[] von = orte.get(kooperation.getVon());
			double[] zu = orte.get(kooperation.getZu());
			if (von == null || zu == null) {
				continue;
			}
			g.setColor(new Color(0x404040));
			g.setStroke(linie(kooperation.getVerbindlichkeit()));
			g.draw(new Line2D.Double(von[0], von[1], zu[0], zu[1]));
		}
		g.setStroke(new BasicStroke(2f));
		Set<Akteursart> arten = EnumSet.noneOf(Akteursart.class);
		for (Akteur akteur : akteure) {
			double[] ort = orte.get(akteur);
			Akteursart art = akteur.getArt() == null ? Akteursart.SONSTIGE : akteur.getArt();
			arten.add(art);
			Ellipse2D kreis = new Ellipse2D.Double(ort[0] - RADIUS_KNOTEN, ort[1] - RADIUS_KNOTEN, 2 * RADIUS_KNOTEN, 2 * RADIUS_KNOTEN);
			g.setColor(farbe(art));
			g.fill(kreis);
			g.setColor(Color.WHITE);
			g.draw(kreis);
			beschrifte(g, kurz(akteur.getName()), ort[0], ort[1] + RADIUS_KNOTEN + 20);
		}
		legende(g, arten);
	}

	private static BasicStroke linie(Verbindlichkeit verbindlichkeit) {
		if (verbindlichkeit == null || verbindlichkeit == Verbindlichkeit.LOSE) {
			return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 10f, 8f }, 0f);
		}
		return new BasicStroke(verbindlichkeit == Verbindlichkeit.VERBINDLICH ? 8f : 4f);
	}

	private static void beschrifte(Graphics2D g, String text, double x, double y) {
		FontMetrics metrik = g.getFontMetrics();
		g.setColor(Color.BLACK);
		g.drawString(text, (float) (x - metrik.stringWidth(text) / 2.0), (float) y);
	}

	private static void legende(Graphics2D g, Set<Akteursart> arten) {
		int x = BREITE - LEGENDE + 20;
		int y = 60;
		g.setColor(Color.BLACK);
		g.drawString(Dokumentwoerter.wort("akteursart"), x, y);
		for (Akteursart art : arten) {
			y += 34;
			g.setColor(farbe(art));
			g.fillOval(x, y - 16, 20, 20);
			g.setColor(Color.BLACK);
			g.drawString(Bezeichnungen.von(art, Locale.GERMAN), x + 32, y);
		}
		y += 60;
		g.drawString(Dokumentwoerter.wort("verbindlichkeit"), x, y);
		for (Verbindlichkeit verbindlichkeit : Verbindlichkeit.values()) {
			y += 34;
			g.setColor(new Color(0x404040));
			g.setStroke(linie(verbindlichkeit));
			g.draw(new Line2D.Double(x, y - 6, x + 40, y - 6));
			g.setColor(Color.BLACK);
			g.drawString(Bezeichnungen.von(verbindlichkeit, Locale.GERMAN), x + 52, y);
		}
	}

	private static String kurz(String name) {
		if (name == null) {
			return "";
		}
		return name.length() <= 32 ? name : name.substring(0, 31) + "…";
	}

	private Netzwerkbild() {
	}
}
