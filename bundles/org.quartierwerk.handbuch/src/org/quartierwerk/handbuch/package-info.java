/**
 * The German handbook of Quartierwerk: its chapters, its pages written into a folder, the text of a section.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.handbuch;
