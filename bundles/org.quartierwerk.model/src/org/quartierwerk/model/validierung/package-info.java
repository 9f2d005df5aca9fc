/**
 * Checking Praxisbeispiele: German messages that name the object and the field.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.model.validierung;
