/**
 * The course use cases: {@link org.quartierwerk.courses.CourseService} for the workbench and the command line, with its
 * result types. The course model itself is {@code org.quartierwerk.courses.model}; the facts behind the shipped courses
 * are in {@code docs/fachmodell.md} §5.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.quartierwerk.courses;
