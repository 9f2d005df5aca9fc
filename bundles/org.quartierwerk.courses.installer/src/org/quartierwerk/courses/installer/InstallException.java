package org.quartierwerk.courses.installer;

/** An installation that did not happen, with a German message for the trainer; the installation is unchanged. */
public final class InstallException extends Exception {

	private static final long serialVersionUID = 1L;

	public InstallException(String message) {
		super(message);
	}

	public InstallException(String message, Throwable cause) {
		super(message, cause);
	}
}
