/**
 * Training courses (Kurse) as an EMF model: a {@link org.quartierwerk.courses.model.Kurs} with its modules, checklists
 * and requirements, the {@link org.quartierwerk.courses.model.Kursvorgaben} a Kursleitung adds, and a participant's
 * {@link org.quartierwerk.courses.model.Teilnahme}. Generated from {@code model/kurs.ecore} (in {@code src-gen/}); the
 * namespace {@code http://quartierwerk.org/kurs/2.0} is the one the course, Vorgaben and Teilnahme files name (files of
 * 1.0 are read as they are). The facts behind the shipped courses are in {@code docs/fachmodell.md} §5; the
 * German names of the enumeration literals are in {@code bezeichnungen.properties} beside these classes.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.quartierwerk.courses.model;
