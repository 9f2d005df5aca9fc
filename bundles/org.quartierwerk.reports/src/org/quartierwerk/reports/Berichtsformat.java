package org.quartierwerk.reports;

import java.util.Locale;
import java.util.Optional;

/** The document formats a report is rendered to; the name in lower case is BIRT's format name and the file extension. */
public enum Berichtsformat {
	PDF, DOCX, ODT, HTML;

	public String endung() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format of this name or extension, ignoring case: "pdf", "DOCX". */
	public static Optional<Berichtsformat> von(String name) {
		for (Berichtsformat format : values()) {
			if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
