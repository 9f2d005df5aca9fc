/**
 * Content that bundles contribute as data – Partizipationsmodelle, Finanzierungskataloge, courses, report templates –
 * declared in the one manifest header {@value org.quartierwerk.content.ContentRegistry#HEADER}, found by one extender
 * and offered through one {@link org.quartierwerk.content.ContentRegistry} per kind. The bundle that owns a kind's type
 * reads its files with a {@link org.quartierwerk.content.ContentHandler}. See docs/architektur.md.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.content;
