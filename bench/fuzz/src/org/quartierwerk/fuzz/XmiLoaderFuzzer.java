package org.quartierwerk.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Bundesland;
import org.quartierwerk.model.Finanzierungsart;
import org.quartierwerk.model.Herausforderung;
import org.quartierwerk.model.Partizipationsmodell;
import org.quartierwerk.model.Praxisbeispiel;
import org.quartierwerk.model.analyse.Sammlung;
import org.quartierwerk.model.analyse.Sammlung.Facetten;
import org.quartierwerk.model.validierung.Validierung;

/**
 * Project files (XMI) as the command line reads them. The bytes are the only project file of a workspace, read as
 * {@code list} and {@code validate} do ({@code names()}, then {@code load(name)}, then the check and a facet search),
 * and the same bytes are a file from elsewhere, read as {@code report --projekt DATEI} does ({@code load(Path)}).
 * <p>
 * Findings: any exception or error but a {@link StoreException}; a refusal whose message does not name the file or
 * shows technical wording; a file that loads from one place but not from the other; a loaded project whose check or
 * search fails or whose check reports in technical wording; and a load that read any other file, used the network or loaded a second resource ({@link Guard}).
 */
public final class XmiLoaderFuzzer {

	private static final String NAME = "Projekt";
	private static final Path WORKSPACE_FILE;
	private static final Path ELSEWHERE_FILE;
	private static final PraxisbeispielStore STORE;
	private static final List<String> MODELLE = FuzzKatalog.INSTANCE.partizipationsmodelle().stream()
			.map(Partizipationsmodell::getId).toList();
	private static final List<Facetten> SUCHEN = List.of(Facetten.alle(),
			new Facetten(EnumSet.of(Bundesland.BAYERN, Bundesland.NIEDERSACHSEN), EnumSet.of(Herausforderung.get(0)),
					EnumSet.of(Finanzierungsart.KOMMUNE, Finanzierungsart.STIFTUNG), Set.of("partizipationsleiter.mitwirken"), "quartier"),
			new Facetten(Set.of(), Set.of(), Set.of(), Set.of(), "Ä ß"));

	static {
		try {
			Path folder = Guard.folder("XmiLoader");
			Path workspace = Files.createDirectories(folder.resolve("arbeitsbereich"));
			WORKSPACE_FILE = workspace.resolve(NAME + ".xmi");
			ELSEWHERE_FILE = Files.createDirectories(folder.resolve("anderswo")).resolve("Projekt aus der Mail.xmi");
			STORE = Guard.store(workspace);
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		Files.write(WORKSPACE_FILE, data);
		Files.write(ELSEWHERE_FILE, data);
		Guard.before();
		Praxisbeispiel imArbeitsbereich = imArbeitsbereich(data);
		Praxisbeispiel anderswo = anderswo(data);
		Guard.after("loading a project file");
		if ((imArbeitsbereich == null) != (anderswo == null)) {
			throw new Guard.Finding("the file " + (imArbeitsbereich == null ? "loads only from elsewhere" : "loads only in the workspace"));
		}
	}

	/** {@code list} and {@code validate}: every project file of the workspace by name; null when refused. */
	private static Praxisbeispiel imArbeitsbereich(byte[] data) {
		List<String> names;
		try {
			names = STORE.names();
		} catch (StoreException e) {
			throw new Guard.Finding("the workspace cannot be listed: " + e.getMessage(), e);
		}
		if (!names.equals(List.of(NAME))) {
			throw new Guard.Finding("the workspace lists " + names + " instead of [" + NAME + "]");
		}
		try {
			return geladen(STORE.load(NAME), data);
		} catch (StoreException refused) {
			Guard.checkMessage(refused, data, WORKSPACE_FILE.getFileName().toString());
			return null;
		}
	}

	/** {@code report --projekt DATEI} with a file from elsewhere; null when refused. */
	private static Praxisbeispiel anderswo(byte[] data) {
		try {
			return geladen(STORE.load(ELSEWHERE_FILE), data);
		} catch (StoreException refused) {
			Guard.checkMessage(refused, data, ELSEWHERE_FILE.getFileName().toString());
			return null;
		}
	}

	/** What the commands do with a loaded project: check it and search it. */
	private static Praxisbeispiel geladen(Praxisbeispiel beispiel, byte[] data) {
		Resource resource = beispiel.eResource();
		if (resource == null || resource.getResourceSet().getResources().size() != 1) {
			throw new Guard.Finding("loading opened other resources: "
					+ (resource == null ? "the project has no resource" : resource.getResourceSet().getResources()));
		}
		for (String meldung : Validierung.meldungen(Validierung.pruefe(beispiel, MODELLE), 0)) {
			Guard.checkWording("a finding of the check", meldung, data, null);
		}
		for (Facetten facetten : SUCHEN) {
			Sammlung.suche(List.of(beispiel), facetten);
		}
		return beispiel;
	}

	private XmiLoaderFuzzer() {
	}
}
