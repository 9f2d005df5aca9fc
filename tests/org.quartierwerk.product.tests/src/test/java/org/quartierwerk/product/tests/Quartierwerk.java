package org.quartierwerk.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./quartierwerk} from the checkout under test, as a user would. */
public final class Quartierwerk {

	/** What one finished run printed and returned. */
	public record Result(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	public static Path root() {
		return Paths.get(System.getProperty("quartierwerk.root", "../..")).toAbsolutePath().normalize();
	}

	/** Starts {@code ./quartierwerk ARGS}; without {@code withDisplay} the process sees no display at all. */
	public static Process start(List<String> args, boolean withDisplay, Path stdout, Path stderr) throws IOException {
		return start(args, withDisplay, Map.of(), stdout, stderr);
	}

	/** As {@link #start(List, boolean, Path, Path)}, with extra environment variables. */
	public static Process start(List<String> args, boolean withDisplay, Map<String, String> extraEnv, Path stdout, Path stderr)
			throws IOException {
		return start(List.of(), args, withDisplay, extraEnv, stdout, stderr);
	}

	/** As {@link #start(List, boolean, Map, Path, Path)}, run by a wrapper command, e.g. one that changes the mounts. */
	public static Process start(List<String> wrapper, List<String> args, boolean withDisplay, Map<String, String> extraEnv, Path stdout,
			Path stderr) throws IOException {
		return start(root().resolve("quartierwerk"), wrapper, args, withDisplay, extraEnv, stdout, stderr);
	}

	/** As {@link #start(List, List, boolean, Map, Path, Path)}, with another start file, e.g. an unpacked archive's. */
	private static Process start(Path startFile, List<String> wrapper, List<String> args, boolean withDisplay, Map<String, String> extraEnv,
			Path stdout, Path stderr) throws IOException {
		List<String> command = new ArrayList<>(wrapper);
		command.add(startFile.toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile())
				.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
		Map<String, String> env = builder.environment();
		env.putAll(extraEnv);
		if (!withDisplay) {
			env.remove("DISPLAY");
			env.remove("WAYLAND_DISPLAY");
		}
		return builder.start();
	}

	/** Runs a command-line call to its end (at most two minutes) without a display. */
	public static Result run(Path scratch, String... args) throws IOException, InterruptedException {
		return run(scratch, Map.of(), args);
	}

	/** As {@link #run(Path, String...)}, with extra environment variables. */
	public static Result run(Path scratch, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
		return run(scratch, List.of(), extraEnv, args);
	}

	/** As {@link #run(Path, Map, String...)}, run by a wrapper command. */
	public static Result run(Path scratch, List<String> wrapper, Map<String, String> extraEnv, String... args)
			throws IOException, InterruptedException {
		return run(root().resolve("quartierwerk"), scratch, wrapper, extraEnv, args);
	}

	private static Result run(Path startFile, Path scratch, List<String> wrapper, Map<String, String> extraEnv, String... args)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile(scratch, "out", ".txt");
		Path err = Files.createTempFile(scratch, "err", ".txt");
		Process process = start(startFile, wrapper, List.of(args), false, extraEnv, out, err);
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new AssertionError("quartierwerk " + String.join(" ", args) + " did not finish within two minutes");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/**
	 * As {@link #run(Path, List, Map, String...)}, in exactly the given environment instead of the test's own, as with
	 * {@code env -i NAME=VALUE ...}: no PATH, HOME, LANG or DISPLAY unless the map has them. The wrapper runs in the
	 * test's environment.
	 */
	static Result runIn(Path scratch, Map<String, String> environment, List<String> wrapper, String... args)
			throws IOException, InterruptedException {
		return run(scratch, exactly(environment, wrapper), Map.of(), args);
	}

	/** As {@link #runIn(Path, Map, List, String...)}, with another start file, e.g. the one of an unpacked archive. */
	static Result runIn(Path startFile, Path scratch, Map<String, String> environment, List<String> wrapper, String... args)
			throws IOException, InterruptedException {
		return run(startFile, scratch, exactly(environment, wrapper), Map.of(), args);
	}

	/** As {@link #start(List, boolean, Path, Path)}, in exactly the given environment (see {@link #runIn}). */
	static Process startIn(Map<String, String> environment, List<String> args, Path stdout, Path stderr) throws IOException {
		return start(exactly(environment, List.of()), args, true, Map.of(), stdout, stderr);
	}

	/** As {@link #startIn(Map, List, Path, Path)}, with another start file, run by a wrapper command. */
	static Process startIn(Path startFile, Map<String, String> environment, List<String> wrapper, List<String> args, Path stdout,
			Path stderr) throws IOException {
		return start(startFile, exactly(environment, wrapper), args, true, Map.of(), stdout, stderr);
	}

	private static List<String> exactly(Map<String, String> environment, List<String> wrapper) {
		List<String> command = new ArrayList<>(wrapper);
		command.addAll(List.of("env", "-i"));
		environment.forEach((name, value) -> command.add(name + "=" + value));
		return command;
	}

	private Quartierwerk() {
	}
}
