package org.quartierwerk.cli.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.quartierwerk.cli.internal.messages";

	public static String kursSummary;
	public static String kursUsage;
	public static String kursNone;
	public static String kursLine;
	public static String kursFeatureLine;
	public static String kursInstalling;
	public static String kursOffered;
	public static String kursPublisherLine;
	public static String kursPublisherTrusted;
	public static String kursCertificateMissing;
	public static String kursHintTrust;
	public static String kursHintPlainHttp;
	public static String kursDetails;
	public static String kursInstalled;
	public static String kursUninstalled;
	public static String kursRestart;
	public static String kursReady;
	public static String teilnahmeSummary;
	public static String teilnahmeUsage;
	public static String teilnahmeNone;
	public static String teilnahmeLine;
	public static String teilnahmeUnknownCourse;
	public static String teilnahmeUnknownProject;
	public static String teilnahmeMissing;
	public static String teilnahmeExists;
	public static String teilnahmeCreated;
	public static String teilnahmeHeading;
	public static String teilnahmeModules;
	public static String teilnahmeItem;
	public static String teilnahmeOptional;
	public static String teilnahmeRequirements;
	public static String teilnahmeUnknownItem;
	public static String teilnahmeModuleDone;
	public static String teilnahmePointDone;
	public static String teilnahmeBadActor;
	public static String teilnahmeBadCooperation;
	public static String teilnahmeActorLine;
	public static String teilnahmeNetworkSaved;
	public static String teilnahmeNoCertificate;
	public static String teilnahmeNotYet;
	public static String teilnahmeOptionTwice;
	public static String usage;
	public static String commandsHeading;
	public static String optionsHeading;
	public static String optionHelp;
	public static String optionVersion;
	public static String optionData;
	public static String version;
	public static String unknownCommand;
	public static String commandFailed;
	public static String workspaceSummary;
	public static String workspaceFolder;
	public static String workspaceProjectFiles;
	public static String noArgumentsExpected;
	public static String validateSummary;
	public static String validateNothing;
	public static String validateUnreadable;
	public static String validateOk;
	public static String validateFindings;
	public static String validateError;
	public static String validateWarning;
	public static String validateSummaryLine;
	public static String listSummary;
	public static String listLine;
	public static String optionNeedsValue;
	public static String unknownOption;
	public static String unknownValue;
	public static String statsSummary;
	public static String statsCount;
	public static String statsBundesland;
	public static String statsHerausforderung;
	public static String statsFinanzierungsart;
	public static String importSummary;
	public static String importFileExpected;
	public static String importNothing;
	public static String importLine;
	public static String importOk;
	public static String importFindings;
	public static String importSummaryLine;
	public static String exportSummary;
	public static String exportUnknownFormat;
	public static String exportUnknownProject;
	public static String exportWritten;
	public static String exportIncomplete;
	public static String reportSummary;
	public static String reportNoTemplates;
	public static String reportTemplateLine;
	public static String reportTemplateProject;
	public static String reportTemplateCollection;
	public static String reportNeedsTemplate;
	public static String reportNeedsOut;
	public static String reportNeedsProject;
	public static String reportUnknownTemplate;
	public static String reportUnsupportedFormat;
	public static String reportWritten;
	public static String reportProgress;
	public static String reportDraft;
	public static String reportHint;
	public static String reportBatchSummary;
	public static String statsProfil;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
