package org.quartierwerk.cli.internal;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.quartierwerk.core.ErrorLog;

/**
 * What the libraries (the report engine above all) write to java.util.logging: warnings and errors go to the
 * {@link ErrorLog}, nothing goes to the terminal – the user reads only Quartierwerk's own German messages.
 */
final class Bibliotheksprotokoll extends Handler {

	private final ErrorLog log;

	private Bibliotheksprotokoll(ErrorLog log) {
		this.log = log;
		setLevel(Level.WARNING);
		setFormatter(new SimpleFormatter());
	}

	/** Replaces the root logger's handlers (the console) by one that writes to the error log. */
	static void umleiten(ErrorLog log) {
		Logger root = LogManager.getLogManager().getLogger("");
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(new Bibliotheksprotokoll(log));
	}

	@Override
	public void publish(LogRecord record) {
		if (isLoggable(record)) {
			log.record(record.getLevel() + " " + record.getLoggerName() + ": " + getFormatter().formatMessage(record), record.getThrown());
		}
	}

	@Override
	public void flush() {
		// every record is written when it comes
	}

	@Override
	public void close() {
		// the error log stays open for the others
	}
}
