package org.quartierwerk.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

import org.quartierwerk.core.internal.IoMessages;

/**
 * The one way Quartierwerk writes a file: the content goes to a new temporary file in the target's folder, is flushed
 * to disk (fsync) and renamed over the target, and the folder is synced, so the target is at every moment the complete
 * old or the complete new version. On any failure – disk full, quota, read-only, no permission, the target is a folder,
 * an error inside the producer – the previous file is untouched, the temporary file is removed and a
 * {@link WriteException} names the target and the cause in German.
 * <p>
 * A new file gets the permissions the user's umask gives; a replaced file keeps its permissions. The old version can
 * be kept as {@code <name>.bak}.
 */
public final class DurableFile {

	/** Suffix of the previous version kept beside a file. */
	public static final String BACKUP_SUFFIX = ".bak";

	/** Suffix of the temporary files; they start with a dot, so no listing of project files sees them. */
	public static final String TEMP_SUFFIX = ".tmp";

	/** Produces a file's content; may fail with its own exception type, which is passed on unchanged. */
	@FunctionalInterface
	public interface Content<T, E extends Exception> {
		T writeTo(OutputStream out) throws IOException, E;
	}

	/** Writes {@code content} as the new version of {@code target}; with {@code keepBackup} the old one stays as backup. */
	public static void replace(Path target, byte[] content, boolean keepBackup) throws WriteException {
		write(target, keepBackup, out -> {
			out.write(content);
			return null;
		});
	}

	/**
	 * Writes what {@code content} produces as the new version of {@code target}, or nothing at all. A write error that
	 * the producer swallows (some libraries log and go on) is still noticed: the stream remembers it.
	 *
	 * @return what the producer returned
	 */
	public static <T, E extends Exception> T write(Path target, boolean keepBackup, Content<T, E> content)
			throws WriteException, E {
		Path absolute = target.toAbsolutePath().normalize();
		if (Files.isDirectory(absolute)) {
			throw new WriteException(absolute, IoMessages.isFolder(absolute));
		}
		Path folder = absolute.getParent();
		Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
		CheckedOutputStream checked = null;
		try {
			Files.createDirectories(folder);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				checked = new CheckedOutputStream(Channels.newOutputStream(channel));
				T result = content.writeTo(checked);
				checked.flush();
				checked.rethrow();
				channel.force(true);
				keepPermissions(absolute, temp);
				if (keepBackup && Files.exists(absolute)) {
					keepBackup(absolute);
				}
				moveAtomically(temp, absolute);
				syncFolder(folder);
				return result;
			}
		} catch (IOException e) {
			deleteQuietly(temp);
			IOException cause = checked != null && checked.failure != null ? checked.failure : e;
			throw new WriteException(absolute, IoMessages.describeWriteFailure(absolute, cause), cause);
		} catch (RuntimeException | Error e) {
			deleteQuietly(temp);
			throw e;
		} catch (Exception e) {
			deleteQuietly(temp);
			if (checked != null && checked.failure != null) {
				// the producer's own error may only be a consequence of the failed write, e.g. a full disk
				throw new WriteException(absolute, IoMessages.describeWriteFailure(absolute, checked.failure), checked.failure);
			}
			throw e;
		}
	}

	/** Moves a file to its backup name: the file is gone, its last version stays as backup. */
	public static void retire(Path target) throws WriteException {
		Path absolute = target.toAbsolutePath().normalize();
		try {
			moveAtomically(absolute, backupOf(absolute));
			syncFolder(absolute.getParent());
		} catch (IOException e) {
			throw new WriteException(absolute, IoMessages.describeWriteFailure(absolute, e), e);
		}
	}

	public static Path backupOf(Path target) {
		return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * Moves a complete file into place by an atomic rename and syncs the folder; refuses to replace an existing target.
	 * Both must be in the same folder tree on one file system.
	 */
	public static void moveIntoPlace(Path source, Path target) throws WriteException {
		Path absolute = target.toAbsolutePath().normalize();
		try {
			if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
				throw new FileAlreadyExistsException(absolute.toString());
			}
			moveAtomically(source, absolute);
			syncFolder(absolute.getParent());
		} catch (IOException e) {
			throw new WriteException(absolute, IoMessages.describeWriteFailure(absolute, e), e);
		}
	}

	/** Syncs a folder's entries to disk, where the file system can. */
	public static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// some file systems cannot sync a folder; the files themselves are already on disk
		}
	}

	/** Keeps the current version as backup without ever removing it from its own name. */
	private static void keepBackup(Path target) throws IOException {
		Path backup = backupOf(target);
		Path link = backup.resolveSibling("." + backup.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
		try {
			try {
				Files.createLink(link, target);
			} catch (UnsupportedOperationException | FileSystemException e) {
				Files.copy(target, link, StandardCopyOption.REPLACE_EXISTING);
			}
			moveAtomically(link, backup);
		} finally {
			deleteQuietly(link);
		}
	}

	/** A replaced file keeps its mode, so a file shared with colleagues stays readable for them. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		PosixFileAttributeView neu = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (old != null && neu != null && Files.exists(target)) {
			neu.setPermissions(old.readAttributes().permissions());
		}
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// nothing more to do: the target is unchanged either way
		}
	}

	/** Remembers the first write error, so a producer that catches it cannot hide it. */
	private static final class CheckedOutputStream extends OutputStream {

		private final OutputStream out;
		IOException failure;

		CheckedOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			checked(() -> out.write(b));
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			checked(() -> out.write(b, off, len));
		}

		@Override
		public void flush() throws IOException {
			checked(out::flush);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

		void rethrow() throws IOException {
			if (failure != null) {
				throw failure;
			}
		}

		private void checked(IoAction action) throws IOException {
			rethrow();
			try {
				action.run();
			} catch (IOException e) {
				failure = e;
				throw e;
			}
		}

		private interface IoAction {
			void run() throws IOException;
		}
	}

	private DurableFile() {
	}
}
