/**
 * The model bundle's texts (validation findings, date errors). Private to this bundle.
 */
package org.quartierwerk.model.internal;
