package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * The German names of subcommands and options that had English ones: an old name still works, the same as the new one,
 * and one line on stderr says what it is called now (stdout stays as scripts know it).
 */
final class FruehereNamen {

	private final Map<String, String> neu;

	/** @param neu the new name of each old one */
	FruehereNamen(Map<String, String> neu) {
		this.neu = neu;
	}

	/** The word under its new name; for an old name with the hint on {@code err}. */
	String name(String wort, PrintStream err) {
		String name = neu.get(wort);
		if (name == null) {
			return wort;
		}
		err.println(NLS.bind(Messages.alterName, wort, name));
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
