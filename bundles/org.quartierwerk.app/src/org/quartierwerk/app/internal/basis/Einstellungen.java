package org.quartierwerk.app.internal.basis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.WriteException;

/**
 * The workbench's own settings in the workspace ({@value #DATEI}): the window's place and size, whether the
 * Willkommen page opens at the start. Kept apart from e4's {@code workbench.xmi}, which ModelVersionGuard
 * discards after every update; written through {@link DurableFile}, so a failed write leaves the old settings.
 */
public final class Einstellungen {

	/** Relative to the workspace. */
	public static final String DATEI = ".metadata/.plugins/org.quartierwerk.app/einstellungen.properties";

	private final Path datei;
	private final Properties werte = new Properties();

	private Einstellungen(Path datei) {
		this.datei = datei;
	}

	/** The settings of this workspace; what cannot be read counts as not set (the defaults apply). */
	public static Einstellungen von(Path workspace) {
		Einstellungen einstellungen = new Einstellungen(workspace.resolve(DATEI));
		if (Files.isRegularFile(einstellungen.datei)) {
			try (InputStream in = Files.newInputStream(einstellungen.datei)) {
				einstellungen.werte.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			} catch (IOException | IllegalArgumentException e) {
				einstellungen.werte.clear();
			}
		}
		return einstellungen;
	}

	public String wert(String schluessel) {
		return werte.getProperty(schluessel);
	}

	public boolean schalter(String schluessel, boolean vorgabe) {
		String wert = werte.getProperty(schluessel);
		return wert == null ? vorgabe : Boolean.parseBoolean(wert);
	}

	/** Sets a value (null removes it) and writes the file at once. */
	public void setze(String schluessel, String wert) throws WriteException {
		if (wert == null) {
			werte.remove(schluessel);
		} else {
			werte.setProperty(schluessel, wert);
		}
		StringWriter inhalt = new StringWriter();
		try {
			werte.store(inhalt, "Quartierwerk");
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		try {
			Files.createDirectories(datei.getParent());
		} catch (IOException e) {
			throw new WriteException(datei, WriteException.ursache(datei, e), e);
		}
		DurableFile.replace(datei, inhalt.toString().getBytes(StandardCharsets.UTF_8), false);
	}
}
