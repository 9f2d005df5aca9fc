package org.quartierwerk.handbuch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.WriteException;
import org.quartierwerk.handbuch.internal.Json;
import org.quartierwerk.handbuch.internal.Klartext;

/**
 * The German handbook: plain HTML pages for the system browser (docs/architektur.md says why not Eclipse's help
 * system). The pages are resources of this bundle in {@code handbuch/} and hold only their content; head, search field,
 * chapter navigation, heading and footer are added from the one list {@link #KAPITEL} when the pages are written, and
 * so is the search index {@value #SUCHINDEX} that the page {@value #SUCHSEITE} reads – the search works from
 * {@code file://}, without a server. A new chapter is its page and one entry in {@link #KAPITEL}.
 */
public final class Handbuch {

	/** The start page, with the list of chapters. */
	public static final String STARTSEITE = "index.html";
	/** The page of the search. */
	public static final String SUCHSEITE = "suche.html";
	/** The chapter on the command line; {@code quartierwerk hilfe} shows its sections. */
	public static final String BEFEHLSZEILE = "befehlszeile.html";
	/** The search index, a script that sets {@code HANDBUCH_SUCHINDEX}. */
	public static final String SUCHINDEX = "suchindex.js";

	/** The chapters in their order; the first is the start page. */
	public static final List<Kapitel> KAPITEL = List.of(
			new Kapitel(STARTSEITE, "Übersicht", "was Quartierwerk ist, das Fenster, dieses Handbuch"),
			new Kapitel("praxisbeispiel.html", "Praxisbeispiel dokumentieren", "anlegen, ausfüllen, speichern, Fehler finden"),
			new Kapitel("finanzierungsplan.html", "Finanzierungsplan aufstellen", "Ausgaben, Finanzierung, Förderquote, Lücke"),
			new Kapitel("beteiligung.html", "Beteiligung einschätzen", "Partizipationsstufe je Projektphase"),
			new Kapitel("wirkung.html", "Wirkung messen", "Ziele, Kennzahlen, Istwerte, Zielerreichung"),
			new Kapitel("bericht.html", "Bericht erstellen", "Förderantrag, Steckbrief, Finanzierungsplan, Wirkungsbericht als PDF, Word, ODT oder HTML"),
			new Kapitel("kursteilnahme.html", "An einem Kurs teilnehmen", "Teilnahme anlegen, Module abhaken, Zertifikat"),
			new Kapitel("kurse-installieren.html", "Kurse installieren (für Kursleitungen)", "Kursverzeichnis, Vertrauen, Vorgaben"),
			new Kapitel("veroeffentlichen.html", "Veröffentlichen", "Praxisbeispiele ohne personenbezogene Daten weitergeben"),
			new Kapitel("sammlung.html", "Sammlung teilen", "gemeinsam an einer Sammlung arbeiten, abgleichen, Konflikte lösen, Verlauf"),
			new Kapitel(BEFEHLSZEILE, "Befehlszeile", "jeder Befehl von quartierwerk mit einem Beispiel"));

	/** The search page: not in the chapter navigation, reached by the search field of every page. */
	public static final Kapitel SUCHE = new Kapitel(SUCHSEITE, "Suche", "im Handbuch suchen");

	/** Files copied as they are. */
	private static final List<String> BEIGABEN = List.of("handbuch.css", "suche.js");

	private static final String ORDNER = "handbuch/";
	private static final String KAPITELLISTE = "<!-- kapitelliste -->";
	/** A picture of a page, a file of {@code handbuch/bilder/}: written beside the pages as the pages name it. */
	private static final Pattern BILD = Pattern.compile("<img src=\"(bilder/[a-z0-9-]+\\.png)\"");
	private static final Pattern UEBERSCHRIFT = Pattern.compile("<h2 id=\"([^\"]+)\">(.*?)</h2>\n?", Pattern.DOTALL);

	private Handbuch() {
	}

	/** The chapter of this file, if the handbook has one. */
	public static Optional<Kapitel> kapitel(String datei) {
		return KAPITEL.stream().filter(k -> k.datei().equals(datei)).findFirst();
	}

	/**
	 * The sections of a chapter in their order: the part before the first {@code <h2>} (when it holds anything), then
	 * one per {@code <h2 id="…">}.
	 *
	 * @throws NoSuchFileException when this installation lacks the chapter's page
	 */
	public static List<Abschnitt> abschnitte(Kapitel kapitel) throws IOException {
		String inhalt = inhalt(kapitel);
		List<Abschnitt> abschnitte = new ArrayList<>();
		Matcher m = UEBERSCHRIFT.matcher(inhalt);
		int bis = 0;
		String anker = "";
		String titel = kapitel.titel();
		while (m.find()) {
			if (!anker.isEmpty() || !inhalt.substring(bis, m.start()).isBlank()) {
				abschnitte.add(new Abschnitt(kapitel, anker, titel, inhalt.substring(bis, m.start())));
			}
			anker = m.group(1);
			titel = Klartext.von(m.group(2));
			bis = m.end();
		}
		abschnitte.add(new Abschnitt(kapitel, anker, titel, inhalt.substring(bis)));
		return abschnitte;
	}

