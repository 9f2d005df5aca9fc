package org.quartierwerk.publishing.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.quartierwerk.publishing.PublishingException.Leck;

/**
 * The leak check: every person name, e-mail address and phone number the workspace knows is searched in every output
 * file, in the text as it reads after {@link Entschluesselung} and folded by {@link Faltung} – so case, accents, "ue"
 * for "ü", line breaks, markup, HTML entities, JSON and percent escapes hide nothing. Names and e-mail addresses are
 * found at the start of a word; an e-mail address also with "at" and "dot" or "punkt" spelled out. A phone number is
 * found by its digits, whatever separates them, with or without the country code or the leading 0.
 */
final class Leckpruefung {

	private static final Pattern ZIFFERNFOLGE = Pattern.compile("\\d[\\d\\s/\\-().+\\u00A0]*\\d|\\d");
	private static final Pattern AUSGESCHRIEBEN = Pattern.compile(" (?:at|dot|punkt)(?= )");

	private final List<Kennung> kennungen;

	Leckpruefung(List<Kennung> kennungen) {
		this.kennungen = List.copyOf(kennungen);
	}

	/** What the files hold of the known data; empty when nothing leaked. */
	List<Leck> pruefe(List<Path> dateien) throws IOException {
		List<Leck> lecks = new ArrayList<>();
		for (Path datei : dateien) {
			lecks.addAll(pruefe(lies(Files.readAllBytes(datei)), datei.getFileName().toString()));
		}
		return lecks;
	}

	/**
	 * What every file in a folder and its subfolders holds of the known data, each named by its path relative to the
	 * folder; the paths themselves are checked too.
	 */
	List<Leck> pruefeOrdner(Path ordner) throws IOException {
		List<Path> dateien;
		try (Stream<Path> alle = Files.walk(ordner)) {
			dateien = alle.filter(Files::isRegularFile).sorted().toList();
		}
		Set<Leck> lecks = new LinkedHashSet<>();
		for (Path datei : dateien) {
			String name = ordner.relativize(datei).toString().replace('\\', '/');
			lecks.addAll(pruefe(name, name));
			lecks.addAll(pruefe(Files.readAllBytes(datei), name));
		}
		return List.copyOf(lecks);
	}

	/** What the bytes of one file hold of the known data (UTF-8, else byte for byte), {@code datei} naming it. */
	List<Leck> pruefe(byte[] inhalt, String datei) {
		return pruefe(lies(inhalt), datei);
	}

	/** What one text holds of the known data, {@code datei} naming it. */
	List<Leck> pruefe(String inhalt, String datei) {
		List<Faltung> lesarten = new ArrayList<>();
		List<String> ziffern = new ArrayList<>();
		for (String lesart : Entschluesselung.lesarten(inhalt)) {
			Faltung gefaltet = Faltung.von(lesart);
			lesarten.add(gefaltet);
			lesarten.add(Faltung.von(AUSGESCHRIEBEN.matcher(gefaltet.text).replaceAll("")));
			Matcher m = ZIFFERNFOLGE.matcher(lesart);
			while (m.find()) {
				ziffern.add(m.group().replaceAll("\\D", ""));
			}
		}
		Set<Leck> lecks = new LinkedHashSet<>();
		for (Kennung kennung : kennungen) {
			boolean gefunden;
			if (kennung.art() == Kennung.Art.TELEFON) {
				String kern = kern(kennung.text());
				gefunden = kern.length() >= 5 && ziffern.stream().anyMatch(z -> z.contains(kern));
			} else {
				String begriff = Faltung.begriff(kennung.text());
				gefunden = lesarten.stream().anyMatch(l -> l.enthaelt(begriff));
			}
			if (gefunden) {
				lecks.add(new Leck(kennung.text(), art(kennung.art()), kennung.herkunft(), kennung.feld(), datei));
			}
		}
		return List.copyOf(lecks);
	}

	/** The digits that identify a phone number: without "+", "00" and the country code, or without the leading 0. */
	static String kern(String nummer) {
		String ziffern = nummer.replaceAll("\\D", "");
		String ohneLeerzeichen = nummer.strip();
		if (ohneLeerzeichen.startsWith("+") || ziffern.startsWith("00")) {
			ziffern = ziffern.replaceFirst("^(00)?", "");
			return ziffern.length() > 2 ? ziffern.substring(2) : ziffern;
		}
		return ziffern.replaceFirst("^0+", "");
	}

	static String art(Kennung.Art art) {
		return switch (art) {
		case NAME -> Messages.art_name;
		case EMAIL -> Messages.art_email;
		case TELEFON -> Messages.art_telefon;
		};
	}

	/** UTF-8; a file in another encoding is read byte for byte (ISO 8859-1), so nothing is skipped. */
	private static String lies(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}
}
