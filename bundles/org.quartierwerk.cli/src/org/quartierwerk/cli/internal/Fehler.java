package org.quartierwerk.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.quartierwerk.core.ErrorLog;
import org.quartierwerk.core.StoreException;
import org.quartierwerk.courses.CourseException;
import org.quartierwerk.exchange.ExchangeException;
import org.quartierwerk.publishing.PublishingException;
import org.quartierwerk.sharing.SharingException;
import org.quartierwerk.reports.ReportException;

/** What the command line says about a failure: the German message of our own exceptions, the rest into the log. */
final class Fehler {

	/** Whether the failure carries a German message for the user (our services' exceptions). */
	static boolean explained(Throwable e) {
		return e instanceof StoreException || e instanceof ExchangeException || e instanceof ReportException
				|| e instanceof CourseException || e instanceof PublishingException || e instanceof SharingException;
	}

	/**
	 * The German message of an explained failure; when a library's exception lies beneath it, that goes to the log and
	 * the text names the log.
	 */
	static String text(Throwable e, ErrorLog log, String what) {
		return e.getCause() == null ? e.getMessage() : e.getMessage() + " " + logged(log, what, e);
	}

	/** Logs the failure and says where. */
	static String logged(ErrorLog log, String what, Throwable e) {
		return log.record(what, e).map(file -> NLS.bind(Messages.detailsIn, file)).orElse(Messages.noDetails);
	}

	private Fehler() {
	}
}
