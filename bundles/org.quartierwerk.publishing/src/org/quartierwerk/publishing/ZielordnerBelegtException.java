package org.quartierwerk.publishing;

/**
 * The folder named for a web site is a file, or holds files that are no earlier Quartierwerk site: publishing would
 * mix or replace someone's files, so it refuses; the call is wrong, not the data. Nothing was written.
 */
public class ZielordnerBelegtException extends PublishingException {

	private static final long serialVersionUID = 1L;

	public ZielordnerBelegtException(String message) {
		super(message);
	}
}
