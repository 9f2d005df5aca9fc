package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.cli.CliCommand;

/** Dispatches the arguments of one call to the matching command and turns failures into exit codes. */
final class CommandLine {

	private static final int SYNOPSIS_WIDTH = 20;

	private final List<CliCommand> commands;
	private final String version;
	private final PrintStream out;
	private final PrintStream err;

	CommandLine(List<CliCommand> commands, String version, PrintStream out, PrintStream err) {
		this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
		this.version = version;
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
		Optional<CliCommand> command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst();
		if (command.isEmpty()) {
			err.println(NLS.bind(Messages.unknownCommand, args[0]));
			printUsage(err);
			return CliCommand.USAGE;
		}
		try {
			return command.get().run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
		} catch (Exception e) {
			err.println(NLS.bind(Messages.commandFailed, args[0], describe(e)));
			return CliCommand.FAILED;
		}
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
				stream.printf("  %s%n  %" + SYNOPSIS_WIDTH + "s  %s%n", synopsis, "", command.summary());
			} else {
				stream.printf("  %-" + SYNOPSIS_WIDTH + "s  %s%n", synopsis, command.summary());
			}
		}
		stream.println();
		stream.println(Messages.optionsHeading);
		stream.println(Messages.optionHelp);
		stream.println(Messages.optionVersion);
		stream.println(Messages.optionData);
	}

	private static String synopsis(CliCommand command) {
		return command.arguments().isEmpty() ? command.name() : command.name() + " " + command.arguments();
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
