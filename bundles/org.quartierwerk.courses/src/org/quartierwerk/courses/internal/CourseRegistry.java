package org.quartierwerk.courses.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.quartierwerk.courses.model.Kurs;

/**
 * The courses of all started course bundles.
 * <p>
 * A bundle contributes courses as data: its manifest header {@code Quartierwerk-Inhalt} names XMI files in the bundle
 * of the kind {@value #ART}, each holding one {@link Kurs} (see {@link org.quartierwerk.content.ContentRegistry}). A
 * course appears when its bundle starts and disappears when it stops, without a restart. The returned objects are
 * shared and must not be changed. The courses come from the registry of the kind {@value #ART}.
 */
public interface CourseRegistry {

	/** The kind of a course file: {@code kurs/mein-kurs.xmi;art=kurs}. */
	String ART = "kurs";

	/** All installed courses, by title. */
	List<Kurs> kurse();

	Optional<Kurs> kurs(String id);

	/** Symbolic name of the bundle that contributes the course, e.g. to uninstall it. */
	Optional<String> bundle(String kursId);

	/**
	 * The installed course files by their logical URI {@code quartierwerk:/kurs/<bundle>/<file>}, for resource sets in
	 * which references into courses (from a Teilnahme) resolve to the installed objects.
	 */
	Map<URI, Resource> ressourcen();

	/**
	 * Course files that could not be read or whose id is taken, each as a German message naming bundle and file; and
	 * what no registry takes (see {@link org.quartierwerk.content.ContentRegistry#probleme()}).
	 */
	List<String> probleme();
}
