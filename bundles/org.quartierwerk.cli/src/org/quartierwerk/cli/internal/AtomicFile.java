package org.quartierwerk.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes beside the target and renames, so an interrupted or failed command never leaves half a file. */
final class AtomicFile {

	/** Produces the file's content; may fail with its own exception type. */
	@FunctionalInterface
	interface Content<T, E extends Exception> {
		T writeTo(OutputStream out) throws IOException, E;
	}

	static <T, E extends Exception> T write(Path target, Content<T, E> content) throws IOException, E {
		Path absolute = target.toAbsolutePath();
		Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
		try {
			T result;
			try (OutputStream out = Files.newOutputStream(temp)) {
				result = content.writeTo(out);
			}
			Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return result;
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private AtomicFile() {
	}
}
