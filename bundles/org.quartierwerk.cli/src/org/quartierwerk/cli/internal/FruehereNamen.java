package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Names of commands and options from before the command line became German (docs/glossar.md): they keep working and say
 * once, on stderr, what they are called now – stdout and the exit code stay as they were, so scripts are not broken.
 */
final class FruehereNamen {

	private FruehereNamen() {
	}

	/** The one line that tells the user the new name. */
	static void hinweis(String alt, String neu, PrintStream err) {
		err.println(NLS.bind(Messages.renamed, alt, neu));
	}

	/**
	 * The option under its current name: an option given under a former name of the map (former → current) is renamed,
	 * with the hint; any other argument is returned as it is.
	 */
	static String option(String argument, Map<String, String> frueher, PrintStream err) {
		String neu = frueher.get(argument);
		if (neu == null) {
			return argument;
		}
		hinweis(argument, neu, err);
		return neu;
	}
}
