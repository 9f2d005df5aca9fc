package org.quartierwerk.core;

import java.io.IOException;
import java.nio.file.Path;

import org.quartierwerk.core.internal.IoMessages;

/** A file could not be written; the previous version is untouched. The message is German and names the file and the cause. */
public class WriteException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient Path target;

	public WriteException(Path target, String message) {
		super(message);
		this.target = target;
	}

	public WriteException(Path target, String message, Throwable cause) {
		super(message, cause);
		this.target = target;
	}

	/**
	 * Why a file operation on {@code target} failed, as a German sentence with what to do – for callers that move or
	 * delete files themselves and say so in their own words.
	 */
	public static String ursache(Path target, IOException e) {
		return IoMessages.cause(target, e);
	}

	/** The file that was to be written. */
	public Path target() {
		return target;
	}
}
