package org.quartierwerk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.SequencedMap;

import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * Import and export of Praxisbeispiele (format description: {@code docs/austauschformate.md}).
 * <ul>
 * <li><b>Quartierwerk JSON</b>: the EMF model as JSON through emfjson-jackson; one object or an array of
 * objects, each with {@code "eClass"}; round-trips every field.</li>
 * <li><b>DStGB JSON</b>: the format of the DStGB-Dokumentation Nr. 150 examples (an array of objects with
 * {@code titel}, {@code herausforderung}, …); read only, mapped onto the model.</li>
 * <li><b>CSV</b>: an overview of a collection, one line per Praxisbeispiel; written only.</li>
 * </ul>
 * Nothing here throws on bad input: broken or hostile files give an {@link ExchangeException} with a German message.
 */
public interface Exchange {

	/** Largest file that is imported, in bytes. */
	long MAX_FILE_SIZE = 16L * 1024 * 1024;

	/**
	 * Reads the Praxisbeispiele of a Quartierwerk JSON or DStGB JSON file, recognising the format by its content. Files,
	 * pipes and devices are read up to {@link #MAX_FILE_SIZE}.
	 */
	List<Praxisbeispiel> read(Path file) throws ExchangeException;

	/** As {@link #read(Path)}, from a stream such as the standard input; {@code name} names it in messages. */
	List<Praxisbeispiel> read(InputStream in, String name) throws ExchangeException;

	/** Writes the Praxisbeispiele as Quartierwerk JSON, UTF-8: one object for one, an array for several. */
	void writeJson(List<Praxisbeispiel> beispiele, OutputStream out) throws IOException;

	/** Writes the overview of the Praxisbeispiele, by name, as CSV for German spreadsheets (semicolons, decimal comma). */
	void writeCsv(SequencedMap<String, Praxisbeispiel> beispiele, Writer out) throws IOException;

	/** What became of one Praxisbeispiel given to {@link Exchange#addToWorkspace(List)}. */
	record Uebernahme(String name, boolean neu) {
	}

	/**
	 * Adds the Praxisbeispiele to the workspace ({@link PraxisbeispielStore#addAll}), all or none, under names taken from
	 * their titles, never replacing a project: a taken name gets a number, e.g. "Titel (2)". A Praxisbeispiel whose
	 * identical copy is already in the workspace under its title's name, numbered or not, is not added again. Returns, in
	 * order, the name each one was added under ({@code neu}) or the name of its identical copy.
	 */
	List<Uebernahme> addToWorkspace(List<Praxisbeispiel> beispiele) throws StoreException;

	/** The 13 Praxisbeispiele of DStGB-Dokumentation Nr. 150 that ship with Quartierwerk. */
	List<Praxisbeispiel> dstgbBeispiele() throws ExchangeException;

	/**
	 * On the first use of an empty workspace, adds the DStGB examples to it and remembers that it did, so
	 * examples the user deletes do not come back. Returns the names added, or none.
	 */
	List<String> seedWorkspace() throws IOException;
}
