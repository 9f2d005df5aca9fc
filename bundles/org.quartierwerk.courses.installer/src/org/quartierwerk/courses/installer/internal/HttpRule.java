package org.quartierwerk.courses.installer.internal;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.osgi.service.prefs.Preferences;

/**
 * What p2 does with {@code http://} while the installer reads a repository, decided here instead of by p2's default.
 * <p>
 * p2's transport passes every location through {@code Transport.getSecureLocation}: by default (rule "redirect", or the
 * system property {@code p2.httpRule}) it silently turns {@code http://} into {@code https://}, so a trainer's plain
 * http repository would be fetched at another address than the one given. The transport looks up a preferred rule in
 * the configuration-scope preference node {@code org.eclipse.equinox.p2.repository/protocolRules} (key {@code http},
 * values {@code allow}, {@code redirect}, {@code block}) on every request, for every transport instance. While one
 * installer call runs, that rule is {@code allow} when the trainer allowed plain http explicitly and {@code block}
 * otherwise, so an http location is either fetched exactly as given or not at all. The value lives in memory only: it
 * is never flushed, and the previous value comes back when the call ends.
 */
final class HttpRule implements AutoCloseable {

	/** The bundle of p2's {@code Transport}; its preference node holds the protocol rules. */
	private static final String P2_REPOSITORY = "org.eclipse.equinox.p2.repository";
	private static final String PROTOCOL_RULES = "protocolRules";
	private static final String HTTP = "http";

	private final Preferences rules;
	private final String previous;

	private HttpRule(boolean allow) {
		rules = ConfigurationScope.INSTANCE.getNode(P2_REPOSITORY).node(PROTOCOL_RULES);
		previous = rules.get(HTTP, null);
		rules.put(HTTP, allow ? "allow" : "block");
	}

	/** Applies the trainer's decision until {@link #close()}. */
	static HttpRule apply(boolean plainHttpAllowed) {
		return new HttpRule(plainHttpAllowed);
	}

	@Override
	public void close() {
		if (previous == null) {
			rules.remove(HTTP);
		} else {
			rules.put(HTTP, previous);
		}
	}
}
