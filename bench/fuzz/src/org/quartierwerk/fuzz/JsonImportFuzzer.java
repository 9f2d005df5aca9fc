package org.quartierwerk.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.quartierwerk.core.internal.XmiPraxisbeispielStore;
import org.quartierwerk.exchange.Exchange;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.exchange.internal.JsonExchange;
import org.quartierwerk.model.Praxisbeispiel;

/**
 * The JSON importer (Quartierwerk JSON and DStGB JSON): any bytes must be read or refused with an
 * {@link ExchangeException}; every other exception or error is a finding, and so is an import that opened any
 * resource besides the imported document and the installed catalogues.
 */
public final class JsonImportFuzzer {

	private static final Path FILE;
	private static final Exchange EXCHANGE;

	static {
		try {
			Path folder = Files.createTempDirectory("fuzz-json");
			FILE = folder.resolve("import.json");
			Path workspace = Files.createDirectories(folder.resolve("workspace"));
			EXCHANGE = new JsonExchange(new XmiPraxisbeispielStore(() -> workspace), () -> workspace, FuzzKatalog.INSTANCE);
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		Files.write(FILE, data);
		try {
			for (Praxisbeispiel beispiel : EXCHANGE.read(FILE)) {
				if (beispiel.eResource() != null && beispiel.eResource().getResourceSet().getResources().size() != 1) {
					throw new IllegalStateException("the import opened other resources: " + beispiel.eResource().getResourceSet().getResources());
				}
			}
		} catch (ExchangeException expected) {
			// refused with a message: the documented outcome for a broken file
		}
	}

	private JsonImportFuzzer() {
	}
}
