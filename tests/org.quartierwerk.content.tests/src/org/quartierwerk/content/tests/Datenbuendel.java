package org.quartierwerk.content.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.quartierwerk.content.ContentRegistry;

/** A data-only bundle built in memory: manifest headers and files, no code. */
final class Datenbuendel {

	/** The requirement a contributing bundle declares, as the README shows it. */
	static final String ERWEITERUNG = "osgi.extender;filter:=\"(&(osgi.extender=" + ContentRegistry.EXTENDER
			+ ")(version>=1.0)(!(version>=2.0)))\"";

	private final Map<String, String> koepfe = new LinkedHashMap<>();
	private final Map<String, String> dateien = new LinkedHashMap<>();

	/** A bundle that names its content in the header and requires the extender. */
	static Datenbuendel mitInhalt(String symbolicName, String inhalt) {
		return ohneKopf(symbolicName).kopf(ContentRegistry.HEADER, inhalt).kopf("Require-Capability", ERWEITERUNG);
	}

	static Datenbuendel ohneKopf(String symbolicName) {
		Datenbuendel buendel = new Datenbuendel();
		buendel.koepfe.put("Bundle-ManifestVersion", "2");
		buendel.koepfe.put("Bundle-SymbolicName", symbolicName);
		buendel.koepfe.put("Bundle-Version", "1.0.0");
		return buendel;
	}

	Datenbuendel kopf(String name, String wert) {
		koepfe.put(name, wert);
		return this;
	}

	Datenbuendel datei(String pfad, String inhalt) {
		dateien.put(pfad, inhalt);
		return this;
	}

	Bundle installiere(BundleContext context) throws BundleException, IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		koepfe.forEach(main::putValue);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			for (Map.Entry<String, String> datei : dateien.entrySet()) {
				jar.putNextEntry(new JarEntry(datei.getKey()));
				jar.write(datei.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		String name = koepfe.get("Bundle-SymbolicName");
		return context.installBundle("test:" + name, new ByteArrayInputStream(bytes.toByteArray()));
	}
}
