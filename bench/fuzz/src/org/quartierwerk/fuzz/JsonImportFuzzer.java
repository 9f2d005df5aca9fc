package org.quartierwerk.fuzz;

import java.io.IOException;

/**
 * The import as {@code quartierwerk importieren DATEI} and {@code importieren -} run it, on any bytes (Quartierwerk JSON, DStGB
 * JSON or anything else): read, added to a workspace, loaded again. The properties are those of {@link ImportTarget}.
 */
public final class JsonImportFuzzer {

	private static final ImportTarget IMPORT = new ImportTarget("JsonImport");

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		IMPORT.run(data);
	}

	private JsonImportFuzzer() {
	}
}
