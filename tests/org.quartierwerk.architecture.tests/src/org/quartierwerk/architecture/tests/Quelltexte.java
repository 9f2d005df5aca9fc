package org.quartierwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests read: named by the system property {@code quartierwerk.root}, which the root pom sets. */
final class Quelltexte {

	static Path wurzel() {
		String root = System.getProperty("quartierwerk.root");
		assertNotNull(root, "the system property quartierwerk.root (set by the root pom) names the checkout");
		Path wurzel = Path.of(root);
		if (!Files.isDirectory(wurzel.resolve("bundles"))) {
			throw new AssertionError(wurzel.resolve("bundles") + " fehlt.");
		}
		return wurzel;
	}

	private Quelltexte() {
	}
}
