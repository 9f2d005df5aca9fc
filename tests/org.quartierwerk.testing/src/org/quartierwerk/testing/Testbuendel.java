package org.quartierwerk.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.content.ContentRegistry;

/**
 * A bundle made in memory, as a contributor would ship it: manifest headers and files, no code. Installed into the
 * running framework, it lets a test watch content come and go with its bundle.
 *
 * <pre>
 * Bundle kurs = new Testbuendel("org.quartierwerk.course.erzaehlcafe")
 * 		.inhalt("kurs/erzaehlcafe.xmi;art=kurs").datei("kurs/erzaehlcafe.xmi", xmi).installiere();
 * </pre>
 */
public final class Testbuendel {

	/** The requirement a contributing bundle declares, as the README shows it. */
	public static final String ERWEITERUNG = "osgi.extender;filter:=\"(&(osgi.extender=" + ContentRegistry.EXTENDER
			+ ")(version>=1.0)(!(version>=2.0)))\"";

	private final String name;
	private final Manifest manifest = new Manifest();
	private final Map<String, byte[]> dateien = new LinkedHashMap<>();

	/** A bundle with this symbolic name and version 1.0.0. */
	public Testbuendel(String symbolischerName) {
		name = symbolischerName;
		Attributes haupt = manifest.getMainAttributes();
		haupt.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		haupt.putValue("Bundle-ManifestVersion", "2");
		haupt.putValue("Bundle-SymbolicName", symbolischerName);
		haupt.putValue("Bundle-Version", "1.0.0");
	}

	/** Sets a manifest header. */
	public Testbuendel kopf(String kopf, String wert) {
		manifest.getMainAttributes().putValue(kopf, wert);
		return this;
	}

	/** Names content in the header Quartierwerk-Inhalt and requires the extender that reads it. */
	public Testbuendel inhalt(String klauseln) {
		return kopf(ContentRegistry.HEADER, klauseln).kopf("Require-Capability", ERWEITERUNG);
	}

	/** Adds a file, as UTF-8. */
	public Testbuendel datei(String pfad, String inhalt) {
		return datei(pfad, inhalt.getBytes(StandardCharsets.UTF_8));
	}

	/** Adds a file. */
	public Testbuendel datei(String pfad, byte[] inhalt) {
		dateien.put(pfad, inhalt.clone());
		return this;
	}

	/** The bundle as a jar file. */
	public byte[] jar() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			for (Map.Entry<String, byte[]> datei : dateien.entrySet()) {
				jar.putNextEntry(new JarEntry(datei.getKey()));
				jar.write(datei.getValue());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Installs the bundle (not started) at the location {@code test:<symbolic name>}; the test uninstalls it. */
	public Bundle installiere() throws BundleException {
		return FrameworkUtil.getBundle(Testbuendel.class).getBundleContext().installBundle("test:" + name,
				new ByteArrayInputStream(jar()));
	}
}
