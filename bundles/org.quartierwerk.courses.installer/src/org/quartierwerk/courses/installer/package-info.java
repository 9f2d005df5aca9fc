/**
 * Installing and removing course features in the running installation with p2, as trainers do.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.quartierwerk.courses.installer;
