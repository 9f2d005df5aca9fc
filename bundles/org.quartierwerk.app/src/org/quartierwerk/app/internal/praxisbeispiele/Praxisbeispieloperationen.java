package org.quartierwerk.app.internal.praxisbeispiele;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.quartierwerk.app.internal.basis.Rueckgaengigbar;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.WriteException;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.QuartierwerkFactory;

/**
 * New, duplicate, rename and delete of the workspace's projects, with an undo history of its own: a deleted
 * project goes to a trash folder in the workspace's {@value #PAPIERKORB} and comes back from there; a new or
 * duplicated project goes there on undo. One instance per application, shared by the handlers and the navigator.
 */
public final class Praxisbeispieloperationen implements Rueckgaengigbar {

	/** Trash folder, relative to the workspace. */
	public static final String PAPIERKORB = ".metadata/papierkorb";

	private static final String EXTENSION = ".xmi";
	private static final String SCHLUESSEL = Praxisbeispieloperationen.class.getName() + ".anwendung";

	/** Called before a project's file leaves its name; may refuse with a message, e.g. for unsaved changes. */
	public interface Waechter {
		void vorDemEntfernen(String name) throws StoreException;
	}

	/** One step of the history; each direction answers the project it leaves in place, or null. */
	private interface Schritt {
		String rueckgaengig() throws StoreException;

		String wiederholen() throws StoreException;
	}

	private final PraxisbeispielStore store;
	private final Deque<Schritt> rueckgaengig = new ArrayDeque<>();
	private final Deque<Schritt> wiederholen = new ArrayDeque<>();
	private final List<Runnable> beobachter = new CopyOnWriteArrayList<>();
	private volatile Waechter waechter = name -> { };
	private volatile String betroffen;

	public Praxisbeispieloperationen(PraxisbeispielStore store) {
		this.store = store;
	}

	/** The instance of the application context, created on first use. */
	public static Praxisbeispieloperationen von(IEclipseContext application, PraxisbeispielStore store) {
		// not under its type: Bearbeiten → Rückgängig finds it as Rueckgaengigbar only where the navigator offers it
		Praxisbeispieloperationen operationen = (Praxisbeispieloperationen) application.get(SCHLUESSEL);
		if (operationen == null) {
			operationen = new Praxisbeispieloperationen(store);
			application.set(SCHLUESSEL, operationen);
		}
		return operationen;
	}

	/** Runs after every change of the workspace's projects (also undo and redo). */
	public void beobachte(Runnable wennGeaendert) {
		beobachter.add(wennGeaendert);
	}

	public void beobachteNichtMehr(Runnable wennGeaendert) {
		beobachter.remove(wennGeaendert);
	}

	/** Who is asked before a project's file is moved away, e.g. to close its editor; undo and redo move files too. */
	public void bewache(Waechter waechter) {
		this.waechter = waechter;
	}

	/** A new project with this title; returns its name in the workspace. */
	public String neu(String titel) throws StoreException {
		Praxisbeispiel beispiel = QuartierwerkFactory.eINSTANCE.createPraxisbeispiel();
		beispiel.setTitel(titel);
		return neu(beispiel);
	}

	/** A new project with what is known of it (the assistant's basics); its title names the file. Undo takes it back. */
	public String neu(Praxisbeispiel beispiel) throws StoreException {
		beispiel.setTitel(beispiel.getTitel() == null ? "" : beispiel.getTitel().strip());
		return lege(beispiel, pruefeFrei(dateiname(beispiel.getTitel())));
	}

	/** A copy of the project, titled "… (Kopie)", under a free name; returns that name. */
	public String dupliziere(String name) throws StoreException {
		Praxisbeispiel kopie = EcoreUtil.copy(store.load(name));
		String titel = (kopie.getTitel() == null || kopie.getTitel().isBlank() ? name : kopie.getTitel()) + " (Kopie)";
		kopie.setTitel(titel);
		kopie.setKennung(null); // a copy is another project: links keep naming the original (docs/fachmodell.md §1.6)
		return lege(kopie, freierName(dateiname(titel)));
	}

	/** Gives the project a new title and the file name derived from it; returns the new name. */
	public String benenneUm(String name, String neuerTitel) throws StoreException {
		String neu = dateiname(neuerTitel);
		String alterTitel = store.load(name).getTitel();
		if (!neu.equals(name)) {
			pruefeFrei(neu);
		}
		umbenennen(name, neu, neuerTitel.strip());
		merke(neu, new Schritt() {
			@Override
			public String rueckgaengig() throws StoreException {
				umbenennen(neu, name, alterTitel);
				return name;
			}

			@Override
			public String wiederholen() throws StoreException {
				umbenennen(name, neu, neuerTitel.strip());
				return neu;
			}
		});
		return neu;
	}