	/**
	 * Writes the whole handbook into {@code ordner} (created when missing): every page, the pictures the pages show,
	 * the style sheet, the search script and the search index, each file through {@link DurableFile}, so each is at every moment whole; the start
	 * page comes last.
	 *
	 * @return the start page in {@code ordner}
	 * @throws NoSuchFileException when this installation lacks a page of the handbook
	 * @throws IOException with a German message naming the file, when one cannot be written
	 */
	public static Path schreiben(Path ordner) throws IOException {
		try {
			Files.createDirectories(ordner);
		} catch (IOException e) {
			throw new WriteException(ordner, WriteException.ursache(ordner, e));
		}
		for (String beigabe : BEIGABEN) {
			DurableFile.replace(ordner.resolve(beigabe), quelle(beigabe), false);
		}
		for (Kapitel kapitel : KAPITEL) {
			Matcher bild = BILD.matcher(inhalt(kapitel));
			while (bild.find()) {
				Path ziel = ordner.resolve(bild.group(1));
				Files.createDirectories(ziel.getParent());
				DurableFile.replace(ziel, quelle(bild.group(1)), false);
			}
		}
		DurableFile.replace(ordner.resolve(SUCHINDEX), suchindex().getBytes(StandardCharsets.UTF_8), false);
		DurableFile.replace(ordner.resolve(SUCHSEITE), seite(SUCHE).getBytes(StandardCharsets.UTF_8), false);
		for (Kapitel kapitel : KAPITEL.reversed()) {
			DurableFile.replace(ordner.resolve(kapitel.datei()), seite(kapitel).getBytes(StandardCharsets.UTF_8), false);
		}
		return ordner.resolve(STARTSEITE);
	}

	/** The whole page of a chapter as it is written: head, search field, navigation, heading, content, footer. */
	public static String seite(Kapitel kapitel) throws IOException {
		StringBuilder s = new StringBuilder();
		s.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n  <meta charset=\"utf-8\">\n")
				.append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("  <title>").append(html(kapitel.titel())).append(" – Quartierwerk-Handbuch</title>\n")
				.append("  <link rel=\"stylesheet\" href=\"handbuch.css\">\n")
				.append("  <script src=\"").append(SUCHINDEX).append("\" defer></script>\n")
				.append("  <script src=\"suche.js\" defer></script>\n</head>\n<body>\n  <header>\n")
				.append("    <p><a href=\"").append(STARTSEITE).append("\">Quartierwerk-Handbuch</a></p>\n")
				.append("    <form role=\"search\" action=\"").append(SUCHSEITE).append("\">\n")
				.append("      <label for=\"suchfeld\">Im Handbuch suchen</label>\n")
				.append("      <input type=\"search\" id=\"suchfeld\" name=\"q\">\n")
				.append("      <button type=\"submit\">Suchen</button>\n    </form>\n  </header>\n")
				.append("  <nav aria-label=\"Kapitel\">\n    <ul>\n");
		for (Kapitel k : KAPITEL) {
			s.append("      <li><a href=\"").append(k.datei()).append('"')
					.append(k.equals(kapitel) ? " aria-current=\"page\"" : "").append('>').append(html(k.titel())).append("</a></li>\n");
		}
		s.append("    </ul>\n  </nav>\n  <main>\n    <h1>")
				.append(kapitel.datei().equals(STARTSEITE) ? "Quartierwerk-Handbuch" : html(kapitel.titel())).append("</h1>\n")
				.append(inhalt(kapitel))
				.append("  </main>\n  <footer>\n")
				.append("    <p>Dieses Handbuch gehört zu Ihrer Quartierwerk-Installation und beschreibt genau diese Version.\n")
				.append("    In Quartierwerk öffnen Sie es mit Hilfe → Handbuch oder der Taste <kbd>F1</kbd>.</p>\n")
				.append("  </footer>\n</body>\n</html>\n");
		return s.toString();
	}

	/** The search index: one entry per section of every chapter, with its address, titles and text. */
	public static String suchindex() throws IOException {
		StringBuilder s = new StringBuilder("// Der Suchindex des Quartierwerk-Handbuchs, erzeugt beim Ablegen der Seiten.\n")
				.append("var HANDBUCH_SUCHINDEX = [\n");
		for (Kapitel kapitel : KAPITEL) {
			for (Abschnitt a : abschnitte(kapitel)) {
				s.append("  {\"seite\": ").append(Json.text(kapitel.datei())).append(", \"anker\": ").append(Json.text(a.anker()))
						.append(", \"kapitel\": ").append(Json.text(kapitel.titel())).append(", \"abschnitt\": ").append(Json.text(a.titel()))
						.append(", \"text\": ").append(Json.text(a.text())).append("},\n");
			}
		}
		return s.append("];\n").toString();
	}

	/** A chapter's content from its source page; on the start page with the list of chapters. */
	private static String inhalt(Kapitel kapitel) throws IOException {
		String inhalt = new String(quelle(kapitel.datei()), StandardCharsets.UTF_8);
		if (inhalt.contains(KAPITELLISTE)) {
			StringBuilder liste = new StringBuilder("<ol>\n");
			for (Kapitel k : KAPITEL.subList(1, KAPITEL.size())) {
				liste.append("  <li><a href=\"").append(k.datei()).append("\">").append(html(k.titel())).append("</a> – ")
						.append(html(k.inhalt())).append("</li>\n");
			}
			inhalt = inhalt.replace(KAPITELLISTE, liste.append("</ol>").toString());
		}
		return inhalt;
	}

	private static byte[] quelle(String datei) throws IOException {
		try (InputStream in = Handbuch.class.getResourceAsStream("/" + ORDNER + datei)) {
			if (in == null) {
				throw new NoSuchFileException(ORDNER + datei);
			}
			return in.readAllBytes();
		}
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
