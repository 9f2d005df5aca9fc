package org.quartierwerk.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.cli.CliCommand;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.WorkspaceLocator;

/**
 * Dispatches the arguments of one call to the matching command and turns every failure into a German message and an
 * exit code: 0 when all that was asked was done, 1 when it failed or was done only in part, 2 for wrong usage. Details
 * of unexpected failures go to the {@link ErrorLog}, which the message names.
 */
final class CommandLine {

	private static final int SYNOPSIS_WIDTH = 20;

	private final List<CliCommand> commands;
	private final String version;
	private final WorkspaceLocator workspace;
	private final ErrorLog log;
	private final PrintStream out;
	private final PrintStream err;

	CommandLine(List<CliCommand> commands, String version, WorkspaceLocator workspace, ErrorLog log, PrintStream out,
			PrintStream err) {
		this.commands = commands.stream().sorted(Comparator.comparing(c -> c.description().name())).toList();
		this.version = version;
		this.workspace = workspace;
		this.log = log;
		this.out = out;
		this.err = err;
	}

	int run(String... args) {
		if (args.length == 0 || isHelp(args[0])) {
			printUsage(out);
			return CliCommand.OK;
		}
		if ("--version".equals(args[0])) {
			out.println(NLS.bind(Messages.version, version, System.getProperty("java.version")));
			return CliCommand.OK;
		}
		Optional<CliCommand> command = commands.stream().filter(c -> c.description().name().equals(args[0])).findFirst();
		if (command.isEmpty()) {
			command = commands.stream().filter(c -> c.description().formerNames().contains(args[0])).findFirst();
			command.ifPresent(c -> FruehereNamen.hinweis(args[0], c.description().name(), err));
		}
		if (command.isEmpty()) {
			err.println(NLS.bind(Messages.unknownCommand, args[0]));
			printUsage(err);
			return CliCommand.USAGE;
		}
		try {
			if (!workspaceReady(command.get())) {
				return CliCommand.FAILED;
			}
			return command.get().run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
		} catch (OutOfMemoryError e) {
			err.println(Messages.outOfMemory);
			return CliCommand.FAILED;
		} catch (Throwable e) {
			String what = "quartierwerk " + String.join(" ", args);
			if (Fehler.explained(e)) {
				err.println(NLS.bind(Messages.commandFailed, command.get().description().name(), Fehler.text(e, log, what)));
			} else {
				err.println(NLS.bind(Messages.commandCrashed, command.get().description().name(), Fehler.logged(log, what, e)));
			}
			return CliCommand.FAILED;
		}
	}

	/** A workspace named with --data must exist, unless the command creates one (then it says so). */
	private boolean workspaceReady(CliCommand command) throws IOException {
		Path location = workspace.location();
		if (!workspace.named() || Files.isDirectory(location)) {
			return true;
		}
		if (Files.exists(location)) {
			err.println(NLS.bind(Messages.workspaceNotAFolder, location));
			return false;
		}
		if (!command.description().createsWorkspace()) {
			err.println(NLS.bind(Messages.workspaceMissing, location));
			return false;
		}
		Files.createDirectories(location);
		err.println(NLS.bind(Messages.workspaceCreated, location));
		return true;
	}

	private static boolean isHelp(String arg) {
		return "--help".equals(arg) || "-h".equals(arg) || "help".equals(arg);
	}

	private void printUsage(PrintStream stream) {
		stream.println(Messages.usage);
		stream.println();
		stream.println(Messages.commandsHeading);
		for (CliCommand command : commands) {
			String synopsis = synopsis(command);
			if (synopsis.length() > SYNOPSIS_WIDTH) {
				// long synopses get a line of their own, so the summaries stay in one column
				stream.printf("  %s%n  %" + SYNOPSIS_WIDTH + "s  %s%n", synopsis, "", command.description().summary());
			} else {
				stream.printf("  %-" + SYNOPSIS_WIDTH + "s  %s%n", synopsis, command.description().summary());
			}
		}
		stream.println();
		stream.println(Messages.optionsHeading);
		stream.println(Messages.optionHelp);
		stream.println(Messages.optionVersion);
		stream.println(Messages.optionData);
		stream.println();
		stream.println(Messages.exitCodes);
	}

	private static String synopsis(CliCommand command) {
		CliCommand.Description beschreibung = command.description();
		return beschreibung.arguments().isEmpty() ? beschreibung.name() : beschreibung.name() + " " + beschreibung.arguments();
	}
}
