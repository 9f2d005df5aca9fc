/**
 * The generated EMF switch and adapter factory of the model ({@code model/quartierwerk.ecore}). Internal.
 */
package org.quartierwerk.model.internal.util;
