package org.quartierwerk.fuzz;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.Bundle;
import org.quartierwerk.courses.internal.BundleCourseRegistry;

/**
 * The course-repository reader: {@code BundleCourseRegistry} reading the course file of a course bundle. Any bytes
 * as a course file must give courses or problems ("Kursdatei ... ist nicht lesbar"), never an exception or error.
 * The registry reads files through {@link Bundle#getEntry}; a stand-in bundle serves the fuzzer's bytes, and the
 * registry's reading step is called directly, since the bundle's public API only reads bundles that start.
 */
public final class CourseReaderFuzzer {

	private static final Path FILE;
	private static final Bundle BUNDLE;
	private static final Method READ;

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
			Class<?> registry = BundleCourseRegistry.class;
			READ = registry.getDeclaredMethod("read", Bundle.class, String.class, java.util.Collection.class);
			READ.setAccessible(true);
		} catch (IOException | ReflectiveOperationException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) throws Throwable {
		Files.write(FILE, data);
		try {
			READ.invoke(null, BUNDLE, "kurs/fuzz.xmi", List.of());
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	private CourseReaderFuzzer() {
	}
}
