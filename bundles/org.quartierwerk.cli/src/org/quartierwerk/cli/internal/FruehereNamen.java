package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Names of commands, subcommands and options from before the command line became German (docs/glossar.md): an old name
 * still works, the same as the new one, and one line on stderr says what it is called now – stdout and the exit code stay
 * as they were, so scripts are not broken.
 */
final class FruehereNamen {

	private final Map<String, String> neu;

	/** @param neu the new name of each old one */
	FruehereNamen(Map<String, String> neu) {
		this.neu = neu;
	}

	/** The one line that tells the user the new name. */
	static void hinweis(String alt, String neu, PrintStream err) {
		err.println(NLS.bind(Messages.renamed, alt, neu));
	}

	/** The word under its new name; for an old name with the hint on {@code err}. */
	String name(String wort, PrintStream err) {
		String name = neu.get(wort);
		if (name == null) {
			return wort;
		}
		hinweis(wort, name, err);
		return name;
	}

	/**
	 * The arguments after the subcommand with the options under their new names, a hint for each old one; values and
	 * other words stay as they are.
	 */
	List<String> optionen(List<String> woerter, PrintStream err) {
		return woerter.stream().map(wort -> wort.startsWith("--") ? name(wort, err) : wort).toList();
	}
}
