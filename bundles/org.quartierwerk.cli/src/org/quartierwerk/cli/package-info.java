/**
 * Commands of the {@code quartierwerk} command line. Bundles contribute commands as
 * {@link org.quartierwerk.cli.CliCommand} services.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.quartierwerk.cli;
