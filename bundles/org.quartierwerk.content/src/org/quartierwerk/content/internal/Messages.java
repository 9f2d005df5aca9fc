package org.quartierwerk.content.internal;

import org.eclipse.osgi.util.NLS;

/** The content bundle's texts: German in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.content.internal.messages";

	public static String entry_missing;
	public static String entry_tooLarge;
	public static String entry_unreadable;
	public static String header_unparsable;
	public static String header_notRequired;
	public static String header_legacy;
	public static String clause_noArt;
	public static String clause_severalFiles;
	public static String clause_unknownArt;
	public static String clause_failed;
	public static String id_taken;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
