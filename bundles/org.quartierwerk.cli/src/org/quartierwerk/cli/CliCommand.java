package org.quartierwerk.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of the {@code quartierwerk} command line, registered as an OSGi service.
 * Texts are German: they are read by course participants and trainers.
 */
public interface CliCommand {

	/** Exit code of a command that did what it was asked. */
	int OK = 0;
	/** Exit code of a command that failed, e.g. on invalid data, or did only part of what it was asked (it says what). */
	int FAILED = 1;
	/** Exit code of a call with unknown commands or wrong arguments. */
	int USAGE = 2;

	/** What selects the command, what it takes and does: for the dispatch and the help. */
	Description description();

	/**
	 * How a command is called and shown in the help.
	 *
	 * @param name             the word that selects the command, e.g. {@code arbeitsbereich}
	 * @param arguments        arguments as shown in the usage text, e.g. {@code [--format json|csv]}; empty when none
	 * @param summary          one line saying what the command does
	 * @param formerNames      names the command had before, e.g. {@code workspace}: they still select it, with one line
	 *                         on stderr that names the new one, so scripts keep working (their stdout and exit code are
	 *                         unchanged); not shown in the help
	 * @param createsWorkspace whether the command may create the workspace it is given: a workspace named with
	 *                         {@code --data} that does not exist is refused by every other command, so a mistyped folder
	 *                         never silently becomes a new, empty workspace
	 */
	record Description(String name, String arguments, String summary, List<String> formerNames, boolean createsWorkspace) {

		/** A command that creates no workspace and had no other name. */
		public Description(String name, String arguments, String summary) {
			this(name, arguments, summary, List.of(), false);
		}

		/** The same command, also selected by these former names. */
		public Description formerly(String... names) {
			return new Description(name, arguments, summary, List.of(names), createsWorkspace);
		}

		/** The same command, allowed to create the workspace it is given. */
		public Description creatingWorkspace() {
			return new Description(name, arguments, summary, formerNames, true);
		}
	}

	/**
	 * Runs the command.
	 *
	 * @param args the arguments after the command's name
	 * @param out  for results
	 * @param err  for messages about problems
	 * @return the process exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
	 */
	int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
