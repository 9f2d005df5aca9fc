package org.quartierwerk.exchange;

import java.io.IOException;

/** A file could not be imported or exported; the message is German and names the file and the place. */
public class ExchangeException extends IOException {

	private static final long serialVersionUID = 1L;

	public ExchangeException(String message) {
		super(message);
	}

	public ExchangeException(String message, Throwable cause) {
		super(message, cause);
	}
}
