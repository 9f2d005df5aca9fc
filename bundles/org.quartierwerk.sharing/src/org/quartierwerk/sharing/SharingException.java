package org.quartierwerk.sharing;

import java.io.IOException;

/** Sharing failed; the message is German and says what to do. The workspace is as before, or complete and consistent. */
public class SharingException extends IOException {

	private static final long serialVersionUID = 1L;

	public SharingException(String message) {
		super(message);
	}

	public SharingException(String message, Throwable cause) {
		super(message, cause);
	}
}
