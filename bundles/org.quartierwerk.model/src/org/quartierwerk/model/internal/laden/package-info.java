/**
 * Loading XMI files so that nothing in a file makes EMF open another file or an address. Private to this bundle; used
 * through {@link org.quartierwerk.model.QuartierwerkResources}.
 */
package org.quartierwerk.model.internal.laden;
