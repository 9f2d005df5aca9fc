package org.quartierwerk.courses.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the course documents from {@code dokument.properties}: always German, as the templates are, also when
 * the workbench runs in English ({@code -nl en}) – a certificate does not mix languages.
 */
final class Dokumentwoerter {

	private static final ResourceBundle WOERTER = ResourceBundle.getBundle("org.quartierwerk.courses.internal.dokument",
			Locale.GERMAN, Dokumentwoerter.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	/** The word, its placeholders {@code {0}}… filled in as German text. */
	static String wort(String schluessel, Object... werte) {
		String wort = WOERTER.getString(schluessel);
		return werte.length == 0 ? wort : new MessageFormat(wort, Locale.GERMAN).format(werte);
	}

	private Dokumentwoerter() {
	}
}
