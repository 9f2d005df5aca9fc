package org.quartierwerk.courses.installer;

/**
 * An installation that did not happen, with a German message for the trainer that names the course repository as
 * typed and says what to do; the installation is unchanged. The cause, if any, is for diagnosis only and never shown.
 */
public final class InstallException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why nothing was installed, so that a front end can add how its user gives the missing permission. */
	public enum Reason {
		/** No folder or ZIP file at that path, or nothing at that address (HTTP 404). */
		NOT_FOUND,
		/** Something is there, but no course repository (other content, a damaged ZIP file). */
		NOT_A_REPOSITORY,
		/** The server cannot be reached: connection refused, unknown host, no answer in time. */
		UNREACHABLE,
		/** A plain {@code http://} address that the trainer did not allow explicitly. */
		PLAIN_HTTP,
		/** Content without a signature, installed only when trusted explicitly. */
		UNSIGNED,
		/** Content signed by a key that is not trusted here. */
		UNKNOWN_SIGNER,
		/** Anything else; the message says what. */
		OTHER
	}

	private final Reason reason;

	public InstallException(String message) {
		this(Reason.OTHER, message, null);
	}

	public InstallException(String message, Throwable cause) {
		this(Reason.OTHER, message, cause);
	}

	public InstallException(Reason reason, String message) {
		this(reason, message, null);
	}

	public InstallException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
