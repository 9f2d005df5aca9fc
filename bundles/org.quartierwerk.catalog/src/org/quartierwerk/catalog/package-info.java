/**
 * Catalogues of Partizipationsmodelle and Finanzierungsquellen, contributed as data by bundles.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.quartierwerk.catalog;
