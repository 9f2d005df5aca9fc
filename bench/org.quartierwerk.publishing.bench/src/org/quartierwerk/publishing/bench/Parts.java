package org.quartierwerk.publishing.bench;

import java.util.Arrays;

/** Which parts of the harness run: system property {@code bench.parts}, comma-separated; "all" or unset for all. */
final class Parts {

	static boolean enabled(String part) {
		String parts = System.getProperty("bench.parts", "");
		return parts.isBlank() || parts.equals("all") || Arrays.stream(parts.split(",")).map(String::trim).anyMatch(part::equals);
	}

	private Parts() {
	}
}
