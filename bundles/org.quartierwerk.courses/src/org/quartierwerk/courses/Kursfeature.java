package org.quartierwerk.courses;

/**
 * A course as p2 installs it: the feature of the bundle that contributes the course.
 *
 * @param id      the feature's id, e.g. {@code org.quartierwerk.course.biq.feature}
 * @param name    its name as the course repository gives it
 * @param version its version
 */
public record Kursfeature(String id, String name, String version) {
}
