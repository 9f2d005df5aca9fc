package org.quartierwerk.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Crash-safe replacement of a whole file: the new content goes to a temporary file beside the target, is flushed
 * to disk and renamed over the target, so the target is at every moment the complete old or the complete new
 * version. The old version can be kept as {@code <name>.bak}.
 */
public final class DurableFile {

	/** Suffix of the previous version kept beside a file. */
	public static final String BACKUP_SUFFIX = ".bak";

	private static final String TEMP_SUFFIX = ".tmp";

	/** Writes {@code content} as the new version of {@code target}; with {@code keepBackup} the old one stays as backup. */
	public static void replace(Path target, byte[] content, boolean keepBackup) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
		try {
			writeDurably(temp, content);
			if (keepBackup && Files.exists(target)) {
				keepBackup(target);
			}
			moveAtomically(temp, target);
			syncDirectory(target.toAbsolutePath().getParent());
		} catch (IOException | RuntimeException e) {
			deleteQuietly(temp);
			throw e;
		}
	}

	/** Moves a file to its backup name: the file is gone, its last version stays as backup. */
	public static void retire(Path target) throws IOException {
		moveAtomically(target, backupOf(target));
		syncDirectory(target.toAbsolutePath().getParent());
	}

	public static Path backupOf(Path target) {
		return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
	}

	private static void writeDurably(Path file, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	/** Keeps the current version as backup without ever removing it from its own name. */
	private static void keepBackup(Path target) throws IOException {
		Path backup = backupOf(target);
		Path link = backup.resolveSibling(backup.getFileName() + TEMP_SUFFIX);
		Files.deleteIfExists(link);
		try {
			Files.createLink(link, target);
		} catch (UnsupportedOperationException | FileSystemException e) {
			Files.copy(target, link, StandardCopyOption.REPLACE_EXISTING);
		}
		moveAtomically(link, backup);
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("Das Dateisystem kann Dateien nicht atomar ersetzen.", e);
		}
	}

	private static void syncDirectory(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// some file systems cannot sync a folder; the file itself is already on disk
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a stale temporary file is overwritten by the next save
		}
	}

	private DurableFile() {
	}
}
