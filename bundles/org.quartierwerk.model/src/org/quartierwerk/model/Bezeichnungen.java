package org.quartierwerk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * German display names of enumeration literals and fields, e.g. "Baden-Württemberg" for {@code BADEN_WUERTTEMBERG}. The names
 * come from a {@code bezeichnungen.properties} beside the enumeration's class, so other model bundles (courses) name
 * theirs the same way; keys are {@code <Enumeration>.<LITERAL>}.
 */
public final class Bezeichnungen {

	private static final Map<String, Properties> NAMEN_JE_PAKET = new ConcurrentHashMap<>();

	/** The display name of a literal; its name if none is defined; "" for {@code null}. */
	public static String von(Enumerator literal) {
		if (literal == null) {
			return "";
		}
		Class<?> type = literal.getClass();
		Properties namen = NAMEN_JE_PAKET.computeIfAbsent(type.getPackageName(), paket -> load(type));
		return namen.getProperty(type.getSimpleName() + "." + literal.getName(), literal.getName());
	}

	/**
	 * The German label of a field, e.g. "Bundesland" for {@code Praxisbeispiel.bundesland}, from the key
	 * {@code feld.<Klasse>.<feature>} of the {@code bezeichnungen.properties} beside the model's classes; the field's
	 * name if none is defined.
	 */
	public static String feld(EStructuralFeature feld) {
		EClass klasse = feld.getEContainingClass();
		Class<?> type = klasse.getInstanceClass();
		if (type == null) {
			return feld.getName();
		}
		Properties namen = NAMEN_JE_PAKET.computeIfAbsent(type.getPackageName(), paket -> load(type));
		return namen.getProperty("feld." + klasse.getName() + "." + feld.getName(), feld.getName());
	}

	/** The literal of this enumeration whose display name or name is the given text, ignoring case. */
	public static <E extends Enum<E> & Enumerator> Optional<E> finde(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		String gesucht = text.strip();
		return Arrays.stream(type.getEnumConstants())
				.filter(literal -> von(literal).equalsIgnoreCase(gesucht) || literal.getName().equalsIgnoreCase(gesucht))
				.findFirst();
	}

	private static Properties load(Class<?> type) {
		Properties namen = new Properties();
		try (InputStream in = type.getResourceAsStream("bezeichnungen.properties")) {
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
