package org.quartierwerk.courses;

import java.util.List;

/**
 * A course use case that did not happen, with a German message that names the course, the Praxisprojekt or the course
 * repository and says what to do; nothing was changed. The cause, if any, is for diagnosis only and never shown.
 */
public final class CourseException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why, where a front end adds how its user gives a missing permission or shows what is missing. */
	public enum Grund {
		/** No folder or ZIP file at that path, or nothing at that address. */
		NICHT_GEFUNDEN,
		/** A plain {@code http://} address that was not allowed explicitly. */
		UNVERSCHLUESSELT,
		/** Content without a signature, installed only when trusted explicitly. */
		UNSIGNIERT,
		/** Content signed by a key that is not trusted here. */
		UNBEKANNTER_ANBIETER,
		/** The certificate waits for requirements that are not met; {@link CourseException#offen()} lists them. */
		ANFORDERUNGEN_OFFEN,
		/** Anything else; the message says what. */
		SONSTIGES
	}

	private final Grund grund;
	private final List<String> offen;

	public CourseException(String message) {
		this(Grund.SONSTIGES, message, List.of(), null);
	}

	public CourseException(String message, Throwable cause) {
		this(Grund.SONSTIGES, message, List.of(), cause);
	}

	public CourseException(Grund grund, String message, List<String> offen, Throwable cause) {
		super(message, cause);
		this.grund = grund;
		this.offen = List.copyOf(offen);
	}

	public Grund grund() {
		return grund;
	}

	/** The requirements still open, each as "Anforderung: Befund", for {@link Grund#ANFORDERUNGEN_OFFEN}; else empty. */
	public List<String> offen() {
		return offen;
	}
}
