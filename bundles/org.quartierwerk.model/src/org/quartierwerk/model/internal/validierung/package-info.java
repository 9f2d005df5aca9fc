/**
 * The rules of the Prüfung of a Praxisbeispiel ({@code docs/fachmodell.md} §7) and their German messages. Internal:
 * checks run through {@link org.quartierwerk.model.validierung.Validierung}.
 */
package org.quartierwerk.model.internal.validierung;
