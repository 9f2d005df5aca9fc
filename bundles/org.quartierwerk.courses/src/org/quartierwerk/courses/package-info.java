/**
 * Training courses (Kurse) as an EMF model, and the {@link org.quartierwerk.courses.CourseRegistry} of the courses that
 * installed bundles contribute (kind {@code kurs} of {@link org.quartierwerk.content.ContentRegistry}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.courses;
