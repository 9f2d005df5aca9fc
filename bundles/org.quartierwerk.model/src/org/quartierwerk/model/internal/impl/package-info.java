/**
 * The generated EMF implementation classes of the model ({@code model/quartierwerk.ecore}). Internal: create objects
 * through {@link org.quartierwerk.model.QuartierwerkFactory} and use the interfaces of {@code org.quartierwerk.model}.
 */
package org.quartierwerk.model.internal.impl;
