/**
 * Core services of Quartierwerk shared by the workbench and the command line.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.quartierwerk.core;
