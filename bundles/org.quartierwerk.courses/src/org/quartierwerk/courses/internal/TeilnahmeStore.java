package org.quartierwerk.courses.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.quartierwerk.core.StoreException;
import org.quartierwerk.courses.model.Teilnahme;

/**
 * The Teilnahmen of the workspace: what a participant did in a course for one Praxisprojekt – module progress,
 * checklists, the Akteurslandkarte. One XMI file per course and Praxisprojekt, {@code kurse/<kurs>/<projekt>.xmi},
 * saved crash-safe like the Praxisbeispiele. The files stay when a course is uninstalled; their course references
 * resolve again when it comes back.
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
}
