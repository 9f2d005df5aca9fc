package org.quartierwerk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.emf.common.util.Enumerator;

/** German display names of the model's enumeration literals, e.g. "Baden-Württemberg" for {@code BADEN_WUERTTEMBERG}. */
public final class Bezeichnungen {

	private static final Properties NAMEN = load();

	/** The display name of a literal; its name if none is defined; "" for {@code null}. */
	public static String von(Enumerator literal) {
		if (literal == null) {
			return "";
		}
		return NAMEN.getProperty(literal.getClass().getSimpleName() + "." + literal.getName(), literal.getName());
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

	private static Properties load() {
		Properties namen = new Properties();
		try (InputStream in = Bezeichnungen.class.getResourceAsStream("bezeichnungen.properties")) {
			namen.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return namen;
	}

	private Bezeichnungen() {
	}
}
