package org.quartierwerk.reports;

import java.util.List;

/**
 * What rendering a report found.
 *
 * @param entwurf  the Praxisbeispiel failed validation, so the document is marked "Entwurf"
 * @param hinweise German messages: missing mandatory data, validation errors, problems BIRT reported
 */
public record Berichtsergebnis(boolean entwurf, List<String> hinweise) {
}
