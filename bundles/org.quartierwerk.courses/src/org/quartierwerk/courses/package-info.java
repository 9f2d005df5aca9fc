/**
 * Training courses (Kurse) as an EMF model, and the {@link org.quartierwerk.courses.CourseRegistry} of the courses that
 * installed bundles contribute (kind {@code kurs} of {@link org.quartierwerk.content.ContentRegistry}).
 * <p>
 * {@link org.quartierwerk.courses.Kurs}, {@link org.quartierwerk.courses.Teilnahme} and the other model types are
 * generated from {@code model/kurs.ecore} (in {@code src-gen/}); the facts behind the shipped courses are in
 * {@code docs/fachmodell.md} §5.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.courses;
