/**
 * What the OSGi tests of Quartierwerk share: waiting for services ({@link org.quartierwerk.testing.Dienste}) and for
 * conditions ({@link org.quartierwerk.testing.Bedingung}) instead of fixed pauses, bundles made in memory
 * ({@link org.quartierwerk.testing.Testbuendel}), and leaving the runtime's workspace as found
 * ({@link org.quartierwerk.testing.Arbeitsbereich}). Failures are {@link java.lang.AssertionError}s, so the bundle
 * needs no test framework.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.testing;
