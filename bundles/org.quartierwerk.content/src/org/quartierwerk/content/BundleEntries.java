package org.quartierwerk.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.quartierwerk.content.internal.Messages;

/** Reads a contributed file from its bundle for a {@link ContentHandler}, whole and up to a limit. */
public final class BundleEntries {

	/** The largest file a bundle may contribute: 16 MB, like a project file. */
	public static final int MAX_SIZE = 16 * 1024 * 1024;

	/**
	 * The content of the entry {@code pfad} of {@code bundle}; empty when it is missing, larger than {@link #MAX_SIZE}
	 * or unreadable, which is told to {@code problem}.
	 *
	 * @param was what the file is, in German and capitalised, e.g. "Kursdatei": it begins the problem's sentence
	 */
	public static Optional<byte[]> read(Bundle bundle, String pfad, String was, Consumer<String> problem) {
		URL entry = bundle.getEntry(pfad);
		if (entry == null) {
			problem.accept(NLS.bind(Messages.entry_missing, new Object[] { was, pfad, bundle.getSymbolicName() }));
			return Optional.empty();
		}
		try (InputStream in = entry.openStream()) {
			byte[] inhalt = in.readNBytes(MAX_SIZE + 1);
			if (inhalt.length > MAX_SIZE) {
				problem.accept(NLS.bind(Messages.entry_tooLarge, new Object[] { was, pfad, bundle.getSymbolicName(), MAX_SIZE / (1024 * 1024) }));
				return Optional.empty();
			}
			return Optional.of(inhalt);
		} catch (IOException e) {
			problem.accept(NLS.bind(Messages.entry_unreadable, new Object[] { was, pfad, bundle.getSymbolicName() }));
			return Optional.empty();
		}
	}

	private BundleEntries() {
	}
}
