package org.quartierwerk.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * The XMI loader of the project store: any bytes as a project file must load or be refused with a
 * {@link StoreException}; every other exception or error is a finding, and so is a load that opened any file
 * besides the project file (a project from elsewhere must not make Quartierwerk read other files or URLs).
 */
public final class XmiLoaderFuzzer {

	private static final Path FOLDER;
	private static final Path FILE;
	private static final PraxisbeispielStore STORE;

	static {
		try {
			FOLDER = Files.createTempDirectory("fuzz-xmi");
			FILE = FOLDER.resolve("Projekt.xmi");
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
		STORE = new XmiPraxisbeispielStore(() -> FOLDER);
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		Files.write(FILE, data);
		try {
			Praxisbeispiel beispiel = STORE.load(FILE);
			if (beispiel.eResource().getResourceSet().getResources().size() != 1) {
				throw new IllegalStateException("loading opened other resources: " + beispiel.eResource().getResourceSet().getResources());
			}
		} catch (StoreException expected) {
			// refused with a message: the documented outcome for a broken file
		}
	}

	private XmiLoaderFuzzer() {
	}
}