	/** Moves the project to the trash; undo brings it back. */
	public void loesche(String name) throws StoreException {
		Path imPapierkorb = inDenPapierkorb(name);
		merke(null, new Schritt() {
			private Path papierkorb = imPapierkorb;

			@Override
			public String rueckgaengig() throws StoreException {
				ausDemPapierkorb(papierkorb, name);
				return name;
			}

			@Override
			public String wiederholen() throws StoreException {
				papierkorb = inDenPapierkorb(name);
				return null;
			}
		});
	}

	/** The project the last operation, undo or redo created, renamed or brought back; null after a delete. */
	public String betroffen() {
		return betroffen;
	}

	@Override
	public boolean canUndo() {
		return !rueckgaengig.isEmpty();
	}

	@Override
	public boolean canRedo() {
		return !wiederholen.isEmpty();
	}

	@Override
	public void undo() throws StoreException {
		Schritt schritt = rueckgaengig.peek();
		if (schritt != null) {
			betroffen = schritt.rueckgaengig();
			wiederholen.push(rueckgaengig.pop());
			geaendert();
		}
	}

	@Override
	public void redo() throws StoreException {
		Schritt schritt = wiederholen.peek();
		if (schritt != null) {
			betroffen = schritt.wiederholen();
			rueckgaengig.push(wiederholen.pop());
			geaendert();
		}
	}

	/** Whether the workspace has a project of this name. */
	public boolean gibtEs(String name) throws StoreException {
		return Files.exists(store.file(name));
	}

	/**
	 * The file name for a title: the title without characters a file name cannot hold, at most 80 characters,
	 * "Praxisbeispiel" when nothing is left.
	 */
	public static String dateiname(String titel) {
		String name = titel == null ? "" : titel.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
		name = name.replaceFirst("^\\.+", "").strip();
		if (name.length() > 80) {
			name = name.substring(0, 80).strip();
		}
		return name.isEmpty() ? "Praxisbeispiel" : name;
	}

	private String lege(Praxisbeispiel beispiel, String name) throws StoreException {
		store.save(name, beispiel);
		merke(name, new Schritt() {
			private Path papierkorb;

			@Override
			public String rueckgaengig() throws StoreException {
				papierkorb = inDenPapierkorb(name);
				return null;
			}

			@Override
			public String wiederholen() throws StoreException {
				ausDemPapierkorb(papierkorb, name);
				return name;
			}
		});
		return name;
	}

	private void merke(String ergebnis, Schritt schritt) {
		betroffen = ergebnis;
		rueckgaengig.push(schritt);
		wiederholen.clear();
		geaendert();
	}

	private void geaendert() {
		beobachter.forEach(Runnable::run);
	}

	private String pruefeFrei(String name) throws StoreException {
		if (gibtEs(name)) {
			throw new StoreException(format("Es gibt schon ein Praxisbeispiel mit dem Namen \u201E{0}\u201C. "
					+ "Bitte w\u00E4hlen Sie einen anderen Titel.", name));
		}
		return name;
	}

	private String freierName(String name) throws StoreException {
		String frei = name;
		for (int i = 2; gibtEs(frei); i++) {
			frei = name + " " + i;
		}
		return frei;
	}

	private void umbenennen(String von, String nach, String titel) throws StoreException {
		Praxisbeispiel beispiel = store.load(von);
		beispiel.setTitel(titel);
		if (von.equals(nach)) {
			store.save(von, beispiel);
			return;
		}
		pruefeFrei(nach);
		waechter.vorDemEntfernen(von);
		store.save(nach, beispiel);
		store.delete(von);
	}

	private Path inDenPapierkorb(String name) throws StoreException {
		Path datei = store.file(name);
		if (!Files.exists(datei)) {
			throw new StoreException(format("Es gibt kein Praxisbeispiel \u201E{0}\u201C.", name));
		}
		waechter.vorDemEntfernen(name);
		String zeit = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
		Path ziel = datei.getParent().resolve(PAPIERKORB).resolve(name + " " + zeit + EXTENSION);
		try {
			Files.createDirectories(ziel.getParent());
			Files.move(datei, ziel);
		} catch (IOException e) {
			throw new StoreException(format("\u201E{0}\u201C konnte nicht in den Papierkorb verschoben werden: {1}", name,
					WriteException.ursache(ziel, e)), e);
		}
		return ziel;
	}

	private void ausDemPapierkorb(Path papierkorb, String name) throws StoreException {
		Path datei = store.file(name);
		try {
			// no REPLACE_EXISTING: a project that took the name meanwhile is never overwritten
			Files.move(papierkorb, datei);
		} catch (FileAlreadyExistsException e) {
			throw new StoreException(format("\u201E{0}\u201C kann nicht wiederhergestellt werden, weil es schon ein "
					+ "Praxisbeispiel mit diesem Namen gibt.", name), e);
		} catch (IOException e) {
			throw new StoreException(format("\u201E{0}\u201C konnte nicht wiederhergestellt werden: {1}", name,
					WriteException.ursache(datei, e)), e);
		}
	}

	private static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, Locale.GERMAN).format(arguments);
	}
}
