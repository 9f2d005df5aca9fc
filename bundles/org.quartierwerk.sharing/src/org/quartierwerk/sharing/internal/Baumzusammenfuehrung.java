package org.quartierwerk.sharing.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.quartierwerk.sharing.SharedCollection.Aufloesung;
import org.quartierwerk.sharing.SharedCollection.Konflikt;

/**
 * Merges two states of the collection in memory, file by file: a file only one side changed is taken from it, a model
 * file both changed is merged field by field ({@link Feldmerge}), any other file both changed is a conflict. Nothing is
 * written to the workspace here and no file ever holds conflict markers; the result is a tree in the repository.
 */
final class Baumzusammenfuehrung {

	/** The merged tree (null when conflicts stopped the merge), and what happened to which file. */
	record Ergebnis(ObjectId baum, List<String> vonAnderen, List<String> zusammengefuehrt, List<Konflikt> konflikte) {
	}

	private Baumzusammenfuehrung() {
	}

	/**
	 * @param basis    the common ancestor, null when there is none
	 * @param inserter where merged files and the tree are stored; a formatter only computes ids (for the status)
	 */
	static Ergebnis fuehreZusammen(ObjectReader reader, ObjectInserter inserter, RevCommit basis, RevCommit meine,
			RevCommit ihre, Aufloesung aufloesung) throws IOException {
		List<String> vonAnderen = new ArrayList<>();
		List<String> zusammengefuehrt = new ArrayList<>();
		List<Konflikt> konflikte = new ArrayList<>();
		DirCache baum = DirCache.newInCore();
		DirCacheBuilder builder = baum.builder();
		try (TreeWalk walk = new TreeWalk(reader)) {
			if (basis == null) {
				walk.addTree(new EmptyTreeIterator());
			} else {
				walk.addTree(basis.getTree());
			}
			walk.addTree(meine.getTree());
			walk.addTree(ihre.getTree());
			walk.setRecursive(true);
			while (walk.next()) {
				String pfad = walk.getPathString();
				ObjectId b = walk.getObjectId(0);
				ObjectId m = walk.getObjectId(1);
				ObjectId i = walk.getObjectId(2);
				ObjectId ergebnis;
				if (m.equals(i) || b.equals(i)) {
					ergebnis = m;
				} else if (b.equals(m)) {
					ergebnis = i;
					vonAnderen.add(pfad);
				} else if (Modelldatei.istModell(pfad) && !istLeer(m) && !istLeer(i)) {
					ergebnis = modell(reader, inserter, pfad, b, m, i, aufloesung, konflikte);
					zusammengefuehrt.add(pfad);
				} else {
					String basisText = istLeer(b) ? Messages.fehlt : Messages.vorhanden;
					String meinText = istLeer(m) ? Messages.geloescht : Messages.geaendert;
					String ihrText = istLeer(i) ? Messages.geloescht : Messages.geaendert;
					konflikte.add(new Konflikt(pfad, Messages.ganzeDatei, basisText, meinText, ihrText));
					ergebnis = aufloesung == Aufloesung.IHRE ? i : m;
				}
				if (!istLeer(ergebnis)) {
					DirCacheEntry eintrag = new DirCacheEntry(pfad);
					eintrag.setFileMode(FileMode.REGULAR_FILE);
					eintrag.setObjectId(ergebnis);
					builder.add(eintrag);
				}
			}
		}
		builder.finish();
		if (!konflikte.isEmpty() && aufloesung == Aufloesung.KEINE) {
			return new Ergebnis(null, vonAnderen, zusammengefuehrt, konflikte);
		}
		return new Ergebnis(baum.writeTree(inserter), vonAnderen, zusammengefuehrt, konflikte);
	}

	private static ObjectId modell(ObjectReader reader, ObjectInserter inserter, String pfad, ObjectId b, ObjectId m,
			ObjectId i, Aufloesung aufloesung, List<Konflikt> konflikte) throws IOException {
		XMLResource basis;
		XMLResource meine;
		XMLResource ihre;
		try {
			basis = istLeer(b) ? null : Modelldatei.lies(pfad, reader.open(b).getBytes());
			meine = Modelldatei.lies(pfad, reader.open(m).getBytes());
			ihre = Modelldatei.lies(pfad, reader.open(i).getBytes());
		} catch (IOException | RuntimeException e) {
			konflikte.add(new Konflikt(pfad, Messages.ganzeDatei, Messages.vorhanden, Messages.geaendert,
					Messages.unlesbar));
			return aufloesung == Aufloesung.IHRE ? i : m;
		}
		List<Konflikt> gefunden = Feldmerge.fuehreZusammen(pfad, basis, meine, ihre, aufloesung);
		konflikte.addAll(gefunden);
		if (!gefunden.isEmpty() && aufloesung == Aufloesung.KEINE) {
			return m;
		}
		return inserter.insert(Constants.OBJ_BLOB, Modelldatei.schreibe(meine));
	}

	private static boolean istLeer(ObjectId id) {
		return ObjectId.zeroId().equals(id);
	}
}
