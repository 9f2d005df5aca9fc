package org.quartierwerk.reports.internal;

import org.eclipse.osgi.util.NLS;

/** The reports bundle's texts: German in messages.properties, English in messages_en.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.reports.internal.messages";

	public static String design_broken;
	public static String render_incomplete;
	public static String render_failed;
	public static String vorlage_keinDesign;
	public static String vorlage_fehlt;
	public static String vorlage_ohneTitel;
	public static String vorlage_unbekanntesFormat;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
