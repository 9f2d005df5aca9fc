/**
 * Import and export of Praxisbeispiele: Quartierwerk JSON (EMF JSON via emfjson-jackson), the
 * DStGB example format, and a CSV overview.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.exchange;
