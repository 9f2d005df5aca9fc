package org.quartierwerk.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.exchange.Exchange.Uebernahme;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.exchange.internal.JsonExchange;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.validierung.Validierung;

/**
 * {@code quartierwerk importieren DATEI} and {@code importieren -} on a temporary workspace: {@link Exchange#read(Path)} of the
 * bytes as a file from elsewhere, {@link Exchange#read(java.io.InputStream, String)} of the same bytes as the standard
 * input, and, when they are read, {@link Exchange#addToWorkspace(List)} into a workspace that holds the 13 DStGB
 * examples (added by {@link Exchange#seedWorkspace()}, as on the workbench's first start), then the check of each
 * new project, as the command does.
 * <p>
 * Findings: any exception or error but an {@link ExchangeException} from reading or a {@link StoreException} from
 * adding; a refusal whose message does not name the file or shows technical wording; a file and the same bytes as
 * standard input that are not read alike; an import that used the network or read another file ({@link Guard}).
 * All or nothing: after a refused import the workspace is byte for byte as before, without a stage left in
 * {@code .metadata/import/}; after an accepted one, it is as before plus exactly the files of the projects reported
 * new, each of which loads again equal to what was read, and each project reported as already there is equal to what
 * was read. The workspace is healthy (a tmpfs with room, writable, locked by this process), so an import of what was
 * read may fail only for the data; that it cannot be added at all is a finding too.
 */
final class ImportTarget {

	private static final String STDIN = "die Standardeingabe";
	private static final List<String> MODELLE = FuzzKatalog.INSTANCE.partizipationsmodelle().stream()
			.map(Partizipationsmodell::getId).toList();

	private final Path workspace;
	private final Path file;
	private final PraxisbeispielStore store;
	private final Exchange exchange;
	private final Map<Path, byte[]> basis;

	ImportTarget(String name) {
		try {
			Path folder = Guard.folder(name);
			workspace = Files.createDirectories(folder.resolve("arbeitsbereich"));
			file = Files.createDirectories(folder.resolve("anderswo")).resolve("Import aus der Mail.json");
			store = Guard.store(workspace);
			exchange = new JsonExchange(store, () -> workspace, FuzzKatalog.INSTANCE);
			List<String> beispiele = exchange.seedWorkspace();
			if (beispiele.size() != 13) {
				throw new IllegalStateException("the workspace was seeded with " + beispiele + " instead of the 13 DStGB examples");
			}
			basis = inhalt();
		} catch (IOException e) {
			throw new IllegalStateException("the fuzz workspace cannot be set up", e);
		}
	}

	void run(byte[] data) throws IOException {
		Files.write(file, data);
		Guard.before();
		List<Praxisbeispiel> ausDatei = lies(data, () -> exchange.read(file), file.toString());
		List<Praxisbeispiel> ausStdin = lies(data, () -> exchange.read(new ByteArrayInputStream(data), STDIN), STDIN);
		if ((ausDatei == null) != (ausStdin == null) || ausDatei != null && !EcoreUtil.equals(ausDatei, ausStdin)) {
			throw new Guard.Finding("the file and the same bytes as standard input are read differently: "
					+ (ausDatei == null ? "refused" : ausDatei.size() + " projects") + " vs. "
					+ (ausStdin == null ? "refused" : ausStdin.size() + " projects"));
		}
		if (ausDatei != null && !ausDatei.isEmpty()) {
			try {
				hinzufuegen(ausDatei, data);
			} finally {
				zuruecksetzen();
			}
		}
		Guard.after("importing");
	}

	private interface Lesen {
		List<Praxisbeispiel> read() throws ExchangeException;
	}

	private static List<Praxisbeispiel> lies(byte[] data, Lesen lesen, String name) {
		try {
			List<Praxisbeispiel> beispiele = lesen.read();
			for (Praxisbeispiel beispiel : beispiele) {
				if (beispiel.eResource() != null && beispiel.eResource().getResourceSet().getResources().size() != 1) {
					throw new Guard.Finding("reading opened other resources: " + beispiel.eResource().getResourceSet().getResources());
				}
			}
			return beispiele;
		} catch (ExchangeException refused) {
			Guard.checkMessage(refused, data, name);
			return null;
		}
	}

