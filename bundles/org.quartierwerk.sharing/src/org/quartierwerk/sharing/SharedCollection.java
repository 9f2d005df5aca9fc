package org.quartierwerk.sharing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The workspace as a shared collection: a Git working tree whose remote {@code origin} serves the collection to
 * everybody who joined it (docs/sammlung.md). Only {@link #teilen}, {@link #beitreten} and {@link #abgleichen} use the
 * network; everything else works offline on what the last Abgleich brought.
 */
public interface SharedCollection {

	/** Makes the workspace a shared collection: commits every project and Teilnahme and pushes them to an empty remote. */
	String teilen(String remote, Autor autor) throws SharingException;

	/** Clones the collection into a new, empty workspace folder. */
	String beitreten(String remote, Path arbeitsbereich, Autor autor) throws SharingException;

	/**
	 * Commits what changed here, fetches what the others changed, merges it field by field and pushes the result.
	 * Conflicting fields are resolved as {@code aufloesung} says; with {@link Aufloesung#KEINE} a conflict stops the
	 * merge, nothing is changed here and the conflicts are returned.
	 */
	Abgleich abgleichen(Aufloesung aufloesung, Autor autor) throws SharingException;

	/** What changed here, what the others changed (as of the last Abgleich), and where they conflict. */
	Stand status() throws SharingException;

	/** Who changed which fields of a project, when, newest first. */
	List<Verlaufseintrag> verlauf(String name) throws SharingException;

	/** Brings back the project as it was at {@code stand} (a commit id from the history) as a new change. */
	String wiederherstellen(String name, String stand, Autor autor) throws SharingException;

	/** Who commits: name and e-mail; either may be null to keep what the collection already knows. */
	record Autor(String name, String email) {
		public static final Autor UNBEKANNT = new Autor(null, null);
	}

	/** How conflicting fields are resolved. */
	enum Aufloesung {
		/** Not at all: the Abgleich stops and names them. */
		KEINE,
		/** Keep the value changed here. */
		MEINE,
		/** Take the value the others changed. */
		IHRE
	}

	/**
	 * One field (or one element, or one file) changed here and by the others in different ways.
	 *
	 * @param datei  the file in the workspace, relative, e.g. {@code Quartier Süd.xmi}
	 * @param ort    where in the project, in the workbench's terms, e.g. {@code Ziel „Begegnung fördern“ › Beschreibung}
	 * @param basis  the value both started from ("nicht angegeben" for none)
	 * @param meine  the value here ("gelöscht" for a deleted element or file)
	 * @param ihre   the others' value
	 */
	record Konflikt(String datei, String ort, String basis, String meine, String ihre) {
	}

	/**
	 * What an Abgleich did.
	 *
	 * @param eigene         files changed here that were committed now
	 * @param vonAnderen     files the others changed that came in
	 * @param zusammengefuehrt files changed on both sides and merged field by field
	 * @param konflikte      conflicting fields: resolved as asked, or (with {@link Aufloesung#KEINE}) the reason nothing was merged
	 * @param uebertragen    whether the remote now has this workspace's state
	 */
	record Abgleich(List<String> eigene, List<String> vonAnderen, List<String> zusammengefuehrt, List<Konflikt> konflikte,
			boolean uebertragen) {
	}

	/**
	 * The state of the collection here.
	 *
	 * @param remote     where the collection is served
	 * @param hier       files changed here and not yet sent
	 * @param vonAnderen files the others changed, fetched by the last Abgleich and not yet merged
	 * @param konflikte  where the two conflict
	 */
	record Stand(String remote, List<String> hier, List<String> vonAnderen, List<Konflikt> konflikte) {
	}

	/** One change of a project: the commit's short id, its author, time and the fields it changed, in German. */
	record Verlaufseintrag(String stand, String autor, Instant zeit, String nachricht, List<String> aenderungen) {
	}
}
