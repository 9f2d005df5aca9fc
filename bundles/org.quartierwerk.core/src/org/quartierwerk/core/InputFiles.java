package org.quartierwerk.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.internal.IoMessages;
import org.quartierwerk.core.internal.Messages;

/**
 * Reads files that come from outside – the workspace, e-mail, a USB stick, a pipe or the standard input – whole and
 * up to a limit, so that no input can fill the memory: a larger file is refused before it is read, a stream as soon as
 * it passes the limit, a device at once.
 */
public final class InputFiles {

	/** The name under which the standard input is read, as on the command line. */
	public static final String STDIN = "-";

	/** File type bits of the Unix mode: character and block devices. */
	private static final int TYPE_MASK = 0170000;
	private static final int CHARACTER_DEVICE = 0020000;
	private static final int BLOCK_DEVICE = 0060000;

	/**
	 * The content of {@code file}, at most {@code maxBytes} long.
	 *
	 * @param purpose what the file is read as, in German, e.g. "ein Praxisbeispiel" – it completes the sentence
	 *                "… ist zu groß für ein Praxisbeispiel"
	 */
	public static byte[] read(Path file, long maxBytes, String purpose) throws StoreException {
		try {
			if (Files.isDirectory(file)) {
				throw new StoreException(NLS.bind(Messages.input_folder, file));
			}
			if (isDevice(file)) {
				throw new StoreException(NLS.bind(Messages.input_device, file));
			}
			if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
				throw tooLarge(file.toString(), Files.size(file), maxBytes, purpose);
			}
			try (InputStream in = Files.newInputStream(file)) {
				return read(in, file.toString(), maxBytes, purpose);
			}
		} catch (StoreException e) {
			throw e;
		} catch (NoSuchFileException e) {
			throw new StoreException(IoMessages.describeReadFailure(file, e), e);
		} catch (IOException e) {
			throw new StoreException(IoMessages.describeReadFailure(file, e), e);
		}
	}

	/** The content of a stream, e.g. the standard input, at most {@code maxBytes} long; {@code name} names it in messages. */
	public static byte[] read(InputStream in, String name, long maxBytes, String purpose) throws StoreException {
		try {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (content.length > maxBytes) {
				throw tooLarge(name, -1, maxBytes, purpose);
			}
			return content;
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.io_readFailed, name), e);
		}
	}

	private static boolean isDevice(Path file) throws IOException {
		try {
			Object mode = Files.getAttribute(file, "unix:mode");
			int type = mode instanceof Integer m ? m & TYPE_MASK : 0;
			return type == CHARACTER_DEVICE || type == BLOCK_DEVICE;
		} catch (UnsupportedOperationException | IllegalArgumentException e) {
			return false;
		}
	}

	private static StoreException tooLarge(String name, long size, long maxBytes, String purpose) {
		String limit = megabytes(maxBytes);
		return new StoreException(size < 0 ? NLS.bind(Messages.input_streamTooLarge, new Object[] { name, purpose, limit })
				: NLS.bind(Messages.input_tooLarge, new Object[] { name, megabytes(size), purpose, limit }));
	}

	private static String megabytes(long bytes) {
		return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
	}

	private InputFiles() {
	}
}
