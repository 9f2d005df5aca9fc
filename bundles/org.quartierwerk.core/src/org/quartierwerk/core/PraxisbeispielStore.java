package org.quartierwerk.core;

import java.nio.file.Path;
import java.util.List;

import org.quartierwerk.model.Praxisbeispiel;

/**
 * The Praxisbeispiele of the workspace, one XMI file each, named {@code <name>.xmi}.
 * <p>
 * Saving is crash-safe: the new version is written to a temporary file, flushed to disk and
 * renamed over the old one, so the file is at every moment the complete old or the complete new
 * version; the old one is kept as {@code <name>.xmi.bak}. One process at a time may use a
 * workspace. Files that are broken, too large or hostile are refused with a German message
 * that names them, and never touch other files.
 */
public interface PraxisbeispielStore {

	/** Largest project file that is read, in bytes. */
	long MAX_FILE_SIZE = 16L * 1024 * 1024;

	/** The names of the Praxisbeispiele in the workspace, sorted. */
	List<String> names() throws StoreException;

	/** The file a Praxisbeispiel of this name is stored in. */
	Path file(String name) throws StoreException;

	/** Loads the Praxisbeispiel of this name from the workspace. */
	Praxisbeispiel load(String name) throws StoreException;

	/** Loads a Praxisbeispiel from any file, e.g. one sent by e-mail; the file is only read. */
	Praxisbeispiel load(Path file) throws StoreException;

	/** Saves the Praxisbeispiel under this name, keeping the previous version as backup. */
	void save(String name, Praxisbeispiel beispiel) throws StoreException;

	/** Deletes the Praxisbeispiel of this name; its last version stays as backup. */
	void delete(String name) throws StoreException;
}
