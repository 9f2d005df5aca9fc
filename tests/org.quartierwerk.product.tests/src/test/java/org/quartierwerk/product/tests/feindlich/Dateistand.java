package org.quartierwerk.product.tests.feindlich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file below some folders with the SHA-256 of its bytes: taken before a command, compared after it. */
record Dateistand(Map<String, String> dateien) {

	/** The files below the folders (links are not followed); a folder that does not exist counts as empty. */
	static Dateistand von(Path... ordner) {
		Map<String, String> dateien = new TreeMap<>();
		for (Path wurzel : ordner) {
			if (!Files.exists(wurzel, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			try (Stream<Path> alle = Files.walk(wurzel)) {
				for (Path datei : alle.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
					dateien.put(datei.toString(), sha256(datei));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new Dateistand(dateien);
	}

	/**
	 * Fails unless every file is still there with the same bytes and no file was added – but for Quartierwerk's own
	 * bookkeeping in a workspace: the lock file and the error log (docs/sicherheit.md).
	 */
	void unveraendert(Path... ordner) {
		Map<String, String> danach = new TreeMap<>(von(ordner).dateien());
		danach.keySet().removeIf(datei -> !dateien.containsKey(datei)
				&& (datei.endsWith("/.quartierwerk.lock") || datei.endsWith("/.metadata/quartierwerk.log")));
		assertEquals(dateien, danach, "files were added, removed or changed");
	}

	private static String sha256(Path datei) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(datei)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