	private void hinzufuegen(List<Praxisbeispiel> beispiele, byte[] data) throws IOException {
		List<Uebernahme> uebernahmen;
		try {
			uebernahmen = exchange.addToWorkspace(beispiele);
		} catch (StoreException refused) {
			Guard.checkMessage(refused, data);
			Map<Path, byte[]> danach = inhalt();
			if (!gleich(basis, danach)) {
				throw new Guard.Finding("a refused import changed the workspace: " + unterschied(basis, danach), refused);
			}
			throw new Guard.Finding("the import of " + beispiele.size() + " projects that were read was refused in a healthy workspace: "
					+ refused.getMessage(), refused);
		}
		if (uebernahmen.size() != beispiele.size()) {
			throw new Guard.Finding("the import reports " + uebernahmen.size() + " projects for " + beispiele.size());
		}
		Map<Path, byte[]> erwartet = new TreeMap<>(basis);
		Map<Path, byte[]> danach = inhalt();
		for (int i = 0; i < beispiele.size(); i++) {
			Uebernahme uebernahme = uebernahmen.get(i);
			Path datei = workspace.relativize(store.file(uebernahme.name()));
			if (uebernahme.neu() == basis.containsKey(datei)) {
				throw new Guard.Finding("project " + (i + 1) + " is reported " + (uebernahme.neu() ? "new" : "already there") + " as \""
						+ uebernahme.name() + "\", but its file " + (uebernahme.neu() ? "was there before" : "was not"));
			}
			if (!danach.containsKey(datei)) {
				throw new Guard.Finding("project " + (i + 1) + " is reported as \"" + uebernahme.name() + "\", but there is no file " + datei);
			}
			erwartet.put(datei, danach.get(datei));
			Praxisbeispiel geladen;
			try {
				geladen = store.load(uebernahme.name());
			} catch (StoreException e) {
				throw new Guard.Finding("the imported project \"" + uebernahme.name() + "\" does not load again: " + e.getMessage(), e);
			}
			if (!EcoreUtil.equals(beispiele.get(i), geladen)) {
				throw new Guard.Finding("the project \"" + uebernahme.name() + "\" in the workspace differs from project " + (i + 1)
						+ " of the import" + (uebernahme.neu() ? " (lost in the round trip)" : " (reported as its identical copy)"));
			}
			if (uebernahme.neu()) {
				for (String meldung : Validierung.meldungen(Validierung.pruefe(beispiele.get(i), MODELLE), 0)) {
					Guard.checkWording("a finding of the check", meldung, data, null);
				}
			}
		}
		if (!gleich(erwartet, danach)) {
			throw new Guard.Finding("after the import the workspace holds more or other than the reported projects: "
					+ unterschied(erwartet, danach));
		}
	}

	/** Every file of the workspace with its bytes, and every folder (as null), by relative path. */
	private Map<Path, byte[]> inhalt() throws IOException {
		Map<Path, byte[]> inhalt = new TreeMap<>();
		try (Stream<Path> entries = Files.walk(workspace)) {
			for (Path p : entries.toList()) {
				inhalt.put(workspace.relativize(p), Files.isDirectory(p) ? null : Files.readAllBytes(p));
			}
		}
		return inhalt;
	}

	/** Back to the 13 examples for the next input: whatever is not part of them goes, whatever changed is restored. */
	private void zuruecksetzen() throws IOException {
		List<Path> weg = new ArrayList<>();
		try (Stream<Path> entries = Files.walk(workspace)) {
			entries.filter(p -> !basis.containsKey(workspace.relativize(p))).forEach(weg::add);
		}
		weg.sort(Comparator.reverseOrder());
		for (Path p : weg) {
			Files.delete(p);
		}
		for (Map.Entry<Path, byte[]> eintrag : basis.entrySet()) {
			Path p = workspace.resolve(eintrag.getKey());
			if (eintrag.getValue() == null) {
				Files.createDirectories(p);
			} else if (!Files.isRegularFile(p) || !Arrays.equals(Files.readAllBytes(p), eintrag.getValue())) {
				Files.write(p, eintrag.getValue());
			}
		}
	}

	private static boolean gleich(Map<Path, byte[]> a, Map<Path, byte[]> b) {
		return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
	}

	private static String unterschied(Map<Path, byte[]> vorher, Map<Path, byte[]> nachher) {
		List<String> teile = new ArrayList<>();
		for (Path p : nachher.keySet()) {
			if (!vorher.containsKey(p)) {
				teile.add("new " + p);
			} else if (!Arrays.equals(vorher.get(p), nachher.get(p))) {
				teile.add("changed " + p);
			}
		}
		for (Path p : vorher.keySet()) {
			if (!nachher.containsKey(p)) {
				teile.add("gone " + p);
			}
		}
		return teile.toString();
	}
}
