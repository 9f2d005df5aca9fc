package org.quartierwerk.app.internal.hilfe;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.quartierwerk.core.DurableFile;
import org.quartierwerk.core.WorkspaceLocator;

/**
 * The German handbook: plain HTML pages in this bundle's folder {@code handbuch/}, shown in the system browser.
 * Eclipse's help system is not used because it needs the Eclipse 3.x compatibility layer, which Quartierwerk leaves out.
 * A bundle entry is no file a browser can open, so the pages are written into the workspace's
 * {@code .metadata/handbuch/} first, each through the durable write path, and renewed on every opening, so they always
 * belong to the installed version.
 */
public final class Handbuch {

	/** The folder of the pages, in the bundle and below the workspace's {@code .metadata}. */
	public static final String ORDNER = "handbuch";

	/** The first page, with the list of chapters. */
	public static final String STARTSEITE = "index.html";

	private Handbuch() {
	}

	/** Where the pages go in the given workspace folder. */
	public static Path ordnerIn(Path arbeitsbereich) {
		return arbeitsbereich.resolve(WorkspaceLocator.METADATA).resolve(ORDNER);
	}

	/**
	 * Writes every page of the handbook into {@code ziel} and returns the start page there.
	 *
	 * @throws NoSuchFileException when this installation holds no handbook
	 * @throws IOException with a German message naming the file, when a page cannot be written (pages written before
	 *         stay whole)
	 */
	public static Path auspacken(Path ziel) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Handbuch.class);
		Enumeration<URL> eintraege = bundle.findEntries(ORDNER, "*", false);
		List<URL> seiten = eintraege == null ? List.of() : new ArrayList<>(Collections.list(eintraege));
		seiten.removeIf(url -> url.getPath().endsWith("/"));
		if (seiten.stream().noneMatch(url -> url.getPath().endsWith("/" + STARTSEITE))) {
			throw new NoSuchFileException(ORDNER + "/" + STARTSEITE);
		}
		for (URL seite : seiten) {
			String name = seite.getPath().substring(seite.getPath().lastIndexOf('/') + 1);
			byte[] inhalt;
			try (InputStream in = seite.openStream()) {
				inhalt = in.readAllBytes();
			}
			DurableFile.replace(ziel.resolve(name), inhalt, false);
		}
		return ziel.resolve(STARTSEITE);
	}
}
