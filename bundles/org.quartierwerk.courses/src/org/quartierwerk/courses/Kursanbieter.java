package org.quartierwerk.courses;

/**
 * A course publisher whose signature this installation accepts without asking.
 *
 * @param name          the subject of its Signaturzertifikat, e.g. {@code CN=Bremer Heimstiftung, O=…}
 * @param fingerabdruck SHA-256 of the Signaturzertifikat, hexadecimal with colons
 */
public record Kursanbieter(String name, String fingerabdruck) {
}
