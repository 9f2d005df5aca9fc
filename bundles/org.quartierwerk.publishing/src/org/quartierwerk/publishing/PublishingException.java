package org.quartierwerk.publishing;

import java.io.IOException;
import java.util.List;

/** Publishing failed; the message is German and says what to do. Nothing was published. */
public class PublishingException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient List<Leck> lecks;

	public PublishingException(String message) {
		this(message, List.of(), null);
	}

	public PublishingException(String message, Throwable cause) {
		this(message, List.of(), cause);
	}

	public PublishingException(String message, List<Leck> lecks, Throwable cause) {
		super(message, cause);
		this.lecks = List.copyOf(lecks);
	}

	/** What the leak check found in the output; empty when the failure had another cause. */
	public List<Leck> lecks() {
		return lecks;
	}

	/**
	 * A personal datum found in an output file: {@code angabe} as recorded, its kind ({@code Name}, {@code E-Mail-Adresse},
	 * {@code Telefonnummer}), the project and field it was recorded in (in the editor's terms), and the output file.
	 */
	public record Leck(String angabe, String art, String projekt, String feld, String datei) {
	}
}
