/**
 * Publishing Praxisbeispiele without personal data: anonymised copies as Quartierwerk JSON, checked for leaks.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.publishing;
