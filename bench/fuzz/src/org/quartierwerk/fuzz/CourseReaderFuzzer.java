package org.quartierwerk.fuzz;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.quartierwerk.courses.internal.Kursdateien;

/**
 * The course-repository reader: the handler of the kind {@code kurs} ({@code Kursdateien}) reading the course file of a
 * course bundle. Any bytes as a course file must give a course or problems ("Kursdatei ... ist nicht lesbar"), never an
 * exception or error. The handler reads files through {@link Bundle#getEntry}; a stand-in bundle serves the fuzzer's
 * bytes, and the handler is called directly with the clause {@code kurs/fuzz.xmi;art=kurs}, as the extender calls it.
 */
public final class CourseReaderFuzzer {

	private static final Path FILE;
	private static final Bundle BUNDLE;
	private static final ManifestElement KLAUSEL;
	private static final Kursdateien HANDLER = new Kursdateien();

	static {
		try {
			FILE = Files.createTempDirectory("fuzz-kurs").resolve("kurs.xmi");
			BUNDLE = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] { Bundle.class },
					(proxy, method, args) -> switch (method.getName()) {
						case "getSymbolicName" -> "org.quartierwerk.course.fuzz";
						case "getEntry" -> "kurs/fuzz.xmi".equals(args[0]) ? FILE.toUri().toURL() : null;
						case "hashCode" -> System.identityHashCode(proxy);
						case "equals" -> proxy == args[0];
						case "toString" -> "fuzz course bundle";
						default -> throw new UnsupportedOperationException(method.getName());
					});
			KLAUSEL = ManifestElement.parseHeader("Quartierwerk-Inhalt", "kurs/fuzz.xmi;art=kurs")[0];
		} catch (IOException | BundleException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		Files.write(FILE, data);
		HANDLER.lies(BUNDLE, KLAUSEL, problem -> {
		});
	}

	private CourseReaderFuzzer() {
	}
}
