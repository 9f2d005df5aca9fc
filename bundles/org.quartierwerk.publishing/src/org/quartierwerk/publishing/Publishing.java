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
