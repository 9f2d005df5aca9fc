package org.quartierwerk.courses;

import org.quartierwerk.courses.model.Anforderung;

/**
 * Whether a Teilnahme meets one requirement of its course.
 *
 * @param anforderung the requirement
 * @param erfuellt    whether it is met
 * @param befund      German, what is there or what is missing
 */
public record Anforderungsstand(Anforderung anforderung, boolean erfuellt, String befund) {

	/** Whether the requirement is a Vorgabe der Kursleitung rather than one the course's source gives. */
	public boolean vonKursleitung() {
		return CourseService.vonKursleitung(anforderung);
	}
}
