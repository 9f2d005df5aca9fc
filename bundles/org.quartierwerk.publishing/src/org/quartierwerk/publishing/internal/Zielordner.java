package org.quartierwerk.publishing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.WriteException;
import org.quartierwerk.publishing.PublishingException;
import org.quartierwerk.publishing.PublishingException.Leck;
import org.quartierwerk.publishing.ZielordnerBelegtException;
import org.quartierwerk.publishing.internal.web.Webauftritt;

/**
 * The folder a web site goes to. It must be new, empty or an earlier Quartierwerk site (it carries
 * {@link Webauftritt#KENNZEICHEN}), so no one's other files are mixed into or removed with a site. The site is written
 * file by file through {@link DurableFile} into a hidden new folder beside the target, every file there is read by the
 * leak check, and only a clean site takes the target's place (two renames: the old site aside, the new one in); a leak
 * or a failure removes the new folder and leaves the target as it was.
 */
final class Zielordner {

	/** Refuses a file, or a folder with content that is no Quartierwerk site. */
	static void pruefe(Path ziel) throws PublishingException {
		if (Files.exists(ziel) && !Files.isDirectory(ziel)) {
			throw new ZielordnerBelegtException(NLS.bind(Messages.web_ziel_datei, ziel));
		}
		if (Files.isDirectory(ziel) && !Files.exists(ziel.resolve(Webauftritt.KENNZEICHEN))) {
			boolean belegt;
			try (Stream<Path> inhalt = Files.list(ziel)) {
				belegt = inhalt.findAny().isPresent();
			} catch (IOException e) {
				throw new PublishingException(NLS.bind(Messages.umbenennen, ziel, WriteException.ursache(ziel, e)), e);
			}
			if (belegt) {
				throw new ZielordnerBelegtException(NLS.bind(Messages.web_ziel_belegt, ziel));
			}
		}
	}

	static void schreibeGeprueft(Path ziel, SequencedMap<String, byte[]> dateien, Leckpruefung pruefung) throws PublishingException {
		Path eltern = ziel.getParent();
		String kennung = "." + ziel.getFileName() + "." + UUID.randomUUID();
		Path neu = eltern.resolve(kennung + ".pruefung");
		boolean vorhanden = Files.exists(ziel);
		try {
			try {
				Files.createDirectories(neu);
				for (Map.Entry<String, byte[]> datei : dateien.entrySet()) {
					Path pfad = neu.resolve(datei.getKey());
					Files.createDirectories(pfad.getParent());
					DurableFile.replace(pfad, datei.getValue(), false);
				}
			} catch (WriteException e) {
				throw new PublishingException(e.getMessage(), e);
			} catch (IOException e) {
				throw new PublishingException(NLS.bind(Messages.umbenennen, ziel, WriteException.ursache(neu, e)), e);
			}
			List<Leck> lecks;
			try {
				lecks = pruefung.pruefeOrdner(neu);
			} catch (IOException e) {
				throw new PublishingException(NLS.bind(Messages.leck_unlesbar, ziel, WriteException.ursache(neu, e)), e);
			}
			if (!lecks.isEmpty()) {
				String kopf = NLS.bind(vorhanden ? Messages.web_leck_kopf : Messages.web_leck_kopf_neu, ziel, lecks.size());
				throw new PublishingException(PublishingService.leckmeldung(kopf, lecks), lecks, null);
			}
			tauscheEin(neu, ziel, eltern.resolve(kennung + ".alt"), vorhanden);
		} finally {
			loesche(neu);
		}
	}

	/** The checked folder takes the target's place; an earlier site is moved aside first and removed after. */
	private static void tauscheEin(Path neu, Path ziel, Path alt, boolean vorhanden) throws PublishingException {
		try {
			if (vorhanden) {
				Files.move(ziel, alt, StandardCopyOption.ATOMIC_MOVE);
				try {
					Files.move(neu, ziel, StandardCopyOption.ATOMIC_MOVE);
				} catch (IOException e) {
					Files.move(alt, ziel, StandardCopyOption.ATOMIC_MOVE);
					throw e;
				}
			} else {
				Files.move(neu, ziel, StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (IOException e) {
			throw new PublishingException(NLS.bind(Messages.umbenennen, ziel, WriteException.ursache(ziel, e)), e);
		}
		DurableFile.syncFolder(ziel.getParent());
		loesche(alt);
	}

	/** Removes a folder of ours with all it holds; what cannot be removed stays as a hidden leftover. */
	private static void loesche(Path ordner) {
		if (!Files.exists(ordner)) {
			return;
		}
		try (Stream<Path> alles = Files.walk(ordner)) {
			for (Path p : alles.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a hidden folder beside the target at worst; the target is the checked site or untouched
		}
	}

	private Zielordner() {
	}
}
