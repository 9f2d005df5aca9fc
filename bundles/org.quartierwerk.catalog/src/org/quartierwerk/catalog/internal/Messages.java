package org.quartierwerk.catalog.internal;

import org.eclipse.osgi.util.NLS;

/** The catalogue bundle's texts: German in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.catalog.internal.messages";

	public static String katalog_file;
	public static String katalog_where;
	public static String katalog_noId;
	public static String katalog_nameTaken;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
