package org.quartierwerk.reports;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.quartierwerk.model.Praxisbeispiel;

/**
 * Renders report templates with BIRT inside the running OSGi framework. One engine serves all
 * calls; each call runs its own task, which is always closed. Templates read the model through
 * scripted data sets over {@link Berichtsdaten}.
 */
public interface ReportService {

	/** The installed templates, by title. */
	List<Berichtsvorlage> vorlagen();

	/**
	 * Renders a template for one Praxisbeispiel, or for a collection when the template is one.
	 *
	 * @throws ReportException when the template is unknown, does not fit the data or cannot be rendered;
	 *                         nothing else escapes
	 */
	default Berichtsergebnis render(String vorlageId, List<Praxisbeispiel> beispiele, Berichtsformat format, OutputStream out)
			throws ReportException {
		return render(vorlageId, beispiele, Map.of(), format, out);
	}

	/**
	 * As {@link #render(String, List, Berichtsformat, OutputStream)}, with further data for the template: each entry is
	 * in the report's application context under its key. A course template ({@link Berichtsvorlage#kurs()}) finds its
	 * Teilnahme there under {@code "kurs"}.
	 */
	Berichtsergebnis render(String vorlageId, List<Praxisbeispiel> beispiele, Map<String, Object> zusatzdaten,
			Berichtsformat format, OutputStream out) throws ReportException;
}
