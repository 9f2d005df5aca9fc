package org.quartierwerk.courses.installer.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The installer's messages, each naming the repository as typed: German in messages.properties (the default), English
 * in messages_en.properties.
 */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.courses.installer.internal.messages";

	public static String taskInstall;
	public static String repositoryEmpty;
	public static String repositoryMissing;
	public static String repositoryInvalidAddress;
	public static String repositoryUnsupportedScheme;
	public static String plainHttpRefused;
	public static String notFoundOnServer;
	public static String notARepositoryFolder;
	public static String notARepositoryZip;
	public static String notARepositoryAddress;
	public static String unreachable;
	public static String unreachableRefused;
	public static String unreachableUnknownHost;
	public static String unreachableNoAnswer;
	public static String unreachableSecureConnection;
	public static String unreachableUntrustedCertificate;
	public static String unreachableServerError;
	public static String accessDenied;
	public static String unreadable;
	public static String noCourse;
	public static String featuresMissing;
	public static String unsigned;
	public static String unknownSigner;
	public static String unsignedAndUnknownSigner;
	public static String notCompatible;
	public static String nothingToChange;
	public static String installFailed;
	public static String notInstalled;
	public static String uninstallNotPossible;
	public static String uninstallFailed;
	public static String noAgent;
	public static String noProfile;
	public static String readOnly;
	public static String noConfigurationArea;
	public static String publishersUnreadable;
	public static String publisherNotSaved;
	public static String certificateInvalid;
	public static String noCertificate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
