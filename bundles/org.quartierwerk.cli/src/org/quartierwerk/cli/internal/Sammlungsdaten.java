package org.quartierwerk.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.PraxisbeispielStore;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.model.Praxisbeispiel;

/** All readable Praxisbeispiele of the workspace by name; unreadable ones are reported and skipped. */
record Sammlungsdaten(Map<String, Praxisbeispiel> beispiele, int unlesbar) {

	static Sammlungsdaten lade(PraxisbeispielStore store, PrintStream err) throws StoreException {
		Map<String, Praxisbeispiel> beispiele = new LinkedHashMap<>();
		int unlesbar = 0;
		for (String name : store.names()) {
			try {
				beispiele.put(name, store.load(name));
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.validateUnreadable, name, e.getMessage()));
				unlesbar++;
			}
		}
		return new Sammlungsdaten(beispiele, unlesbar);
	}
}
