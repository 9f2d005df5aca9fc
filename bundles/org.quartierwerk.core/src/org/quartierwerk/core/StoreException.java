package org.quartierwerk.core;

import java.io.IOException;

/** A Praxisbeispiel could not be listed, read, written or deleted; the message is German and names the file. */
public class StoreException extends IOException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
