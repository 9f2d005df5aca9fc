package org.quartierwerk.product.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The built course repository signed the way a course publisher signs it: a key pair made with {@code keytool}, every
 * bundle and feature jar signed with {@code jarsigner}, then the sizes and checksums in the artifact metadata brought
 * up to date (what a publisher's build does when it signs before publishing).
 *
 * @param folder      the signed repository
 * @param certificate the publisher's certificate (PEM), to be trusted or not
 */
record SignedCourseRepository(Path folder, Path certificate) {

	private static final String PASSWORD = "kursanbieter";

	static SignedCourseRepository sign(Path zip, Path folder, String publisher) throws Exception {
		unzip(zip, folder);
		Path keystore = folder.resolveSibling(folder.getFileName() + ".p12");
		Path certificate = folder.resolveSibling(folder.getFileName() + ".pem");
		jdkTool("keytool", "-genkeypair", "-alias", "kurs", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", publisher,
				"-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
		jdkTool("keytool", "-exportcert", "-rfc", "-alias", "kurs", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-file",
				certificate.toString());
		for (String kind : List.of("plugins", "features")) {
			try (Stream<Path> jars = Files.list(folder.resolve(kind))) {
				for (Path jar : jars.toList()) {
					jdkTool("jarsigner", "-keystore", keystore.toString(), "-storepass", PASSWORD, jar.toString(), "kurs");
				}
			}
		}
		updateArtifactMetadata(folder);
		return new SignedCourseRepository(folder, certificate);
	}

	/** Sizes and checksums of the signed jars; the compressed copy of the metadata is dropped, p2 reads the jar. */
	private static void updateArtifactMetadata(Path folder) throws Exception {
		Path artifactsJar = folder.resolve("artifacts.jar");
		Document document;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(artifactsJar))) {
			in.getNextEntry();
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
		}
		NodeList artifacts = document.getElementsByTagName("artifact");
		for (int i = 0; i < artifacts.getLength(); i++) {
			Element artifact = (Element) artifacts.item(i);
			String kind = artifact.getAttribute("classifier").equals("osgi.bundle") ? "plugins" : "features";
			byte[] jar = Files.readAllBytes(folder.resolve(kind).resolve(artifact.getAttribute("id") + "_" + artifact.getAttribute("version") + ".jar"));
			NodeList properties = artifact.getElementsByTagName("property");
			for (int j = 0; j < properties.getLength(); j++) {
				Element property = (Element) properties.item(j);
				String name = property.getAttribute("name");
				if (name.equals("artifact.size") || name.equals("download.size")) {
					property.setAttribute("value", Integer.toString(jar.length));
				} else if (name.startsWith("download.checksum.")) {
					String algorithm = name.substring("download.checksum.".length()).toUpperCase(Locale.ROOT);
					property.setAttribute("value", HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(jar)));
				}
			}
		}
		ByteArrayOutputStream xml = new ByteArrayOutputStream();
		var transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.transform(new DOMSource(document), new StreamResult(xml));
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(artifactsJar))) {
			out.putNextEntry(new JarEntry("artifacts.xml"));
			out.write(xml.toByteArray());
			out.closeEntry();
		}
		Files.deleteIfExists(folder.resolve("artifacts.xml.xz"));
		Path index = folder.resolve("p2.index");
		Files.writeString(index, Files.readString(index).replace("artifacts.xml.xz,", ""));
	}

	private static void unzip(Path zip, Path folder) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder)) {
					throw new IOException("entry outside the folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					try (OutputStream out = Files.newOutputStream(target)) {
						in.transferTo(out);
					}
				}
			}
		}
	}

	private static void jdkTool(String tool, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes());
		}
		if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new AssertionError(tool + " failed: " + output);
		}
	}
}
