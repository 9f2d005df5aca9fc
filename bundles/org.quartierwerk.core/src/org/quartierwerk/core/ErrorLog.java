package org.quartierwerk.core;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the details of a failure go that the user is told about in a German sentence: the Java exception with its
 * stack trace, for whoever helps the user. The log is {@value #FILE} in the workspace's {@code .metadata}, or in the
 * system's temporary folder when the workspace cannot be written.
 */
public interface ErrorLog {

	/** File name of the log. */
	String FILE = "quartierwerk.log";

	/**
	 * Appends a failure to the log.
	 *
	 * @param what what was being done, e.g. the command line
	 * @return the log file written to; empty when no log could be written at all
	 */
	Optional<Path> record(String what, Throwable failure);
}
