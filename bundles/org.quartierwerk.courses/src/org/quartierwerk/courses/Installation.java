package org.quartierwerk.courses;

import java.util.List;

/**
 * What an installation or removal of courses changed.
 *
 * @param features       the course features installed or removed
 * @param neustartNoetig whether Quartierwerk must restart for the change to take effect
 */
public record Installation(List<Kursfeature> features, boolean neustartNoetig) {
}
