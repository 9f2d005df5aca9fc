package org.quartierwerk.core;

import java.nio.file.Path;
import java.util.List;
import java.util.SequencedMap;

import org.quartierwerk.model.Praxisbeispiel;

/**
 * The Praxisbeispiele of the workspace, one XMI file each, named {@code <name>.xmi}.
 * <p>
 * Saving is crash-safe ({@link DurableFile}): the file is at every moment the complete old or the complete new
 * version; the old one is kept as {@code <name>.xmi.bak}. One process at a time may change a workspace; a read-only
 * workspace can still be read. Files that are broken, too large or hostile are refused with a German message that
 * names them, and loading one never opens another file or a URL.
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

	/**
	 * Adds new Praxisbeispiele under names that are not taken, all or none: if one cannot be written, none is added.
	 * A process killed meanwhile leaves the workspace as before or as after; the next use of the workspace finishes or
	 * discards what was begun.
	 */
	void addAll(SequencedMap<String, Praxisbeispiel> neue) throws StoreException;

	/** Deletes the Praxisbeispiel of this name; its last version stays as backup. */
	void delete(String name) throws StoreException;

	/** Whether changes can be saved: false for a workspace on a read-only medium or without write permission. */
	boolean writable() throws StoreException;
}
