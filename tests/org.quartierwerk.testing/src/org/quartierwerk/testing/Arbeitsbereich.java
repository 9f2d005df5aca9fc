package org.quartierwerk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.service.datalocation.Location;

/**
 * A workspace as a test found it. The OSGi tests share the runtime's one workspace (Equinox's instance area, which
 * cannot change while the framework runs); what a test adds there – projects, their backups, the trash, Teilnahmen –
 * is removed when it closes this, so the next test and the next run find the workspace as before.
 * <p>
 * Left alone: the libraries' state in {@code .metadata/.plugins} and the hidden files at the top (the store's lock,
 * the marker of the shipped examples), which the running services own. Files the test changed or removed are not
 * restored: tests work on projects of their own names.
 */
public final class Arbeitsbereich implements AutoCloseable {

	private final Path ordner;
	private final Set<Path> vorgefunden;

	private Arbeitsbereich(Path ordner) {
		this.ordner = ordner;
		vorgefunden = Set.copyOf(eintraege());
	}

	/** Remembers what the workspace folder holds now. */
	public static Arbeitsbereich wieVorgefunden(Path ordner) {
		return new Arbeitsbereich(ordner);
	}

	/**
	 * Remembers what the runtime's workspace holds now: Equinox's instance area, where the workspace locator finds it
	 * in the OSGi tests (they are started with {@code -data}).
	 */
	public static Arbeitsbereich derLaufzeit() {
		Location instanz = Dienste.warte(Location.class, Location.INSTANCE_FILTER);
		try {
			// it may not exist yet: the store makes it when it first writes
			return new Arbeitsbereich(Path.of(instanz.getURL().toURI()).toAbsolutePath().normalize());
		} catch (URISyntaxException e) {
			throw new AssertionError("Arbeitsbereich der Laufzeit " + instanz.getURL() + " nicht lesbar (unreadable)", e);
		}
	}

	public Path ordner() {
		return ordner;
	}

	/** Removes every file and folder that was not there before, deepest first. */
	@Override
	public void close() {
		List<Path> neu = eintraege().stream().filter(p -> !vorgefunden.contains(p)).sorted(Comparator.reverseOrder()).toList();
		for (Path eintrag : neu) {
			try {
				if (!Files.isDirectory(eintrag) || leer(eintrag)) {
					Files.deleteIfExists(eintrag);
				}
			} catch (IOException e) {
				throw new UncheckedIOException("Aufräumen von " + eintrag + " fehlgeschlagen (cleanup failed)", e);
			}
		}
	}

	private List<Path> eintraege() {
		if (!Files.isDirectory(ordner)) {
			return List.of();
		}
		try (Stream<Path> alle = Files.walk(ordner)) {
			return alle.filter(p -> !p.equals(ordner) && eigen(ordner.relativize(p))).collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException("Arbeitsbereich " + ordner + " nicht lesbar (unreadable)", e);
		}
	}

	private static boolean eigen(Path relativ) {
		String erster = relativ.getName(0).toString();
		if (relativ.getNameCount() == 1) {
			return !erster.startsWith(".") || erster.equals(".metadata");
		}
		return !(erster.equals(".metadata") && relativ.getName(1).toString().equals(".plugins"));
	}

	private static boolean leer(Path folder) throws IOException {
		try (Stream<Path> inhalt = Files.list(folder)) {
			return inhalt.findAny().isEmpty();
		}
	}
}
