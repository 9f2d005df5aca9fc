/**
 * Sharing a workspace as a collection on Git: teilen, beitreten, abgleichen with a field-level three-way merge of
 * project files, status, history and restoring an earlier version (docs/sammlung.md).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.quartierwerk.sharing;
