package org.quartierwerk.core.internal;

import org.eclipse.osgi.util.NLS;

/** The core bundle's texts: German in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.core.internal.messages";

	public static String io_writeFailed;
	public static String io_previousUnchanged;
	public static String io_nothingWritten;
	public static String io_targetIsFolder;
	public static String io_folderMissing;
	public static String io_alreadyExists;
	public static String io_readOnly;
	public static String io_quota;
	public static String io_diskFull;
	public static String io_noPermission;
	public static String io_noAtomicMove;
	public static String io_unexpected;
	public static String io_fileMissing;
	public static String io_readFolder;
	public static String io_noReadPermission;
	public static String io_readFailed;

	public static String input_folder;
	public static String input_device;
	public static String input_tooLarge;
	public static String input_streamTooLarge;
	public static String workspace_outputInside;
	public static String workspace_unreachable;
	public static String store_purpose;
	public static String store_unreadableWorkspace;
	public static String store_nameTaken;
	public static String store_noSuchProject;
	public static String store_readOnly;
	public static String store_cannotLock;
	public static String store_locked;
	public static String store_cannotCreateWorkspace;
	public static String store_importLeftOver;
	public static String store_unreadable;
	public static String store_noProject;
	public static String store_cannotSerialize;
	public static String store_badName;
	public static String load_foreignNamespace;
	public static String load_newerFormat;
	public static String load_noNamespace;
	public static String load_doctype;
	public static String load_notXml;
	public static String load_notReadable;
	public static String load_unknownField;
	public static String load_badValue;
	public static String load_unreadableFile;
	public static String load_notOne;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
