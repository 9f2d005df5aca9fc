package org.quartierwerk.product.tests.feindlich;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the product in a private mount namespace (tests run as root; {@code --map-root-user} lets a developer run them
 * too), where a folder can be a small full file system or a read-only view, without touching the machine's mounts.
 */
final class Namensraum {

	/**
	 * A wrapper that mounts an empty tmpfs of {@code kilobytes} on {@code ordner}, copies the files of {@code vorlage}
	 * into it, fills it up, runs the command, and writes the SHA-256 of every file then on it (but the filling) to
	 * {@code stand}: the tmpfs is gone with the namespace, so what the command left is read there.
	 */
	static List<String> vollerDatentraeger(Path ordner, int kilobytes, Path vorlage, Path stand) {
		String skript = """
				set -e
				mount -t tmpfs -o size=%dk tmpfs '%s'
				cp -a '%s'/. '%s'/
				dd if=/dev/zero of='%s/.fuellung' bs=1k 2>/dev/null || true
				set +e
				"$@"
				rc=$?
				(cd '%s' && find . -type f ! -name .fuellung -exec sha256sum {} + | sort -k 2 > '%s')
				exit $rc
				""".formatted(kilobytes, ordner, vorlage, ordner, ordner, ordner, stand);
		return List.of("unshare", "--map-root-user", "--mount", "sh", "-c", skript, "sh");
	}

	/** A wrapper in which {@code ordner} is read-only. */
	static List<String> schreibgeschuetzt(Path ordner) {
		return List.of("unshare", "--map-root-user", "--mount", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"",
				ordner.toString());
	}

	private Namensraum() {
	}
}
