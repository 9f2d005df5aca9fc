/**
 * The generated EMF switch and adapter factory of the course model ({@code model/kurs.ecore}). Internal.
 */
package org.quartierwerk.courses.model.internal.util;
