package org.quartierwerk.courses.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.quartierwerk.core.StoreException;
import org.quartierwerk.courses.model.Kursvorgaben;
import org.quartierwerk.courses.model.Teilnahme;

/**
 * The Teilnahmen of the workspace: what a participant did in a course for one Praxisprojekt – module progress,
 * checklists, the Akteurslandkarte. One XMI file per course and Praxisprojekt, {@code kurse/<kurs>/<projekt>.xmi},
 * saved crash-safe like the Praxisbeispiele. The files stay when a course is uninstalled; their course references
 * resolve again when it comes back.
 * <p>
 * Beside them, {@code kurse/<kurs>/vorgaben.xmi} holds the trainer's {@link Kursvorgaben} for the course; so no
 * Praxisprojekt may be called {@value #VORGABEN}.
 */
public interface TeilnahmeStore {

	/** All Teilnahmen of the workspace, of installed courses only. */
	List<Teilnahme> teilnahmen() throws StoreException;

	/** The Teilnahmen whose Praxisprojekt has this name, of installed courses only. */
	List<Teilnahme> vonProjekt(String praxisprojekt) throws StoreException;

	Optional<Teilnahme> teilnahme(String kursId, String praxisprojekt) throws StoreException;

	/** The file a Teilnahme is kept in. */
	Path file(String kursId, String praxisprojekt) throws StoreException;

	/** Saves the Teilnahme under its course and Praxisprojekt, keeping the previous version as backup. */
	void save(Teilnahme teilnahme) throws StoreException;

	/** The name of the Vorgaben file in a course's folder, without extension. */
	String VORGABEN = "vorgaben";

	/**
	 * The trainer's Vorgaben for the course; empty when there is no file. While the file is unchanged the same objects are
	 * returned, so the Teilnahmen read meanwhile refer to them.
	 */
	Optional<Kursvorgaben> vorgaben(String kursId) throws StoreException;

	/** The file the Vorgaben of a course are kept in. */
	Path vorgabenFile(String kursId) throws StoreException;

	/**
	 * Reads Vorgaben from a file elsewhere (as the trainer wrote it), checked like the workspace's own.
	 *
	 * @throws StoreException when the file is unreadable, holds no Kursvorgaben of this course, or names an id twice
	 */
	Kursvorgaben readVorgaben(Path datei, String kursId) throws StoreException;

	/** Saves the Vorgaben of their course, checked, keeping the previous version as backup. */
	void save(Kursvorgaben vorgaben) throws StoreException;
}
