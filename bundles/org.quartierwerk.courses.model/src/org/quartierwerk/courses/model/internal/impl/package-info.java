/**
 * The generated EMF implementation classes of the course model ({@code model/kurs.ecore}). Internal: create objects
 * through {@link org.quartierwerk.courses.model.KursFactory} and use the interfaces of {@code org.quartierwerk.courses.model}.
 */
package org.quartierwerk.courses.model.internal.impl;
