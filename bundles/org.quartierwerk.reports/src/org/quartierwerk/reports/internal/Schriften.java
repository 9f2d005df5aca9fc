package org.quartierwerk.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The fonts of every report: DejaVu (Sans, Serif, Sans Mono), shipped with the product, so a PDF looks the same on
 * every computer and carries its fonts. BIRT embeds the TrueType fonts it is given but not the PDF base fonts
 * (Helvetica, Times) it takes for the generic families by default; so the generic families and the fallback for
 * characters a font lacks (e.g. "→") are mapped to DejaVu in a font configuration of our own (docs/berichte.md, "Schriften").
 * <p>
 * BIRT reads fonts only from folders of the file system: the font files are copied from their bundle into the report
 * engine's temporary folder, beside the configuration that names them.
 */
final class Schriften {

	/** The bundle that brings the DejaVu fonts (from Maven Central, through the target platform). */
	static final String SCHRIFTBUENDEL = "net.sf.jasperreports.fonts";
	private static final String ORDNER = "net/sf/jasperreports/fonts/dejavu";

	/** The families the configuration uses; each must come with the bundle. */
	static final String SERIFENLOS = "DejaVu Sans";
	static final String SERIFEN = "DejaVu Serif";
	static final String DICKTE = "DejaVu Sans Mono";

	private Schriften() {
	}

	/**
	 * Copies the fonts into {@code tempDir/schriften} and writes the font configuration beside them.
	 *
	 * @return the configuration for {@code EngineConfig.setFontConfig}
	 * @throws IOException when the fonts are missing or cannot be copied; the report service does not start then, since
	 *                     every PDF would carry fonts the reader may not have
	 */
	static URL konfiguriere(Path tempDir) throws IOException {
		Bundle schriften = schriftbuendel();
		Path ordner = Files.createDirectories(tempDir.resolve("schriften"));
		Enumeration<URL> gefunden = schriften == null ? null : schriften.findEntries(ORDNER, "*.ttf", false);
		List<URL> dateien = gefunden == null ? List.of() : Collections.list(gefunden);
		if (dateien.isEmpty()) {
			throw new IOException("Die Schriften der Berichte (DejaVu) fehlen: Bündel " + SCHRIFTBUENDEL
					+ ". Installieren Sie Quartierwerk neu.");
		}
		for (URL datei : dateien) {
			String name = datei.getPath().substring(datei.getPath().lastIndexOf('/') + 1);
			if (name.contains("Condensed")) {
				continue; // no family of the configuration; a third less to copy and register at every start
			}
			try (InputStream in = datei.openStream()) {
				Files.copy(in, ordner.resolve(name));
			}
		}
		Path konfiguration = tempDir.resolve("fontsConfig.xml");
		Files.writeString(konfiguration, konfiguration(ordner), StandardCharsets.UTF_8);
		return konfiguration.toUri().toURL();
	}

	/** BIRT's font configuration: generic families and the fallback to DejaVu, fonts read from our folder. */
	static String konfiguration(Path ordner) {
		String pfad = ordner.toAbsolutePath().toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<font>
				  <font-aliases>
				    <mapping name="sans-serif" font-family="%1$s"/>
				    <mapping name="serif" font-family="%2$s"/>
				    <mapping name="monospace" font-family="%3$s"/>
				    <mapping name="cursive" font-family="%2$s"/>
				    <mapping name="fantasy" font-family="%2$s"/>
				    <mapping name="Helvetica" font-family="%1$s"/>
				    <mapping name="Arial" font-family="%1$s"/>
				    <mapping name="Times-Roman" font-family="%2$s"/>
				    <mapping name="Times New Roman" font-family="%2$s"/>
				    <mapping name="Courier" font-family="%3$s"/>
				  </font-aliases>
				  <composite-font name="all-fonts" font-family="%1$s"/>
				  <font-paths>
				    <path path="%4$s"/>
				  </font-paths>
				</font>
				""".formatted(SERIFENLOS, SERIFEN, DICKTE, pfad);
	}

	/** The font bundle this bundle is wired to by its Require-Bundle. */
	private static Bundle schriftbuendel() {
		BundleWiring wiring = FrameworkUtil.getBundle(Schriften.class).adapt(BundleWiring.class);
		if (wiring == null) {
			return null;
		}
		for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
			Bundle anbieter = wire.getProviderWiring().getBundle();
			if (SCHRIFTBUENDEL.equals(anbieter.getSymbolicName())) {
				return anbieter;
			}
		}
		return null;
	}
}
