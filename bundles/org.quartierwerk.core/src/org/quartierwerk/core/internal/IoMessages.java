package org.quartierwerk.core.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * German descriptions of file-system failures. The cause is found by looking at the place (is it a folder, read-only,
 * full, writable?) rather than by reading the operating system's wording, which differs by locale.
 */
public final class IoMessages {

	/** Below this many free bytes a failed write is taken for a full disk. */
	private static final long NEARLY_FULL = 64 * 1024;

	/** Why writing {@code target} failed, and what to do; ends with what became of the previous version. */
	public static String describeWriteFailure(Path target, IOException e) {
		String unchanged = Files.exists(target) ? Messages.io_previousUnchanged : Messages.io_nothingWritten;
		return NLS.bind(Messages.io_writeFailed, target, cause(target, e)) + " " + unchanged;
	}

	/** Why reading {@code file} failed, and what to do. */
	public static String describeReadFailure(Path file, IOException e) {
		if (e instanceof NoSuchFileException) {
			return NLS.bind(Messages.io_fileMissing, file);
		}
		if (Files.isDirectory(file)) {
			return NLS.bind(Messages.io_readFolder, file);
		}
		if (e instanceof AccessDeniedException || !Files.isReadable(file)) {
			return NLS.bind(Messages.io_noReadPermission, file);
		}
		return NLS.bind(Messages.io_readFailed, file);
	}

	public static String isFolder(Path target) {
		return NLS.bind(Messages.io_writeFailed, target, NLS.bind(Messages.io_targetIsFolder, target)) + " "
				+ Messages.io_nothingWritten;
	}

	/** Why an operation on {@code target} failed, and what to do. */
	public static String cause(Path target, IOException e) {
		Path folder = target.getParent();
		String reason = reason(e);
		if (Files.isDirectory(target)) {
			return NLS.bind(Messages.io_targetIsFolder, target);
		}
		Path existing = nearestExisting(folder);
		if (existing == null || !Files.isDirectory(existing)) {
			return NLS.bind(Messages.io_folderMissing, folder);
		}
		if (e instanceof AtomicMoveNotSupportedException) {
			return NLS.bind(Messages.io_noAtomicMove, folder);
		}
		if (e instanceof FileAlreadyExistsException) {
			return NLS.bind(Messages.io_alreadyExists, target);
		}
		FileStore store = fileStore(existing);
		if (reason.contains("read-only") || store != null && store.isReadOnly()) {
			return NLS.bind(Messages.io_readOnly, folder);
		}
		if (reason.contains("quota")) {
			return Messages.io_quota;
		}
		if (reason.contains("no space") || reason.contains("file too large") || store != null && usable(store) < NEARLY_FULL) {
			return NLS.bind(Messages.io_diskFull, folder);
		}
		if (e instanceof AccessDeniedException || reason.contains("permission") || reason.contains("not permitted")
				|| !Files.isWritable(existing)) {
			return NLS.bind(Messages.io_noPermission, folder);
		}
		if (reason.contains("not a directory")) {
			return NLS.bind(Messages.io_folderMissing, folder);
		}
		return Messages.io_unexpected;
	}

	private static String reason(IOException e) {
		String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
		return reason == null ? "" : reason.toLowerCase(Locale.ROOT);
	}

	private static Path nearestExisting(Path folder) {
		for (Path p = folder; p != null; p = p.getParent()) {
			if (Files.exists(p)) {
				return p;
			}
		}
		return null;
	}

	private static FileStore fileStore(Path existing) {
		try {
			return Files.getFileStore(existing);
		} catch (IOException e) {
			return null;
		}
	}

	private static long usable(FileStore store) {
		try {
			return store.getUsableSpace();
		} catch (IOException e) {
			return Long.MAX_VALUE;
		}
	}

	private IoMessages() {
	}
}
