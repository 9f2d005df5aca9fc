package org.quartierwerk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Display names of enumeration literals and fields, e.g. "Baden-Württemberg" for {@code BADEN_WUERTTEMBERG}. The German
 * names come from a {@code bezeichnungen.properties} beside the enumeration's class, so other model bundles (courses)
 * name theirs the same way; keys are {@code <Enumeration>.<LITERAL>}. Another language's names come from
 * {@code bezeichnungen_<language>.properties} beside it (English: {@code bezeichnungen_en.properties}); a name missing
 * there is the German one. Without a language the names follow the workbench's language (the default locale, which
 * Equinox sets from {@code -nl}); what ends up in German documents or is matched against German files asks for
 * {@link Locale#GERMAN} explicitly.
 */
public final class Bezeichnungen {

	private static final String DATEI = "bezeichnungen";

	/** Per package and language (language tag, "" for German). */
	private static final Map<String, Properties> NAMEN_JE_PAKET = new ConcurrentHashMap<>();

	/** The display name of a literal in the workbench's language; its name if none is defined; "" for {@code null}. */
	public static String von(Enumerator literal) {
		return von(literal, Locale.getDefault());
	}

	/** The display name of a literal in a language; its name if none is defined; "" for {@code null}. */
	public static String von(Enumerator literal, Locale sprache) {
		if (literal == null) {
			return "";
		}
		Class<?> type = literal.getClass();
		return namen(type, sprache).getProperty(type.getSimpleName() + "." + literal.getName(), literal.getName());
	}

	/**
	 * The label of a field in the workbench's language, e.g. "Bundesland" for {@code Praxisbeispiel.bundesland}, from the
	 * key {@code feld.<Klasse>.<feature>} of the {@code bezeichnungen.properties} beside the model's classes; the field's
	 * name if none is defined.
	 */
	public static String feld(EStructuralFeature feld) {
		return feld(feld, Locale.getDefault());
	}

	/** The label of a field in a language; the field's name if none is defined. */
	public static String feld(EStructuralFeature feld, Locale sprache) {
		EClass klasse = feld.getEContainingClass();
		Class<?> type = klasse.getInstanceClass();
		if (type == null) {
			return feld.getName();
		}
		return namen(type, sprache).getProperty("feld." + klasse.getName() + "." + feld.getName(), feld.getName());
	}

	/**
	 * The literal of this enumeration whose German display name, display name in the workbench's language or name is the
	 * given text, ignoring case: what a user types on the command line matches whatever the language.
	 */
	public static <E extends Enum<E> & Enumerator> Optional<E> finde(Class<E> type, String text) {
		return finde(type, text, Locale.GERMAN).or(() -> finde(type, text, Locale.getDefault()));
	}

	/** The literal of this enumeration whose display name in a language or name is the given text, ignoring case. */
	public static <E extends Enum<E> & Enumerator> Optional<E> finde(Class<E> type, String text, Locale sprache) {
		if (text == null) {
			return Optional.empty();
		}
		String gesucht = text.strip();
		return Arrays.stream(type.getEnumConstants())
				.filter(literal -> von(literal, sprache).equalsIgnoreCase(gesucht) || literal.getName().equalsIgnoreCase(gesucht))
				.findFirst();
	}

	private static Properties namen(Class<?> type, Locale sprache) {
		String sprachteil = sprache.getLanguage().equals(Locale.GERMAN.getLanguage()) ? "" : sprache.getLanguage();
		return NAMEN_JE_PAKET.computeIfAbsent(type.getPackageName() + "/" + sprachteil, schluessel -> {
			Properties deutsch = load(type, DATEI + ".properties", new Properties());
			return sprachteil.isEmpty() ? deutsch : load(type, DATEI + "_" + sprachteil + ".properties", deutsch);
		});
	}

	/** The names of a file beside the class, over the given ones (which stay where the file has none). */
	private static Properties load(Class<?> type, String datei, Properties darunter) {
		Properties namen = new Properties();
		namen.putAll(darunter);
		try (InputStream in = type.getResourceAsStream(datei)) {
			if (in != null) {
				namen.load(in);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return namen;
	}

	private Bezeichnungen() {
	}
}
