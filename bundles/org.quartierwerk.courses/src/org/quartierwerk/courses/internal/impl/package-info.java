/**
 * The generated EMF implementation classes of the course model ({@code model/kurs.ecore}). Internal: create objects
 * through {@link org.quartierwerk.courses.KursFactory} and use the interfaces of {@code org.quartierwerk.courses}.
 */
package org.quartierwerk.courses.internal.impl;
