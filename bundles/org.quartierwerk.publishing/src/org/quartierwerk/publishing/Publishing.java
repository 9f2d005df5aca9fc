package org.quartierwerk.publishing;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Publishing the workspace's Praxisbeispiele beyond their course or Träger (docs/veroeffentlichen.md): every project is
 * copied, the copy loses its personal data – Ansprechpersonen, private addresses, the names of Teilnehmende and
 * Ehrenamtliche, e-mail addresses and phone numbers, also in free text – and the copies are written as Quartierwerk JSON
 * (importable again) to a file outside the workspace. The workspace is never changed.
 * <p>
 * After writing, every person name, e-mail address and phone number that the workspace knows is searched in the output
 * (case, accents, HTML entities and JSON escapes do not hide it); one hit and the export fails, names what leaked and
 * leaves no output behind.
 */
public interface Publishing {

	/**
	 * What the anonymisation removes or replaces in every project of the workspace except those named in {@code ohne};
	 * writes nothing.
	 */
	Vorschau vorschau(Collection<String> ohne) throws PublishingException;

	/**
	 * Writes the anonymised copies of every project except those in {@code ohne} as Quartierwerk JSON to {@code ziel}
	 * (a file outside the workspace), through the durable write path, and checks it for leaks.
	 *
	 * @throws PublishingException with {@link PublishingException#lecks()} when the output held personal data (the
	 *                             output is then removed and a previous file at {@code ziel} is untouched), or when a
	 *                             name in {@code ohne} is no project, or the file cannot be written
	 */
	Vorschau veroeffentliche(Collection<String> ohne, Path ziel) throws PublishingException;

	/**
	 * Writes the anonymised copies of every project except those in {@code ohne} as a static web site into the folder
	 * {@code ordner} (outside the workspace): an index with facet filters and full-text search, one page per project in
	 * the Steckbrief's structure, the collection overview. Every file goes through the durable write path into a new
	 * folder beside {@code ordner}, the leak check reads every one of them, and only then does the new folder take the
	 * place of {@code ordner}.
	 *
	 * @throws ZielordnerBelegtException when {@code ordner} is a file, or a folder with content that is no earlier
	 *                                   Quartierwerk site; nothing is written
	 * @throws PublishingException       with {@link PublishingException#lecks()} when a file held personal data (no new
	 *                                   file is left, {@code ordner} is as it was), or for the reasons of
	 *                                   {@link #veroeffentliche}
	 */
	Vorschau veroeffentlicheWebauftritt(Collection<String> ohne, Path ordner) throws PublishingException;

	/** One removal or replacement in a project's copy. */
	record Aenderung(
			/** Where, in the terms of the editor, e.g. {@code Organisation „Stadtteilverein“ › Ansprechperson}. */
			String feld,
			/** What was there (the personal datum found, or the whole field). */
			String bisher,
			/** What stands there now, a role such as {@code [Ansprechperson]}; empty when the value was removed. */
			String ersatz) {
	}

	/** The changes of one project; none when it holds no personal data. */
	record Projektaenderungen(String projekt, List<Aenderung> aenderungen) {
	}

	/**
	 * What publishing does: the projects taken, in order, with their changes; the projects left out because they could
	 * not be read (each with the German reason); and the number of person names, e-mail addresses and phone numbers the
	 * leak check searches for.
	 */
	record Vorschau(List<Projektaenderungen> projekte, List<String> unlesbar, int gesuchteAngaben) {
	}
}
