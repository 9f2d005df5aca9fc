/**
 * Training courses (Kurse) as an EMF model, and the {@link org.quartierwerk.courses.CourseRegistry} of the courses that
 * installed bundles contribute.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.courses;
